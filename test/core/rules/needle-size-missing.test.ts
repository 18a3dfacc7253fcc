import assert from 'node:assert/strict';
import { assertClean, covered, findings, note } from '../helpers';
import { modelNote } from '../model/model-note';

const ID = 'needle-size-missing';

describe('rule needle-size-missing', () => {
  it('raises nothing on the model note or when each muscle has a length', () => {
    assertClean(modelNote(), ID);
    assertClean(note('O:', '- R UT 0.25 × 30 mm, LTR x3', '- L QL 60mm needle, LTR+'), ID);
  });
  it('flags each needled muscle with no needle length, naming it', () => {
    const text = note('## Objective', '- R UT, pincer grip, LTR x3', '- L gluteus medius, LTR x2');
    const got = findings(text, ID);
    assert.deepEqual(got.map((f) => covered(text, f)), ['UT', 'gluteus medius']);
    assert.equal(got[0].severity, 'info');
    assert.deepEqual(got.map((f) => f.message), ['No needle length for right upper trapezius', 'No needle length for left gluteus medius']);
  });
  it('reads the depth the needle went to as no needle length (batch 251, wni-10)', () => {
    const text = note('IMS prone. Rib bracketed, needle angled onto rib, depth ~15 mm.', '', '| Muscle | Side | Needle | Response |', '|---|---|---|---|',
      '| rhomboid major | R | 0.25x25 mm | LTR x2 |', '| middle trapezius | R | 32G | LTR x1 |');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['No needle length for right middle trapezius']);
  });

  it('gives the size on a heading to the muscles listed under it', () => {
    assertClean(note('## Objective', '### Dry needling (0.30x50 mm)', '- R gluteus medius, LTR x1', '- R piriformis, LTR x2'), ID);
    const text = note('## Objective', '### Dry needling', '- R gluteus medius, LTR x1');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['gluteus medius']);
  });
  it('gives the lead-in\'s size to a later sentence on its line that goes on naming muscles, not to one with its own needling word (batch 225)', () => {
    assertClean(note('O: Verbal consent obtained.', 'Needling (prone, 0.30 x 60 mm): L glute med x3, LTR x3. L quadratus lumborum x1, LTR x1, concordant ache. 4 in, 4 out.'), ID);
    const text = note('O: Verbal consent obtained.', 'Needling (prone, 0.30 x 60 mm): L gluteus medius x3, LTR x3. Also needled L quadratus lumborum, LTR x1.');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['quadratus lumborum']);
  });
  it('flags a gauge without a length and says why', () => {
    const text = note('| Muscle | Side | Needle | LTR |', '|---|---|---|---|', '| infraspinatus | R | 32G | + |');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'infraspinatus');
    assert.equal(f.message, 'No needle length for right infraspinatus');
  });
  it('takes the needle from a child item or a later muscle in a list', () => {
    assertClean(note('- R UT', '  - 0.25x30 mm, LTR x2'), ID);
    assertClean(note('O: DN R UT and L levator scapulae, 0.25x30, LTR x2 each'), ID);
  });
  it('does not lend a lead-in\'s size to a muscle needled in a paragraph of its own after the lead-in\'s list', () => {
    const leadIn = ['O: TTP L QL.', '', 'DN side-lying L side up, 0.30x60 mm:', '- L QL, pistoning, LTR x2', '- L glute med, LTR x3', ''];
    const text = note(...leadIn, 'Also needled L piriformis, LTR x1, pt tolerated well.');
    assert.deepEqual(findings(text, ID).map((f) => covered(text, f)), ['piriformis']);
    // A size written once for the session, not on a lead-in, still answers for it.
    assertClean(note(...leadIn, 'Also needled L piriformis, LTR x1.', '', 'Needles: 0.30 x 60 mm throughout.'), ID);
    // Lines typed on under a lead-in item with no bullets of their own are its paragraph, so under it.
    assertClean(note('Tx:', '- Dry needling, prone, 0.25 x 40 mm, pistoning:', '  L abductor hallucis, LTR x2', '  L flexor digitorum brevis, LTR x1', '- Needles: 2 in / 2 out.'), ID);
    // … and the Assessment naming one side of a muscle needled on both is the record above, not a muscle with no size.
    assertClean(note('DN prone, 0.30x50 mm:', '- lumbar multifidus L4-5 bilat, LTR x2 each side', '- R QL 0.30x60 mm, LTR x3', '',
      'A: Improving. Good LTRs R QL and multifidus today.'), ID);
  });

  it('reads the muscles a consent names, also a list of them, and an aftercare field in square brackets, as no record (batch 258, wow-18, wow-15)', () => {
    for (const line of [
      'Verbal consent to DN L pec minor and L infraspinatus obtained after going over pneumothorax risk.',
      '[Aftercare] Upper back will be sore 1-2 days, heat or ice. Any shortness of breath, chest pain → ER or 911 right away, tell them you had needling in the upper back.',
    ]) {
      const text = note('## Objective', line, 'DN prone:', '- L pectoralis minor 0.25x30 mm, LTR x2', '- L infraspinatus 0.30x40 mm, LTR x3', 'Needles: 2 in / 2 out.');
      assertClean(text, 'needle-size-missing');
      assertClean(text, 'response-missing');
    }
    // A consent's list ends at its answer: what follows is needled.
    const text = note('## Objective', 'Verbal consent to DN obtained, L infraspinatus LTR x3.', 'Needles: 1 in / 1 out.');
    assert.deepEqual(findings(text, 'needle-size-missing').map((f) => covered(text, f)), ['infraspinatus']);
  });

  it('reads a depth kept within a bound as no length, and a muscle named with the risk told after it, or under a procedure note\'s title, as no record (batch 259, wpg-04, wpe-18, wpg-06)', () => {
    const depth = note('## Objective', 'DN prone:', '- R middle trapezius: 1 needle, pincer grasp, depth kept under 15 mm. LTR x1.', 'Needles: 1 in / 1 out.');
    assert.deepEqual(findings(depth, 'needle-size-missing').map((f) => covered(depth, f)), ['middle trapezius']);
    for (const line of ['Consent on file; pneumothorax risk with infraspinatus re-explained, pt agreed to IMS.', 'PROCEDURE NOTE - DRY NEEDLING, R FOOT/CALF']) {
      const text = note('## Objective', line, 'IMS prone:', '- R infraspinatus 0.30 x 40 mm, LTR x3', '- R soleus 0.30 x 60 mm, LTR x2', 'Needles: 2 in / 2 out.');
      assertClean(text, 'needle-size-missing');
      assertClean(text, 'muscle-not-specific');
    }
  });

  it('does not lend the acupuncture line\'s needle to the muscles needled after it, nor read a palpated muscle "not referring" as needled (batch 261, wpq-15, wpn-15)', () => {
    const acu = note('## Objective', '- Acu 0.20x25 mm, 20 min: GB20 x2, LI4 x2. Deqi.', '- DN prone, pincer grip:', '  - R UT 0.25x40 mm, LTR x2', '  - R levator scapulae, LTR x3', '- Needles in/out 7/7, all removed.');
    assert.deepEqual(findings(acu, 'needle-size-missing').map((f) => covered(acu, f)), ['levator scapulae']);
    const palpated = note('O: Tender TrPs in the R tibialis anterior; the R extensor digitorum longus was a bit tight but not referring. I needled the R tibialis anterior with two 0.30 x 50 mm needles, LTR x3. Two in, two out.');
    assertClean(palpated, 'needle-size-missing');
  });

  it('reads the muscles an IMS examination found shortened as examined, not needled (batch 262, wpw-11)', () => {
    const text = note('O: Flex R 150°.', 'Segmental: C5–C6 R tender. Shortened: R infraspinatus, R teres minor, R supraspinatus, R post delt.',
      'VC gained for IMS; went through ache, bruising, feeling faint, and pneumothorax.', 'IMS, side-lying on the left, 0.25 x 40 mm:', '- R teres minor, grasp ++, LTR x1',
      'Needles: 1 in / 1 out.');
    assertClean(text, 'needle-size-missing');
    assertClean(text, 'response-missing');
  });
});
