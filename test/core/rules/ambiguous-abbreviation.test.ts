import assert from 'node:assert/strict';
import { applyFix, assertClean, assertNothingLost, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'ambiguous-abbreviation';

describe('rule ambiguous-abbreviation', () => {
  it('raises nothing on the model note (PT as a credential is not a muscle)', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O: DN L tibialis anterior 0.30x50, LTR x2', 'Signed: J. Doe, PT'), ID);
  });
  it('flags TA recorded as needled and offers each muscle', () => {
    const text = note('## Objective', 'DN L TA 0.30x50 mm, LTR x2');
    const [f] = findings(text, ID);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(text, f), 'TA');
    assert.deepEqual(f.range.start, positionOf(text, 'TA'));
    assert.equal(f.message, 'Spell out "TA" (several muscles)');
    assert.deepEqual(f.fixes.map((x) => x.title), ['Change to "tibialis anterior"', 'Change to "transversus abdominis"']);
    assert.deepEqual(f.fixes.map((x) => x.title), ['Change to "tibialis anterior"', 'Change to "transversus abdominis"']);
    const fixed = applyFix(text, f, 0);
    assert.ok(fixed.includes('DN L tibialis anterior 0.30x50 mm'));
    assertClean(fixed, ID);
  });
  it('flags GM in a table and names its other reading for PT', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| GM | R | 0.30x60 | + |', '| PT | L | 0.25x30 | + |');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['GM', 'PT']);
    assert.equal(got[0].fixes.length, 3);
    assert.equal(got[1].message, 'Spell out "PT" (several muscles)');
  });
  it('flags a B/L side and offers "bilateral"', () => {
    const text = note('O: DN B/L UT 0.25x30, LTR x2');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'B/L');
    assert.equal(f.message, 'Write the side out: "B/L" is ambiguous');
    assert.equal(f.fixes[0].title, 'Change to "bilateral"');
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('DN bilateral UT 0.25x30'));
    assertNothingLost(text.replace('B/L', 'bilateral'), fixed);
    assertClean(fixed, ID);
  });
  it('flags a B/L Side cell once', () => {
    const text = note('| Muscle | Side | Needle |', '|---|---|---|', '| upper trapezius | B/L | 0.25x30 |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['B/L']);
  });
  it('flags a B/L written after the level, and each muscle\'s own (batch 70)', () => {
    const text = note('DN prone, 0.30x50 mm, pistoning:', '- lumbar multifidus L4-5 B/L, LTR x2 each side');
    assert.deepEqual(findings(text, ID).map((f) => [covered(text, f), f.range.start.line]), [['B/L', 1]]);
    const two = note('O: DN B/L UT 0.25x30 LTR x2, B/L levator scapulae 0.25x30 LTR x1');
    assert.deepEqual(findings(two, ID).map((f) => f.start - two.indexOf('B/L')), [0, two.lastIndexOf('B/L') - two.indexOf('B/L')]);
  });
});
