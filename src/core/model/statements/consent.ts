// Informed consent as the note states it: given, refused, withdrawn, pending or left blank;
// found in a labelled line, a bullet, a table row, a heading with lines under it, tick boxes
// or front matter. A refusal of one area ("declined needling of the neck") is kept with its scope.
import {
  ACUPUNCTURE_OBJECTS_SOURCE, agreementAllRe, formGivenRe, formTakenHomeRe, formReceivedRe, agreementDeniedBeforeRe, agreementRe, CONSENT_FIELD_NOUNS, CONSENT_FIELD_VERBS, consentLabelOnlyRe, consentLabelRe,
  consentObtainedShorthandRe, consentTalkRe, needlingFormDoneRe, continuingAgreementRe, formDoneRe, consentWordRe, consentWordsRe, DENIED_BEFORE_CONSENT,
  bareGivenAnswerRe, barePendingAnswerRe, bareRefusedAnswerRe, formBackLaterRe, givenBeyondDiscussionRe, givenRe, notePartAfterConsentRe, informationHandedRe, NEEDLING_OBJECTS_SOURCE,
  NOT_REFUSED_AFTER_NO, notGivenRe, risksPutRe, notPatientsAgreementRe, agreedWithDocumentRe, otherAgentLabelRe, pendingConsentIn, pendingOpeningRe, REFUSAL_TERMS, refusalRe, signedFormAtFollowUpRe, STOPPED_TERMS,
  saysConsentHad, tickedGivenRe, tickedPendingRe, tickedRefusedRe, withdrawalRe,
} from '../../lexicon/consent';
import { riskWordRe } from '../../lexicon/aftercare';
import { blankValue, NO_MARKS, noAnswerRe, TICK_BOX } from '../../lexicon/labels';
import { OUT_SOURCE } from '../../lexicon/needle-count';
import { NEEDLING_TERMS, needlingTermRe } from '../../lexicon/needling';
import { pastRe } from '../../lexicon/status';
import { AFTER, alternation, BEFORE, LABEL_ASIDE } from '../../lexicon/pattern';
import type { Vocabulary } from '../../vocab';
import { memoByText } from '../../util/memo';
import type { Unit } from '../units';
import { clauseSpans } from '../clauses';
import { blockText, answerUnderLabel, typedOnUnder, consentListOf, labelHead, rowText, afterLoneTick, ticksIn, untickedItem, withinOwnSection, withoutUnticked, writtenAfterBoxes } from './blocks';
import { execAll } from '../../util/matches';
import type { ConsentStatement, ConsentStatus } from './types';
import { acupunctureObject, clauses, DENIAL_SPARES_NEEDLING, objectBefore, objectOf } from './consent-object';
import { refusedLabelled, refusedOffer, refusedPart } from './consent-scope';

// The words between a denial and "consent" ("declined to give verbal consent") are grammar, not a list.
const negationBeforeRe = new RegExp(`${BEFORE}(?:${alternation(DENIED_BEFORE_CONSENT)})\\s+(?:(?:verbal|written|informed|formal|any|give|to|provide|obtain|obtained|have|a)\\s+)*$`, 'i');
// After "consent": a refusal, "no" (unless it is "no questions"), "none", "not" (unless about acupuncture), or a form's "no" mark.
const negationAfterRe = new RegExp(
  `^[\\s:*_\\-–—]*(?:(?:for|to)\\s+(?:${alternation(NEEDLING_TERMS)})\\s*[:\\-–—]?\\s*)?(?:(?:${alternation([...REFUSAL_TERMS, 'denied', 'none'])})${AFTER}`
    + `|no${AFTER}(?!\\s+(?:${alternation(NOT_REFUSED_AFTER_NO)}))|not${AFTER}(?!\\s+(?:acupuncture|an acupuncturist))|(?:${alternation(NO_MARKS)})${AFTER})`,
  'i',
);
const noQuestionsBeforeRe = new RegExp(`${BEFORE}no\\s+(?:${alternation(NOT_REFUSED_AFTER_NO)})${AFTER}`, 'i');
const needleWithdrawnRe = /\bneedles?\s+(?:(?:was|were|is|are|then|slowly|fully)\s+)*(?:withdr|remov)\w*|withdr\w+\s+(?:(?:the|all|each)\s+)?needles?\b/i;

const signedSinceRe = /\bsigned\b/i;

/** An aside in brackets: "(risks: soreness, bruising, fainting)". */
const asideRe = /\([^()\n]*\)/g;

/**
 * "consent form + info sheet given to pt": a form handed over for the patient to sign later (a
 * signed copy given is consent). `to` asks for the handing-over words; without them ("consent form
 * given today") the form may be the consent, and only a later clause saying it is to be signed decides.
 */
function formHandedOver(clause: string, to = true): boolean {
  // "consent form (risks: soreness, bruising, fainting) given today": an aside between the form and its verb is skipped.
  const bare = clause.replace(asideRe, ' ');
  const given = formGivenRe.exec(bare);
  const m = given && (given[1] || !to) ? given : formReceivedRe.exec(bare);
  if (!m || /\b(?:signed|copy)\b/i.test(bare.slice(0, m.index + m[0].length))) return false;
  // "information sheet given to pt, verbal consent obtained": consent given after the handing over answers it,
  // and so does the form signed since ("consent form given last visit, signed and returned today").
  const rest = bare.slice(m.index + m[0].length);
  if (signedSinceRe.test(rest) && !pendingConsentIn(rest)) return false;
  // "Given the DN info sheet and written consent form": "written" there names the form handed over, not consent given.
  const said = rest.replace(writtenFormRe, '$1');
  return !(consentWordRe.test(said) && givenBeyondDiscussionRe.test(said));
}

/** Ticked boxes answer the question ("☐ Yes ☒ No"); boxes all unticked leave it blank. */
function fromTicks(clause: string): ConsentStatus | undefined {
  const t = ticksIn(clause);
  if (!t.boxes) return undefined;
  if (!t.ticked.length) return 'blank';
  const answers = t.ticked.map((w) => w.trim());
  if (answers.some((a) => tickedRefusedRe.test(a))) return 'refused';
  if (answers.some((a) => tickedPendingRe.test(a))) return 'pending';
  if (answers.some((a) => tickedGivenRe.test(a) || consentWordRe.test(a) || a === '')) return 'given';
  return undefined;
}

/** "informed consent" says consent was given, unless it is the label of a field ("Informed consent: form to be signed next visit"). */
const informedConsentRe = /\binformed consent\b(?![\s*_]*:)/i;

/**
 * Every consent word of the clause is about another object, or about nothing named, and one names another object, after
 * it ("consent for photos") or right before it ("Photo consent signed", "ROI consent on file").
 */
function consentsToOtherOnly(clause: string): boolean {
  const kindOf = (w: RegExpExecArray) => {
    const kind = objectOf(clause.slice(w.index + w[0].length)).kind;
    return kind === 'none' ? objectBefore(clause.slice(Math.max(0, w.index - 40), w.index)) : kind;
  };
  const kinds = execAll(consentWordsRe, clause).map(kindOf);
  return kinds.includes('other') && kinds.every((k) => k === 'other' || k === 'none');
}

/** What a clause of a consent statement is read with: what the statement around it has said. */
interface ClauseSetting {
  /** Whether the statement is a consent field, names consent, or neither. */
  context: 'explicit' | 'implicit' | 'none';
  vocab?: Vocabulary;
  /**
   * An earlier clause of the statement named the needling, which a bare agreement after it is about
   * ("Reviewed IMS risks again; pt agreeable."). A bare refusal is not read so: it may be about the muscles of the clause
   * before ("DN to R infraspinatus offered; pt declined today"), which the refusal's own reading scopes.
   */
  needlingEarlier?: boolean;
  /** An earlier clause put the risks to the patient ("Risks recapped incl. PTX …"), which going on with the needling after it answers. */
  risksEarlier?: boolean;
  /**
   * The statement opens with another agent's label ("Supervising PT: present for DN; agree."), so an
   * agreement in it is theirs, not the patient's.
   */
  agentLabelled?: boolean;
}

/**
 * "Risks/benefits explained", "side effects of DN discussed": the risks put to the patient, of the needling or of
 * nothing named ("Discussed risks of surgery" is another treatment's).
 */
function risksTold(text: string): boolean {
  const risk = riskWordRe.exec(text);
  if (!risk || !risksPutRe.test(text)) return false;
  const after = text.slice(risk.index + risk[0].length);
  const kind = objectOf(after).kind;
  return kind === 'needling' || kind === 'acupuncture' || kind === 'partial' || (kind === 'none' && !/^\s+(?:of|for|with|from)\s/i.test(after));
}

/** The risks put to the patient, not at a past visit ("risks explained again", not "risks explained last visit"). */
function risksToldToday(sentence: string): boolean {
  if (!risksTold(sentence)) return false;
  return !pastRe.test(sentence.slice(riskWordRe.exec(sentence)!.index));
}

function classifyConsentClause(clause: string, setting: ClauseSetting): ConsentStatus | undefined {
  const { context, vocab, needlingEarlier = false, risksEarlier = false, agentLabelled = false } = setting;
  const word = consentWordRe.exec(clause);
  const aboutNeedling = needlingTermRe.test(clause);
  if (!word && !aboutNeedling && !needlingEarlier && context === 'none' && !risksTold(clause)) return undefined;
  // "Consent: IMS info sheet given": information handed over is not the patient's consent.
  const withoutSheets = clause.replace(informationHandedRe, ' ');
  const ticked = fromTicks(clause);
  // "[ ] Verbal  [ ] Written - consent form given today, pt to sign and return": no box ticked, but an answer written after the last option says what happened.
  const written = ticked === 'blank' ? writtenAfterBoxes(clause) : undefined;
  if (written && consentWordRe.test(written)) return classifyConsentClause(written, { context: 'explicit', vocab }) ?? ticked;
  // "✓ DN consent form given today, pt to sign + return": a checklist's tick says the line is done; its words say what was.
  const checked = ticked === 'given' ? afterLoneTick(clause) : undefined;
  const said = checked === undefined ? undefined : classifyConsentClause(checked, { context, vocab });
  if (said && said !== 'blank') return said;
  if (ticked && (word || context !== 'none')) return ticked;
  if (word && withdrawalRe.test(clause) && !needleWithdrawnRe.test(clause)) return 'withdrawn';
  if (!word && /\bwithdr[ae]w\w*\s+from\s+(?:DN|dry needling|needling|treatment)\b/i.test(clause)) return 'withdrawn';

  if (word) {
    const before = clause.slice(0, word.index);
    const after = clause.slice(word.index + word[0].length);
    // "no consent", "did not consent", "pt declined consent": refused, unless about one site or another treatment.
    if (negationBeforeRe.test(before) && !noQuestionsBeforeRe.test(before)) {
      return DENIAL_SPARES_NEEDLING.has(objectOf(after, vocab).kind) ? undefined : 'refused';
    }
    const na = negationAfterRe.exec(after);
    if (na) return DENIAL_SPARES_NEEDLING.has(objectOf(after.slice(na[0].length), vocab).kind) ? undefined : 'refused';
    if (notGivenRe.test(after.split(/\s+/).slice(0, 6).join(' '))) return 'refused';
  }
  // Every agreement of the clause, found once: a denied one is a refusal, another may be the consent.
  const agreements = execAll(agreementAllRe, clause);
  const refusal = refusalRe.exec(clause) ?? agreements.find((a) => agreementDenied(clause, a));
  if (refusal) {
    const obj = objectOf(clause.slice(refusal.index + refusal[0].length), vocab).kind;
    const needlingBefore = needlingTermRe.test(clause.slice(0, refusal.index));
    // "chaperone offered and declined": a refusal of something else the clause opened with;
    // "verbal consent for vaginal exam obtained, chaperone declined": or named right before it.
    const otherBefore = !needlingBefore && objectOf(clause.slice(0, refusal.index)).kind === 'other';
    const justBefore = clause.slice(0, refusal.index).split(/[,;(]/).pop()!;
    const otherJustBefore = !needlingTermRe.test(justBefore) && objectOf(justBefore).kind === 'other';
    if (obj === 'needling' || (obj === 'none' && !otherBefore && !otherJustBefore && (word || needlingBefore || context !== 'none'))) return 'refused';
  }
  if (/\bunable to consent\b/i.test(clause)) return 'refused';
  if (formHandedOver(clause) || (formTakenHomeRe.test(clause) && !signedSinceRe.test(clause))) return 'pending';
  // "Signed consent form back Thurs.": the signed form is still to come back.
  if (word && (pendingConsentIn(clause) || signedFormAtFollowUpRe.test(clause) || formBackLaterRe.test(clause))) {
    // "[DW: consent line needs to be completed before I co-sign.]": the note's entry is still to write, not the patient's consent to come.
    if (notePartAfterConsentRe.test(clause.slice(word.index + word[0].length))) return undefined;
    // "Verbal consent obtained, written form to be signed next visit": consent had today, then the form still to come,
    // as it reads with a semicolon between them.
    const comma = clause.indexOf(',', word.index);
    // "Consent - DN information leaflet given, consent form reviewed, will sign": a sheet handed over is not consent had.
    const had = comma > 0 ? clause.slice(word.index, comma).replace(informationHandedRe, ' ') : '';
    return saysConsentHad(had) && !pendingConsentIn(clause.slice(0, comma)) ? 'given' : 'pending';
  }
  // "consent form given today; pt to read and return signed form next visit": the form, not consent, is pending.
  if (!word && context !== 'none' && /\b(?:form|sign\w*|paperwork)\b/i.test(clause) && pendingConsentIn(clause)) return 'pending';
  if (!word && context !== 'none' && pendingOpeningRe.test(clause)) return 'pending';
  // The patient's agreement today: not a doctor's ("once GP agrees"), not one still to come ("if pt agrees"), not denied ("did not agree").
  // Nor a co-signer's agreement with the note ("I was present during the dry needling and agree with the resident's note").
  const agree = agentLabelled ? undefined : agreements.find((a) => !notPatientsAgreementRe.test(clause.slice(Math.max(0, a.index - 40), a.index)) && !agreementDenied(clause, a)
    && !agreedWithDocumentRe.test(clause.slice(a.index + a[0].length, a.index + a[0].length + 60)));
  const agreed = agree !== undefined && objectOf(clause.slice(agree.index + agree[0].length)).kind !== 'other';
  // Going on is consent only where the consent or the risks were put: on the consent line, after them, or beside them
  // ("happy to continue with acupuncture after we reminded her of the risks").
  const going = context === 'none' && !risksEarlier && !risksTold(clause) ? null : continuingAgreementRe.exec(clause);
  const goesOn = going !== null && !agreementDenied(clause, going) && objectOf(clause.slice(going.index + going[0].length)).kind !== 'other';
  if (word) {
    // "Consent: DCO": the shorthand answers the label.
    if (consentObtainedShorthandRe.test(clause)) return 'given';
    // "consented to manual therapy only" is not consent to needling, nor is "Consent: verbal consent for vaginal examination obtained".
    if (!aboutNeedling && consentsToOtherOnly(clause)) return undefined;
    if (givenRe.test(withoutSheets) || informedConsentRe.test(clause)) return 'given';
    // "Consent: DN to jaw muscles explained (soreness, bruising), pt happy to proceed": the patient's agreement answers the label.
    return agreed || goesOn ? 'given' : undefined;
  }
  // … about the needling named, or once the risks are put to the patient ("Risks/benefits explained and pt wishes to proceed").
  // The risks may be told after the agreement ("happy to go ahead with acupuncture after we reminded her of the risks").
  if (agreed && (aboutNeedling || needlingEarlier || context === 'explicit' || risksTold(clause.slice(0, agree.index)) || risksTold(clause.slice(agree.index)))) return 'given';
  // "Consent – DN explained again; pt happy to carry on": going on with the needling, on the consent line or after the risks.
  if (goesOn) return 'given';
  if (context === 'explicit' && givenRe.test(withoutSheets)) return 'given';
  // "Consent – DN explained again; … form signed at IA": the consent form signed, in a later clause of the consent line.
  // … not the signed form a later visit brings ("review Thursday with the signed form").
  if (context === 'implicit' && formDoneRe.test(clause) && !signedFormAtFollowUpRe.test(clause) && !formBackLaterRe.test(clause)) return 'given';
  // "signed DN form on file from Feb": the needling's own form, signed, with no word of consent ("F/u Tue with signed IMS form" is still to come).
  if (needlingFormDoneRe.test(clause) && !pendingConsentIn(clause) && !signedFormAtFollowUpRe.test(clause) && !formBackLaterRe.test(clause)) return 'given';
  return undefined;
}

/** A clause that is only an answer ("Verbal.", "verbal + written", "Pending."): what it answers, if it is one. */
function bareAnswer(clause: string): ConsentStatus | undefined {
  if (bareGivenAnswerRe.test(clause)) return 'given';
  if (barePendingAnswerRe.test(clause)) return 'pending';
  if (bareRefusedAnswerRe.test(clause)) return 'refused';
  return undefined;
}

/**
 * A form's consent question answered no, whatever the question's own words ("Verbal consent obtained: No",
 * "Written DN consent form on file: [N]", "Consent re-confirmed today, risks reviewed (soreness, bruising): N"):
 * the consent asked about was not given. The question is one line that names consent and no other object.
 */
function answeredNo(text: string, word: RegExpExecArray): boolean {
  const lineEnd = text.indexOf('\n', word.index);
  const line = text.slice(text.lastIndexOf('\n', word.index) + 1, lineEnd < 0 ? text.length : lineEnd);
  const colon = line.lastIndexOf(':');
  if (colon < 0 || !noAnswerRe.test(line.slice(colon + 1))) return false;
  const question = line.slice(0, colon);
  return consentWordRe.test(question) && !/[.;!?]\s/.test(question) && objectOf(question.replace(/[*_()]/g, ' ')).kind !== 'other';
}

/** "did not agree", "was not happy to go ahead": the patient's agreement denied is a refusal, read as "declined" is. */
function agreementDenied(clause: string, agreement: RegExpExecArray): boolean {
  return agreementDeniedBeforeRe.test(clause.slice(Math.max(0, agreement.index - 20), agreement.index));
}

/** "Consent: ___", "Verbal consent:" with nothing after: a consent field left blank (tick boxes are read elsewhere). */
/** The same label again in another language, after a slash: "Consentement / Consent (verbal/écrit): ___". */
const labelAgainRe = new RegExp(`^\\s*\\/\\s*(?:${consentWordRe.source})`, consentWordRe.flags);

function blankField(text: string, word: RegExpExecArray): boolean {
  if (ticksIn(text).boxes) return false;
  const rest = text.slice(word.index + word[0].length);
  const after = rest.slice(labelAgainRe.exec(rest)?.[0].length ?? 0);
  const label = consentFieldLabelRe.exec(labelHead(after));
  if (!label) return false;
  // The field's own line decides ("Consent: ___" above a needling list); an empty line defers to what is written under it.
  const value = after.slice(label[0].length);
  const ownLine = value.split(/\r?\n/)[0];
  const answer = ownLine.trim() ? ownLine : value;
  // "**Consent:** Acupuncture consent obtained (verbal/written): ___", "Consent - verbal/written: ___": the answer is the
  // template's own field, labelled by consent or by its printed choices, left blank.
  const nested = nestedFieldRe.exec(answer);
  return blankValue.test(answer) || choicesLeftBlank(answer)
    || Boolean(nested && (consentWordRe.test(nested[2]) || choicesOnlyRe.test(nested[2])) && blankValue.test(nested[3]));
}

// "Consent:", "Consent form:", "Consent form signed (date):", a spaced dash for the colon ("TDN consent - verbal / written: ___"), and the labels a template prints with the answer to follow ("Consent obtained:",
// "Consent to acupuncture obtained (verbal/written):", "Consent to acupuncture/DN obtained:", its printed choices already taken out),
// an aside before the colon included ("Consent (verbal, through AHW):", "Consent (via interpreter):").
const fieldObject = `(?:${NEEDLING_OBJECTS_SOURCE}|${ACUPUNCTURE_OBJECTS_SOURCE})`;
const CONSENT_FIELD_LABEL = `[\\s*_]*(?:status|(?:(?:${alternation(CONSENT_FIELD_NOUNS)})\\b\\s*)?(?:(?:for|to)\\s+${fieldObject}(?:\\s*(?:/|\\band\\b|&)\\s*${fieldObject})*\\s*)?`
  + `(?:${alternation(CONSENT_FIELD_VERBS)})?)${LABEL_ASIDE}`;
const consentFieldLabelRe = new RegExp(`^${CONSENT_FIELD_LABEL}(?:[\\s*_]*:|[ \\t]+[-–—][ \\t]+)`, 'i');
/** The same label asked as a question ("Consent obtained? Not yet – form taken home", "- Consent obtained?"). */
const consentQuestionRe = new RegExp(`^${CONSENT_FIELD_LABEL}[\\s*_]*\\?(?=[\\s*_]|$)`, 'i');

/** A template's question about consent is its field: the question mark is read as the field's colon, so the answer (or none) is read as one. */
function questionAsField(text: string): string {
  const word = consentWordRe.exec(text);
  if (!word) return text;
  const at = word.index + word[0].length;
  const question = consentQuestionRe.exec(text.slice(at));
  if (!question) return text;
  const mark = at + question[0].length - 1;
  return `${text.slice(0, mark)}:${text.slice(mark + 1)}`;
}

/**
 * A field inside a field's answer: a short label (no sentence or list in it) and what follows its colon. "Written DN
 * consent on file, Consent form signed (date): __/__/____" is a statement, then a field: the field does not undo it.
 */
// The lead is taken whole (a lookahead and its backreference make the run atomic): giving back a long run of spaces one
// at a time, each tried as the label's start, was quadratic.
const nestedFieldRe = /^(?=([\s*_]*))\1([^:.;,\n]{1,60}):([^\n]*)$/;

/**
 * Reads clauses in order: a later clause overrides an earlier one ("initially declined, then
 * consented"), except that a pending form does not undo consent already given ("verbal consent
 * obtained; written form to be signed next visit"), and a blank box does not undo an answer.
 * `explicit` is set for text under a consent heading or key, where every clause is about consent.
 */
/** A field's printed choices: "verbal/written", "verbal / written / declined". */
const CHOICES = String.raw`(?:[^()/:\n]{1,20}\/)+[^()/:\n]{1,20}`;
/** The choices in brackets before a field's colon: "(verbal/written)". */
const choicePromptRe = new RegExp(String.raw`\(${CHOICES}\)(?=[\s*_]*:)`, 'g');
/** A field's label that is only its printed choices ("Consent - verbal/written: ___"). */
const choicesOnlyRe = new RegExp(String.raw`^[\s*_]*${CHOICES}[\s*_]*$`);
/** The printed choices, then the blank beside them, no colon between ("**Consent:** Verbal/written ___", "Yes / No ____"). */
const choicesThenBlankRe = /^(?=([\s*]*))\1(?:[^()/:\n_]{1,20}\/[ \t]?)+[^()/:\n_\s]{1,20}([^\n]*)$/;
const choicesLeftBlank = (answer: string): boolean => {
  const blank = choicesThenBlankRe.exec(answer)?.[2];
  return blank !== undefined && blank.trim() !== '' && blankValue.test(blank);
};

/** "written consent form", "written DN consent form", "written dry needling consent form", "written DN/acupuncture consent form": the form a consent is written on, not consent given. */
const writtenFormRe = /\bwritten\s+((?:[\w/&+-]+\s+){0,3}(?:form|sheet|paperwork))\b/gi;

/** "- Internal vaginal examination: verbal consent obtained": a short label, its colon, and a word or two before the consent word. */
const labelBeforeWordRe = /^[\s*_>#-]*([^:.;\n]{1,60}):[\s*_]*(?:[\p{L}/-]+\s+){0,2}$/u;

/**
 * "**Consent — internal exam:** verbal consent obtained; chaperone offered and declined", "Internal exam:
 * verbal consent obtained": a consent field whose label names something other than needling is about that,
 * on a line that names no needling. The label may come after the consent word or before it.
 */
function labelledOtherObject(text: string, word: RegExpExecArray): boolean {
  if (needlingTermRe.test(text)) return false;
  const before = text.slice(0, word.index);
  const label = labelBeforeWordRe.exec(before);
  if (label) return objectOf(label[1].replace(/[*_()]/g, ' ')).kind === 'other';
  const colon = text.indexOf(':', word.index);
  if (colon < 0 || colon - word.index > 60 || !/^[\s*_>#-]*$/.test(before)) return false;
  return objectOf(text.slice(word.index + word[0].length, colon).replace(/[*_()]/g, ' ')).kind === 'other';
}

/** What a text says of consent, remembered by text for each vocabulary and context (most lines are read again at every re-lint). */
const consentMemos = new WeakMap<object, Array<(raw: string) => ConsentStatus | undefined>>();
const NO_VOCABULARY = {};
export function classifyConsent(raw: string, explicit = false, vocab?: Vocabulary): ConsentStatus | undefined {
  const key = vocab ?? NO_VOCABULARY;
  let memos = consentMemos.get(key);
  if (!memos) consentMemos.set(key, (memos = [false, true].map((explicitContext) => memoByText((text) => readConsent(text, explicitContext, vocab)))));
  return memos[explicit ? 1 : 0](raw);
}

function readConsent(raw: string, explicit: boolean, vocab?: Vocabulary): ConsentStatus | undefined {
  // "Consent (Y/N):", "DN consent (verbal/written):" are form prompts, not answers.
  // Bold says nothing of consent ("**Consents:** Internal exam - n/a. Dry needling - …" reads as without it); "__" may be a blank, so it stays.
  const text = questionAsField(withoutUnticked(raw.replace(/\*\*/g, '').replace(/\(?\bY\s*\/\s*N\b\)?/gi, '').replace(choicePromptRe, '')));
  const word = consentWordRe.exec(text);
  // A blank field the line opens with answers it; one after another clause is weighed with it, below.
  if (word && blankField(text, word) && clauses(text.slice(0, word.index)).length <= 1) return 'blank';
  if (word && labelledOtherObject(text, word)) return undefined;
  if (word && answeredNo(text, word)) return 'refused';
  const context = explicit ? 'explicit' : word ? 'implicit' : 'none';
  // Outside a consent field, a clause says something of consent only with the word, a needling term or the patient's
  // agreement after the risks (most lines have none of them).
  if (context === 'none' && !needlingTermRe.test(text) && !((agreementRe.test(text) || continuingAgreementRe.test(text)) && risksTold(text))) return undefined;
  let status: ConsentStatus | undefined;
  let onlyDiscussed = false;
  let needlingEarlier = false;
  let risksEarlier = false;
  const agentLabelled = otherAgentLabelRe.test(text);
  for (const c of clauses(text)) {
    // A later field left blank ("…will sign and bring back. Verbal consent: ___") answers nothing.
    const own = consentWordRe.exec(c);
    // "Consent: DN refresher on risks (…). Verbal.": a clause that is only an answer answers the consent label, when nothing
    // before it in the statement did ("Consent: declined. Verbal." stays refused).
    const s = own && blankField(c, own) ? 'blank'
      : classifyConsentClause(c, { context, vocab, needlingEarlier, risksEarlier, agentLabelled }) ?? (context === 'implicit' && !own && status === undefined ? bareAnswer(c) : undefined);
    risksEarlier ||= risksTold(c);
    needlingEarlier ||= needlingTermRe.test(c) || risksEarlier;
    if (!s) continue;
    if (s === 'pending' && status === 'given' && !onlyDiscussed) continue;
    // "Risks of DN reviewed with pt" then "Informed consent for DN obtained: ***": the consent's own field left blank
    // says more than the discussion before it, which counted as consent only for want of a field.
    if (s === 'blank' && status && !(status === 'given' && onlyDiscussed)) continue;
    // "consent form given today; pt will read, sign and return": the form was handed over, so what is pending wins.
    // "written consent form reviewed with pt": "written" names the form, which was only gone through.
    const given = c.replace(informationHandedRe, ' ').replace(writtenFormRe, '$1');
    const discussed = s === 'given' && ((!givenBeyondDiscussionRe.test(given) && !informedConsentRe.test(c)) || formHandedOver(c, false));
    // "… pt will sign and return next visit. Risks reviewed: soreness, bruising": the risks gone through after the
    // form still to sign, a refusal or a blank field do not make it given.
    // An agreement after a refusal ("Declined IMES (e-stim via needles) today; happy to proceed with IMS") answers it.
    if (discussed && status && status !== 'given' && !(status === 'refused' && agreementRe.test(c))) continue;
    onlyDiscussed = discussed;
    status = s;
  }
  return status;
}


/** A tick box opening a checklist line: "[ ]", "[x]", "☐", "☒". */
const leadingBoxRe = new RegExp(`^[\\s*_-]*(?:${TICK_BOX})\\s*`);

/** "IMS:", "Dry needling: ___", "Photos - n/a": a field and its answer (empty when left blank). */
const fieldRe = /^[^:\n]{1,60}?(?::|\s[-–—]\s)(.*)$/;

/** A consent label followed on its line by two or more fields, a sentence each: "Consents: Internal exam - n/a. Dry needling - written on file." */
function fieldsAfterLabel(text: string): string | undefined {
  const label = consentLabelRe.exec(text);
  if (!label) return undefined;
  // A field left empty keeps only its cut: "Dry needling:;" is "Dry needling:".
  const parts = text.slice(label[0].length).replace(/^[\s*_]+/, '').split(/(?<=[.;])\s+/).map((p) => p.trim().replace(/;$/, '')).filter(Boolean);
  if (!parts.length || !fieldRe.test(parts[0])) return undefined;
  // A sentence that is no field goes on with the field before it ("Dry needling - verbal today; risks incl. PTX explained.").
  const fields: string[] = [];
  for (const p of parts) {
    if (fieldRe.test(p) || !fields.length) fields.push(p);
    else fields[fields.length - 1] += ' ' + p;
  }
  return fields.length >= 2 ? fields.join('\n') : undefined;
}

/**
 * What the answer under a consent label says. "Consents:" over "- Photos: verbal OK" and "- IMS:", or over
 * "- [ ] IMS / dry needling" and "- [x] Taping", lists consents by object, a tick box or a field each: the
 * lines that name the needling are its answer. Otherwise lines about another object (photos, taping, an
 * examination) say nothing of the needling, and the rest is read. The needling's own lines are blank when
 * each is a field left empty; nothing is said of the needling when every line is about something else.
 */
/** A line that opens with a field's label and its colon ("**Consent — internal exam:** …"). */
const fieldLabelRe = /^[*_]*[A-Za-z][^:\n]{0,40}:/;

function answerStatus(answer: string, vocab: Vocabulary): ConsentStatus | undefined {
  const lines = answer.split('\n');
  const namesNeedling = (line: string) => {
    const item = line.replace(leadingBoxRe, '');
    return needlingTermRe.test(item) || acupunctureObject.test(item);
  };
  const byObject = lines.length > 1 && lines.every((line) => leadingBoxRe.test(line) || fieldRe.test(line));
  // A line about the consent itself, naming no other object ("[x] Consent form given today; pt will sign and return"), speaks for the needling too.
  // … as the line opens ("[x] Internal exam - consented") or as its consent word goes on ("verbal consent for internal examination obtained").
  const aboutAnother = (line: string) => {
    const clean = line.replace(leadingBoxRe, '').replace(/[*_()]/g, ' ');
    const word = consentWordRe.exec(clean);
    return objectOf(clean).kind === 'other' || (word !== null && objectOf(clean.slice(word.index + word[0].length).replace(/^[\s:–—-]+/, '')).kind === 'other');
  };
  const aboutConsent = (line: string) => consentWordRe.test(line) && !aboutAnother(line);
  const named = byObject && lines.some(namesNeedling) ? lines.filter((line) => namesNeedling(line) || aboutConsent(line)) : [];
  const kept = named.length ? named : lines.filter((line) => namesNeedling(line) || !aboutAnother(line));
  if (!kept.length) return undefined;
  // A field named in two parts ("**Consent — dry needling (verbal/written):** ___") holds what follows its second colon.
  const valueOf = (line: string) => (fieldRe.exec(line)?.[1] ?? 'answered').replace(/^[^:\n]{0,60}:(?=[*_\s]|$)/, '');
  if (kept.length < lines.length && kept.every((line) => blankValue.test(valueOf(line)))) return 'blank';
  // The lines that name consent say what was given, as under a consent heading: "[x] DN info sheet given" beside
  // "[x] Consent form given today; pt will sign and return next visit" is information beside pending consent.
  const naming = kept.filter((line) => consentWordRe.test(line));
  const read = naming.length && naming.length < kept.length ? naming : kept;
  return classifyConsent(read.length === lines.length ? answer : read.join('\n'), true, vocab) ?? 'given';
}

/**
 * A form table's row as its field: the cell naming consent is the question, the other cells its answer
 * ("| DN consent form signed and on file | No - form given today |" is "…: No - form given today").
 * `blank` when every other cell is empty: the form's field left unanswered. Undefined for a row that names no consent.
 */
function formField(cells: readonly string[]): { field: string; blank: boolean } | undefined {
  const question = cells.findIndex((c) => consentWordRe.test(c));
  if (question < 0 || cells.length < 2) return undefined;
  const answers = cells.filter((c, i) => i !== question && c && !blankValue.test(c));
  return { field: `${cells[question]}: ${answers.join(', ')}`, blank: !answers.length };
}

/** A line of the text under a heading as its field: a table row by its cells, any other line as it is. */
function lineField(line: string): { field: string; blank: boolean } {
  const row = /^\s*\|.*\|\s*$/.test(line) ? formField(line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim())) : undefined;
  return row ?? { field: line, blank: untickedItem(line) };
}

export function findConsent(units: readonly Unit[], vocab: Vocabulary, frontMatter?: Record<string, unknown>, inSubjective: (u: Unit) => boolean = () => false): ConsentStatement[] {
  const out: ConsentStatement[] = [];
  const fm = frontMatter?.consent;
  if (fm !== undefined) {
    // Front matter sits above everything else, so it comes first in document order.
    const text = fm === null ? '' : typeof fm === 'string' ? fm : typeof fm === 'boolean' ? (fm ? 'yes' : 'no') : JSON.stringify(fm);
    const status = !text.trim() || blankValue.test(text) ? 'blank' : (classifyConsent('consent: ' + text, true, vocab) ?? 'given');
    out.push({ unit: -1, start: 0, end: 0, status, text: 'consent: ' + text });
  }
  const isHeading = (h: string) => /\bconsent\b/.test(h);
  const listsRead = new Set<number>();
  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      if (!isHeading(u.text.toLowerCase())) return;
      const body = blockText(units, i, isHeading);
      const inner = body.slice(u.text.length).trim();
      // "## Consent checklist" over "- Written consent signed: [ ] Yes [x] No …" and "- Risks reviewed: [x] Yes": the lines that
      // name consent say what was given; the other boxes ticked under the heading (risks, screen) are not consent.
      // A form table's rows say what their answer cells say ("### Consent" over "| DN consent form signed | |"): rows left unanswered are blank.
      const naming = inner.split('\n').filter((line) => consentWordRe.test(line)).map(lineField);
      const answered = naming.filter((f) => !f.blank).map((f) => f.field);
      const status = !inner || (naming.length && !answered.length) ? 'blank'
        : (classifyConsent(answered.length ? answered.join('\n') : inner, true, vocab) ?? 'given');
      out.push({ unit: i, start: u.start, end: u.start + u.text.length, status, text: body });
      return;
    }
    const text = rowText(u, consentWordRe);
    // "Consents: Internal exam - n/a. Dry needling - written on file. Photos - n/a.": fields by object on the label's own line.
    const fields = u.kind === 'row' ? undefined : fieldsAfterLabel(text);
    let status = fields ? answerStatus(fields, vocab) : u.kind === 'row' && formField(u.cells!.map((c) => c.text.trim()))?.blank ? 'blank' : classifyConsent(text, false, vocab);
    const refusesSome = status !== 'refused' && (refusalRe.test(text) || /\bnot\s+consent/i.test(text));
    const labelOnly = u.kind === 'line' && consentLabelOnlyRe.test(text);
    if (!status && !refusesSome && !labelOnly) return;
    // The first consent item of a checklist speaks for the whole list ("- [x] Written consent on file" over
    // "- [x] Risks reviewed: … PTX"); the others keep their own line, so a long list is read once.
    const checklist = consentListOf(units, i);
    const wholeList = checklist && !listsRead.has(checklist.first);
    if (checklist) listsRead.add(checklist.first);
    let body = u.kind === 'row' ? text
      : wholeList ? units.slice(checklist.first, checklist.last + 1).map((v) => v.text).join('\n')
        : withinOwnSection(u, blockText(units, i, isHeading), consentWordRe.exec(text)?.index ?? -1);
    // A label with its answer below ("Consent:", "**Consents (intake checklist):**" over a list) says what the answer says.
    const answer = status === 'blank' || labelOnly ? answerUnderLabel(units, i, consentTalkRe) : undefined;
    if (answer !== undefined) {
      // A value typed on the line under its label reads as typed after it ("Consent:" over "pt undecided about DN, will discuss next session").
      // A line of fields ("**Consent — internal exam:** …") is read field by field, by answerStatus.
      const typedOn = typedOnUnder(units, i) && !fieldLabelRe.test(answer) ? classifyConsent(`${text} ${answer.split('\n')[0]}`, false, vocab) : undefined;
      // … unless the answer is about another consent (an internal exam's), which answerStatus leaves out.
      const fromAnswer = answerStatus(answer, vocab);
      // Only consent read as given gives way: the whole answer's blank field, form still to sign or refusal says more
      // than its first line read with the label ("INFORMED CONSENT:" over "Risks … discussed" and "to sign at next visit").
      status = fromAnswer === 'given' && typedOn && typedOn !== 'blank' ? typedOn : fromAnswer;
      // "INFORMED CONSENT:" over "Risks of DN reviewed with pt" and "Informed consent for DN obtained: ***": the
      // section's own consent field, left blank, answers it; the discussion typed before the field does not.
      const field = units[i + 1 + answer.split('\n').length];
      if (status === 'given' && field?.block === u.block && classifyConsent(`${answer}\n${field.text}`, true, vocab) === 'blank') status = 'blank';
      body = text + '\n' + answer;
    }
    const at = { unit: i, start: u.start, end: u.start + u.text.length, text: body };
    // "S: … Agreeable to trying DN after education last visit": the patient's willingness, reported; not consent given.
    // On a line that also names consent, only its sentences that name it say what was given ("… Agreeable to trying DN
    // at eval. Took the DN consent form home but forgot to bring it back.").
    // The risks gone through today, and the agreement after them, are the clinician's account of consent wherever they are written
    // ("Subjective: … risks explained again, soreness, bruising, and she gave verbal OK").
    if (status === 'given' && inSubjective(u)) {
      const sentences = clauseSpans(text).map((c) => text.slice(c.start, c.end));
      const risksToday = sentences.findIndex(risksToldToday);
      const read = sentences.filter((c, k) => consentWordRe.test(c) || (risksToday >= 0 && k >= risksToday));
      if (!read.length) return;
      status = classifyConsent(read.join('. '), false, vocab);
      if (!status) return;
    }
    const labelled = status === 'refused' ? refusedLabelled(text, vocab) ?? refusedOffer(text, vocab) : undefined;
    if (labelled) {
      // "pt gave verbal consent. DN to R levator scapulae offered; pt declined today": the rest of the line still consents.
      const rest = classifyConsent(labelled.clauses.reduce((t, c) => t.replace(c, ' '), text), false, vocab);
      if (rest && rest !== 'refused') out.push({ ...at, status: rest });
      out.push({ ...at, status: 'refused', scope: labelled.scope });
    } else if (status) out.push({ ...at, status });
    // A refusal of one part is kept on its own, even when the line also consents to the rest.
    if (status !== 'refused' && refusesSome) {
      const scope = refusedPart(text, vocab);
      if (scope) out.push({ ...at, status: 'refused', scope });
    }
  });
  return out;
}

/** "Pt withdrew consent; needling stopped and all needles removed": the withdrawal was honoured. */
const needlingStoppedRe = new RegExp(
  `${BEFORE}(?:${alternation(STOPPED_TERMS)}|no further (?:${alternation(NEEDLING_TERMS)}|needles?)|needles? (?:were |was )?(?:all )?${OUT_SOURCE}`
    + `|(?:all )?needles ${OUT_SOURCE}|${OUT_SOURCE} (?:all )?(?:the )?needles?)${AFTER}`,
  'i',
);
export const needlingStopped = (text: string) => needlingStoppedRe.test(text);
