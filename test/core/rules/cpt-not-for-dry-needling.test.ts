import assert from 'node:assert/strict';
import { assertClean, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'cpt-not-for-dry-needling';

describe('rule cpt-not-for-dry-needling', () => {
  it('raises nothing on the model note, or on 97140 without needling', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O: STM R UT 8 min.', 'Billing: 97140'), ID);
  });
  it('flags trigger-point injection, manual therapy and acupuncture codes on a needling note', () => {
    const text = note('## Objective', 'DN R UT 0.25x30, LTR x2', '## Billing', 'CPT: 20552, 97140, 97810, 97110');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['20552', '97140', '97810']);
    assert.equal(got[0].severity, 'error');
    assert.deepEqual(got[0].range.start, positionOf(text, '20552'));
    assert.match(got[0].message, /requires an injected substance/);
    assert.match(got[1].message, /manual therapy/);
    assert.match(got[1].message, /separate manual therapy/);
    assert.match(got[2].message, /acupuncture/);
  });
});
