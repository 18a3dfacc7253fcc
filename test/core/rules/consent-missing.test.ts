import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../../src/core/engine/lint';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'consent-missing';

describe('rule consent-missing', () => {
  it('is clean for the model note and for notes with consent in any form', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    assertClean(labelled({ consent: 'Pt gave verbal consent to DN.' }), ID);
    assertClean(labelled({ consent: 'DCO' }), ID);
    assertClean(note('---', 'consent: written, 2025-02-25', '---', 'O: DN R UT 0.25x30 mm'), ID);
    assertClean(note('| Item | Status |', '|---|---|', '| Consent | signed 2025-02-25 |', '', 'O: DN R UT 0.25x30 mm, LTR x2'), ID);
    assertClean(note('## Consent', '- written, signed 2025-02-25', '', '## Objective', 'DN R UT 0.25x30 mm'), ID);
  });

  it('is clean when no needling is recorded', () => {
    assertClean(note('S: neck pain.', 'O: ROM limited.', 'P: consider DN next visit.'), ID);
  });

  it('does not double-report consent that is refused or pending (consent-not-given does)', () => {
    assertClean(labelled({ consent: 'Consent: refused' }), ID);
    assertClean(labelled({ consent: 'Consent: pending, form to be signed next visit.' }), ID);
  });

  it('reports needling without any consent statement, on the first needling record', () => {
    const text = labelled({ consent: null });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(covered(text, f), 'upper trapezius');
    assert.deepEqual(f.range.start, positionOf(text, 'upper trapezius'));
    assert.match(f.message, /no informed consent/);
  });

  it('reports on the line that says needling was done when no muscle is named', () => {
    const text = note('S: neck pain.', 'Dry needling performed to the neck; tolerated well.');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'Dry needling performed to the neck; tolerated well.');
  });

  it('reports an empty consent line on that line', () => {
    for (const line of ['Consent:', '**Consent:**', 'Consent: ___', 'Consent: N/A']) {
      const text = labelled({ consent: line });
      const [f] = findings(text, ID);
      assert.ok(f, line);
      assert.equal(covered(text, f), line);
      assert.match(f.message, /consent line is empty/);
    }
  });

  it('works with headings, bullets and CRLF line ends', () => {
    const text = crlf(headed({ consent: null }));
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'gluteus medius');
    assert.deepEqual(f.range.start, positionOf(text, 'gluteus medius'));
  });

  it('fix inserts a consent statement before the needling, keeping all text, and satisfies the rule', () => {
    for (const text of [labelled({ consent: null }), headed({ consent: null }), crlf(labelled({ consent: null }))]) {
      const [f] = findings(text, ID);
      assert.equal(f.fixes[0].safe, false);
      const fixed = applyFix(text, f);
      assertNothingLost(text, fixed);
      assertClean(fixed, ID);
      assert.ok(fixed.indexOf('Consent:') < fixed.indexOf('DN '), 'consent goes before the needling');
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), 'keeps CRLF');
    }
  });

  it('fix after front matter keeps the front matter intact', () => {
    const text = note('---', 'date: 2025-03-04', '---', 'DN R UT 0.25x30 mm, LTR x2.');
    const fixed = applyFix(text, findings(text, ID)[0]);
    assert.ok(fixed.startsWith('---\ndate: 2025-03-04\n---\n'));
    assert.equal(lint(fixed).note.frontMatter?.error, undefined);
    assertClean(fixed, ID);
  });
});
