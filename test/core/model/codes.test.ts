import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { note } from '../helpers';

const scoresOf = (text: string) => {
  const doc = lint(text);
  return doc.note.scores.map((s) => `${s.measure}=${text.slice(s.start, s.end)}${s.outOf ? '/' + s.outOf : ''}${s.scale ? ' ' + s.scale : ''}`);
};
const cptOf = (text: string) => lint(text).note.cpt.map((c) => c.code + (c.units ? ' x' + c.units : ''));
const icdOf = (text: string) => lint(text).note.icd.map((c) => c.code);

describe('model/codes', () => {
  describe('pain and outcome scores', () => {
    const cases: Array<[string, string[]]> = [
      ['Post: cervical rotation R 60°→70°; PPT R UT 2.1→2.8 kg/cm²; NPRS 5→3.', ['nprs=5', 'nprs=3']],
      ['Pain 11/10 with lifting.', ['nprs=11/10']],
      // A label's colon touching the rating (batch 148), not a time's.
      ['Pain:11/10 at worst on the weekend, 5/10 today.', ['nprs=11/10', 'nprs=5/10']],
      ['Seen at 10:30/10 min, pain settled.', []],
      ['NPRS 12', ['nprs=12']],
      ['NPRS: 7/10 → 4/10', ['nprs=7/10', 'nprs=4/10']],
      ['Pain 4/10-->2/10', ['nprs=4/10', 'nprs=2/10']],
      ['NRS 6 -> 3', ['nprs=6', 'nprs=3']],
      ['Pain 3/10 at rest, 6/10 with activity', ['nprs=3/10', 'nprs=6/10']],
      ['Pain 8-9/10 worst', ['nprs=8/10', 'nprs=9/10']],
      ['Pain (NPRS) 6/10', ['nprs=6/10']],
      ['NPRS (0-10): 4', ['nprs=4']],
      ['Pain 110/10', ['nprs=110/10']],
      ['VAS 65 mm', ['vas=65 mm']],
      ['VAS 120 mm', ['vas=120 mm']],
      ['VAS 7.5 cm', ['vas=7.5 cm']],
      ['VAS 45/100 → 20/100', ['vas=45/100 mm', 'vas=20/100 mm']],
      ['NDI 24/50', ['ndi=24/50']],
      ['NDI 48%', ['ndi-percent=48 %']],
      ['NDI (%) 48', ['ndi-percent=48 %']],
      ['ODI 34%', ['odi=34 %']],
      ['PSFS 6.3', ['psfs=6.3']],
      ['QuickDASH: 105', ['quickdash=105']],
      ['QDASH 45.5', ['quickdash=45.5']],
      ['LEFS 62/80', ['lefs=62/80']],
      // Every name and alias of the vocabulary's questionnaires, not only the abbreviations.
      ['Oswestry 42%', ['odi=42 %']],
      ['Neck Disability Index: 18/50', ['ndi=18/50']],
      ['Quick DASH 30', ['quickdash=30']],
      ['Lower Extremity Functional Scale 88/80', ['lefs=88/80']],
      ['T9/10 facet pain 4/10', ['nprs=4/10']],
      ['BP 140/90 mmHg, pain 5/10', ['nprs=5/10']],
      ['Strength 4-/5, pain 4/10', ['nprs=4/10']],
      ['Pain 3/10 (DOS 12/10)', ['nprs=3/10']],
      // Batch 16: a pain condition's shorthand and the clinician's pain sign make a bare x/10 a rating.
      ['Pt states LBP was 11/10 Saturday night.', ['nprs=11/10']],
      ['Step-down R p! 4/10 at 5 reps.', ['nprs=4/10']],
      ['Seen 11/10 for LBP review.', []],
      // Batch 74: a time word between the questionnaire and its score.
      ['LEFS today 84/80 (IA 41/80)', ['lefs=84/80']],
      // A sentence's verb between the name and the score (batch 211).
      ['Her LEFS today is 84/80, up from 52/80 at the first visit.', ['lefs=84/80']],
      ['ODI was 38%.', ['odi=38 %']],
      ['ODI today 28% (was 44%)', ['odi=28 %']],
      ['QuickDASH this visit 43.2', ['quickdash=43.2']],
      // Batch 104: a bold label's marks between the questionnaire and its score.
      ['**LEFS:** 84/80 (was 41/80 at initial assessment)', ['lefs=84/80']],
      ['**NDI**: 12/50', ['ndi=12/50']],
    ];
    for (const [line, want] of cases) it(`reads ${JSON.stringify(line)}`, () => assert.deepEqual(scoresOf(note(line)), want));

    it('reads table cells with the column header as context', () => {
      assert.deepEqual(scoresOf(note('| Muscle | Side | Pain during |', '|---|---|---|', '| upper trapezius | R | 6/10 |')), ['nprs=6/10']);
      assert.deepEqual(scoresOf(note('| Date | Visit |', '|---|---|', '| 11/10 | 3/10 |')), []);
    });

    it('reads a table cell with its row\'s label as context (batch 115)', () => {
      assert.deepEqual(scoresOf(note('| Measure | Today | Last visit |', '|---|---|---|', '| NPRS (stairs) | 11/10 | 4/10 |', '| Visit | 3/10 | 2/10 |')), ['nprs=11/10', 'nprs=4/10']);
    });

    it('reads a questionnaire row\'s cells as its scores, and a rating in a sentence naming a ten-point questionnaire as its item (batch 121)', () => {
      assert.deepEqual(scoresOf(note('| Measure | Today | Eval |', '|---|---|---|', '| LEFS | 82/80 | 51/80 |')), ['lefs=82/80', 'lefs=51/80']);
      assert.deepEqual(scoresOf(note('| Measure | Initial | Today |', '|---|---|---|', '| PSFS – walking the dog 30 min | 3/10 | 55/10 |')), ['psfs=3/10', 'psfs=55/10']);
      // A date column is no score, whatever its row.
      assert.deepEqual(scoresOf(note('| Measure | Score | Date |', '|---|---|---|', '| LEFS | 62/80 | 12/03 |')), ['lefs=62/80']);
      assert.deepEqual(scoresOf(note('PSFS: stairs 4/10, walking the dog 55/10.')), ['psfs=4/10', 'psfs=55/10']);
      // 55 is no day of a month, so it is not read as a date.
      assert.deepEqual(lint(note('Hip pain today 4/10. Walked 55/10 of the course.')).note.scores.map((x) => x.value), [4, 55]);
    });

    it('reads a number with a unit after a questionnaire\'s name as part of the activity, not its score (batch 223)', () => {
      assert.deepEqual(scoresOf(note('PSFS: 12 hr shift 4/10, walking to work 6/10.')), ['psfs=4/10', 'psfs=6/10']);
      assert.deepEqual(scoresOf(note('PSFS: 5 km run 3/10.')), ['psfs=3/10']);
      // Batch 227 (whs-15): metres and laps too.
      assert.deepEqual(scoresOf(note('PSFS: 200 m free 7/10, sleeping on L 8/10.')), ['psfs=7/10', 'psfs=8/10']);
      assert.deepEqual(scoresOf(note('PSFS: 20 laps 5/10.')), ['psfs=5/10']);
      // Batch 232 (wiz-10): miles written short, in a table row.
      assert.deepEqual(scoresOf(note('| Activity | IA | Today |', '|---|---|---|', '| PSFS: 13 mi run | 2/10 | 6/10 |')), ['psfs=2/10', 'psfs=6/10']);
      // A score at the end of a sentence is still one.
      assert.deepEqual(scoresOf(note('LEFS 85. PSFS 6.3.')), ['lefs=85', 'psfs=6.3']);
    });

    it('reads a day past the 12th over a month, in a sentence naming no pain, as a date (batch 112)', () => {
      assert.deepEqual(scoresOf(note('[History] 70F, L lateral hip pain. Started on apixaban (new AF dx, GP 28/10). Pain NRS 4/10.')), ['nprs=4/10']);
      // In a sentence about pain, or as 11/10 and 12/10, it is still the score written.
      assert.deepEqual(scoresOf(note('Hip pain. Says it was "11/10" after the comp, today 4/10.')), ['nprs=11/10', 'nprs=4/10']);
      assert.deepEqual(scoresOf(note('Hip pain 28/10 last night, today 4/10.')), ['nprs=28/10', 'nprs=4/10']);
    });

    const never = [
      'DOS 12/10/2026', 'Date: 12/10/26', 'Seen 11/10.', 'Pain worse since 11/10 after gardening.', 'Pain flare on 12/10, now 3/10',
      'L4/5 disc bulge; C5/6 radiculopathy', 'T12/L1 junction', 'Strength 4/5 hip abd, 3+/5 ER', 'Appt 10/10 at 9am', 'Pain review 11/10 am',
      'BP 120/80, HR 72', 'Reps 3x10/10', 'SLR 10/10 reps pain-free', 'Ratio 1/10 dilution', 'Seen 3/10 visits', 'Follow up 2/52',
      'Visit 11/12 of POC', 'Sleep 5/7 nights disturbed', 'Hip flexion 100/120 deg', 'Sit-to-stand 10/30 s', 'Pain 1:10 ratio',
      'Pain: 7', 'FOTO 65', 'Date 2025-10/10',
    ];
    for (const line of never) {
      it(`never reads an out-of-range score in ${JSON.stringify(line)}`, () => {
        const got = lint(note(line)).note.scores.filter((s) => s.value > 10 || s.measure !== 'nprs');
        assert.deepEqual(got.map((s) => s.value), []);
      });
    }
  });

  it('reads a score after a bold label that names its scale in brackets (batch 92)', () => {
    assert.deepEqual(scoresOf(note('**Pain (NPRS):** 45/10 on stairs, 1/10 at rest')), ['nprs=45/10', 'nprs=1/10']);
    assert.deepEqual(scoresOf(note('**Pain (NPRS):** 7 on stairs')), ['nprs=7']);
    assert.deepEqual(scoresOf(note('*Pain:* 4/10 on stairs')), ['nprs=4/10']);
    // A product is still no rating.
    assert.deepEqual(scoresOf(note('Pain on stairs, 2 * 4/10 sets')), []);
  });

  describe('CPT and ICD-10 codes', () => {
    it('reads CPT codes with units', () => {
      assert.deepEqual(cptOf(note('CPT 20560 x1, 97110 x2, 97140 (2 units)')), ['20560 x1', '97110 x2', '97140 x2']);
      assert.deepEqual(cptOf(note('Billing: 20561 (3 muscles counted by muscle & side)')), ['20561']);
      assert.deepEqual(cptOf(note('Procedures: 20560, 97140-59')), ['20560', '97140']);
    });
    it('ignores numbers that are not codes', () => {
      assert.deepEqual(cptOf(note('Pt lives at 12345 Main St, zip 90210.')), []);
      assert.deepEqual(cptOf(note('Phone 555-20561; MRN 20560123')), []);
    });
    it('ignores a record number or a ZIP code in a code\'s shape, but not a code listed after a label (batch 146)', () => {
      for (const line of ['Patient: A.T. (chart 20553) · Date: 2025-11-05', 'MRN: 97110 · DOB 1980-02-01', 'Claim #20561 approved', 'Claim no. 20560', 'Sherwood, OR 97140', 'NHS no 97112']) {
        assert.deepEqual(cptOf(note(line)), [], line);
      }
      assert.deepEqual(cptOf(note('Claim: 20561 x1; ICD-10-CM M54.50')), ['20561 x1']);
      assert.deepEqual(cptOf(note('Invoice: 20560 x1 (DN, 2 needles)')), ['20560 x1']);
      assert.deepEqual(cptOf(note('MT 97140 x1, 8 min')), ['97140 x1']);
      assert.deepEqual(cptOf(note('VMO belongs to the same record. 20560 covers both.')), ['20560']);
    });
    it('reads ICD-10 codes but not spinal levels or HCPCS codes', () => {
      assert.deepEqual(icdOf(note('Dx: M54.2 cervicalgia; M79.1')), ['M54.2', 'M79.1']);
      assert.deepEqual(icdOf(note('ICD-10: M5412, G44.209')), ['G44.209', 'M5412']);
      assert.deepEqual(icdOf(note('Dx: L4/5 disc, C5 radiculopathy, T12 fracture hx; S1 dermatome')), []);
      assert.deepEqual(icdOf(note('Codes: 20561, G0283')), []);
      assert.deepEqual(icdOf(note("Pt's BMI 24.5; HR 72; T 98.6")), []);
    });
  });
});
