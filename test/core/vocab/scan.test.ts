import assert from 'node:assert/strict';
import { createVocabulary } from '../../../src/core/vocab/index';

const vocab = createVocabulary();
const brief = (text: string) => vocab.scanMuscles(text).map((m) => [m.start, m.text, m.kind, m.muscle?.id ?? m.group?.term ?? m.candidates?.map((c) => c.id).join('|')]);

describe('vocab scanMuscles', () => {
  it('finds shorthand after a side letter with its offset', () => {
    assert.deepEqual(brief('R UT'), [[2, 'UT', 'muscle', 'upper-trapezius']]);
    const [m] = vocab.scanMuscles('R UT');
    assert.equal(m.end, 4);
  });

  it('prefers the longest phrase', () => {
    assert.deepEqual(brief('L glute med'), [[2, 'glute med', 'muscle', 'gluteus-medius']]);
    assert.deepEqual(brief('biceps femoris long head'), [[0, 'biceps femoris long head', 'muscle', 'biceps-femoris-long-head']]);
    assert.deepEqual(brief('triceps surae'), [[0, 'triceps surae', 'group', 'triceps surae']]);
    assert.deepEqual(brief('levator scapulae'), [[0, 'levator scapulae', 'muscle', 'levator-scapulae']]);
  });

  it('reports a name and its shorthand in brackets as two mentions of one muscle', () => {
    const found = vocab.scanMuscles('upper trapezius (UT)');
    assert.deepEqual(found.map((m) => [m.start, m.end, m.text]), [[0, 15, 'upper trapezius'], [17, 19, 'UT']]);
    assert.equal(found[0].muscle, found[1].muscle);
  });

  it('reports ambiguous tokens and group terms with what they cover', () => {
    const [ta] = vocab.scanMuscles('TA');
    assert.equal(ta.kind, 'ambiguous');
    assert.deepEqual(ta.candidates?.map((c) => c.id), ['tibialis-anterior', 'transversus-abdominis']);
    const [g] = vocab.scanMuscles('B/L paraspinals');
    assert.equal(g.kind, 'group');
    assert.equal(g.start, 4);
    assert.ok(g.group?.members.includes('lumbar-multifidus'));
  });

  it('reads "LT" right before another name as its side, as a note in capitals writes it (all-caps rewrite)', () => {
    assert.deepEqual(brief('DN LT TFL 0.30X50MM'), [[6, 'TFL', 'muscle', 'tensor-fasciae-latae']]);
    assert.deepEqual(brief('LT UPPER TRAPEZIUS'), [[3, 'UPPER TRAPEZIUS', 'muscle', 'upper-trapezius']]);
    // Elsewhere it stays a question: lower trapezius or longissimus thoracis, or the side of something else.
    assert.deepEqual(brief('R LT 0.25x30, UT').map((m) => m[1]), ['LT', 'UT']);
    assert.deepEqual(brief('LT, UT').map((m) => m[1]), ['LT', 'UT']);
  });

  it('knows the trapezius parts by their Latin names (batch 196, a Dutch practice)', () => {
    assert.deepEqual(brief('R trapezius pars descendens'), [[2, 'trapezius pars descendens', 'muscle', 'upper-trapezius']]);
    assert.deepEqual(brief('L trapezius pars transversa, L trapezius pars ascendens').map((m) => m[3]), ['middle-trapezius', 'lower-trapezius']);
  });

  it('matches whole words only, and shorthand only in its own case', () => {
    assert.deepEqual(brief('but the QLS and tut'), []);
    assert.deepEqual(brief('ut, ql, tfl'), []);
    assert.deepEqual(brief('QL.'), [[0, 'QL', 'muscle', 'quadratus-lumborum']]);
    assert.deepEqual(brief('(QL)'), [[1, 'QL', 'muscle', 'quadratus-lumborum']]);
    assert.deepEqual(brief('Pt tolerated; PT'), [[14, 'PT', 'ambiguous', 'pronator-teres|tibialis-posterior|fibularis-tertius']]);
  });

  it('does not join words across commas, slashes or a sentence end', () => {
    assert.deepEqual(brief('upper, trapezius'), [[7, 'trapezius', 'muscle', 'trapezius']]);
    assert.deepEqual(brief('pain lower. Trapezius tender'), [[12, 'Trapezius', 'muscle', 'trapezius']]);
    assert.deepEqual(brief('upper/trapezius'), [[6, 'trapezius', 'muscle', 'trapezius']]);
  });

  it('reads a slashed or coordinated qualifier as the same muscle family ("glute med/min")', () => {
    assert.deepEqual(brief('glute med/min'), [[0, 'glute med', 'muscle', 'gluteus-medius'], [10, 'min', 'muscle', 'gluteus-minimus']]);
    assert.deepEqual(brief('gluteus medius and minimus'), [[0, 'gluteus medius', 'muscle', 'gluteus-medius'], [19, 'minimus', 'muscle', 'gluteus-minimus']]);
  });

  it('joins words across hyphens, dots and repeated spaces', () => {
    assert.deepEqual(brief('R mid-trap'), [[2, 'mid-trap', 'muscle', 'middle-trapezius']]);
    assert.deepEqual(brief('iliocost. thor. and upper   trapezius'), [
      [0, 'iliocost. thor', 'muscle', 'iliocostalis-thoracis'],
      [20, 'upper   trapezius', 'muscle', 'upper-trapezius'],
    ]);
  });

  it('includes the closing bracket of a qualifier the phrase opened', () => {
    assert.deepEqual(brief('R abductor digiti minimi (foot) and ADM'), [
      [2, 'abductor digiti minimi (foot)', 'muscle', 'abductor-digiti-minimi-foot'],
      [36, 'ADM', 'ambiguous', 'abductor-digiti-minimi-hand|abductor-digiti-minimi-foot'],
    ]);
  });

  it('accepts a trailing plural', () => {
    assert.deepEqual(brief('L upper traps, glutes'), [[2, 'upper traps', 'muscle', 'upper-trapezius'], [15, 'glutes', 'group', 'glutes']]);
  });

  it('scans a realistic table row left to right', () => {
    const row = '| R UT | 0.25 x 40 mm | pistoning | LTR x3 | L peroneus longus, VMO, SCM; TA? |';
    assert.deepEqual(vocab.scanMuscles(row).map((m) => m.text), ['UT', 'peroneus longus', 'VMO', 'SCM', 'TA']);
    for (const m of vocab.scanMuscles(row)) assert.equal(row.slice(m.start, m.end), m.text);
  });

  it('handles empty and non-ASCII text', () => {
    assert.deepEqual(vocab.scanMuscles(''), []);
    // İ lower-cases to two code units: offsets must still be those of the original line.
    assert.deepEqual(brief('İİ trapèze — trapezius'), [[13, 'trapezius', 'muscle', 'trapezius']]);
  });

  it('is fast enough for a 10,000-note corpus', () => {
    const line = 'Needled L glute med, R piriformis and bilateral lumbar multifidus; tolerated well, no AE.';
    const t0 = performance.now();
    for (let i = 0; i < 20_000; i++) vocab.scanMuscles(line);
    const perLine = (performance.now() - t0) / 20_000;
    assert.ok(perLine < 0.05, `${perLine.toFixed(4)} ms per line`);
  });
});
