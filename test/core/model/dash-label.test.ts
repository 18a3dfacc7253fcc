import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { labelColon } from '../../../src/core/model/dash-label';
import { note } from '../helpers';

describe('model/dash-label', () => {
  it('reads a field label ended with a spaced dash as one ended with a colon, keeping every offset', () => {
    for (const [dashed, colon] of [
      ['Consent - verbal today', 'Consent:  verbal today'],
      ['**Needles in/out** – 2/2', '**Needles in/out**:  2/2'],
      ['LEFS - 61/80', 'LEFS:  61/80'],
      ['S - pt reports less pain', 'S:  pt reports less pain'],
      ['Needles in / out - 3 / 3', 'Needles in / out:  3 / 3'],
      // Any label over a field left blank (metamorphic probe: labels with a spaced dash).
      ['Consent obtained - ___', 'Consent obtained:  ___'],
      ['Response/LTR - ___', 'Response/LTR:  ___'],
      ['Next review - __/__/____', 'Next review:  __/__/____'],
    ]) {
      assert.equal(labelColon(dashed), colon);
      assert.equal(labelColon(dashed).length, dashed.length);
    }
    // A note app's inline field ("consent:: verbal", as Obsidian's Dataview writes it) is its label with one colon.
    for (const [field, colon] of [['consent:: ___', 'consent:  ___'], ['**Aftercare**:: heat', '**Aftercare**:  heat'], ['LTR::', 'LTR: ']]) {
      assert.equal(labelColon(field), colon);
    }
    // A sentence's dash, a title's, or a muscle's is no label.
    for (const text of ['Pt tolerated well - no adverse events', 'Neck f/u - S. Morin - 2025-10-09', 'R UT - 0.25x30 mm, LTR x2', 'Consent: verbal - risks explained']) {
      assert.equal(labelColon(text), text);
    }
  });

  it('gives a note written with dashed labels the findings of the same note written with colons', () => {
    const lines = ['S: neck pain 4/10', 'O: TTP R UT', 'A: MPS', 'DN R UT 0.25x30 mm, LTR x2.', 'Consent - ___', 'Needles in/out - 1/1',
      'Aftercare - soreness 24-48 h, heat; chest pain or SOB -> ED (pneumothorax risk explained).', 'P - review 1/52'];
    const rules = (text: string) => lint(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();
    const dashed = note(...lines);
    assert.deepEqual(rules(dashed), rules(note(...lines.map((l) => l.replace(' - ', ': ')))));
    assert.ok(rules(dashed).includes('consent-missing@4'), 'the empty consent field is still an error');
    const blankConsent = note(...lines.map((l) => (l.startsWith('Consent') ? 'Consent obtained - ___' : l)));
    assert.ok(rules(blankConsent).includes('consent-missing@4'), 'a consent field left blank under its own label is no consent');
  });
});
