import assert from 'node:assert/strict';
import { needleTechniqueRe } from '../../../src/core/lexicon/needling';
import {
  findNeedleCount, findNeedles, findSides, findTwitches, parseSideCell, parseTwitchCell,
} from '../../../src/core/model/tokens';

const sides = (t: string) => findSides(t).map((s) => `${t.slice(s.start, s.end)}=${s.side}${s.ambiguous ? '?' : ''}`);
const twitch = (t: string) => findTwitches(t).map((x) => ({ text: t.slice(x.start, x.end), present: x.present, count: x.count }));

describe('model/tokens', () => {
  describe('findSides', () => {
    it('reads the common side forms', () => {
      assert.deepEqual(sides('R UT'), ['R=R']);
      assert.deepEqual(sides('Lt. glute med'), ['Lt.=L']);
      assert.deepEqual(sides('rt. glute med'), ['rt.=R']);
      assert.deepEqual(sides('bilat UT'), ['bilat=B']);
      assert.deepEqual(sides('UT (R)'), ['R=R']);
      assert.deepEqual(sides('left and right'), ['left=L', 'right=R']);
      assert.deepEqual(sides('BL UT'), ['BL=B']);
    });
    it('does not read "right" meaning just or correct as a side: "referral into heel (\\"right where it hurts\\")" (batch 286, wvi-07)', () => {
      for (const t of ['soleus, referral into heel ("right where it hurts in the morning")', 'needle right at the insertion', 'at a right angle']) {
        assert.deepEqual(sides(t), [], t);
      }
      // Before "then" or "to" it is the side again, and before a muscle.
      assert.deepEqual(sides('right then left UT'), ['right=R', 'left=L']);
      assert.deepEqual(sides('spread from right to left'), ['right=R', 'left=L']);
      assert.deepEqual(sides('right upper trapezius'), ['right=R']);
      assert.deepEqual(sides('Dry needling, all right side:'), ['right=R']);
    });
    it('reads L/R as both sides and B/L as an ambiguous bilateral', () => {
      assert.deepEqual(sides('L/R UT'), ['L/R=B']);
      assert.deepEqual(sides('B/L UT'), ['B/L=B?']);
    });
    it('does not read the L of QL, spinal levels, R/O or lower-case letters as sides', () => {
      assert.deepEqual(sides('QL'), []);
      assert.deepEqual(sides('L4-5 multifidus'), []);
      assert.deepEqual(sides('L2'), []);
      assert.deepEqual(sides('R/O fracture'), []);
      assert.deepEqual(sides('RUT'), []);
      assert.deepEqual(sides('a b c l r'), []);
    });
  });

  describe('parseSideCell', () => {
    it('reads a whole cell', () => {
      for (const [t, s] of [['L', 'L'], ['Left', 'L'], ['Rt.', 'R'], ['Lt', 'L'], ['bilat', 'B'], ['B/L', 'B'], ['L/R', 'B'], ['L & R', 'B'], ['R+L', 'B'], ['**R**', 'R']] as const) {
        assert.equal(parseSideCell(t), s, t);
      }
    });
    it('returns nothing for an empty or unclear cell', () => {
      for (const t of ['', ' ', '-', '?', 'upper']) assert.equal(parseSideCell(t), undefined, t);
    });
  });

  describe('findNeedles', () => {
    const one = (t: string) => {
      const [n] = findNeedles(t);
      return n && { text: t.slice(n.start, n.end), d: n.diameterMm, l: n.lengthMm, g: n.gauge };
    };
    it('reads diameter × length in the ways clinicians type it', () => {
      assert.deepEqual(one('0.25x40mm'), { text: '0.25x40mm', d: 0.25, l: 40, g: undefined });
      assert.deepEqual(one('needle 0.25 × 40 mm, pistoning'), { text: '0.25 × 40 mm', d: 0.25, l: 40, g: undefined });
      assert.deepEqual(one('φ0.30 mm × 40 mm'), { text: 'φ0.30 mm × 40 mm', d: 0.3, l: 40, g: undefined });
      assert.deepEqual(one('.30x50'), { text: '.30x50', d: 0.3, l: 50, g: undefined });
      assert.deepEqual(one('0.3x50mm'), { text: '0.3x50mm', d: 0.3, l: 50, g: undefined });
      assert.deepEqual(one('0,25x40'), { text: '0,25x40', d: 0.25, l: 40, g: undefined });
      assert.deepEqual(one('R UT,0.25x30'), { text: '0.25x30', d: 0.25, l: 30, g: undefined });
      assert.deepEqual(one('0.25/40'), { text: '0.25/40', d: 0.25, l: 40, g: undefined });
      // A full stop may end the sentence right after the unit (batch 31); a decimal may not follow.
      assert.deepEqual(one('DN QL 0.30x60mm.'), { text: '0.30x60mm', d: 0.3, l: 60, g: undefined });
      assert.deepEqual(one('DN QL 0.30x60.'), { text: '0.30x60', d: 0.3, l: 60, g: undefined });
      assert.deepEqual(one('60mm x 0.30.'), { text: '60mm x 0.30', d: 0.3, l: 60, g: undefined });
      assert.equal(one('0.25x40.5'), undefined);
      // A note printed in capitals, as old record systems print it.
      assert.deepEqual(one('0.25 X 30 MM'), { text: '0.25 X 30 MM', d: 0.25, l: 30, g: undefined });
      assert.deepEqual(one('60MM X 0.30'), { text: '60MM X 0.30', d: 0.3, l: 60, g: undefined });
    });
    it('starts a size at its number or φ, and stays linear on a long run of spaces before one', () => {
      assert.deepEqual(one('R UT   0.25 x 30 mm'), { text: '0.25 x 30 mm', d: 0.25, l: 30, g: undefined });
      assert.deepEqual(one('φ 0.30 x 40'), { text: 'φ 0.30 x 40', d: 0.3, l: 40, g: undefined });
      // Before: the size could begin at any space of a run, rescanning the run from each (80,000 spaces: over a minute).
      assert.deepEqual(one(`pain${' '.repeat(80_000)}5/10 and 0.25x30`), { text: '0.25x30', d: 0.25, l: 30, g: undefined });
    });
    it('reads a length alone and a gauge alone', () => {
      assert.deepEqual(one('60mm needle'), { text: '60mm', d: undefined, l: 60, g: undefined });
      assert.deepEqual(one('32G'), { text: '32G', d: undefined, l: undefined, g: 32 });
      assert.deepEqual(one('32 gauge'), { text: '32 gauge', d: undefined, l: undefined, g: 32 });
      assert.equal(findNeedles('32g 40mm').length, 2);
    });
    it('reads a length with its unit spelled out, and in words as dictation writes it', () => {
      assert.deepEqual(one('a 30 millimetre needle'), { text: '30 millimetre', d: undefined, l: 30, g: undefined });
      assert.deepEqual(one('0.25 x 40 millimeters'), { text: '0.25 x 40 millimeters', d: 0.25, l: 40, g: undefined });
      assert.deepEqual(one('with a thirty millimetre needle'), { text: 'thirty millimetre', d: undefined, l: 30, g: undefined });
      assert.deepEqual(one('forty-mm needle'), { text: 'forty-mm', d: undefined, l: 40, g: undefined });
      assert.deepEqual(one('Twenty-five MM'), { text: 'Twenty-five MM', d: undefined, l: 25, g: undefined });
      // A measurement is not a needle, in words as in digits; a spelled number without a unit is no length.
      assert.equal(one('mouth opening thirty millimetres'), undefined);
      assert.equal(one('thirty needles'), undefined);
      assert.equal(one('millimetres'), undefined);
    });
    it('ignores dates, strength grades, sets and reps', () => {
      for (const t of ['12/10/2025', '4/5 strength', '2x10 reps', '1x3', 'NPRS 5/10', '3 mm']) assert.deepEqual(findNeedles(t), [], t);
    });
    it('does not read a measurement in millimetres as a needle length ("mouth opening 31 mm", batch 50)', () => {
      for (const t of ['mouth opening 31 mm pre-tx', 'MIO: 35mm', 'opening 31 → 36 mm', 'interincisal opening of 38 mm', 'IRD 25 mm at umbilicus']) assert.deepEqual(findNeedles(t), [], t);
      // … also in the other language of a bilingual clinic (batch 303, wze-14).
      for (const t of ['Ouverture 32 mm (was 29), déviation vers R', 'apertura bucal 35 mm']) assert.deepEqual(findNeedles(t), [], t);
      // A safe depth measured over the chest before needling (batch 211).
      assert.deepEqual(findNeedles('Slim build: skin-to-rib ~12 mm on US at R rhomboid.'), []);
      // The needle beside a measurement is still read.
      assert.deepEqual(findNeedles('L masseter 0.20x25 mm, opening 31 mm').map((n) => n.lengthMm), [25]);
      assert.deepEqual(findNeedles('L masseter 30 mm needle; opening 31 mm').map((n) => n.lengthMm), [30]);
      // Batch 131: an earlier reading in brackets is the measurement's too, however far after its name.
      assert.deepEqual(findNeedles('IRD 18 mm at umbilicus on curl-up (was 22 mm)'), []);
      assert.deepEqual(findNeedles('R rectus abdominis 0.30x40 mm (was 0.25x30 mm)').map((n) => n.lengthMm), [40, 30]);
      // Batch 134: the readings that follow a measurement in one sentence are its too.
      assert.deepEqual(findNeedles('IRD 22 mm 3 cm above umbilicus (was 28 mm), 12 mm at umbilicus, good linea tension with TrA pre-activation'), []);
      // Batch 135: a bracketed aside may say how it was measured.
      assert.deepEqual(findNeedles('IRD (RTUS, curl-up): 18 mm at umbilicus, 12 mm 3 cm above (was 16 mm)'), []);
      // A sentence's end or a needling word ends the series.
      assert.deepEqual(findNeedles('IRD 22 mm at umbilicus. R rectus abdominis 30 mm, LTR x2').map((n) => n.lengthMm), [30]);
      assert.deepEqual(findNeedles('IRD 22 mm at umbilicus, DN R rectus abdominis 30 mm').map((n) => n.lengthMm), [30]);
    });
  });

  describe('findTwitches', () => {
    it('reads a count written in words (batch 204)', () => {
      assert.deepEqual(twitch('three twitches and the familiar ache'), [{ text: 'three twitches', present: true, count: 3 }]);
      assert.deepEqual(twitch('one twitch, local ache'), [{ text: 'one twitch', present: true, count: 1 }]);
    });

    it('says whether a twitch is described as seen: a quality before it or a seeing word after it (batch 204)', () => {
      const seen = (t: string) => findTwitches(t).map((x) => x.seen);
      assert.deepEqual(seen('a strong twitch and a deep ache'), [true]);
      assert.deepEqual(seen('brisk LTRs in both'), [true]);
      assert.deepEqual(seen('LTR elicited'), [true]);
      assert.deepEqual(seen('aim for LTR'), [false]);
      assert.deepEqual(seen('LTR x3'), [false]);
      assert.deepEqual(seen('no strong twitch'), [false]);
    });

    it('keeps a twitch negated across a quality word: "no visible twitch" (batch 204)', () => {
      assert.deepEqual(twitch('0.30 x 50 mm, no visible twitch, tolerated well'), [{ text: 'no visible twitch', present: false, count: undefined }]);
      assert.deepEqual(twitch('nil strong LTR'), [{ text: 'nil strong LTR', present: false, count: undefined }]);
    });

    it('reads present twitches with counts', () => {
      assert.deepEqual(twitch('LTR x3'), [{ text: 'LTR x3', present: true, count: 3 }]);
      assert.deepEqual(twitch('LTRx3'), [{ text: 'LTRx3', present: true, count: 3 }]);
      assert.deepEqual(twitch('LTR ×4'), [{ text: 'LTR ×4', present: true, count: 4 }]);
      assert.deepEqual(twitch('twitch x2'), [{ text: 'twitch x2', present: true, count: 2 }]);
      assert.deepEqual(twitch('LTR: 3'), [{ text: 'LTR: 3', present: true, count: 3 }]);
      assert.deepEqual(twitch('LTR (3)'), [{ text: 'LTR (3)', present: true, count: 3 }]);
      assert.deepEqual(twitch('3 LTRs'), [{ text: '3 LTRs', present: true, count: 3 }]);
      assert.deepEqual(twitch('LTR+ x3'), [{ text: 'LTR+ x3', present: true, count: 3 }]);
      assert.deepEqual(twitch('local twitch responses x2'), [{ text: 'local twitch responses x2', present: true, count: 2 }]);
    });
    it('reads present twitches without counts', () => {
      for (const t of ['+LTR', 'LTR+', 'LTRs elicited', 'twitches obtained', 'LTR: yes']) {
        assert.equal(twitch(t)[0]?.present, true, t);
        assert.equal(twitch(t)[0]?.count, undefined, t);
      }
    });
    it('reads absent twitches', () => {
      for (const t of ['no LTR', 'LTR −', 'LTR -', '-LTR', '(LTR-)', 'no twitch', 'LTR absent', 'LTR 0', 'LTR x0', '0 LTR', 'LTR: none', 'LTR: -', 'without LTR', 'nil LTR', 'LTR neg', 'LTR not elicited', 'no LTR elicited']) {
        assert.equal(twitch(t)[0]?.present, false, t);
      }
    });
    it('does not read a dash used as a separator as "absent"', () => {
      assert.deepEqual(twitch('R UT – LTR x3'), [{ text: 'LTR x3', present: true, count: 3 }]);
      assert.deepEqual(twitch('R UT - LTR x3'), [{ text: 'LTR x3', present: true, count: 3 }]);
    });
    it('reads "10 LTRs" as ten, not as "0 LTRs"', () => {
      assert.deepEqual(twitch('10 LTRs'), [{ text: '10 LTRs', present: true, count: 10 }]);
    });
    it('ignores twitching and other words', () => {
      assert.deepEqual(twitch('eyelid twitching since Monday'), []);
      assert.deepEqual(twitch('switched to 0.30 needles'), []);
    });
  });

  describe('parseTwitchCell', () => {
    it('reads the cell forms of the model note and others', () => {
      assert.deepEqual(parseTwitchCell('+×3'), { present: true, count: 3 });
      assert.deepEqual(parseTwitchCell('+ (x3)'), { present: true, count: 3 });
      assert.deepEqual(parseTwitchCell('x2'), { present: true, count: 2 });
      assert.deepEqual(parseTwitchCell('3'), { present: true, count: 3 });
      assert.deepEqual(parseTwitchCell('+++'), { present: true, count: undefined });
      assert.deepEqual(parseTwitchCell('multiple'), { present: true });
      for (const t of ['−', '-', 'none', '0', 'no', 'N', 'absent']) assert.deepEqual(parseTwitchCell(t), { present: false }, t);
    });
    it('returns nothing for an empty or not-applicable cell', () => {
      for (const t of ['', 'n/a', 'NT']) assert.equal(parseTwitchCell(t), undefined, t);
    });
  });

  describe('findNeedleCount and techniques', () => {
    it('reads needle counts', () => {
      assert.equal(findNeedleCount('2 needles'), 2);
      assert.equal(findNeedleCount('n=2'), 2);
      assert.equal(findNeedleCount('needles: 3'), 3);
      assert.equal(findNeedleCount('needle 0.25x40'), undefined);
    });
    it('treats only needle-specific words as a needling technique (the lexicon\'s list)', () => {
      assert.equal(needleTechniqueRe.test('pistoning'), true);
      assert.equal(needleTechniqueRe.test('fast-in fast-out'), true);
      assert.equal(needleTechniqueRe.test('cervical rotation R 60°'), false);
      assert.equal(needleTechniqueRe.test('deep breath, static stretch'), false);
    });
  });
});
