import { needlingByAnyNameRe } from '../lexicon/needling';
import type { ConsentStatement } from '../model/statements';
import type { Rule } from './rule';
import { beforeNeedling, needlingAnchor } from './helpers';
import { CONSENT_STATEMENT, prepared } from './prepared';

export const consentMissing: Rule = {
  meta: {
    id: 'consent-missing',
    code: 'DN001',
    defaultSeverity: 'error',
    title: 'Needling is recorded but the note has no informed-consent statement.',
    messages: {
      missing: 'No consent documented',
      blank: 'Consent line is empty',
    },
    completeness: true,
    rationale:
      'Every jurisdiction that regulates dry needling requires informed consent before the first needle, and several require it in writing and kept in the record. A note that documents needling without saying consent was obtained (written, verbal, on file or re-confirmed) cannot show the treatment was lawful if it is ever reviewed.',
    example: {
      bad: 'O: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.',
      good: 'Consent: written DN consent on file, risks reviewed, verbal re-confirmation today.\nO: DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.',
    },
    decides: [
      'Raised once per note when needling is recorded today and no statement says consent to needling was obtained.',
      'The statement may stand in any section, the Subjective included (`Pt consented verbally to DN today after risks explained`).',
      'Counts as consent: written or verbal consent obtained, gained, signed, on file or re-confirmed today; `consent: yes`; `DCO`, `VCO`, `VC gained`, `VC re-confirmed`, `IC signed`; '
        + 'a ticked consent box; a front-matter `consent:` field with a value; '
        + 'a reference such as `consent per initial evaluation` or consent carried over (`Consent: ongoing`, `Consent: as before`); '
        + 'the patient agreeing once the risks are explained (`pt agreed`, `happy to proceed`, `keen to go ahead`, `gave verbal OK`, `permission given for DN`, '
        + 'also in a clause of its own after the needling is named: `Reviewed IMS risks again; pt agreeable.`, or after the risks with no needling named: '
        + '`Risks/benefits explained, pt wishes to proceed.`, `Risks of DN gone over again, fine to go ahead.`, `… gone over again, he said go for it`; going on with the needling beside '
        + 'the risks told in the same sentence, either way round: `She was happy to continue with acupuncture after we reminded her of the '
        + 'risks`; a consent label answered by the agreement: `Consent: DN explained, pt happy to proceed`, also going on as clinicians shorten it: `pt happy to cont`), '
        + 'though not an interest or a plan (`keen to try DN`) nor the risks of another treatment (`risks of surgery discussed; wishes to proceed`); '
        + 'consent to acupuncture, the name many UK, Irish and Australasian physios give needling (`Verbal consent for acupuncture obtained`), '
        + 'though declining acupuncture is not read as declining needling (`declined acupuncture; consented to DN`).',
      'A consent line left blank (`Consent:` with nothing after it, `___`, an unticked box, '
        + 'a checklist item nobody ticked whatever it adds (`- [ ] Written DN consent on file; verbal re-confirmation today`), '
        + 'an empty field, a template\'s `Consent obtained:` with no answer (also as a list item followed by an item of another kind: `- Consent obtained:` over `- Screen: no anticoagulants`, and a label over '
        + 'the needling list, `Consent:` then `- R infraspinatus: 0.30x40 mm, LTR x3`), '
        + 'also after its printed choices: `DN consent (verbal/written): ___`, `Consent - verbal/written: ___`, `Consent to acupuncture obtained (verbal/written): ___`, '
        + '`Consent to acupuncture/DN obtained (verbal/written): ___`, and a template\'s own consent field left blank inside the answer: '
        + '`**Consent:** Acupuncture consent obtained (verbal/written): ___`) is not consent, so the rule is raised.',
      'A needling consent field left blank is not filled by a consent to treatment in general ticked elsewhere (`[x] Evaluation and treatment` above `Dry needling consent: ___`), '
        + 'nor by the risks reviewed above it under the same label (`INFORMED CONSENT:` or `INFORMED CONSENT ATTESTATION:` over `Risks of dry needling reviewed with pt` and `Informed consent for dry needling obtained: ***`). '
        + 'A label that names the record (`Consent form:`, `Consent attestation:`, `Consent documentation:`) with nothing after it is a blank field.',
      'An answer typed on the next lines of the label\'s paragraph (`Consent:` then `verbal, risks explained`) is the answer.',
      'Consent to another treatment only (manual therapy, e-stim, photographs) is not consent to needling, nor is agreeing to pay for it '
        + '(`pt elected self-pay`, `agrees to pay`, an ABN signed), a doctor\'s or an insurer\'s agreement, '
        + 'a clinical instructor\'s on a student\'s note (`CI: agree`) or an attending\'s on a resident\'s (`Attending attestation: I was present during the dry needling and agree with the resident\'s note`), '
        + 'or one still to come (`resume DN once GP agrees`, `re-offer DN if pt agreeable`).',
      'An information sheet handed over (`Consent: IMS info sheet given`), or education given (`DN education given`), is information, not consent; '
        + 'a form handed over to sign and bring back is pending consent, also when it was reviewed with the patient first (`consent form reviewed w/ pt; will sign and return next visit`) '
        + 'or the checklist line saying so is ticked as done (`✓ DN consent form given today, pt to sign + return next visit`).',
      'Refused, withdrawn or pending consent is reported by [consent-not-given](consent-not-given.md) instead.',
      'Not raised when no needling is recorded (planned, declined, deferred, other treatment only).',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!note.needled) return;
    // A refusal of one part ("declined needling of the neck") is not consent to the rest.
    // A needling consent field left blank is not filled by a consent to treatment in general elsewhere
    // ("Intake consents: [x] Evaluation and treatment", then "Dry needling consent: ___").
    // The field itself is preferred to a label above it whose block holds it.
    const blanks = note.consent.filter((c) => c.status === 'blank' && c.unit >= 0);
    const needlingBlank = blanks.find((c) => needlingByAnyNameRe.test(note.text.slice(c.start, c.end)))
      ?? blanks.find((c) => needlingByAnyNameRe.test(c.text));
    const covers = (c: ConsentStatement) => c.status !== 'blank' && !c.scope && (!needlingBlank || needlingByAnyNameRe.test(c.text));
    if (note.consent.some(covers)) return;
    const blank = needlingBlank ?? blanks[0];
    // On the empty consent line, else on the needling lead-in: the statement goes just before it.
    const at = blank ?? needlingAnchor(note);
    const { messages } = consentMissing.meta;
    ctx.report({
      start: at.start, end: at.end,
      message: blank ? messages.blank : messages.missing,
      fixes: [prepared(note, 'Prepare a consent statement to complete', beforeNeedling(note), CONSENT_STATEMENT)],
    });
  },
};
