import assert from 'node:assert/strict';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'cpt-muscle-count';
const table = (...rows: string[]) => ['| Muscle | Side | Needle | LTR |', '|---|---|---|---|', ...rows.map((r) => `| ${r} | 0.30x60 | + |`)];

describe('rule cpt-muscle-count', () => {
  it('raises nothing on the model note (20561 for 3 muscles)', () => {
    assertClean(modelNote(), ID);
    assertClean(crlf(modelNote()), ID);
  });
  it('reads the units after a code\'s modifiers ("20560-GP x2", batch 251, wng-18)', () => {
    const text = note('## Objective', ...table('upper trapezius | R'), '', '**Billing:** 20560-GP x2 · 97110-GP x2');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['20560 billed as 2 units: bill it once']);
    assertClean(note('## Objective', ...table('upper trapezius | R'), '', '**Billing:** 20560-GP x1 · 97110-GP x2'), ID);
  });
  it('flags 20560 for three muscles with the count, the muscles and the counting assumption', () => {
    const text = note('## Objective', ...table('upper trapezius | R', 'gluteus medius | L', 'gluteus medius | R'), '', 'Billing: 20560');
    const [f] = findings(text, ID);
    assert.equal(f.severity, 'error');
    assert.equal(covered(text, f), '20560');
    assert.deepEqual(f.range.start, positionOf(text, '20560'));
    assert.equal(f.message, '20560 billed for 3 muscles: bill 20561');
    assert.equal(f.detail, 'Counted 3 muscles: R upper trapezius, L gluteus medius, R gluteus medius (left and right counted separately).');
    assert.equal(f.fixes[0].title, 'Change to 20561');
    assert.equal(f.fixes[0].safe, false);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('Billing: 20561'));
    assertNothingLost(text.replace('20560', '20561'), fixed);
    assertClean(fixed, ID);
  });
  it('counts bilateral as two, and left and right once when the clinic counts sides together', () => {
    const text = note('O: DN bilat UT 0.25x30, LTR x2', 'Billing: 20561');
    assert.match(findings(text, ID)[0].detail!, /Counted 2 muscles: L upper trapezius, R upper trapezius \(/);
    const together = note('O: DN bilat UT 0.25x30, LTR x2; R levator scapulae 0.25x40, LTR+', 'Billing: 20561');
    const [f] = findings(together, ID, { billing: { countSidesSeparately: false } });
    assert.match(f.detail!, /Counted 2 muscles: upper trapezius, levator scapulae \(left and right of one muscle counted once\)/);
    assertClean(together, ID);
    // B/L is read as bilateral (ambiguous-abbreviation asks for it written out).
    const bl = note('O: DN B/L UT 0.25x30 mm, LTR x2. DN B/L levator scapulae 0.25x40 mm, LTR x1.', 'Billing: 20560');
    assert.deepEqual(findings(bl, ID).map((f) => f.message), ['20560 billed for 4 muscles: bill 20561']);
  });
  it('rolls parts up to their muscle and says so', () => {
    const text = note('O: DN R UT 0.25x30 LTR x2, R middle trapezius 0.25x30 LTR+, R lower trapezius 0.25x30 LTR+', 'Billing: 20561');
    const [f] = findings(text, ID);
    assert.equal(f.detail, 'Counted 1 muscle: R trapezius (left and right counted separately; parts of one muscle counted once).');
  });
  it('counts unclear records once each and says so', () => {
    const text = note('O: DN L paraspinals 0.30x50, LTR+; R TA 0.30x50, LTR+', 'Billing: 20561');
    const [f] = findings(text, ID);
    assert.equal(f.message, '20561 billed for 2 muscles: bill 20560');
    assert.match(f.detail!, /"paraspinals" and "TA" each counted as a muscle of its own, as it is not clear which muscle is meant/);
  });
  it('counts an unclear muscle on each side it was needled on, and names it once', () => {
    const bilateral = note('O: DN bilat TA 0.30x50, LTR+; R soleus 0.30x60, LTR+', 'Billing: 20560');
    const [f] = findings(bilateral, ID);
    assert.equal(f.message, '20560 billed for 3 muscles: bill 20561');
    assert.equal(f.detail, 'Counted 3 muscles: L TA, R TA, R soleus (left and right counted separately; "TA" counted as a muscle of its own, as it is not clear which muscle is meant).');
    const [g] = findings(note('O: DN R TA 0.30x50, LTR+; L TA 0.30x50, LTR+; R soleus 0.30x60, LTR+', 'Billing: 20560'), ID);
    assert.match(g.detail!, /; "TA" counted as a muscle/);
  });
  it('counts a misspelling with one clear suggestion as that muscle, rolled up with its other head', () => {
    const text = note('O: DN R medial gastrocnemius 0.30x50, LTR x3; R lateral gastrocnemeus 0.30x50, LTR x2; R soleus 0.30x60, LTR+', 'Billing: 20561');
    const [f] = findings(text, ID);
    assert.equal(f.message, '20561 billed for 2 muscles: bill 20560');
    assert.equal(f.detail, 'Counted 2 muscles: R gastrocnemius, R soleus (left and right counted separately; parts of one muscle counted once; "lateral gastrocnemeus" read as lateral gastrocnemius).');
    assertClean(text.replace('20561', '20560'), ID);
  });
  it('names a misspelling read as a muscle once, however many sides it was needled on', () => {
    const text = note('O: DN L lateral gastrocnemeus 0.30x50, LTR x2; R lateral gastrocnemeus 0.30x50, LTR x1', 'Billing: 20561');
    const [f] = findings(text, ID);
    assert.equal(f.detail, 'Counted 2 muscles: L lateral gastrocnemius, R lateral gastrocnemius (left and right counted separately; "lateral gastrocnemeus" read as lateral gastrocnemius).');
  });
  it('flags both codes on one note, and units above one', () => {
    const text = note('O: DN R UT 0.25x30 LTR x2', 'CPT: 20560, 20561 x2');
    const got = findings(text, ID);
    const both = got.find((f) => /Both 20560 and 20561/.test(f.message))!;
    assert.ok(both);
    assert.match(both.detail!, /Counted 1 muscle: R upper trapezius/);
    assert.ok(got.some((f) => /billed as 2 units/.test(f.message) && covered(text, f) === '20561'));
  });
  it('reads the same code written twice (heading and charge table) as billed once, which batch 228\'s writers asked', () => {
    assertClean(note('## Objective', '### Dry needling (20560)', '- L UT 0.30x30 LTR x2', '## Billing', '| Code | Units |', '|---|---|', '| 20560 | 1 |'), ID);
    assert.equal(findings(note('## Objective', 'DN L UT 0.30x30 LTR x2', '## Billing', '- 20560', '- 20560 x2'), ID).length, 1);
  });
  it('raises nothing without a dry-needling code', () => {
    assertClean(note('O: DN R UT 0.25x30 LTR x2', 'Billing: 97110'), ID);
  });
  it('reports 20560/20561 billed on a note that records no needling', () => {
    const text = note('O: DN deferred today (new anticoagulant).', 'Billing: 20561');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), '20561');
    assert.match(f.message, /no needling/);
  });

  it('counts each muscle of a form table\'s cell listed one a line, whatever the line before ends with (batch 260, wpi-03, wpi-06)', () => {
    const text = note('| Section | Note |', '|---|---|', '| **Subjective** | R neck pain. |',
      '| DN consent | Verbal consent obtained, PTX risk explained. |',
      '| **Dry needling** | Seated.<br>R upper trapezius 0.25 x 30 mm, 2 needles, LTR x4, reproduced temple HA<br>R levator scapulae 0.30 x 40 mm, 1 needle, LTR x2<br>R splenius capitis 0.30 x 40 mm, 1 needle, LTR x1<br>Needles in/out 4/4, all removed. |',
      '| **Aftercare** | Sore 1-2 days, heat; SOB or chest pain → ER. |', '', 'CPT 20561 x1');
    assertClean(text, 'cpt-muscle-count');
  });
});
