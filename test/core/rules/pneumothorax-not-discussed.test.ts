import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../../../src/core/engine/lint';
import { applyFix, assertClean, assertNothingLost, covered, crlf, findings, note, fillFields } from '../helpers';
import { headed, labelled } from './fixtures';

const ID = 'pneumothorax-not-discussed';
const plainConsent = 'Consent: verbal consent obtained, risks reviewed.';

describe('rule pneumothorax-not-discussed', () => {
  it('is clean for the model note (PTX named in consent and SOB in aftercare)', () => {
    assertClean(readFileSync('test/fixtures/notes/model-note.md', 'utf8'), ID);
  });

  it('is clean when consent or aftercare names pneumothorax or its red flags', () => {
    assertClean(labelled({ aftercare: 'Aftercare: soreness 24–72 h.' }), ID); // consent names pneumothorax
    assertClean(labelled({ consent: plainConsent }), ID); // aftercare names SOB / chest pain
    assertClean(labelled({ consent: plainConsent, aftercare: 'Pt educated on red flags for PTX.' }), ID);
    assertClean(note('---', 'consent: written, PTX risk discussed', '---', 'O: DN R rhomboid major 0.20x15 mm, LTR x1.'), ID);
  });

  it('reads the warning signs the patient was reminded of (batch 251, wnf-17)', () => {
    const aftercare = 'P: Post-needling - ache for a day or two, heat. Reminded again re SOB or chest pain after neck needling - go to A&E.';
    assertClean(labelled({ consent: 'Consent: verbal, on file.', aftercare }), ID);
    assert.equal(findings(labelled({ consent: 'Consent: verbal, on file.', aftercare: 'P: Reminded to book next week.' }), ID).length, 1);
  });

  it('reads the clinic\'s short word and the risk to the lung named as such', () => {
    const plainAftercare = 'Aftercare: soreness 24–72 h.';
    for (const consent of ['Consent: verbal, rare but serious risks (pneumo) discussed.', 'Consent: verbal, risk to lung discussed.', 'Consent: verbal; advised re lung risk.']) {
      assertClean(labelled({ consent, aftercare: plainAftercare }), ID);
    }
    // The lungs examined are no risk put to the patient.
    assert.equal(findings(labelled({ consent: 'Consent: verbal. Lung fields clear.', aftercare: plainAftercare }), ID).length, 1);
  });

  it('counts a misspelt muscle over the lung as that muscle, which batch 231\'s writers asked', () => {
    const text = note('## Objective', plainConsent, 'DN R infraspinatous 0.25x30 mm, LTR x2.', 'Needles 1 in / 1 out.', '## Plan', 'Aftercare: soreness 24-48 h.');
    assert.deepEqual(findings(text, ID).map((f) => f.message), ['No pneumothorax warning for right infraspinatous']);
  });

  it('is clean when no muscle over the lung was needled', () => {
    assertClean(headed({ consent: plainConsent, aftercare: 'Aftercare: soreness 24–72 h' }), ID);
  });

  it('counts the risks gone through, as told ("Went through the risks again incl. pneumothorax")', () => {
    for (const told of ['Went through the risks again incl. pneumothorax.', 'Ran through the risks with him (pneumothorax, bruising).', 'Talked through the risks: PTX, bruising.']) {
      assertClean(note('Consent: verbal consent obtained.', told, 'DN R upper trapezius 0.25x30 mm, LTR x2.', 'Aftercare: soreness 1-2 days, heat.'), ID);
    }
  });

  it('counts the abdominal wall only where the note does not place it below the ribs', () => {
    const visit = (line: string) => note('Consent: verbal consent obtained.', line, 'Aftercare: soreness 24–72 h.');
    for (const below of ['DN R lower rectus abdominis 0.25x30 mm, LTR x2.', 'DN R rectus abdominis (infraumbilical) 0.25x30 mm, LTR x2.', 'DN L external oblique above the ASIS 0.25x30 mm, LTR x1.']) {
      assertClean(visit(below), ID);
    }
    for (const over of ['DN R rectus abdominis 0.25x30 mm, LTR x2.', 'DN R upper rectus abdominis 0.25x30 mm, LTR x2.', 'DN R rectus abdominis (above umbilicus) 0.25x30 mm, LTR x2.', 'DN R external oblique over the lower ribs 0.25x25 mm, LTR x1.']) {
      assert.equal(findings(visit(over), ID).length, 1, over);
    }
    // Another muscle's "lower" is not the rectus's place.
    assert.equal(findings(visit('DN L lower trapezius 0.25x30 mm, R rectus abdominis 0.25x30 mm, LTR x2.'), ID).length, 1);
    assert.equal(findings(visit('DN L gluteus medius 0.30x60 mm LTR x2; R rectus abdominis 0.25x30 mm, LTR x2.'), ID).length, 1);
    // … nor the oblique's after it on a line below the note's first (each muscle's stretch stops at the name before it).
    const farDown = note('Consent: verbal consent obtained after soreness, bruising and feeling faint were explained.',
      'DN supine: lower rectus abdominis 0.30x30 mm, LTR x1; L external oblique 0.30x40 mm, LTR x1.', 'Aftercare: soreness 24–72 h.');
    assert.equal(findings(farDown, ID).length, 1);
    // A place on the lead-in holds for the items under it.
    assertClean(note('Consent: verbal consent obtained.', 'DN lower abdominal wall, supine, pincer grasp:', '- R rectus abdominis 0.25x30 mm, LTR x2', '- R external oblique 0.25x30 mm, LTR x1', '', 'Aftercare: soreness 24–72 h.'), ID);
    // So does a place on the heading over them; a place named elsewhere (the Subjective's pain) does not place the needling.
    assertClean(note('## Objective', 'Consent: verbal consent obtained.', '### DN infraumbilical', '- R rectus abdominis 0.30x40 mm, LTR x1', '', 'Aftercare: soreness 24–72 h.'), ID);
    assert.equal(findings(note('S: pain below the umbilicus.', 'O: Consent: verbal consent obtained. DN R rectus abdominis 0.30x40 mm, LTR x1.', 'Aftercare: soreness 24–72 h.'), ID).length, 1);
  });

  it('counts risks put to the patient wherever they are written, not a sign named as absent nor risks put off', () => {
    const visit = (...risk: string[]) => note('S: R neck pain 5/10.', 'O: TTP R UT.', ...risk, 'DN sitting: R UT 0.25x30 mm, LTR x2. All needles removed.', 'Aftercare: soreness 24-48 h, heat.');
    assertClean(visit('Education: discussed DN risks incl. pneumothorax, bruising, soreness.', '', 'Consent: verbal.'), ID);
    assertClean(visit('- Educated pt on risks of DN incl. PTX', '- Verbal consent obtained'), ID);
    assertClean(visit('Verbal consent obtained.', '', 'Side effects explained: soreness, bruising, collapsed lung (rare).'), ID);
    assert.equal(findings(visit('Consent: verbal.', '', 'Pt denies SOB, risks reviewed.'), ID).length, 1);
    assert.equal(findings(visit('Consent: verbal.', '', 'Given the risk of PTX, pincer grip with the needle aimed away from the lung.'), ID).length, 1);
    assert.equal(findings(visit('Consent: verbal.', '', 'Risks incl. PTX to be discussed next visit.'), ID).length, 1);
    // On the consent line too, read by clause: put off is not discussed; discussed today with only the signature to come is.
    assert.equal(findings(visit('Consent: verbal. Will discuss risks incl. PTX next visit.'), ID).length, 1);
    assertClean(visit('Consent: form reviewed with pt today incl. pneumothorax and bruising; will sign and bring it back next visit.'), ID);
    // The patient's own report is history, not risks put to them today.
    assert.deepEqual(lint(note('S: Was told of DN risks incl. PTX at another clinic.', 'O: TTP R UT.', 'Risks reviewed incl. PTX.')).note.riskDisclosures.map((r) => r.text), ['Risks reviewed incl. PTX']);
  });

  it('does not count a form\'s question about it answered no, in the consent, the risks or the aftercare', () => {
    const visit = (...lines: string[]) => note('S: R neck pain 5/10.', 'O: TTP R UT.', ...lines, 'DN R UT 0.25x30 mm, LTR x2. All needles removed.', 'A: myofascial pain.', 'P: review 1/52.');
    const consent = ['**Consent**', '- Verbal consent to DN obtained today: [Y]'];
    for (const answer of ['[N]', 'No', 'N']) {
      assert.equal(findings(visit(...consent, `- Pneumothorax risk discussed: ${answer}`, '', 'Aftercare: soreness 24-48 h, heat.'), ID).length, 1, answer);
    }
    assertClean(visit(...consent, '- Pneumothorax risk discussed: [Y]', '', 'Aftercare: soreness 24-48 h, heat.'), ID);
    const aftercare = (answer: string) => visit('Consent: verbal.', '', '**Aftercare**', '- Soreness 24-48 h, heat: [Y]', `- Pneumothorax warning signs (SOB, chest pain) explained: ${answer}`, '');
    assert.equal(findings(aftercare('[N]'), ID).length, 1);
    assertClean(aftercare('[Y]'), ID);
  });

  it('does not count a mention in deferred aftercare', () => {
    const text = labelled({ consent: plainConsent, aftercare: 'Aftercare: PTX red flags to be discussed next visit.' });
    assert.equal(findings(text, ID).length, 1);
  });

  it('reports once, on the aftercare that lacks the warning, naming the first muscle over the lung', () => {
    const text = labelled({ consent: plainConsent, aftercare: 'Aftercare: soreness 24–72 h.', needling: 'DN R upper trapezius 0.25x30 mm and L rhomboid major 0.20x15 mm, LTR x3.' });
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.equal(f.severity, 'error');
    assert.equal(covered(text, f), 'Aftercare: soreness 24–72 h.');
    assert.equal(f.message, 'No pneumothorax warning for right upper trapezius');
  });

  it('fix adds a red-flag line right after a labelled aftercare line', () => {
    const text = labelled({ consent: plainConsent, aftercare: 'Aftercare: soreness 24–72 h.' });
    const prepared = applyFix(text, findings(text, ID)[0]);
    assertNothingLost(text, prepared);
    const lines = prepared.split('\n');
    const i = lines.indexOf('Aftercare: soreness 24–72 h.');
    assert.match(lines[i + 1], /^Pneumothorax warning signs: ‹/);
    assert.equal(findings(prepared, ID).length, 1, 'the warning counts only once it is filled in');
    assertClean(fillFields(prepared), ID);
  });

  it('fix adds a bullet after a bulleted aftercare item, with the same marker', () => {
    const text = note('## Objective', '- Consent: verbal', '- DN R upper trapezius 0.25x30 mm, LTR x2', '- Aftercare: soreness 24–72 h', '- Needles: 1 in / 1 out', '', '## Plan', 'Continue.');
    const fixed = applyFix(text, findings(text, ID)[0]);
    assertNothingLost(text, fixed);
    assertClean(fillFields(fixed), ID);
    assert.match(fixed, /- Aftercare: soreness 24–72 h\n- Pneumothorax warning signs: ‹/);
  });

  it('fix adds a line under an aftercare heading', () => {
    const text = crlf(note('## Objective', 'Consent: verbal.', 'DN R serratus anterior 0.25x25 mm, LTR x1.', '', '## Aftercare', '- soreness 24–72 h', '- bruising possible', '', '## Plan', 'Continue.'));
    const fixed = applyFix(text, findings(text, ID)[0]);
    assertNothingLost(text, fixed);
    assertClean(fillFields(fixed), ID);
    assert.match(fixed, /- bruising possible\r\n- Pneumothorax warning signs: ‹[^\r\n]*\r\n\r\n## Plan/);
    assert.ok(!/[^\r]\n/.test(fixed), 'keeps CRLF');
  });

  it('fix adds a whole aftercare block with red flags when there is no aftercare', () => {
    const text = labelled({ consent: plainConsent, aftercare: null });
    const [f] = findings(text, ID);
    assert.match(f.fixes[0].title, /aftercare with the pneumothorax warning/);
    const fixed = fillFields(applyFix(text, f));
    assertNothingLost(text, fixed);
    assertClean(fixed, ID);
    assertClean(fixed, 'aftercare-missing');
    assert.equal(f.fixes[0].safe, false);
  });
});
