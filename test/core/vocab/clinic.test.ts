import assert from 'node:assert/strict';
import { createVocabulary } from '../../../src/core/vocab/index';

describe('vocab createVocabulary', () => {
  it('memoises the default vocabulary', () => {
    assert.equal(createVocabulary(), createVocabulary());
    assert.equal(createVocabulary({}), createVocabulary());
  });

  it('merges clinic muscles with clinic ids, shorthand and synonyms', () => {
    const v = createVocabulary({ muscles: [{ name: 'Lower Trapezius Fibres Deep', shorthand: ['LTD'], synonyms: ['deep low trap'], region: 'shoulder', risks: ['lung'], parent: 'trapezius' }] });
    assert.notEqual(v, createVocabulary());
    const m = v.lookupMuscle('LTD');
    assert.ok(m);
    assert.equal(m.id, 'clinic-lower-trapezius-fibres-deep');
    assert.equal(m.name, 'lower trapezius fibres deep');
    assert.equal(v.lookupMuscle('Deep Low Trap'), m);
    assert.equal(v.billingParent(m).id, 'trapezius');
    assert.equal(m.lungProximity, 'A');
    assert.equal(v.byId(m.id), m);
    assert.ok(v.muscles.includes(m));
    assert.deepEqual(v.scanMuscles('R LTD').map((x) => x.muscle?.id), [m.id]);
    // The shared default is untouched.
    assert.equal(createVocabulary().lookupMuscle('LTD'), undefined);
  });

  it('adds clinic spellings to a built-in muscle instead of duplicating it', () => {
    const v = createVocabulary({ muscles: [{ name: 'gluteus medius', shorthand: ['GMe'], synonyms: ['gluteus med. deep'] }] });
    const m = v.lookupMuscle('GMe');
    assert.equal(m?.id, 'gluteus-medius');
    assert.equal(v.lookupMuscle('glute med'), m);
    assert.equal(v.muscles.filter((x) => x.id === 'gluteus-medius').length, 1);
    assert.ok(v.ambiguous('GM')?.candidates.includes('gluteus-medius'));
    assert.ok(!createVocabulary().byId('gluteus-medius')!.shorthand.includes('GMe'));
  });

  it('infers a missing region from the parent or from a muscle named inside', () => {
    const v = createVocabulary({ muscles: [{ name: 'VMO distal fibres' }, { name: 'posterior fibres', parent: 'gluteus medius' }, { name: 'mystery muscle' }] });
    assert.equal(v.lookupMuscle('vmo distal fibres')?.region, 'thigh');
    assert.equal(v.lookupMuscle('posterior fibres')?.region, 'pelvis-hip');
    assert.equal(v.lookupMuscle('posterior fibres')?.parent, 'gluteus-medius');
    assert.equal(v.lookupMuscle('mystery muscle'), undefined);
    assert.ok(v.problems.some((p) => p.includes('mystery muscle')));
  });

  it('drops ambiguous shorthand and colliding phrases, and says so', () => {
    const v = createVocabulary({ muscles: [{ name: 'deep neck flexors', shorthand: ['TA', 'DNF'], synonyms: ['upper trap'], region: 'neck', parent: 'no such muscle' }] });
    const m = v.lookupMuscle('DNF');
    assert.ok(m);
    assert.deepEqual(m.shorthand, ['DNF']);
    assert.equal(m.parent, undefined);
    assert.equal(v.lookupMuscle('upper trap')?.id, 'upper-trapezius');
    assert.ok(v.ambiguous('TA'));
    assert.equal(v.problems.length, 3, v.problems.join('\n'));
  });

  it('refuses a clinic muscle named like a group term', () => {
    const v = createVocabulary({ muscles: [{ name: 'paraspinals', region: 'back' }] });
    assert.ok(v.group('paraspinals'));
    assert.equal(v.lookupMuscle('paraspinals'), undefined);
    assert.equal(v.problems.length, 1);
  });
});

describe('vocab isKnownTerm', () => {
  const v = createVocabulary({ terms: ['Graston', 'cupping therapy'] });

  it('knows clinic terms, case-insensitively', () => {
    assert.ok(v.isKnownTerm('Graston'));
    assert.ok(v.isKnownTerm('graston'));
    assert.ok(v.isKnownTerm('cupping'));
    assert.ok(v.isKnownTerm('cupping therapy'));
    assert.ok(!createVocabulary().isKnownTerm('Graston'));
  });

  it('knows words of the built-in vocabulary', () => {
    for (const w of ['trapezius', 'Gluteus', 'UT', 'VMO', 'paraspinals', 'pistoning', 'pneumothorax', 'PTX', 'NPRS', 'twitch']) assert.ok(v.isKnownTerm(w), w);
    for (const w of ['banana', 'ut', 'xyzzy', '']) assert.ok(!v.isKnownTerm(w), w);
  });
});
