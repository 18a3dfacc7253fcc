import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, covered, crlf, findings, note, positionOf } from '../helpers';

const ID = 'pain-score-out-of-range';

describe('rule pain-score-out-of-range', () => {
  it('is clean for the model note', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['S: Pain 11/10 with lifting.', '11', /NPRS 11 is outside its 0–10 scale/],
    ['S: NPRS 12', '12', /NPRS 12/],
    ['S: NPRS 7/10 → 14/10', '14', /NPRS 14/],
    ['S: pain 8-12/10 at worst', '12', /NPRS 12/],
    ['O: VAS 120 mm', '120', /VAS 120 is outside its 0–100 mm scale/],
    ['O: VAS 12 cm', '12', /0–10 cm/],
    ['O: VAS 150/100', '150', /VAS 150/],
    ['O: NDI 62/50', '62', /NDI 62 is outside its 0–50 scale/],
    ['O: NDI 120%', '120', /NDI %/],
    ['O: ODI 120%', '120', /ODI 120 is outside its 0–100 % scale/],
    ['O: PSFS 12', '12', /PSFS 12/],
    ['O: QuickDASH: 105', '105', /QuickDASH 105/],
    ['O: LEFS 85', '85', /LEFS 85 is outside its 0–80 scale/],
    ['O: LEFS 85/80', '85', /LEFS 85/],
    // "at" before a date word names a moment, and the number after it is that moment's rating.
    ['S: Pt rates pain at time of injury 11/10, now 4/10.', '11', /NPRS 11/],
    ['S: Pain at the time of injury 12/10.', '12', /NPRS 12/],
    ['S: Worst pain at onset 11/10.', '11', /NPRS 11/],
    // A VAS over 100 with no blood pressure beside it is still a score.
    ['S: Headache 160/100, BP normal.', '160', /VAS 160/],
  ];
  for (const [line, token, message] of bad) {
    it(`reports ${JSON.stringify(line)} on the number`, () => {
      const text = note('S: neck pain.', line);
      const [f, ...rest] = findings(text, ID);
      assert.equal(rest.length, 0);
      assert.equal(f.severity, 'error');
      assert.equal(covered(text, f), token);
      assert.deepEqual(f.range.start, positionOf(text, token, text.indexOf(line)));
      assert.match(f.message, message);
    });
  }

  it('reports in table cells under a pain column and with CRLF', () => {
    const text = crlf(note('| Muscle | Side | Pain during |', '|---|---|---|', '| upper trapezius | R | 12/10 |'));
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), '12');
    assert.deepEqual(f.range.start, positionOf(text, '12/10'));
  });

  const good = [
    'S: Pain 10/10 at worst, 0/10 at rest.', 'S: NPRS 5→3', 'O: VAS 65 mm', 'O: VAS 7.5 cm', 'O: VAS 45/100', 'O: NDI 24/50',
    'O: NDI 48%', 'O: NDI 62', 'O: ODI 34%', 'O: PSFS 6.3', 'O: QuickDASH 45.5', 'O: LEFS 62/80',
  ];
  for (const line of good) it(`is clean for in-range ${JSON.stringify(line)}`, () => assertClean(note(line), ID));

  // Things that look like n/10 or n/100 but are not scores: never flagged, even beside a pain word.
  const never = [
    'DOS 12/10/2026', 'Date: 12/10/26', 'Seen 11/10 for follow-up.', 'Pain worse since 11/10 after gardening.', 'Pain flare on 12/10, now 3/10',
    'Pain started 11/10.', 'Neck pain, DOI 12/10', 'L4/5 disc bulge; C5/6 radiculopathy with arm pain', 'T12/L1 junction pain 4/10',
    'T9/10 facet pain', 'Strength 4/5 hip abd, 3+/5 ER, pain 2/10', 'Appt 10/10 at 9am', 'Pain review 11/10 am', 'Pain at 11/10 pm',
    'BP 120/80, HR 72', 'BP 140/90 mmHg, pain 5/10', 'Reps 3x10/10 with pain 2/10', 'SLR 12/10 reps pain-free', 'Ratio 1/10 dilution',
    'Seen 3/10 visits', 'Follow up 2/52', 'Visit 11/12 of POC', 'Sleep 5/7 nights disturbed by pain', 'Hip flexion 100/120 deg',
    'Sit-to-stand 10/30 s', 'Pain 1:10 ratio', 'Pain: 7', 'FOTO 65', 'Pain-free 15/10 reps', 'Date 2025-10/10', 'MMT 5/5 pain-free',
    'Pain 3/10 (DOS 12/10)', 'Symptoms since 12/10/2025 pain 4/10', 'Time 10:10, pain 3/10',
    'Pain since injury 11/10 lifting', 'Pain, onset 12/10 at work',
    // Blood pressure written over 100 beside a headache (batch 238, wkg-06).
    'Headache; BP over clinic DN limit (160/100) on two readings', 'Neck pain, BP 160/100 today', 'Severe headache, 150/100 mmHg',
  ];
  for (const line of never) it(`never flags ${JSON.stringify(line)}`, () => assertClean(note('S: ' + line), ID));
});
