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
  it('flags a group written in the singular, as clinics shorten it, and not the muscles named with it', () => {
    const text = note('## Objective', '- R glute 0.30x60, LTR x2', '- L trap 0.25x30, LTR+', '- R pec 0.25x30, LTR x1', '- L adductor 0.30x60, LTR x1');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['glute', 'trap', 'pec', 'adductor']);
    assertClean(note('## Objective', '- R glute med 0.30x60, LTR x2', '- L upper trap 0.25x30, LTR+', '- R pec minor 0.25x30, LTR x1', '- L adductor magnus 0.30x60, LTR x1'), ID);
  });
  it('does not read a landmark or a muscle\'s tone as a needled group', () => {
    assertClean(note('O: DN R vastus medialis 0.30x50mm, avoided adductor canal, LTR x2'), ID);
    assertClean(note('O: DN R QL 0.30x60 LTR x1, erector tone reduced after'), ID);
  });
  it('flags a group in a table cell', () => {
    const text = note('| Muscle | Side | Needle |', '|---|---|---|', '| hamstrings | R | 0.30x60 |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['hamstrings']);
  });
  it('does not flag group words outside needling (examination, plan, subjective)', () => {
    assertClean(note('## Subjective', 'Tight hamstrings.', '## Objective', 'Palpation: TTP paraspinals.', '## Plan', 'DN glutes next visit.'), ID);
  });

  it('reads a group dictated after a spoken comma as needled with its own dose (batch 227, wht-07)', () => {
    const text = ['S: R hamstring pain 4/10.', 'O: TTP R glute med.', 'Consent: verbal, risks reviewed.',
      'Dry needling in prone today R gluteus medius 0.30 x 60 mm LTR x3 familiar buttock pain comma R hamstrings 0.30 x 60 mm several passes LTR x4 recognised thigh pain.',
      'Needles 2 in / 2 out.', 'A: improving.', 'P: review 1/52. Aftercare: soreness advice.'].join('\n');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['hamstrings']);
  });
});
