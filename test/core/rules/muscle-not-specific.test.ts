import assert from 'node:assert/strict';
import { assertClean, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'muscle-not-specific';

describe('rule muscle-not-specific', () => {
  it('raises nothing on the model note or on named muscles', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O: DN L lumbar multifidus 0.30x50, LTR x2'), ID);
  });
  it('flags a group term recorded as needled and lists members', () => {
    const text = note('## Objective', '- L paraspinals 0.30x50, LTR x2', '- R glutes 0.30x60, LTR+', '- quads bilat 0.30x60, no LTR');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['paraspinals', 'glutes', 'quads']);
    assert.deepEqual(got[1].range.start, positionOf(text, 'glutes'));
    assert.equal(got[0].severity, 'warning');
    assert.equal(got[1].message, 'Name the muscle: "glutes" is a group');
  });
  it('flags a group in a table cell', () => {
    const text = note('| Muscle | Side | Needle |', '|---|---|---|', '| hamstrings | R | 0.30x60 |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['hamstrings']);
  });
  it('does not flag group words outside needling (examination, plan, subjective)', () => {
    assertClean(note('## Subjective', 'Tight hamstrings.', '## Objective', 'Palpation: TTP paraspinals.', '## Plan', 'DN glutes next visit.'), ID);
  });
});
