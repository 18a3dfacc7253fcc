import assert from 'node:assert/strict';
import { assertClean, covered, findings, note, positionOf } from '../helpers';
import { modelNote } from '../model/model-note';
import { lint } from '../../../src/core/engine/lint';

const ID = 'response-missing';

describe('rule response-missing', () => {
  it('raises nothing on the model note (a "−" LTR cell is a recorded absence)', () => {
    assertClean(modelNote(), ID);
  });
  it('accepts twitch present or absent, referral and recognition as responses', () => {
    assertClean(note('O:', '- R UT 0.25x30, LTR x3', '- L UT 0.25x30, no LTR', '- R levator scapulae 0.25x40, familiar pain reproduced', '- L levator scapulae 0.25x40, jump sign'), ID);
  });
  it('accepts a referral written short, a needle grabbing and how comfortable the patient was', () => {
    // … whichever way it went ("ref down lat thigh", batch 287, wvn-18).
    for (const response of ['ref to lat thigh', 'ref down lat thigh', "ref'd into heel", 'mild discomfort only', 'comfortable throughout', 'grabbing sensation']) {
      assertClean(note('O:', `- R gluteus medius 0.30x50 mm, ${response}`), ID);
    }
    assert.equal(findings(note('O:', '- R gluteus medius 0.30x50 mm, no AE'), ID).length, 1);
  });
  it('accepts a session-level statement for every muscle', () => {
    assertClean(note('O: DN R UT 0.25x30 and L QL 0.30x60, pistoning.', 'LTRs obtained in all muscles.'), ID);
  });
  it('flags a needled muscle without a response, at the muscle, as info', () => {
    const text = note('## Objective', '- R UT 0.25x30, pistoning', '- L QL 0.30x60, LTR x2');
    const got = findings(text, ID);
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'info');
    assert.equal(covered(text, got[0]), 'UT');
    assert.deepEqual(got[0].range.start, positionOf(text, 'UT'));
    assert.match(got[0].message, /No response recorded for right upper trapezius/);
  });
  it('flags an empty LTR cell in a table', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| upper trapezius | R | 0.25x30 |  |', '| gluteus medius | L | 0.30x60 | − |');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['upper trapezius']);
  });
  it('reads a response field a form left blank as no response ("LTR: ___", "Referral: [ ]", "Response: ______")', () => {
    const text = note('DN (seated, 0.30x40 mm):', '- R supraspinatus — LTR: ___', '- L infraspinatus, Referral: [ ]', '- R teres minor, Response: __________', '- L UT 0.25x30 mm — LTR x2');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['supraspinatus', 'infraspinatus', 'teres minor']);
  });
  it('does not take an adverse-event line ("No bleeding, no AE.") for a tolerance statement (batch 45)', () => {
    const text = note('O:', '| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| gluteus medius | L | 0.30x60 mm | x3 |', '| piriformis | L | 0.30x75 mm | ___ |', '', 'Needles in/out: 2/2', 'No bleeding, no AE.');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['piriformis']);
    // A tolerance statement still answers for every muscle.
    assert.deepEqual(findings(text + '\nTolerated well.', ID), []);
  });
  it('does not take an activity tolerated ("tolerating training") for how the needling was taken (batch 48)', () => {
    const text = note('A: R PFP, progressing, tolerating training.', 'DN (supine):', '- R vastus medialis 0.30x50 mm, LTR x2', '- R vastus lateralis 0.30x60 mm, LTR: ___');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['vastus lateralis']);
    // Batch 134: work shifts are an activity too.
    const shifts = note('A: R glute med myofascial pain, improving, tolerating full shifts on modified duties.', 'Tx: IMS, 0.30x60 mm:', '- R glute med: LTR x3', '- R TFL');
    assert.deepEqual(findings(shifts, ID).map((f) => covered(shifts, f)), ['TFL']);
  });
  it('does not take a retest after the needling ("post-dry needling pain 2/10") for pain during it (metamorphic probe: DN spelt out)', () => {
    for (const retest of ['Squeeze test post-dry needling pain 2/10.', 'Post-needling pain-free grip L 20 kg.', 'After dry needling pain 3/10 on squat.']) {
      const text = note('DN (seated, 0.25x30 mm, pistoning):', '- L ECRL', '- L ECRB, LTR x2', 'Needles 2 in / 2 out.', `A: ${retest}`);
      assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['ECRL'], retest);
    }
    // Pain during the needling is how it was taken.
    assertClean(note('DN (seated, 0.25x30 mm, pistoning):', '- L ECRL', '- L ECRB, LTR x2', 'Needling pain 3/10, settled on withdrawal.'), ID);
  });

  it('does not take the region a referral went to, written short ("ref into low back"), for a second muscle (batch 256, wol-11)', () => {
    for (const item of ['ref into low back', 'ref to low back']) {
      const text = note('DN R prone (0.30 x 60 mm, pistoning):', '- R quadratus lumborum: LTR x2, familiar', `- R gluteus medius: LTR x2, ${item}`, 'Needles: 2 in / 2 out.');
      assertClean(text, ID);
      assertClean(text, 'muscle-not-specific');
    }
  });

  it('does not take familiar pain found tender on palpation ("TOP", as UK notes write it) for a response to the needling (batch 255, wod-11)', () => {
    for (const exam of ['TOP R lat gastrocnemius + R soleus, both familiar.', 'Tender on palpation R lat gastrocnemius + R soleus, both familiar.']) {
      const text = note('O:', `- ${exam}`, 'DN (prone):', '1. R lateral gastrocnemius', '   - 0.30 x 40 mm, LTR x2, familiar', '2. R soleus', '   - 0.30 x 50 mm', 'Needles 2 in / 2 out.');
      assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['soleus'], exam);
    }
  });

  it('does not take a plan told in the past, on a visit that held the needling, for a record (batch 257, woq-05)', () => {
    for (const held of ['Plan was L VL and VMO, 0.30x40mm.', 'Had planned L VL and VMO, 0.30x40mm.', 'Was going to needle L VL and VMO, 0.30x40mm.']) {
      const text = note('S: L knee pain.', 'O: TDN held today: INR 3.6 above the limit.', held, 'Explained to pt; she agreed to wait. No needles used.', 'A: OA knee.', 'P: TDN next visit if INR in range.');
      assert.equal(lint(text).note.records.length, 0, held);
    }
  });
});
