import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { matchLabel } from '../../../src/core/model/sections';
import { crlf, note } from '../helpers';

const kinds = (text: string) => lint(text).note.sections.map((s) => s.kind);

describe('model/sections', () => {
  const styles: Array<[string, string[]]> = [
    ['S: a\nO: b\nA: c\nP: d\n', ['subjective', 'objective', 'assessment', 'plan']],
    ['**S:** a\n**O:** b\n**A:** c\n**P:** d\n', ['subjective', 'objective', 'assessment', 'plan']],
    ['**S**: a\n**O**: b\n', ['subjective', 'objective']],
    ['## Subjective\na\n## Objective\nb\n## Assessment\nc\n## Plan\nd\n', ['subjective', 'objective', 'assessment', 'plan']],
    ['# SUBJECTIVE\na\n# OBJECTIVE\nb\n', ['subjective', 'objective']],
    ['SUBJECTIVE\na\n\nOBJECTIVE\nb\n', ['subjective', 'objective']],
    // Batch 12: section names in capitals typed on under the last bullet, with no blank line.
    ['OBJECTIVE\nTDN performed to:\n- L masseter 0.25x30 mm, LTR x3\nAll needles removed.\nASSESSMENT\nimproving\nPLAN\n1x/wk\n', ['objective', 'assessment', 'plan']],
    ['Subjective:\na\n\nObjective:\nb\n', ['subjective', 'objective']],
    ['S - pt reports pain\nO - ROM 60\n', ['subjective', 'objective']],
    ['### S – Subjective\na\n### O – Objective\nb\n', ['subjective', 'objective']],
    ['## Subjective (patient report)\na\n', ['subjective']],
    ['Plan of care: continue\n', ['plan']],
    ['Assessment and reasoning: improving\n', ['assessment']],
    ['Impression: myofascial pain\n', ['assessment']],
    // A printed template's field names: FINDINGS for the exam, Mx (management) for the plan.
    ['PRESENTING COMPLAINT: L LBP\nFINDINGS: QL tender\nIMPRESSION: MPS\nMx: HEP\n', ['subjective', 'objective', 'assessment', 'plan']],
    ['Clinical findings:\nR UT taut band\n', ['objective']],
    // Combined assessment and plan, as EMRs export them (realistic corpus).
    ['A/P: improving, continue 2x/wk\n', ['assessment']],
    ['## Assessment/Plan\nimproving\n', ['assessment']],
    ['**Assessment & Plan:** improving\n', ['assessment']],
    // A timed log stamps each entry with its clock time, in any of the ways record systems print one.
    ['09:14 S: neck pain\n09:20 O: TTP R UT\n[09:41] A: improving\n9:45 pm - P: 1x/wk\n', ['subjective', 'objective', 'assessment', 'plan']],
    ['09:14:07 **Subjective:** neck pain\n(09:20–09:40) Objective: TTP\n', ['subjective', 'objective']],
    // A chat exported into the record (batch 194): each line keeps its stamp and sender, on iOS and on Android.
    ['[15:03, 01/12/2026] Sam (Physio): S: dead leg 5/10\n[15:10, 01/12/2026] Sam (Physio): O: swelling L thigh\n[15:16, 01/12/2026] Dr Ben (Club Doctor): Agree.\n'
      + '[01/12/2026, 15:18:40] Sam: A: grade 2 contusion\n01/12/2026, 15:20 - Sam Physio: P: review 08:30\n', ['subjective', 'objective', 'assessment', 'plan']],
  ];
  for (const [text, want] of styles) {
    it(`finds ${want.join(', ')} in ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.deepEqual(kinds(text).filter((k) => k !== 'other'), want);
      assert.deepEqual(kinds(crlf(text)).filter((k) => k !== 'other'), want, 'CRLF');
    });
  }

  it('reads a word processor\'s bold run-in labels ended by a full stop, and not a sentence that opens with the word', () => {
    const text = note('**Subjective.** L shoulder ache.', '', '**Objective.** ER 70°.', '', '**Consent.** Written consent on file.', '', '**Assessment.** RC related pain.', '', '**Plan.** Review 1/52.');
    assert.deepEqual(kinds(text).filter((k) => k !== 'other'), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(lint(text).note.consent.map((c) => c.status), ['given']);
    assert.equal(matchLabel('Plan. Review 1/52.'), undefined);
    assert.equal(matchLabel('**S.** Smith'), undefined);
  });

  it('reads a section named in two languages, and the other language\'s name alone (batch 213, a Welsh service)', () => {
    assert.deepEqual(kinds(note('**Goddrychol / Subjective**', 'a', '', '**Gwrthrychol / Objective**', 'b', '', '**Asesiad / Assessment**', 'c', '', '**Cynllun / Plan**', 'd')), [
      'subjective', 'objective', 'assessment', 'plan',
    ]);
    assert.deepEqual(kinds(note('## SUBJECTIVE / GODDRYCHOL', 'a', '## Objetivo', 'b')), ['subjective', 'objective']);
    // … with an accented letter in the label (batch 219, an Ontario clinic): "ÉVALUATION", in a label or in brackets.
    assert.deepEqual(kinds(note('SUBJECTIVE / SUBJECTIF:', 'a', '', 'ASSESSMENT / ÉVALUATION:', 'b', '', '[Évaluation]', 'c')), ['subjective', 'assessment', 'assessment']);
    assert.equal(matchLabel('Évaluation: improving')?.kind, 'assessment');
    // Two sections named together stay as before: only the Assessment with the Plan is combined.
    assert.equal(matchLabel('S/O: husband present'), undefined);
  });

  it('reads a UK note\'s "HPC:" (history of presenting complaint) as the Subjective (batch 219)', () => {
    assert.equal(matchLabel('HPC: R neck pain 3/52')?.kind, 'subjective');
    assert.deepEqual(kinds(note('HPC: R neck pain 3/52.', 'O/E: TrP R UT.', 'Imp: improving.', 'Plan: review 1/52.')), ['subjective', 'objective', 'assessment', 'plan']);
  });

  it('does not read ordinary words or single letters as labels', () => {
    assert.deepEqual(kinds(note('A patient with neck pain.', 'Plan ahead for travel.', 'P', 'O')), []);
    assert.equal(matchLabel('A'), undefined);
    assert.equal(matchLabel('Pain: 5/10'), undefined);
    assert.equal(matchLabel('Position: prone'), undefined);
  });

  it('reads the sections\' letters alone on their lines as labels in a note that writes two or more so, in order (batch 273, wsj-06, wsj-13)', () => {
    const text = ['S', '64M, R shoulder pain 6/52.', '', 'O', 'TTP R infraspinatus.', '', 'A', 'Rotator cuff related pain.', '', 'P', 'DN deferred, review 1/52.'].join('\n');
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'plan']);
    // One letter alone, or letters out of the SOAP order, stay words.
    assert.deepEqual(kinds(note('Grade', 'A', 'Plan ahead.')), []);
    assert.deepEqual(kinds(note('P', 'first line', 'O', 'second line')), []);
  });

  it('ends a heading section at a sibling heading', () => {
    const doc = lint(note('## Plan', 'continue', '## Billing', '20561'));
    assert.deepEqual(doc.note.sections.map((s) => s.kind), ['plan', 'other']);
  });

  it('records label offsets', () => {
    const text = note('intro', '**A:** improving');
    const [s] = lint(text).note.sections;
    assert.equal(text.slice(s.labelStart, s.labelEnd), '**A:**');
  });

  it('reads "A/P" and "Assessment/Plan" as holding both the assessment and the plan', () => {
    for (const text of ['S: a\nO: b\nA/P: c\n', '## Subjective\na\n## Objective\nb\n## Assessment/Plan\nc\n', 'Subjective\na\n\nObjective\nb\n\nAssessment and Plan\nc\n']) {
      const last = lint(text).note.sections.at(-1)!;
      assert.equal(last.kind, 'assessment', text);
      assert.deepEqual(last.also, ['plan'], text);
    }
    // Not every slash is a combined label: "S/O" is also "significant other", "Plan/recommendations" is one plan.
    assert.equal(matchLabel('S/O: wife present'), undefined);
    assert.equal(matchLabel('Plan/recommendations: continue')?.also, undefined);
    assert.equal(matchLabel('Assessment and reasoning: improving')?.also, undefined);
  });

  it('finds a label typed straight under a bullet, which Markdown folds into that bullet', () => {
    const text = note('S: pain 4/10', 'O: Dry needling:', '- L soleus 0.30x50mm, LTR x1', 'Needles 1 in / 1 out.', 'A - improving', 'P - 1x/wk');
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(kinds(crlf(text)), ['subjective', 'objective', 'assessment', 'plan']);
    // A folded line that is not a label stays in the bullet.
    assert.deepEqual(kinds(note('O: DN:', '- L soleus 0.30x50mm', 'a small bleed, pressure applied')), ['objective']);
  });
});

describe('sections: labels after a full stop on the same line', () => {
  const kinds = (text: string) => lint(text).note.sections.map((s) => s.kind);

  it('finds "A:" and "P:" written mid-line in a dense note', () => {
    assert.deepEqual(kinds('S: neck pain. O: cervical ROM limited. A: improving. P: continue 2x/wk.\n'), ['subjective', 'objective', 'assessment', 'plan']);
  });

  it('puts the lines after a mid-line label into that section', () => {
    const { note } = lint('S: neck pain. O: ROM limited.\nDN R UT 0.25x30, LTR x2.\n');
    assert.equal(note.sections[note.units[1].section].kind, 'objective');
  });

  it('does not read a pulse or other vital sign as the Plan', () => {
    assert.deepEqual(kinds('O: BP 120/80; P: 72 bpm. A: stable.\n'), ['objective', 'assessment']);
  });

  it('reads a mid-line "P:" followed by how often the patient is seen as the Plan (batch 20)', () => {
    assert.deepEqual(kinds('S: calf tight. O: DF 8 deg.\nA: DF 12 deg post. P: 1x/wk x2 more, HEP calf stretch.\n'), ['subjective', 'objective', 'assessment', 'plan']);
    // After a title sentence, a number opening the Subjective is the patient's age, not a vital sign (batch 155); after P: it is a pulse.
    assert.deepEqual(kinds('Halls Creek clinic 19 Nov 2025. S: 24F, station hand, L shin pain. O: TTP L TA. A: shin pain. P: review 4/52.\n'), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(kinds('O: BP 120/80; P: 72. A: fine to treat.\n'), ['objective', 'assessment']);
    assert.deepEqual(kinds('A: improving. P: 2-3x/week x 4 wks.\n'), ['assessment', 'plan']);
  });

  it('reads section labels after commas in a paragraph dictated without full stops, when it marks two or more (batch 264, wqk)', () => {
    const dictated = 'Visit 5 for R neck pain, S: pain 4/10, better overall, O - rotation R 65 deg, TrPs R UT, Assessment: improving, P: f/u 1 wk.\n';
    assert.deepEqual(kinds(dictated), ['subjective', 'objective', 'assessment', 'plan']);
    // … by any of their names, in lower case too (batch 265, wql).
    assert.deepEqual(kinds('Subjective: neck pain 6/10, on examination: rotation R 60 deg, impression: improving, plan: review 1 week.\n'),
      ['subjective', 'objective', 'assessment', 'plan']);
    // … and with the possessive a dictating clinician puts before one (batch 266, wqr-15).
    assert.deepEqual(kinds('History - jaw ache 5/10, exam - opening 38 mm, so consent - verbal consent obtained, my impression - improving, plan - review 2/52.\n'),
      ['subjective', 'objective', 'assessment', 'plan']);
    // A hard-wrapped dictation's lines that open with a label in lower case before a spaced dash open their sections (batch 266, wqr-01).
    const wrapped = ['History - Jess back for number four and the headaches are down from most days to three this week, neck pain',
      '4/10 at worst late in the arvo at the desk, no pins and needles, no dizziness, the new monitor arm is in and fine',
      'exam - rotation right 60 and left 75, active TrPs right upper trap and right levator scap with her headache too',
      'my impression - right upper trap and levator TrPs still driving the headaches but settling with the desk changes',
      'plan - going forward one more needling session and then we taper, keep up the chin tucks and the stretches,',
      'review next Tuesday'].join('\n') + '\n';
    assert.deepEqual(kinds(wrapped), ['subjective', 'objective', 'assessment', 'plan']);
    // One label after a comma is prose: a pulse, or a grade.
    assert.deepEqual(kinds('O: BP 120/80, P: 72, resting.\n'), ['objective']);
    assert.deepEqual(kinds('O: strength 4/5, A: 3/5 on the L.\n'), ['objective']);
  });

  it('reads mid-line labels in a note printed in capitals (the all-caps rewrite)', () => {
    assert.deepEqual(kinds('S: R ELBOW 3/10. O: TTP R ECRB.\nA: IMPROVING, GOOD RESPONSE. P: 1X/WK X2, ECCENTRICS.\n'), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(kinds('S: NECK PAIN 4/10. OBJECTIVE: TTP R UT. ASSESSMENT: IMPROVING. PLAN: REVIEW IN 1/52.\n'), ['subjective', 'objective', 'assessment', 'plan']);
    // A pulse stays a pulse in capitals too.
    assert.deepEqual(kinds('O: BP 120/80; P: 72 BPM. A: STABLE.\n'), ['objective', 'assessment']);
  });

  it('ends a Plan written on its label\'s line at a treatment label that opens a later block ("P - Tx as below…" then "Tx:") (batch 30)', () => {
    const text = 'S - upper back pain 5/10.\nO - TTP L rhomboid maj.\nA - myofascial pain L.\nP - Tx as below, review in 2/52.\n\nTx:\nDN L rhomboid major 0.25x25 mm, pistoning, LTR x2.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'plan', 'other']);
    assert.deepEqual(lint(text).note.records.map((r) => r.written), ['rhomboid major']);
    // Batch 31: the treatment label may come after another label in the later block.
    const consentFirst = 'A: improving.\nP: DN + isometric loading, 1x/wk x3.\n\nConsent: verbal consent to DN.\nDN L forearm, seated, 0.25x30 mm, pistoning:\n- L ECRL, LTR x2\n';
    assert.deepEqual(lint(consentFirst).note.records.map((r) => r.written), ['ECRL']);
    // A Plan whose label stands alone keeps what is written under it, treatment labels included.
    assert.deepEqual(kinds('A: improving.\nP:\n\nTx: DN R UT next visit.\n'), ['assessment', 'plan']);
  });

  it('ends a Plan at a later block that opens the treatment and states what only done needling can (batch 31)', () => {
    const written = (text: string) => lint(text).note.records.map((r) => r.written);
    // Under a "## Plan" heading: the lead-in in a later block, twitches and a needle count under it.
    const headed = '## Assessment\nlateral epicondylalgia.\n## Plan\nDN today, then eccentric program. 2x/wk.\n\nConsent: verbal consent to DN obtained today.\nDry needling:\n- R ECRB 0.25x30 mm, pistoning\n- R ECRL, pistoning, LTR x2\nNeedles 2 in / 2 out.\nCPT 20560\n';
    assert.deepEqual(written(headed), ['ECRB', 'ECRL']);
    assert.ok(!lint(headed).findings.some((f) => f.ruleId === 'cpt-muscle-count'));
    // A treatment heading nested under the Plan.
    const nested = '## Plan\nDN today then progress hinge.\n\n### Treatment\nDN (prone, 0.30x60 mm, pistoning):\n- L quadratus lumborum, LTR x2\nAll needles removed, 4 in / 4 out.\n';
    assert.deepEqual(written(nested), ['quadratus lumborum']);
    // Plain lines led by a needling word after a one-line Plan.
    const plain = 'A: L interscapular pain.\nP: DN + thoracic HEP, 1x/wk.\n\nConsent: verbal consent for DN.\nDN L rhomboid major 0.25x25 mm, LTR x2.\nDN L middle trapezius 0.25x30 mm, pistoning.\nAll needles removed.\n';
    assert.deepEqual(written(plain), ['rhomboid major', 'middle trapezius']);
    // The records typed on in the Plan's own paragraph, after a consent line.
    const sameBlock = 'A: R shin pain.\nP: DN, load mgmt, 1x/wk.\nConsent: verbal consent for DN obtained today.\nDN R tibialis anterior 0.30x40 mm, LTR x3.\nNeedles 1 in / 1 out.\n';
    assert.deepEqual(written(sameBlock), ['tibialis anterior']);
    // After an Assessment, with no Plan.
    const noPlan = 'O: TTP L pronator teres.\nA: L medial elbow tendinopathy, improving.\nConsent: verbal consent for DN re-confirmed.\nDN pronator teres 0.25x30 mm, LTR x2.\nDN L FCR 0.25x30 mm, LTR x1.\n';
    assert.deepEqual(written(noPlan), ['pronator teres', 'FCR']);
        // A summary led by a needling word, with no dose, stays in the Assessment: the record is not counted twice.
    const summary = 'Tx: DN R UT 0.25x30 mm, LTR x2.\nA: improving.\nDN R UT effective, LTR x2 today.\nP: 1x/wk.\n';
    assert.deepEqual(kinds(summary), ['assessment', 'plan']);
    assert.deepEqual(written(summary), ['UT']);
        // A needling heading nested under the Plan, its records straight under it (batch 38).
    const headed2 = '## Plan\n2 more visits then d/c to HEP.\n\n### Dry needling\nConsent re-confirmed verbally.\nSeated, 0.25x30 mm:\n- L upper trapezius — LTR x3\n- R upper trapezius — LTR x1\nNeedles 2 in / 2 out.\n';
    assert.deepEqual(kinds(headed2), ['plan', 'other']);
    assert.deepEqual(written(headed2), ['upper trapezius', 'upper trapezius']);
        // A Plan that lists the doses it plans states no twitch and no needle count: it stays a plan.
    for (const planned of [
      '## Plan\nContinue 1x/wk.\n\nDry needling next visit:\n- R ECRB 0.25x30 mm, pistoning\n- R ECRL 0.25x30 mm\n',
      'P: continue DN 1x/wk.\n\nDN R UT 0.25x30 next visit if tolerated.\n',
      '## Plan\nDN next visit.\n\n### Treatment\n- DN R UT 0.25x30 mm\n- review HEP\n',
    ]) assert.deepEqual(written(planned), [], planned);
  });

  it('does not read a letter inside a sentence as a label', () => {
    assert.deepEqual(kinds('S: Pt has grade A: no wait.\n'), ['subjective']);
  });

  it('reads a bold bare label typed on under a bullet in a note that names its sections so (batch 64)', () => {
    const text = '**Subjective**\nL hip pain.\n**Objective**\nTTP L glute med.\n**Assessment**\nGTPS.\n**Treatment**\n- L gluteus medius 0.30 x 60 mm, LTR x3\n**Plan**\nRv 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
  });

  it('reads the UK and Irish shorthand "Imp:" as the Assessment and "Rx:" after it as the treatment (batches 63, 65, 66)', () => {
    const text = 'Hx: L shin pain.\nO/E: TTP L TA.\nImp: MTSS, improving.\nRx: consent re-confirmed, pt keen.\nPlan: 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
  });

  it('reads a note dictated as one paragraph: its title ends at the first label, and a needling lead-in ends the assessment (batch 81)', () => {
    const text = '# Dictated note\n\nPatient: T. B., visit 2, 22/10/2025. S: R lateral elbow pain 3/10. O: TTP R ECRB and supinator, grip R 24 kg. A: R lateral elbow tendinopathy, improving. Consent: verbal consent to dry needling obtained today. DN sitting, forearm supported: R ECRB 0.25x30 mm LTR x2, R supinator 0.25x30 mm LTR x1. Needles 2 in / 2 out. P: review 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written} ${r.needle?.lengthMm}`), ['R ECRB 30', 'R supinator 30']);
    // The exam's muscle before the lead-in takes nothing from it: the lead-in's needle is in another section.
    const exam = '# Dictated note\n\nPatient: T. B., 22/10/2025. S: LBP 2/10. O: TTP bilat lumbar multifidus L4-5. A: settling. DN prone, 0.30x50 mm: bilat lumbar multifidus L4-5 LTR x2. Needles 2 in / 2 out. P: review 2/52.\n';
    assert.deepEqual(lint(exam).note.records.map((r) => `${r.side} ${r.written} ${r.needle?.lengthMm} ${lint(exam).note.lines.positionAt(r.start).character > 100}`), ['B lumbar multifidus 50 true']);
  });

  it('passes a mid-line needling lead-in\'s side to the muscles after its colon (batch 89)', () => {
    const text = '# Note\n\nPatient: H. F., 20/10/2025. S: R jaw pain 4/10. O: TTP R masseter, L masseter mildly tender. A: R TMD, improving. Consent: verbal consent re-confirmed. DN supine, R side: masseter 0.25 x 25 mm, LTR x2; temporalis 0.20 x 15 mm, LTR x1. Needles 2 in / 2 out. P: review 2/52.\n';
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written}`), ['R masseter', 'R temporalis']);
  });

  it('ends the assessment at a needling lead-in after a full stop on the next line, whatever the line opens with (batch 90)', () => {
    const text = 'N. T., visit 2.\n\nS: L buttock pain 5/10. O: TTP L glute med. A: L gluteal myofascial pain.\nConsent: verbal DN consent re-confirmed. DN prone: L glute med 0.30x60 mm, LTR x2. Needles 1 in / 1 out. P: review 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written}`), ['L glute med']);
    // The lead-in still leads the list under it.
    const list = 'S: calf tight. O: TTP L gastroc.\nConsent on file. DN prone, 0.30x50 mm:\n- L medial gastrocnemius, LTR x3\n';
    assert.deepEqual(lint(list).note.records.map((r) => `${r.side} ${r.written} ${r.needle?.lengthMm} ${r.host}`), ['L medial gastrocnemius 50 1']);
    // An assessment opened by a heading ends at a heading, as a lead-in on a line of its own would not end it.
    assert.deepEqual(kinds('## Assessment\nL gluteal pain. DN held today: on new anticoagulant.\n## Plan\nreview\n'), ['assessment', 'plan']);
  });

  it('ends a history at the treatment written after it when no exam label comes between (batch 100)', () => {
    const text = 'Hx: L shoulder pain 3/12.\nAx: AROM flex 150 p!, TTP L infraspinatus ++.\nRx: DN side-lying (R side down), 0.25x40mm:\n- L infraspinatus x2 - LTR x3, familiar ache\n- L teres minor x1 - LTR x1\nPlan: r/v 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'other', 'plan']);
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written} ${r.needle?.lengthMm}`), ['L infraspinatus 40', 'L teres minor 40']);
    assert.deepEqual(kinds('S: neck pain 5/10.\nTx: DN R UT 0.25x30 mm LTR x2.\n'), ['subjective', 'other']);
    assert.deepEqual(kinds('S: neck pain 5/10.\nDry needling prone, 0.25x30mm:\n- R UT x2 - LTR x3\n'), ['subjective', 'other']);
    // A history's own needling field is still history: a needling word ends it only with a dose on its line.
    const screen = 'Hx: neck pain.\nDN screen: no needle phobia. Had DN before (2019, calf) with no issues.\n';
    assert.deepEqual(kinds(screen), ['subjective']);
    assert.deepEqual(lint(screen).note.records, []);
  });

  it('reads lower-case letter labels after a full stop in a note that opens its lines with them (batch 101)', () => {
    const text = 's: L heel pain 3/10. o: windlass L mildly +, TTP L soleus. a: L plantar heel pain, improving.\n\nconsent: verbal consent re-confirmed. DN prone: L soleus 0.30x50mm LTR x2; calf raises. needles 1 in / 1 out. p: review 2/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written}`), ['L soleus']);
    // In a note with capital labels, a lower-case letter after a full stop is prose, as before.
    assert.deepEqual(kinds('S: heel pain, see p. a: 3 of the notes.\n'), ['subjective']);
  });

  it('reads a capital letter with a bracket as a label, and a lower-case one as an enumerated list (seen in batch 102)', () => {
    assert.deepEqual(kinds('S) neck pain 6/10.\n\nO) Cx rot R 65.\n\nA) improving.\n\nP) review 1/52.\n'), ['subjective', 'objective', 'assessment', 'plan']);
    const text = 'O: TTP R UT.\nOptions discussed:\na) dry needling today\nb) manual therapy only\nDN R UT 0.25x30 mm, LTR x2.\n';
    assert.deepEqual(kinds(text), ['objective']);
    assert.deepEqual(lint(text).note.records.map((r) => `${r.side} ${r.written}`), ['R UT']);
  });

  it('reads numbered headings of an EMR template as their sections (batch 92)', () => {
    assert.deepEqual(kinds('## 1. Subjective\na\n## 2. Objective\nb\n## 3) Assessment\nc\n## IV. Plan\nd\n'), ['subjective', 'objective', 'assessment', 'plan']);
    assert.deepEqual(kinds('## 1 – Subjective\na\n'), ['subjective']);
    // A heading that is only a number and a word of something else stays other.
    assert.deepEqual(kinds('## 1. Subjective\na\n## 2. Billing\nb\n'), ['subjective', 'other']);
  });

  it('reads a note app\'s picture before a heading\'s name as decoration, not as part of the name (batch 297, wxw-14)', () => {
    const text = '## 🗣️ Subjective\n- [x] Shin pain 5/10\n\n## 🔍 Objective\n- [x] TrPs Lt tibialis anterior\n\n### 📍 Dry needling (supine)\n- [x] Lt tibialis anterior 0.25 x 40 mm, LTR x3\n\n## 📅 Plan\n- [x] Review 1/52\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'plan']);
    assert.deepEqual(lint(text).findings.filter((f) => f.ruleId === 'soap-section-missing').map((f) => f.message), ['No Assessment section']);
    // The picture is blanked, not cut: the heading's name stays where it is in the note.
    const heading = lint(text).note.units[0];
    assert.equal(text.slice(heading.start, heading.start + heading.text.length).trim().endsWith('Subjective'), true);
  });

  it('reads section names written out after a full stop as labels, not only the letters (batch 87)', () => {
    const text = 'History: forearm ache 3/52. Examination: TTP R ECRL. Assessment: extensor overload. DN sitting, 0.25x30 mm: R ECRL LTR x2. Management: review 1/52.\n';
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    // An abbreviation mid-line is still prose.
    assert.deepEqual(kinds('S: neck pain. Hx: as before.\n'), ['subjective']);
  });

  it('reads coded headings in square brackets, as NHS record systems print them (batch 62)', () => {
    const text = '[History]\nL neck pain 6/52.\n\n[O/E] Cx rot L 50.\n\n[Impression]\nMyofascial neck pain.\n\n[Procedure]\nConsent re-confirmed.\n- R UT 0.25x30 mm, LTR x2\n[Plan]\nReview 2/52.\n';
    // "[Procedure]" ends the Impression, so the needling under it is today's; "[Plan]" typed on under the bullet still opens the Plan.
    assert.deepEqual(kinds(text), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    assert.deepEqual(lint(text).note.records.map((r) => r.written), ['UT']);
    // Batch 65: a bracketed SOAP heading with its text, typed on under a bullet.
    assert.deepEqual(kinds('[Procedure] DN prone:\n- R QL 0.30x60mm, LTR x3\nNeedles 1 in / 1 out.\n[Plan] HEP knee rolls. Review 1/52.\n'), ['plan']);
    // A tick box and a single letter are no headings.
    assert.deepEqual(kinds('[x] Consent given\n[A]\nS: sore\n'), ['subjective']);
    // A word processor's section numbers on headings (found by rewriting the blind notes with numbered headings).
    const numbered = '## 1. Subjective\nR calf tight.\n\n## 2. Plan\nReview 1/52.\n\n### 3. Dry needling\n- R soleus 0.30x50 mm, LTR x1\n\n## 4. Advice\nSore 24-48 h, keep walking, heat.\n';
    assert.deepEqual(lint(numbered).note.records.map((r) => r.written), ['soleus']);
    assert.deepEqual(lint(numbered).note.aftercare.map((a) => a.status), ['given']);
    // Its lines are read under "Advice" too, where only the heading makes them aftercare.
    const advice = numbered.replace('Sore 24-48 h, keep walking, heat.', 'Calf will feel tender for 24–48 h. Light jog only tomorrow; heat if stiff.');
    assert.deepEqual(lint(advice).note.aftercare.map((a) => a.status), ['given']);
    // A word processor's en dash in a template's coded heading (found by rewriting the blind notes with en dashes).
    const template = '[Assessment] L Achilles tendinopathy.\n\n[Acupuncture protocol \u2013 MSK template]\nPoints:\n- L soleus 0.30x50 mm, LTR x1\n';
    assert.deepEqual(lint(template).note.records.map((r) => r.written), ['soleus']);
  });
});

describe('sections: an EMR export\'s lines joined with <br> tags', () => {
  it('reads an EMR export that joins a paragraph into one line with <br> tags as the lines it joined (found by rewriting the blind notes)', () => {
    const lines = [
      'S: R neck ache 5/10 after a long drive.',
      'O: TTP and taut bands R UT, R levator scapulae.',
      'A: R cervical myofascial pain.',
      'Consent:',
      '- [x] verbal consent today, risks incl. pneumothorax reviewed',
      'Tx: DN R UT 0.25x30 mm, LTR x2; R levator scapulae 0.25x40 mm, LTR x1.',
      'Needles 2 in / 2 out, all removed.',
      'Aftercare: sore 24-48 h, heat; SOB or chest pain -> ED.',
      'P: review in 1 wk.',
    ];
    const joined = `${lines.slice(0, 4).join('<br>')}\n${lines[4]}\n${lines.slice(5).join('<br>')}\n`;
    const result = lint(joined);
    assert.deepEqual(result.note.sections.map((x) => x.kind), ['subjective', 'objective', 'assessment', 'other', 'plan']);
    assert.deepEqual(result.note.records.map((r) => [r.muscle?.id, r.side]), [['upper-trapezius', 'R'], ['levator-scapulae', 'R']]);
    const byLine = lint(lines.join('\n') + '\n');
    assert.deepEqual(result.note.consent.map((c) => c.status), byLine.note.consent.map((c) => c.status));
    assert.ok(result.note.consent.length && result.note.consent.every((c) => c.status === 'given'));
    assert.deepEqual(result.note.aftercare.map((c) => c.status), ['given']);
    assert.deepEqual(result.findings.map((f) => f.ruleId).sort(), byLine.findings.map((f) => f.ruleId).sort());
  });
});

describe('sections: long runs of spaces (linearity probe of batch 214)', () => {
  // Before: a label pattern split the spaces after a line's first word three ways (cubic: 1,000 spaces 5 s, 3,000 over
  // two minutes), and the heading's closing sequence tried its three runs every way at every position (9,000 spaces:
  // over a minute). Mocha's timeout is the bound.
  it('reads a record line with a long run of spaces after its side in one pass', () => {
    const text = note('## Objective', `- R${' '.repeat(3_000)}gluteus medius 0.30 x 50 mm, LTR x2`);
    assert.deepEqual(lint(text).note.records.map((r) => r.muscle?.id), ['gluteus-medius']);
  });
  it('reads a table row with a long run of spaces in a cell in one pass', () => {
    // Before: the row's closing pipe was looked for with three runs of spaces tried every way (3,000 spaces 4.6 s, 9,000
    // about two minutes).
    const text = note('## Objective', '| Muscle | Needle and response |', '|---|---|', `| R upper trapezius | 0.25x30 mm${' '.repeat(9_000)}LTR x2 |`);
    assert.deepEqual(lint(text).note.records.map((r) => r.muscle?.id), ['upper-trapezius']);
  });
  it('reads a heading with a long run of spaces inside it, and still without its closing hashes', () => {
    assert.deepEqual(kinds(`# Plan${' '.repeat(9_000)}of care ##\ncontinue\n`), ['plan']);
    assert.deepEqual(kinds('## Plan ##\ncontinue\n'), ['plan']);
    assert.deepEqual(kinds(`# a${'\t'.repeat(6_000)}a\n## Plan\ncontinue\n`), ['plan']);
  });
});
