import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { wrappedLines } from '../../../src/core/model/hard-wrap';

// A paragraph wrapped at 80 columns by an email client or an old record system's export.
const WRAPPED = [
  'DN performed in prone after verbal consent; risks incl. pneumothorax reviewed. R upper',
  'trapezius 0.25x30 mm, pistoning, LTR x2, familiar temporal headache reproduced, pt',
  'tolerated well; needles 1 in / 1 out, hemostasis with pressure, no bleeding noted.',
];
const joins = (lines: string[]) => wrappedLines(lines, lines.map((l) => l.trimStart()));

describe('model/hard-wrap', () => {
  it('joins a line broken at a fixed width mid-sentence to the line above', () => {
    assert.deepEqual(joins(WRAPPED), [false, true, true]);
  });

  it('joins a line opening with a capital or a number when the line above cannot end where it breaks', () => {
    const lines = [
      'Needled in prone after consent and screening: R infraspinatus 0.30x40 mm, pistoning,',
      'LTR x2, familiar posterior shoulder ache reproduced, tolerated well; performed with',
      'R teres minor as the second site, 0.25x30 mm, LTR x1, brief local soreness only.',
    ];
    assert.deepEqual(joins(lines), [false, true, true]);
    // A size broken at its "x"; a colon later in a wrapped line is not a label.
    assert.deepEqual(joins(['Side-lying, L side down. R vastus lateralis needled with a 0.30 x', '60 mm needle, pistoning, LTR x3 with his familiar lateral knee ache.']), [false, true]);
    assert.deepEqual(joins(['Aftercare: sore 24-48 h, heat/ice prn, no heavy overhead lifting tonight. Rare', 'risk of collapsed lung: if short of breath or chest pain, go to emerg']), [false, true]);
  });

  it('does not join a label typed without its space, as an inline field or after a time stamp or a picture, though the line above ends on a sign (found by rewriting the blind notes)', () => {
    const above = 'O: grip R 28kg L 44kg pain free grip. TTP R ECRB, ECRL less so. resisted middle finger ext +';
    for (const label of ['A:R lat elbow tendinopathy, improving', 'A:: R lat elbow tendinopathy', '09:14 A: R lat elbow tendinopathy', '💡 A: R lat elbow tendinopathy']) {
      assert.deepEqual(joins([above, label]), [false, false], label);
    }
    assert.deepEqual(joins(['o:calf raise rt 22 lt 25; knee to wall rt 9cm lt 10cm; ttp rt soleus mid belly; rt medial gastroc nontender now', 'a:rt calf myofascial pain, near resolved']), [false, false]);
    // A wrapped sentence still joins after a time stamp's words are read past.
    assert.deepEqual(joins(['Verbal consent obtained today after risks were explained, review booked at', '10:30 tomorrow with the physio.']), [false, true]);
  });
  it('does not join a needling lead-in ending on its colon to a line that runs on into it (found by rewriting the blind notes, batch 78)', () => {
    const above = 'Consent: written consent on file, verbal today. Discussed pneumothorax risk (rare) and signs to watch for';
    assert.deepEqual(joins([above, 'DN prone, flat palpation over scapula, 0.30x40 mm:']), [false, false]);
    // Without its colon it may still be the end of the sentence above ("… consent obtained for" over "dry needling to the R UT").
    assert.deepEqual(joins(['Risks incl. pneumothorax, bruising and soreness explained and verbal consent obtained for', 'dry needling to the R UT today.']), [false, true]);
  });
  it('joins a line that leaves a bracket open, one that ends on an article and an aside opening in a bracket (batch 194, a letter to a GP)', () => {
    // Each line records a needle or a twitch, but the bracket opened on the first is closed on the second.
    assert.deepEqual(joins([
      'risks of soreness, bruising and feeling faint. With him prone, I needled',
      'the left rhomboid major (0.20 x 15 mm, shallow over the rib, two local',
      'twitch responses, familiar ache) and the left middle trapezius',
      '(0.25 x 25 mm, pincer grip, one local twitch response, tolerated well).',
    ]), [false, true, true, true]);
    // A sentence never ends on "the", however early the line breaks.
    assert.deepEqual(joins([
      'Treatment: Written consent for acupuncture is on file and she',
      're-confirmed it verbally today. I needled the',
      'right extensor carpi radialis brevis (0.25 x 30 mm, two local twitch',
    ]), [false, true, true]);
    // A needling lead-in typed in lower case opens an entry, unless the line above runs on into it (the DN-spelt-out rewrite).
    assert.deepEqual(joins(['Consent - dry needling consent re-confirmed verbally, risks reviewed', 'dry needling - R thigh, supine, 0.30x50mm:']), [false, false]);
    assert.deepEqual(joins(['He was happy to go ahead, and verbal consent was obtained today for', 'dry needling to the right upper trapezius, 0.25 x 30 mm, LTR x2.']), [false, true]);
    // A bracket left open runs on though a longer line above (a bold label, a spelt-out section) widens the paragraph (batch 194's wbf-13).
    assert.deepEqual(joins([
      '**Treatment:** Verbal consent to acupuncture was obtained after the risks',
      'were explained again. I needled the right soleus (0.30 x 50 mm, two',
      'local twitch responses, familiar heel ache) and the',
    ]), [false, true, true]);
    // A numbered aside opens an entry, and so does a label after a line ending on an article.
    assert.deepEqual(joins(['Two sites needled today after consent was confirmed with the patient', '(1) R soleus 0.30x50 mm, LTR x2, familiar calf ache, tolerated well']), [false, false]);
    assert.deepEqual(joins(['(1) R soleus 0.30x50 mm, LTR x2, familiar calf ache, tolerated well today', '(2) R medial gastrocnemius 0.30x50 mm, LTR x1, tolerated well, no bruising']), [false, false]);
    assert.deepEqual(joins(['Verbal consent for dry needling was given after we went through the', 'Aftercare: sore for 24-48 h, heat and gentle movement, call if short of breath']), [false, false]);
  });

  it('joins a line broken between a side or a part and the muscle it names, though both lines record', () => {
    // The hard-wrap rewrite of the blind notes: "… R middle" over "trapezius LTR x3", "… DN L" over "ECRL LTR x1".
    assert.deepEqual(joins(['DN prone, R side, rib bracketing, 0.25x25 mm: R rhomboid major LTR x2; R middle', 'trapezius LTR x3, familiar interscapular ache.']), [false, true]);
    assert.deepEqual(joins(['DN sitting, forearm supported, 0.25x30mm: L ECRB LTR x2, familiar elbow pain; L', 'ECRL LTR x1; L supinator 0.25x40mm LTR x1.']), [false, true]);
    assert.deepEqual(joins(['IMS performed prone, L gluteus medius 0.30 x 60 mm, LTR x3 with familiar ache. L lumbar', 'multifidus at L4-5 0.30 x 60 mm, LTR x2.']), [false, true]);
    // A size broken before its unit; a lead-in broken after a comma, before its last word and colon.
    assert.deepEqual(joins(['happy to proceed. DN sitting, forearms supported, pincer grip for UT, 0.25x30', 'mm: R upper trapezius LTR x3 with familiar HA reproduced, R levator scapulae LTR']), [false, true]);
    assert.deepEqual(joins(['Seated, forearms on table, pincer grip for UT, 0.25x30 mm unless noted,', 'pistoning:']), [false, true]);
    // A note printed in capitals (batch 200): a line opening on a joining word carries on the sentence above.
    assert.deepEqual(joins(['CONSENT: ACUPUNCTURE/DN CONSENT FORM GONE THROUGH WITH PT TODAY, RISKS', 'INCL PNEUMOTHORAX, BRUISING, DROWSINESS. PT WILL SIGN AND RETURN FORM', 'AT NEXT VISIT.']), [false, true, true]);
    // … but a label's letter is no article: "A:L calf …" opens the Assessment (a rewrite of batch 27's ee-03).
    assert.deepEqual(joins(['Tx: DN L soleus 0.30x60 mm, LTR x2; aftercare: may be sore 1-2 d, keep walking, heat', 'A:L calf myofascial restriction, responding.']), [false, false]);
    // A label after the dash-labelled sections of a plain-text note is not a wrap, whatever the line above ends on.
    assert.deepEqual(joins(['TTP L rhomboid maj, L mid trap, thoracic paraspinals T5-7 L', 'A -']), [false, false]);
  });

  it('joins every break the width explains once one break in the paragraph surely is a wrap', () => {
    const lines = [
      '**Procedures:** DN L side-lying, flat palpation over scapula: R infraspinatus',
      '0.25x30mm, LTR x3, familiar ache to anterior shoulder; R teres minor 0.25x40mm',
      'with LTR x1 and brief local soreness.',
    ];
    // "0.25x30mm" alone could open an entry; "with" surely runs on, so the paragraph is wrapped.
    assert.deepEqual(joins(lines), [false, true, true]);
    assert.deepEqual(joins(lines.slice(0, 2)), [false, false]);
  });

  it('keeps a statement\'s own label in lower case apart, though the line above ends on a part (batch 50, found by a rewrite)', () => {
    assert.deepEqual(joins(['- L fibularis longus LTR x1, fibular head located + needle kept distal', 'needle count: 4 in / 3 out.']), [false, false]);
    // … in capitals with a spaced dash, or typed without the space after its colon (found by rewriting the blind notes).
    for (const label of ['Needle count - 4 in / 3 out.', 'Needle count:4 in / 3 out.']) {
      assert.deepEqual(joins(['- L fibularis longus LTR x1, fibular head located + needle kept distal', label]), [false, false], label);
    }
    // A word that is no statement's label still runs on from a part: "… needle kept distal" over "to the head: …".
    assert.deepEqual(joins(['- L fibularis longus LTR x1, fibular head located + needle kept distal', 'fibres: LTR x2 again']), [false, true]);
  });

  it('keeps entries typed one to a line apart, however long', () => {
    // Each line opens with a capital, a side or a number: a new entry, not a wrapped word.
    const entries = [
      'R upper trapezius 0.25x30 mm, LTR x3, familiar HA to R temple reproduced in full',
      'R levator scapulae 0.30x40 mm, LTR x2, local ache only, tolerated well throughout',
      '2 needles in / 2 out, all accounted for, hemostasis with gauze and light pressure',
    ];
    assert.deepEqual(joins(entries), [false, false, false]);
    // Lower case, but after a full stop, a field label, a tag or a typed "o" bullet.
    const ended = ['Consent: verbal and written consent obtained today after risks were reviewed with pt.', 'soreness expected 24-48 h'];
    assert.deepEqual(joins(ended), [false, false]);
    assert.deepEqual(joins(['Treatment plan discussed at length with the patient and her partner today<br>', 'dry needling to start next visit']), [false, false]);
    assert.deepEqual(joins(['Education on posture at the sewing machine and on pacing across the working day', 'aftercare: heat, gentle movement']), [false, false]);
    assert.deepEqual(joins(['o R medial gastrocnemius\t0.30x50 mm\tLTR x2, familiar calf ache reproduced', 'o soleus 0.30x60 mm LTR x1']), [false, false]);
    // A record to a line, long and in lower case (batch 192, vzr-04 and vzt-11): a line that records a needle or a twitch,
    // over one whose first clause records one too, are two entries.
    assert.deepEqual(joins(['DN (prone, feet off table):', 'L medial gastrocnemius 0.30 x 50 mm x2 needles, pistoning, LTR x3, familiar pain', 'soleus 0.30 x 60 mm x2 needles, LTR x2, tolerated well']), [false, false, false]);
    assert.deepEqual(joins(['L fibularis longus, needle kept well below the fibular neck, LTR x1 and', 'four needles in, four out, all needles removed']), [false, true]);
  });

  it('keeps a terse note typed a line at a time apart, though one line is long and the next opens in lower case (batch 203)', () => {
    // wdd-16: unpunctuated lines, most far short of the longest; a lower-case opening is the writer's break here.
    const terse = [
      'TTP R infraspinatus R teres minor',
      'DN consent form given today pt to sign + return next visit',
      'DN prone',
      'R infraspinatus 0.25x30 LTR x2 familiar',
      'in/out 1/1 all removed',
      'aftercare sore 24-48h heat SOB or chest pain go to ER',
      'collect signed consent form next visit',
      'f/u 1 wk',
    ];
    assert.deepEqual(joins(terse), terse.map(() => false));
    // A wrapped sentence among a few typed lines is still joined: its breaks outnumber the writer's.
    assert.deepEqual(joins([...WRAPPED.slice(0, 2).map((l) => l.replace(/\.$/, '')), 'f/u 1 wk']), [false, true, false]);
  });

  it('joins nothing in short lines, in lines too long to be a wrap, or when a line is far short of the width', () => {
    assert.deepEqual(joins(['DN R UT 0.25x30 mm, LTR x2 and', 'tolerated well']), [false, false]);
    const long = `${'pt reports pain eased after last session and sleeping better '.repeat(3)}and`;
    assert.deepEqual(joins([long, 'walking further']), [false, false]);
    // "scapulae" follows a line far short of the width: typed there, not wrapped.
    assert.deepEqual(joins(['DN performed in prone after verbal consent; risks incl. pneumothorax reviewed. R upper', 'trapezius and levator', 'scapulae']), [false, true, false]);
  });

  it('reads a wrapped record as one, and reports on the line where each word sits', () => {
    const note = ['S: neck pain 4/10.', 'O:', ...WRAPPED, 'Aftercare: soreness 24-48 h, heat, call if short of breath.', 'A: improving.', 'P: continue.'].join('\n');
    const records = lint(note).note.records;
    assert.deepEqual(records.map((r) => [r.muscle?.name, r.side, r.needle?.lengthMm]), [['upper trapezius', 'R', 30]]);
    assert.deepEqual(lint(note).findings.map((f) => f.ruleId), []);
    // The same note without its side: reported from the line the muscle's name starts on (0-based 2) to the next.
    const unsided = note.replace('reviewed. R upper', 'reviewed. The upper');
    assert.deepEqual(lint(unsided).findings.map((f) => `${f.ruleId}@${f.range.start.line}-${f.range.end.line}`), ['side-missing@2-3']);
  });
});
