import assert from 'node:assert/strict';
import { createVocabulary, normalisePhrase } from '../../../src/core/vocab/index';

const vocab = createVocabulary();
const idOf = (phrase: string) => vocab.lookupMuscle(phrase)?.id;

describe('vocab lookupMuscle', () => {
  it('finds shorthand clinicians type', () => {
    assert.equal(idOf('UT'), 'upper-trapezius');
    assert.equal(idOf('QL'), 'quadratus-lumborum');
    assert.equal(idOf('TFL'), 'tensor-fasciae-latae');
    assert.equal(idOf('ECRB'), 'extensor-carpi-radialis-brevis');
    assert.equal(idOf('VMO'), 'vastus-medialis-oblique');
    assert.equal(idOf('SCM'), 'sternocleidomastoid');
    assert.equal(idOf('GMed'), 'gluteus-medius');
    assert.equal(idOf('C-MF'), 'cervical-multifidus');
  });

  it('matches shorthand case-sensitively and names case-insensitively', () => {
    assert.equal(idOf('ut'), undefined);
    assert.equal(idOf('Ql'), undefined);
    assert.equal(idOf('scm'), undefined);
    assert.equal(idOf('Upper Trapezius'), 'upper-trapezius');
    assert.equal(idOf('GLUTE MED'), 'gluteus-medius');
  });

  it('finds informal forms and older names', () => {
    assert.equal(idOf('glute med'), 'gluteus-medius');
    assert.equal(idOf('G med'), 'gluteus-medius');
    assert.equal(idOf('upper trap'), 'upper-trapezius');
    assert.equal(idOf('peroneus longus'), 'fibularis-longus');
    assert.equal(idOf('peroneus brevis'), 'fibularis-brevis');
    assert.equal(idOf('levator'), 'levator-scapulae');
    assert.equal(idOf('pec minor'), 'pectoralis-minor');
    assert.equal(idOf('infra'), 'infraspinatus');
    assert.equal(idOf('lats'), 'latissimus-dorsi');
    assert.equal(idOf('tib ant'), 'tibialis-anterior');
    assert.equal(idOf('gastroc'), 'gastrocnemius');
  });

  it('normalises hyphens, dots, extra spaces and a trailing plural', () => {
    assert.equal(idOf('upper-trapezius'), 'upper-trapezius');
    assert.equal(idOf('  upper   trapezius. '), 'upper-trapezius');
    assert.equal(idOf('mid-trap'), 'middle-trapezius');
    assert.equal(idOf('iliocost. thor.'), 'iliocostalis-thoracis');
    assert.equal(idOf('upper traps'), 'upper-trapezius');
    assert.equal(idOf('gastrocs'), 'gastrocnemius');
    assert.equal(normalisePhrase(' Upper-Trapezius. '), 'upper trapezius');
  });

  it('does not guess: "lat", commas and unknown words find nothing', () => {
    assert.equal(idOf('lat'), undefined);
    assert.equal(idOf('upper, trapezius'), undefined);
    assert.equal(idOf('banana'), undefined);
    assert.equal(idOf(''), undefined);
  });

  it('keeps group terms and ambiguous tokens out of muscle lookup', () => {
    assert.equal(idOf('paraspinals'), undefined);
    assert.equal(idOf('TA'), undefined);
  });
});

describe('vocab ambiguous', () => {
  it('returns the candidates of TA and PT', () => {
    assert.deepEqual(vocab.ambiguous('TA')?.candidates, ['tibialis-anterior', 'transversus-abdominis']);
    assert.deepEqual([...vocab.ambiguous('PT')!.candidates].sort(), ['fibularis-tertius', 'pronator-teres', 'tibialis-posterior']);
    assert.ok(vocab.ambiguous('PT')?.otherMeanings?.includes('physical therapist'));
  });

  it('treats LT and MT as ambiguous, not as trapezius shorthand', () => {
    assert.ok(vocab.ambiguous('LT')?.candidates.includes('lower-trapezius'));
    assert.ok(vocab.ambiguous('LT')?.otherMeanings?.includes('left'));
    assert.deepEqual(vocab.ambiguous('MT')?.candidates, ['middle-trapezius']);
  });

  it('is case-sensitive for capital tokens and not for spelled-out ones', () => {
    assert.equal(vocab.ambiguous('ta'), undefined);
    assert.equal(vocab.ambiguous('Pt'), undefined);
    assert.ok(vocab.ambiguous('Abductor Digiti Minimi'));
    assert.equal(vocab.ambiguous('B/L'), undefined);
  });
});

describe('vocab group', () => {
  it('expands group terms to their members', () => {
    assert.deepEqual(vocab.group('rotator cuff')?.members, ['supraspinatus', 'infraspinatus', 'teres-minor', 'subscapularis']);
    assert.equal(vocab.group('quads')?.members.length, 4);
    assert.equal(vocab.group('hamstrings')?.members.length, 3);
    assert.equal(vocab.group('suboccipitals')?.members.length, 4);
    assert.equal(vocab.group('scalenes')?.members.length, 3);
  });

  it('accepts aliases and singulars', () => {
    assert.equal(vocab.group('hamstring')?.term, 'hamstrings');
    assert.equal(vocab.group('HS')?.term, 'hamstrings');
    assert.equal(vocab.group('hs'), undefined);
    assert.equal(vocab.group('Paraspinal')?.term, 'paraspinals');
    assert.equal(vocab.group('rhomboid')?.term, 'rhomboids');
    assert.equal(vocab.group('Erector Spinae')?.term, 'erector spinae');
  });

  it('does not treat a muscle as a group', () => {
    assert.equal(vocab.group('trapezius'), undefined);
    assert.equal(vocab.group('rhomboid major'), undefined);
  });
});

describe('vocab billingParent', () => {
  const parentOf = (id: string) => vocab.billingParent(vocab.byId(id)!).id;

  it('rolls parts and heads up to the billed muscle', () => {
    assert.equal(parentOf('upper-trapezius'), 'trapezius');
    assert.equal(parentOf('middle-trapezius'), 'trapezius');
    assert.equal(parentOf('lower-trapezius'), 'trapezius');
    assert.equal(parentOf('vastus-medialis-oblique'), 'vastus-medialis');
    assert.equal(parentOf('medial-gastrocnemius'), 'gastrocnemius');
    assert.equal(parentOf('lateral-gastrocnemius'), 'gastrocnemius');
    assert.equal(parentOf('biceps-femoris-long-head'), 'biceps-femoris');
  });

  it('leaves whole muscles and separately named muscles alone', () => {
    assert.equal(parentOf('gluteus-medius'), 'gluteus-medius');
    assert.equal(parentOf('anterior-scalene'), 'anterior-scalene');
    assert.equal(parentOf('iliocostalis-thoracis'), 'iliocostalis-thoracis');
  });
});

describe('vocab suggest', () => {
  it('offers the intended muscle for a typo', () => {
    assert.equal(vocab.suggest('uper trapezius')[0]?.id, 'upper-trapezius');
    assert.equal(vocab.suggest('gluteus medus')[0]?.id, 'gluteus-medius');
    assert.equal(vocab.suggest('supraspinatis')[0]?.id, 'supraspinatus');
    assert.equal(vocab.suggest('peroneous longus')[0]?.id, 'fibularis-longus');
  });

  it('returns nothing when nothing is close', () => {
    assert.deepEqual(vocab.suggest('banana'), []);
    assert.deepEqual(vocab.suggest('tolerated well'), []);
    assert.deepEqual(vocab.suggest(''), []);
  });

  it('respects max and returns each muscle once', () => {
    const s = vocab.suggest('trapezius', 2);
    assert.ok(s.length <= 2);
    assert.equal(s[0].id, 'trapezius');
    const all = vocab.suggest('lower trapezius');
    assert.equal(new Set(all).size, all.length);
  });
});
