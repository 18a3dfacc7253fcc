import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../../src/core/engine/lint';
import { applyFix, assertClean, assertNothingLost, covered, crlf, fillFields, findings, note } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'consent-missing';

describe('rule consent-missing', () => {
  it('is clean for the model note and for notes with consent in any form', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
    assertClean(labelled(), ID);
    assertClean(headed(), ID);
    assertClean(labelled({ consent: 'Pt gave verbal consent to DN.' }), ID);
    assertClean(labelled({ consent: 'DCO' }), ID);
    assertClean(note('---', 'consent: written, 2025-02-25', '---', 'O: DN R UT 0.25x30 mm'), ID);
    assertClean(note('| Item | Status |', '|---|---|', '| Consent | signed 2025-02-25 |', '', 'O: DN R UT 0.25x30 mm, LTR x2'), ID);
    assertClean(note('## Consent', '- written, signed 2025-02-25', '', '## Objective', 'DN R UT 0.25x30 mm'), ID);
  });
  it('reads consent stated in the Subjective, which batch 229\'s writers asked', () => {
    assertClean(note('## Subjective', 'Neck pain. Pt consented verbally to DN today after risks incl. PTX explained.', '## Objective', 'DN R UT 0.25x30 mm, LTR x2. Needles 1 in / 1 out.'), ID);
  });

  it('reads "happy to go ahead" after the risks as consent, as "happy to proceed" is', () => {
    const dictated = (agreement: string) => note('S: neck 4/10.', 'O: TrPs R UT.', 'A: improving.',
      `P: after going over the risks incl. pneumothorax ${agreement}, so I needled R UT 0.25x30 mm, LTR x2, tolerated well. 1 in, 1 out. Aftercare: soreness, heat.`);
    for (const agreement of ['she was happy to go ahead', 'pt keen to go ahead', 'she was happy to proceed']) assertClean(dictated(agreement), ID);
    assert.deepEqual(findings(dictated('she went ahead'), ID).length, 1);
    // The agreement in a clause of its own answers the needling named in the clause before it.
    assertClean(note('P: Reviewed IMS risks again (bruising, soreness, rarely pneumothorax); pt agreeable.', 'IMS L infraspinatus 0.25x40 mm, LTR x1, tolerated well.'), ID);
    // Agreeing to something else named in the clause before is not consent to the needling.
    assert.equal(findings(note('P: HEP reviewed; pt agreeable.', 'IMS L infraspinatus 0.25x40 mm, LTR x1, tolerated well.'), ID).length, 1);
  });

  it('reads the patient\'s agreement as the answer to a consent label: "Consent: DN explained (soreness, bruising), pt happy to proceed" (batch 241)', () => {
    const labelledAgreement = (consent: string) => note('**Treatment:**', consent, 'DN R masseter 0.25x25 mm, LTR x2. Needles: 1 in / 1 out.');
    for (const consent of ['Consent: DN to jaw muscles explained (soreness, bruising, small bleed), pt happy to proceed.', 'Consent: pt happy to proceed.', 'Consent: DN explained, happy to go ahead.']) {
      assertClean(labelledAgreement(consent), ID);
    }
    // Agreeing to another treatment, or the label over another object, answers nothing of the needling.
    for (const consent of ['Consent: pt happy to proceed with manual therapy only.', 'Consent for photos: pt happy to proceed.']) {
      assert.equal(findings(labelledAgreement(consent), ID).length, 1, consent);
    }
  });

  it('reads the patient\'s yes in other words, consent shorthand and consent carried over as consent', () => {
    const before = (consent: string) => note('**Treatment:**', consent, 'DN R gluteus medius 0.30x50 mm, LTR x2. Needles: 1 in / 1 out.');
    for (const consent of [
      // Agreement once the risks are put to the patient, with no needling named on its line.
      'Risks/benefits explained, pt wishes to proceed.', 'Risks incl. PTX, bruising, soreness explained; pt would like to proceed.', 'Side effects discussed and pt happy to go ahead.',
      // The yes in the patient's words.
      'Discussed risks; pt gave verbal OK.', 'Verbal permission given for DN.', 'Pt happy for DN today.',
      // Shorthand, and consent carried over from an earlier visit.
      'VC obtained.', 'VCO', 'IC signed.', 'Consent ongoing.', 'Consent: as before', 'Consent: unchanged from last visit',
    ]) assertClean(before(consent), ID);
    for (const consent of [
      // The risks of another treatment, another treatment agreed to, verbal cues, or a no.
      'Risks of steroid injection explained, pt wishes to proceed.', 'Discussed risks of surgery; pt wishes to proceed with TKA.', 'Pt happy to continue HEP.',
      'VC given for scapular setting.', 'Risks explained; pt not happy to go ahead.', 'Risks explained.',
      // An interest or a plan is not today's consent.
      'Pt keen to try DN.', 'Pt keen to continue DN.',
    ]) assert.equal(findings(before(consent), ID).length, 1, consent);
  });

  it('reads going on with the needling, or the form signed, in a later clause of the consent line (batch 246, wmb-09)', () => {
    for (const consent of ['Consent – DN explained again (sore after, bruising, feeling faint); pt happy to carry on as before, form signed at IA.',
      'Consent – DN explained again; pt happy to carry on.', 'Consent – DN explained again; form signed at IA.', 'Consent: pt keen to continue.']) {
      assertClean(labelled({ consent }), ID);
    }
    // Away from a consent line, going on is a plan; a form only reviewed, or another treatment gone on with, is no consent.
    for (const consent of ['Pt happy to carry on as before.', 'Consent – DN explained; form reviewed.', 'Consent: happy to carry on with HEP only.']) {
      assert.equal(findings(labelled({ consent }), ID).length, 1, consent);
    }
  });

  it('reads going on with the needling in other words, and a whole bold consent label over its paragraph (batch 247, wml-01, wml-10)', () => {
    assertClean(labelled({ consent: 'Consent: risks re-explained (ache, bruising, nerve zing); pt happy to go on with DN.' }), ID);
    const underBold = (answer: string) => note('**Consent**', answer, '', 'DN R vastus lateralis 0.30x50 mm, LTR x2. Needles 1 in / 1 out.');
    assertClean(underBold('DN risks recapped (sore for a day or so, bruising). Had it twice before, happy to carry on with DN today.'), ID);
    assertClean(note('__Consent__', 'Risks explained; pt happy to proceed.', '', 'DN R vastus lateralis 0.30x50 mm, LTR x2.'), ID);
    // Going on with the needling under another label is a plan, as on a line of its own.
    assert.equal(findings(note('**Treatment**', 'Happy to go on with DN.', '', 'DN R vastus lateralis 0.30x50 mm, LTR x2.'), ID).length, 1);
    // A bold label alone, with nothing typed under it in its paragraph, answers nothing.
    assert.equal(findings(note('**Consent**', '', 'DN R vastus lateralis 0.30x50 mm, LTR x2.'), ID).length, 1);
  });

  it('reads consent charted in French, a bilingual label left blank, and "good to go" after the risks (probes after batch 249)', () => {
    for (const consent of ['Consentement verbal obtenu.', 'Consentement verbal obtenu pour puncture sèche.', 'Risks explained (bruising, soreness); pt good to go.', 'Consent: good to go.']) {
      assertClean(labelled({ consent }), ID);
    }
    // "Consentement / Consent (verbal/écrit): ___": the label in two languages, its field left blank.
    const [blank] = findings(labelled({ consent: 'Consentement / Consent (verbal/écrit): ___' }), ID);
    assert.equal(blank?.message, 'Consent line is empty');
    // Good to go for something else is no consent.
    assert.equal(findings(labelled({ consent: 'Good to go for the game Saturday.' }), ID).length, 1);
  });

  it('reads consent shorthand with what it was for, and going on with the needling after the risks (batch 251, wnf-12, wnf-13)', () => {
    assertClean(labelled({ consent: 'VC for DN gained after the usual risks (soreness, bruising, faint) covered.' }), ID);
    assertClean(labelled({ consent: 'Rx: Risks recapped incl. PTX, plus bruising and soreness. Pt happy to continue with DN.' }), ID);
    // Without the risks put to the patient first, going on is a plan.
    assert.equal(findings(labelled({ consent: 'Rx: Pt happy to continue with DN.' }), ID).length, 1);
  });

  it('reads consent shorthand for acupuncture, as clinics that call the needling acupuncture write it (batch 256, won-02)', () => {
    for (const consent of ['VC for acupuncture gained - risks explained (bruising, aching, drowsy after).', 'IC for medical acupuncture signed.']) assertClean(labelled({ consent }), ID);
  });

  it('reads the needling\'s own form as its consent form, and a verbal yes (batch 252, wnn-02, wnn-03)', () => {
    for (const consent of ['Rx: signed DN form on file from Feb, re-checked verbally today – all good.', 'IMS paperwork signed.',
      'Rx: risks (soreness / bruise / faint) gone over again, verbal yes to DN.']) assertClean(labelled({ consent }), ID);
    // The form still to sign is pending, not missing; a yes to something else is no consent.
    assert.equal(findings(labelled({ consent: 'DN form given to take home, to sign.' }), ID).length, 0);
    assert.equal(findings(labelled({ consent: 'Verbal yes to the HEP changes.' }), ID).length, 1);
    // The signed form to come with the follow-up keeps the consent pending (batch 251, wni-04).
    const pending = labelled({ consent: 'Consent: went through the IMS consent form, he will sign and bring it back Tue.\nF/u Tue with signed IMS form.' });
    assert.match(findings(pending, 'consent-not-given')[0]?.message ?? '', /^Consent pending/);
  });

  it('reads the patient going on, or fine to go ahead, beside the risks told in the same sentence (batch 263, wqd-05)', () => {
    for (const consent of ['She was happy to continue with acupuncture after we reminded her of the risks (soreness, bruising, feeling faint).',
      'She was happy to go ahead with acupuncture after we reminded her of the risks (soreness, bruising, feeling faint).',
      'We reminded her of the risks (soreness, bruising, feeling faint) and she was happy to continue with acupuncture.',
      'Risks of DN reviewed again (soreness, bruising, faint), fine to go ahead.']) assertClean(labelled({ consent }), ID);
    // Going on with something else, or going on with no risks put, is no consent.
    for (const consent of ['Pt happy to continue with exercises after we reminded her of the risks of overdoing it.', 'Keen to continue DN next week.']) {
      assert.equal(findings(labelled({ consent }), ID).length, 1, consent);
    }
    // … also as it is happening: "shes bringing it back signed thurs" (batch 266, wqt-04).
    const bringing = labelled({ consent: 'gave her our needling consent form, shes bringing it back signed thurs' });
    assert.match(findings(bringing, 'consent-not-given')[0]?.message ?? '', /^Consent pending/);
    // A signed form still to come back is consent to come (batch 263, wqc-05).
    const pending = labelled({ consent: 'DN consent form went home with him, not signed yet, he\'ll bring it back Fri.\nAdmin: signed DN form back Fri, scan to chart.' });
    assert.match(findings(pending, 'consent-not-given')[0]?.message ?? '', /^Consent pending/);
  });

  it('reads consent and aftercare in a paragraph dictated without full stops part by part (batch 264, wqk-02, wqk-07)', () => {
    const paragraph = (consent: string, rest: string) => note('# Visit', '', `O - TTP L gluteus medius, ${consent}, IMS prone: L gluteus medius 0.30x60 mm, LTR x4, `
      + `needles 1 in / 1 out, ${rest}.`);
    // A later "will be sore" is the aftercare's, not consent still to come.
    const later = paragraph('consent: IMS consent form signed at the IA, reconfirmed verbally today', 'Aftercare: back will be sore 1-2 days, heat');
    assert.deepEqual(findings(later, 'consent-not-given'), []);
    assert.deepEqual(findings(later, ID), []);
    // Advice after the needling's lead-in is not the consent talk before it.
    const advice = paragraph('verbal consent to IMS obtained after we went over bruising and soreness, fine to go ahead', 'told him to expect a sore spot for a day or two, heat is fine');
    assert.deepEqual(findings(advice, 'aftercare-missing'), []);
  });

  it('reads consent and aftercare dictated after the Subjective on its own line, in the clinician\'s words (batch 265, wql)', () => {
    const line = (consent: string) => note('---', 'date: 2025-02-03', '---', `Subjective: R neck pain 6/10, on examination: taut band R upper trap, ${consent}, `
      + 'then DN R upper trap 0.25 x 30 mm, LTR x3, 1 needle in, 1 out, told her to expect some achiness for a day or two, heat is fine, '
      + 'and if any chest pain or shortness of breath to go straight to emerg, impression: improving, plan: review 1 week');
    for (const consent of ['went over the risks again, bruising, soreness and the small chance of a collapsed lung and she was happy to go ahead',
      'went over the DN risks again, soreness, bruising, collapsed lung, and she was happy to get going', 'risks of DN gone over again incl. collapsed lung, he said go for it']) {
      const text = line(consent);
      assert.deepEqual([...findings(text, ID), ...findings(text, 'aftercare-missing')], [], consent);
    }
    // Each section dictated on the line is read apart: the advice in the plan is not the consent talk before it (batch 266, wqr-15).
    const jaw = note('# Mel K - right jaw', '', 'History - jaw ache 5/10 by the end of the day, exam - TrPs in right masseter, so consent - verbal consent obtained after '
      + 'going through soreness and bruising and she was happy to go ahead, needled right masseter 0.20 x 25 mm, LTR x2, 1 in, 1 out, my impression - improving, '
      + 'plan - going forward told her the jaw may feel bruised and achy for a day or two so warm flannel tonight, review in 2/52');
    assert.deepEqual([...findings(jaw, ID), ...findings(jaw, 'aftercare-missing'), ...findings(jaw, 'soap-section-missing')], []);
    // The form a later visit brings signed keeps the consent pending.
    const pending = line('went through the DN consent form with him today and he took it home to sign and bring back Thursday').replace('review 1 week', 'review Thursday with the signed form');
    assert.match(findings(pending, 'consent-not-given')[0]?.message ?? '', /^Consent pending/);
  });

  it('is clean when no needling is recorded', () => {
    assertClean(note('S: neck pain.', 'O: ROM limited.', 'P: consider DN next visit.'), ID);
  });

  it('reads needling negated with "not" as not done: "Not needling today – clinic policy before a flight" (batch 284, wuw-04)', () => {
    for (const held of ['Not needling today – clinic policy is no acupuncture around the neck within 48 h of a helicopter flight.', 'Not DN today, flying tomorrow.']) {
      const text = note('S: neck ache better.', 'O: R UT tender band.', `A: settling. ${held}`, 'P: STM R UT 5 min. Consider needling R UT on return.');
      for (const id of [ID, 'needle-count', 'aftercare-missing']) assertClean(text, id);
    }
    // Needling done on one side, not the other, still asks for consent.
    assert.equal(findings(note('O: DN R UT 0.25x30 mm, LTR x2. Not needling the L side today.', 'P: heat, sore 24-48 h.'), ID).length, 1);
  });

  it('does not double-report consent that is refused or pending (consent-not-given does)', () => {
    assertClean(labelled({ consent: 'Consent: refused' }), ID);
    assertClean(labelled({ consent: 'Consent: pending, form to be signed next visit.' }), ID);
  });

  it('reports needling without any consent statement, on the needling line where the statement goes', () => {
    const text = labelled({ consent: null });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(covered(text, f), 'DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.');
    assert.equal(f.message, 'No consent documented');
  });

  it('anchors on the needling lead-in, and the prepared statement goes before it, never between it and its items', () => {
    const text = note('O: Cervical rotation R 60°.', '', 'Dry needling, prone:', '- R upper trapezius 0.25x30 mm, LTR x2', '- R levator scapulae 0.25x40 mm, LTR x1', '', 'A: improving.', 'P: continue.');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'Dry needling, prone:');
    const fixed = applyFix(text, f);
    assert.ok(fixed.indexOf('Consent: ‹') < fixed.indexOf('Dry needling, prone:'), fixed);
    assert.match(fixed, /Dry needling, prone:\n- R upper trapezius/);
  });

  it('reports on the line that says needling was done when no muscle is named', () => {
    const text = note('S: neck pain.', 'Dry needling performed to the neck; tolerated well.');
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'Dry needling performed to the neck; tolerated well.');
  });

  it('reports an empty consent line on that line', () => {
    for (const line of ['Consent:', '**Consent:**', 'Consent: ___', 'Consent: N/A']) {
      const text = labelled({ consent: line });
      const [f] = findings(text, ID);
      assert.ok(f, line);
      assert.equal(covered(text, f), line);
      assert.equal(f.message, 'Consent line is empty');
    }
  });

  it('reads a template\'s "Consent obtained:" left empty as empty, and an answer typed on the next line as the answer (batch 52)', () => {
    const empty = note('## Treatment', 'Consent obtained:', 'Dry needling (L side-lying):', '- R infraspinatus 0.30x40 mm, LTR x4', 'Needles 1 in / 1 out.', 'Advice: soreness 24-48 h, SOB or chest pain → ED.');
    assert.equal(findings(empty, ID)[0]?.message, 'Consent line is empty');
    assertClean(note('## Treatment', 'Consent:', 'verbal, risks incl. pneumothorax explained.', '', 'DN R infraspinatus 0.30x40 mm, LTR x4. Needles 1 in / 1 out.'), ID);
    assertClean(labelled({ consent: 'Consent obtained: verbal, risks reviewed' }), ID);
  });

  it('does not let a consent to treatment in general fill a needling consent field left blank, in one list or two', () => {
    const visit = (...consent: string[]) => note('S: L calf pain.', 'O: TTP L gastroc.', '', '**Intake consents:**', '- [x] Evaluation and treatment', ...consent, '',
      'DN L gastrocnemius 0.30x50 mm, LTR x2. Needles 1 in / 1 out.', 'Aftercare: soreness 24-48 h.', 'A: better.', 'P: review.');
    for (const blank of [['- Dry needling consent (verbal/written): ___'], ['', 'Dry needling consent (verbal/written): ___'], ['', '1. Acupuncture consent: ___']]) {
      const text = visit(...blank);
      const [f, ...rest] = findings(text, ID);
      assert.equal(rest.length, 0, blank.join(' / '));
      assert.equal(f?.message, 'Consent line is empty', blank.join(' / '));
      assert.match(covered(text, f), /consent: ___$|consent \(verbal\/written\): ___$/i);
    }
    // Filled, or consent to treatment with no needling field beside it, is consent.
    assertClean(visit('', 'Dry needling consent (verbal/written): verbal'), ID);
    assertClean(visit(), ID);
  });

  it('works with headings, bullets and CRLF line ends', () => {
    const text = crlf(headed({ consent: null }));
    const [f] = findings(text, ID);
    assert.equal(covered(text, f), 'DN L gluteus medius 0.30x60 mm, pistoning, LTR x2');
  });

  it('fix inserts a consent statement before the needling, keeping all text, and satisfies the rule', () => {
    for (const text of [labelled({ consent: null }), headed({ consent: null }), crlf(labelled({ consent: null }))]) {
      const [f] = findings(text, ID);
      assert.equal(f.fixes[0].safe, false);
      const prepared = applyFix(text, f);
      assertNothingLost(text, prepared);
      assert.ok(prepared.indexOf('Consent:') < prepared.indexOf('DN '), 'consent goes before the needling');
      // Prepared, not attested: until the clinician fills the fields, consent is still not documented.
      assert.equal(findings(prepared, ID)[0]?.message, 'No consent documented');
      assert.ok(lint(prepared).findings.some((x) => x.ruleId === 'placeholder-unfilled'), 'the prepared statement has fields to fill');
      assert.ok(f.fixes[0].edits[0].snippet!.includes('${1|‹written \\| verbal›,written,verbal|}'), f.fixes[0].edits[0].snippet);
      const filled = fillFields(prepared);
      assertClean(filled, ID);
      assertClean(filled, 'placeholder-unfilled');
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(prepared), 'keeps CRLF');
    }
  });

  it('fix after front matter keeps the front matter intact', () => {
    const text = note('---', 'date: 2025-03-04', '---', 'DN R UT 0.25x30 mm, LTR x2.');
    const fixed = fillFields(applyFix(text, findings(text, ID)[0]));
    assert.ok(fixed.startsWith('---\ndate: 2025-03-04\n---\n'));
    assert.equal(lint(fixed).note.frontMatter?.error, undefined);
    assertClean(fixed, ID);
  });

  it('reads a consent field with a spaced dash for its colon and its printed choices, left blank, as blank (batch 257, woq-06)', () => {
    for (const consent of ['TDN consent - verbal / written: ___', 'DN consent – verbal/written: ___']) {
      assert.deepEqual(findings(labelled({ consent }), ID).map((f) => f.message), ['Consent line is empty'], consent);
    }
  });

  it('reads a consent field\'s printed choices with the blank beside them, no colon between, as blank: "**Consent:** Verbal/written ___" (batch 288, wvp-04)', () => {
    for (const consent of ['**Consent:** Verbal/written ___', 'Consent: Yes / No ____', 'Consent: verbal/written/N/A ___']) {
      assert.deepEqual(findings(labelled({ consent }), ID).map((f) => f.message), ['Consent line is empty'], consent);
    }
    // Choices written as the answer ("verbal/written consent obtained") or with a word after them are consent given.
    for (const consent of ['**Consent:** Verbal/written obtained', 'Consent: verbal/written, risks explained, happy to proceed.']) assertClean(labelled({ consent }), ID);
  });

  it('reads a form written as questions and answers: "Consent? Yes – verbal" (batch 258, woy-05, woy-11, woy-16)', () => {
    for (const consent of ['Consent? Yes – verbal re-confirmed today (written on file). Pt happy to proceed.', 'Consent? Verbal re-confirmed today, written on file.']) {
      assertClean(labelled({ consent }), ID);
    }
    assert.equal(findings(labelled({ consent: 'Consent? ___' }), ID).length, 1);
  });

  it('reads a consent question left unanswered as a blank field: "- Consent obtained?" (batch 269, wro-04)', () => {
    for (const consent of ['- Consent obtained?', 'Consent obtained?', 'Verbal consent given? ___']) {
      assert.deepEqual(findings(labelled({ consent }), ID).map((f) => f.message), ['Consent line is empty'], consent);
    }
    assertClean(labelled({ consent: 'Consent obtained? Yes – verbal again today, risks gone over.' }), ID);
  });

  it('reads the risks gone through, then the patient happy to go ahead, as consent (batch 261, wpn-10)', () => {
    assertClean(labelled({ consent: 'I went through the risks again and he was happy for me to go ahead.' }), ID);
  });

  it('reads the patient\'s "yep" after the risks as a yes: "Trevor said yep, go for it" (batch 272, wsd-05)', () => {
    for (const consent of ['Consent - went over the risks again (soreness and bruising) and Trevor said yep, go for it.', 'Consent: risks gone over again, he said yeah go ahead.']) {
      assertClean(labelled({ consent }), ID);
    }
  });

  it('reads verbal consent confirmed again in chart shorthand as consent: "VC re-confirmed" (batch 278, wth-14)', () => {
    for (const consent of ['Tx: VC re-confirmed, pt happy to go ahead', 'VC confirmed.', 'IC reconfirmed today.']) assertClean(labelled({ consent }), ID);
    // "VC given" is as often verbal cues: no consent.
    assert.equal(findings(labelled({ consent: 'VC given for posture.' }), ID).length, 1);
  });

  it('reads the patient\'s own yes after the risks: "he said fine go ahead", "she said ok" (batch 280, wtw-02)', () => {
    for (const consent of ['Talked to him again about the needling, he knows he might be sore after and might get a bruise, he said fine go ahead.', 'Risks explained (soreness, bruising), she said ok.']) {
      assertClean(labelled({ consent }), ID);
    }
    // "said fine" alone is as often how the patient felt.
    assert.equal(findings(labelled({ consent: 'Risks explained (soreness, bruising). Pt said fine.' }), ID).length, 1);
  });

  it('reads the risks gone through today and the agreement after them in the Subjective as consent (batch 270, wrt-08)', () => {
    const visit = (subjective: string) => note(subjective, 'O: DN L quadratus lumborum 0.30x60 mm, LTR x2. Needles 1 in / 1 out.', 'P: soreness 24-48 h, heat.');
    for (const subjective of [
      'Subjective: L LBP 6/10. Happy to try the dry needling we talked about last time, risks explained again soreness bruising feeling faint and she gave verbal OK.',
      'S: L LBP 6/10. Risks explained again: soreness, bruising, feeling faint. She was happy to go ahead.',
    ]) assertClean(visit(subjective), ID);
    // Willingness reported, or risks told at a past visit, are not today's consent.
    for (const subjective of ['S: L LBP 6/10. Agreeable to trying DN.', 'S: L LBP 6/10. Risks explained last visit, happy to try DN.']) {
      assert.equal(findings(visit(subjective), ID).length, 1, subjective);
    }
  });

  it('reads a consent item left blank over the form\'s next field as blank: "- Consent:" then "- Time-out: … confirmed" (batch 270, wru-03)', () => {
    const form = (...items: string[]) => note('S: R buttock pain.', 'O: FABER R positive.', '', '**Pre-procedure**', ...items, '', 'O: DN R gluteus maximus 0.30x60 mm, LTR x2. Needles 1 in / 1 out.', 'P: soreness 1-3 days, heat.');
    assert.deepEqual(findings(form('- Consent:', '- Time-out: 10:08, site and laterality confirmed against the order', '- Allergies: latex'), ID).map((f) => f.message), ['Consent line is empty']);
    // A sibling that answers it ("- Verbal: yes") is its answer.
    assertClean(form('- Consent:', '- Verbal: yes, risks reviewed', '- Allergies: latex'), ID);
  });
});
