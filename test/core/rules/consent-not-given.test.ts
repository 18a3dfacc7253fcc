import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertClean, covered, crlf, findings, note, positionOf } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'consent-not-given';

describe('rule consent-not-given', () => {
  it('is clean for the model note and for given consent in its many forms', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    for (const consent of [
      'Consent: declined e-stim; consented to DN.',
      'Verbal consent re-confirmed today. Pt declined e-stim.',
      'Pt initially declined, then consented after discussion of risks.',
      'Pt did not consent to needling of the thoracic region; consented to DN of gluteals.',
      'Consent: no questions; verbal consent obtained.',
      'Verbal consent obtained; written form to be signed next visit.',
      'Pt declined further needling after 3 muscles.',
      'Verbal consent obtained for DN. Thigh: pt declined DN today.',
    ]) assertClean(labelled({ consent }), ID);
  });

  it('reads "once" before what was already told as after it, not a condition (batch 244, wlt-17)', () => {
    for (const consent of ['Verbal consent for DN once risks explained (soreness, bruising, nerve irritation).', 'Pt consented once everything was explained.',
      // … and in the past perfect, or other words for going over them (batch 247, wmh-09).
      "Tom gave verbal consent to DN once we'd talked the risks through again (soreness, bruising, feeling faint).", 'Verbal consent to DN once risks had been covered.']) {
      assertClean(labelled({ consent }), ID);
    }
    for (const consent of ['Verbal consent for DN once risks are explained next visit.', 'Consent for DN once the form is signed.', 'Consent once GP agrees.',
      'Verbal consent for DN once she has read the leaflet.']) {
      assert.match(findings(labelled({ consent }), ID)[0]?.message ?? '', /^Consent pending/, consent);
    }
  });
  it('reads the form gone home unsigned, typed on the line under its label, as it reads on the label\'s line (batch 247, wmj-03)', () => {
    for (const consent of ['Consent:\nDN form went home with him at IA — still unsigned, says he\'ll drop it in Mon.', 'Consent: DN form went home with him at IA — still unsigned.']) {
      assert.match(findings(labelled({ consent }), ID)[0]?.message ?? '', /^Consent pending/, consent);
    }
  });
  it('reads the consent form handed over, in a sentence that opens with it, as a form still to sign (batch 251, wnf-07)', () => {
    const text = note('Hx: R calf tightness. Given the DN info sheet and written consent form last week.', '',
      "Rx: Hasn't brought the written consent form back, given another copy today, pt to sign and return next session. DN prone. R soleus 0.30x50mm, LTR x2.",
      'Plan: aftercare - soreness 24-48 h.');
    assert.match(findings(text, ID)[0]?.message ?? '', /^Consent pending/);
  });
  it('reads written information handed over as information, so the e-consent form still to sign is pending (batch 245, wlv-06)', () => {
    const consent = "**Consent:** DN explained and written info given; e-consent form sent to his phone, he'll sign it tonight.";
    assert.match(findings(labelled({ consent }), ID)[0]?.message ?? '', /^Consent pending/);
    assertClean(labelled({ consent: 'Consent: written info given, verbal consent obtained.' }), ID);
  });
  it('is clean when refusal is followed by a later statement of consent', () => {
    const text = labelled({ consent: 'Consent: pt declined at first.\nConsent: after discussion, verbal consent to DN obtained.' });
    assertClean(text, ID);
  });

  it('is clean when nothing was needled', () => {
    assertClean(note('S: neck pain.', 'Consent: refused.', 'O: Manual therapy only.', 'P: Discuss DN again next visit.'), ID);
    assertClean(note('Pt declined DN today.', 'P: HEP reviewed.'), ID);
  });

  it('reports refused consent on the consent line, naming the refusal', () => {
    for (const consent of ['Consent: refused', 'Consent: N', 'Pt declined DN today; consented to manual therapy only.', 'Consent reviewed and pt declined.', 'Consent: not obtained']) {
      const text = labelled({ consent });
      const got = findings(text, ID);
      assert.equal(got.length, 1, consent);
      const [f] = got;
      assert.equal(f.severity, 'error');
      assert.equal(covered(text, f), consent);
      assert.deepEqual(f.range.start, positionOf(text, consent));
      assert.equal(f.message, 'Consent refused, but needling is recorded');
      assert.equal(f.fixes.length, 0);
    }
  });

  it('reads a form\'s consent question answered no as refused, whatever the question\'s words (batch 234)', () => {
    for (const consent of [
      'Verbal consent obtained: No', '- Written DN consent form on file: [N]', '- Verbal consent re-confirmed today, risks reviewed (soreness, bruising): N',
      'Consent to DN given: (no).', 'Informed consent documented: ✗',
      // The question asked with its mark for the colon (batch 269, wro-11).
      'Consent obtained? No',
    ]) {
      const text = labelled({ consent });
      const [f, ...rest] = findings(text, ID);
      assert.equal(rest.length, 0, consent);
      assert.equal(f?.message, 'Consent refused, but needling is recorded', consent);
      assert.deepEqual(f.range.start, positionOf(text, consent.replace(/^- /, '')));
    }
    // Another object's question, an answer that says more than no, a written form not on file before verbal consent given.
    for (const consent of [
      'Consent for photos: No\nVerbal consent to DN obtained.', 'Consent obtained: no concerns raised', 'Written consent form on file: No\nVerbal consent obtained today: Yes',
    ]) assertClean(labelled({ consent }), ID);
  });

  it('keeps a muscle placed below the 12th rib out of a refused thoracic area (batch 238, wkf-18)', () => {
    const visit = (place: string) => note('S: L LBP and mid back stiffness.', 'O: TrPs L QL.',
      'Consent: declined DN to the thoracic spine today; verbal consent to DN of the low back obtained, risks explained.',
      `DN prone: L quadratus lumborum: ${place}, x1, LTR x2.`, 'Needles 1 in / 1 out.', 'Aftercare: soreness 24-48 h, heat.');
    assertClean(visit('below the 12th rib, directed medially'), ID);
    assert.deepEqual(findings(visit('at T11, over the 12th rib'), ID).map((f) => f.message), ['Needled despite refusal: left quadratus lumborum']);
  });

  it('reads an agreement the note denies as a refusal, as "declined" is: "did not agree", "was not happy to go ahead"', () => {
    for (const consent of ['DN discussed, pt did not agree.', 'Pt was not happy to go ahead with DN.', "Risks of DN explained, pt wasn't keen to proceed."]) {
      assert.equal(findings(labelled({ consent }), ID).length, 1, consent);
      assert.equal(findings(labelled({ consent }), 'consent-missing').length, 0, consent);
    }
    // A denial later taken back still ends in consent: the latest statement counts.
    assertClean(labelled({ consent: 'Pt did not agree at first; after discussion agreed to DN.' }), ID);
    assert.equal(findings(labelled({ consent: 'Pt did not agree at first; after discussion agreed to DN.' }), 'consent-missing').length, 0);
  });

  it('reads an agreement after a refusal as the answer to it: "Declined IMES (e-stim via needles) today; happy to proceed with IMS" (batch 192)', () => {
    for (const consent of ['[x] Declined IMES (electrical stimulation via needles) today; happy to proceed with IMS', 'Pt declined at first; keen to go ahead with DN after discussion.']) {
      assertClean(labelled({ consent }), ID);
      assert.equal(findings(labelled({ consent }), 'consent-missing').length, 0, consent);
    }
    // A refusal with no agreement after it stays one.
    assert.equal(findings(labelled({ consent: 'Declined IMES (electrical stimulation via needles) today.' }), ID).length, 1);
  });

  it('reads a form handed over and still not signed as consent to come, however it is said (batch 257, wos-11)', () => {
    for (const consent of [
      "Consent: gave him the DN form at IE — still not signed, says he'll drop it off signed Thursday.",
      'Consent: gave him the DN form at IE, still not signed.',
      "Consent: gave him the DN form at IE, says he'll drop it off signed Thursday.",
      'Consent: DN form given at IE, not signed yet.',
    ]) assert.deepEqual(findings(labelled({ consent }), ID).map((f) => f.message), ['Consent pending, but needling is recorded'], consent);
    // The form signed is consent given.
    assertClean(labelled({ consent: 'Consent: gave him the DN form at IE, signed and on file today.' }), ID);
  });

  it('reads an easy "no worries" as agreement and a "no" to one area as a refusal of that area only (batch 255, wof-06)', () => {
    // The labelled note needles R upper trapezius, a shoulder muscle.
    for (const consent of [
      'Talked about DN again, risks, soreness, bruising, he said no worries, keen to go ahead, verbal consent obtained.',
      'Risks of DN explained, pt said no problem, verbal consent obtained.',
      'Risks of DN explained, verbal consent obtained. Pt said no to needling the calf.',
      'Risks of DN explained, verbal consent obtained, but said no to the calf.',
      "Risks of DN explained, verbal consent obtained. Doesn't want anything in the calf.",
    ]) {
      assertClean(labelled({ consent }), ID);
      assert.equal(findings(labelled({ consent }), 'consent-missing').length, 0, consent);
    }
    // A "no" to needling the area needled is still a refusal of it.
    for (const consent of ['Risks of DN explained, verbal consent obtained. Pt said no to needling the shoulder.', 'Risks explained. Pt said no to needling.']) {
      assert.equal(findings(labelled({ consent }), ID).length, 1, consent);
    }
  });

  it('reads a clinician not wanting too much dose as a limit, not a refusal: "DN held, didn\'t want too much dose 10 days out from a race" (batch 286, wve-03)', () => {
    const visit = (held: string) => note('O: Consent: risks gone over, he said go for it. Written consent on file.', 'TDN L TFL 0.30x50 mm, LTR x3.', held, 'P: heavy/achy 24-48 h, heat.');
    for (const held of ['L glute min TrP; DN held until next visit, didn\'t want too much dose 10 days out from a race.', 'DN held, did not want to overdo it before the race.']) {
      assertClean(visit(held), ID);
    }
    // Needling itself not wanted is still a refusal.
    assert.equal(findings(visit('Pt did not want dry needling today.'), ID).length, 1);
  });

  it('reports a refusal labelled with an area only when a muscle there was needled', () => {
    // The labelled note needles R upper trapezius, a shoulder muscle.
    assert.equal(findings(labelled({ consent: 'Verbal consent obtained for DN. Shoulder: pt declined DN today.' }), ID).length, 1);
    assertClean(labelled({ consent: 'Verbal consent obtained for DN. Calf: pt declined DN today.' }), ID);
  });

  it('reports pending consent', () => {
    const consent = 'Consent: pending — form to be signed next visit.';
    const [f] = findings(labelled({ consent }), ID);
    assert.equal(f.message, 'Consent pending, but needling is recorded');
  });

  it('does not let a form still to collect later in the note undo consent given today (batch 9)', () => {
    assertClean(note('S: neck pain', 'O: Verbal consent obtained, risks incl. pneumothorax explained. DN R UT 0.25x30 LTR x2. All needles removed.', 'A: improving', 'P: collect signed consent form next visit.'), ID);
    const pending = note('S: lbp', 'O: DN info sheet and consent form given, pt to read at home and bring back signed next visit.', 'DN L QL 0.30x60 LTR x2. All needles removed.', 'A: improving', 'P: Collect signed DN consent form.');
    assert.equal(findings(pending, ID).length, 1, 'pending twice is pending');
  });

  it('reports withdrawn consent unless the note says needling stopped', () => {
    const [f] = findings(labelled({ consent: 'Consent: verbal obtained.\nPt withdrew consent after 2 needles.' }), ID);
    assert.equal(f.message, 'Consent withdrawn, but needling went on');
    assertClean(labelled({ consent: 'Consent: verbal obtained.\nPt withdrew consent; needling stopped and all needles removed.' }), ID);
  });

  it('lets the latest statement count: consent then refusal is reported', () => {
    const text = labelled({ consent: 'Consent: written on file.\nConsent: pt declined today.' });
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'Consent: pt declined today.');
  });

  it('reads headings, tables and bullets', () => {
    const h = note('## Informed consent', '- declined', '', '## Objective', '- DN R UT 0.25x30 mm, LTR x2');
    const [f] = findings(h, ID);
    assert.equal(covered(h, f), '## Informed consent');
    const t = note('| Item | Status |', '|---|---|', '| Consent | declined |', '', 'O: DN R UT 0.25x30 mm, LTR x2');
    assert.equal(findings(t, ID).length, 1);
    assert.equal(findings(headed({ consent: 'Consent: refused' }), ID).length, 1);
  });

  it('points at the consent key when front matter holds the refusal', () => {
    const text = note('---', 'date: 2025-03-04', 'consent: refused', '---', 'O: DN R UT 0.25x30 mm, LTR x2');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'consent: refused');
  });

  it('does not take the willingness the patient reports in the Subjective for consent given (batch 22)', () => {
    const text = note('S: L neck pain 5/10. Agreeable to trying DN after education last visit.', 'O: TTP L splenius capitis.',
      'Consent: DN consent form reviewed w/ pt via interpreter; pt will sign and return next visit.', 'DN:', '- L splenius capitis 0.25x30 mm, LTR x2', 'A: improving.', 'P: 1x/wk.');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['Consent pending, but needling is recorded']);
  });

  it('reads only the sentences naming consent on a Subjective line that also reports willingness (batch 147)', () => {
    const subjective = 'S: L elbow pain 5/10. Agreeable to trying DN after education at eval. Took the DN consent form home but forgot to bring it back.';
    const text = note(subjective, 'O: TTP L ECRB.', 'Consent: DN consent form reviewed with pt again today; he will sign and bring it back next visit.',
      'DN L ECRB 0.25x30 mm, LTR x2.', 'Needles 1 in / 1 out.', 'A: improving.', 'P: 1x/wk.');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['Consent pending, but needling is recorded']);
    // Consent the patient reports having given still counts.
    const given = note('S: L elbow pain. Pt gave written consent to DN at eval, form on file.', 'O: TTP L ECRB.', 'DN L ECRB 0.25x30 mm, LTR x2.', 'A: improving.', 'P: 1x/wk.');
    assert.deepEqual(findings(given, ID), []);
  });

  it('reads "once more" and "once again" as again, not as a condition still to be met (batch 152)', () => {
    const treatment = (consent: string) => note('S: R shoulder pain.', 'A: infraspinatus TrPs.', `Tx: ${consent} DN R infraspinatus 0.25x30 mm, LTR x3. Needles 1 in / 1 out.`, 'P: 1x/wk.');
    assert.deepEqual(findings(treatment('Marie re-confirmed her verbal consent to dry needling today, with the risks reviewed once more.'), ID), []);
    assert.deepEqual(findings(treatment('Verbal consent given once again today.'), ID), []);
    assert.deepEqual(findings(treatment('Consent to DN once the form is signed.'), ID).map((f) => f.message), ['Consent pending, but needling is recorded']);
  });

  it('reads a consent heading by the lines that name consent, not the other boxes ticked under it (batch 149)', () => {
    const checklist = ['## Consent checklist', '- Written informed consent for dry needling signed: [ ] Yes [x] No. Form given in Spanish, pt will sign and return next visit',
      '- Risks reviewed: soreness, bruising: [x] Yes [ ] No', '', '## Treatment', 'DN R UT 0.25x30 mm, LTR x2. Needles 1 in / 1 out.'];
    assert.deepEqual(findings(note(...checklist), ID).map((f) => f.message), ['Consent pending, but needling is recorded']);
    const given = checklist.map((l) => l.replace('[ ] Yes [x] No. Form given in Spanish, pt will sign and return next visit', '[x] Yes [ ] No'));
    assert.deepEqual(findings(note(...given), ID), []);
  });

  it('reads a consent question answered "not yet" with the form taken home as pending (batch 269, wro-11)', () => {
    const consent = "Consent obtained? Not yet – written consent form given today, she's taking it home to read and will sign and bring it back Thursday.";
    assert.deepEqual(findings(labelled({ consent }), ID).map((f) => f.message), ['Consent pending, but needling is recorded']);
  });

  it('reads the signed form to pick up at the next visit as still to come: "F/u Thurs: grab signed consent form" (batch 289, wwa-07)', () => {
    const pending = 'S: Took DN consent form home at eval, hasn\'t signed it yet, will bring it back Thurs.';
    for (const plan of ['P: F/u Thurs: grab signed consent form, repeat AKE.', 'P: F/u Thurs: pick up his signed consent form.']) {
      const text = note(pending, 'O: TTP R BF.', 'DN R biceps femoris 0.30x60 mm, LTR x4.', 'Needles 1 in / 1 out.', plan);
      assert.deepEqual(findings(text, ID).map((f) => f.message), ['Consent pending, but needling is recorded'], plan);
    }
  });

  it('reads a signed form to come with the next review as still to come ("Review 1/52 w/ signed consent form") (batch 44)', () => {
    const pending = 'Consent: DN explained; consent form given, pt to read, sign and return next session.';
    // "w" without its slash as a phone types it (batch 229, wid-06); "FU" for the follow-up (batch 237, wjz-13).
    for (const plan of ['P: Review 1/52 w/ signed consent form.', 'P: RV 2/52 with the signed form.', 'P: f/u in 2 wks with signed consent form.', 'P: Tendon loading programme, r/v 1/52 w signed consent form.', 'P: FU 1/52 w/ signed consent form. HEP: stretches.']) {
      const text = note('S: L knee pain.', 'O: TTP L TFL.', 'A: ITB-related pain.', pending, 'DN L TFL 0.30x50 mm, LTR x2.', 'Needles 1 in / 1 out.', plan);
      assert.deepEqual(findings(text, ID).map((f) => f.message), ['Consent pending, but needling is recorded'], plan);
    }
    // A form signed today, or one on file, is consent given.
    const given = note('S: L knee pain.', 'O: TTP L TFL.', 'A: ITB-related pain.', pending, 'DN L TFL 0.30x50 mm, LTR x2.', 'Needles 1 in / 1 out.', 'P: Review 1/52. Consent form signed today.');
    assert.deepEqual(findings(given, ID), []);
  });

  it('reads a signed form still to come back, under the Plan, as still to come: "Signed consent form back Thurs." (batch 277, wtb-16)', () => {
    const pending = "Consent form gone through with her today; she'll sign it and bring it back Thursday.";
    const base = ['S: L hip pain.', 'O: TTP L glute med.', 'A: Gluteal pain.', pending, 'DN L gluteus medius 0.30x60 mm, LTR x2.', 'Needles 1 in / 1 out.'];
    for (const plan of ['P: Signed consent form back Thurs.', 'P: Signed DN consent due back next visit.']) {
      assert.deepEqual(findings(note(...base, plan), ID).map((f) => f.message), ['Consent pending, but needling is recorded'], plan);
    }
    // A form that came back already is consent given.
    for (const plan of ['P: Signed consent form came back Tues.', 'P: Consent form signed and brought back Monday.']) assert.deepEqual(findings(note(...base, plan), ID), [], plan);
  });

  it('reads consent had today, then a comma and the form still to sign, as given, as it reads with a semicolon (reading-notes: "a pending form does not undo verbal consent given today")', () => {
    for (const consent of ['Verbal consent obtained, written form to be signed next visit.', 'Consent re-confirmed today, written form to be signed next visit.', 'Verbal consent obtained, signed form back Monday.']) {
      assertClean(labelled({ consent }), ID);
    }
    // A form handed over, or consent still to be had, stays pending.
    for (const consent of ['Consent form given, to be signed next visit.', 'Verbal consent to be obtained, form to follow.',
      'Consent - DN information leaflet given, consent form reviewed with pt, will sign and bring back next session.']) {
      assert.match(findings(labelled({ consent }), ID)[0]?.message ?? '', /^Consent pending/, consent);
    }
  });

  it('works with CRLF line ends', () => {
    const text = crlf(labelled({ consent: 'Consent: refused' }));
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'Consent: refused');
    assert.deepEqual(f.range.start, positionOf(text, 'Consent: refused'));
  });
});
