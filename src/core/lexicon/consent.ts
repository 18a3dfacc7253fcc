// Words of informed consent: asking for it, giving it, refusing, withdrawing, putting it off.
import { CROSS_CHARACTERS, TICK_CHARACTERS } from './labels';
import { NEGATED_BE_TERMS, NEGATED_VERB_TERMS, NEGATION_TERMS, UNWILLING_TERMS } from './negation';
import { ACUPUNCTURE_TERMS, NEEDLING_OR_ACUPUNCTURE_NAMES, NEEDLING_TERMS } from './needling';
import { AFTER, alternation, BEFORE, words } from './pattern';
import { NEXT_VISIT_TERMS, WEEKDAY_SOURCE } from './time';
import { CONDITION_TERMS } from './status';
import { OTHER_TREATMENT_TERMS } from './treatments';
import { ONE_SIDE_SOURCE } from './sides';
import { TOLD_TERMS } from './aftercare';
import { RISK_TERMS } from './responses';

/** Chart shorthand that says consent was obtained by itself: "DCO" (dry needling consent obtained). */
// "VCO", "VC gained", "IC signed": verbal or informed consent, as UK and US charts shorten it. A bare "VC" is not here: in a
// US note it is as often verbal cues ("VC for form"), and a bare "IC" is the iliac crest.
// Also with what it was for between ("VC for DN gained", "IC for IMS signed", "VC for acupuncture gained").
const SHORTHAND_FOR: readonly string[] = ['', ...NEEDLING_OR_ACUPUNCTURE_NAMES.map((name) => `for ${name} `), 'to DN '];
const CONSENT_OBTAINED_SHORTHAND: readonly string[] = [
  'DCO', 'VCO', 'VCG',
  // Not "given": "VC given for posture" is verbal cues.
  ...['VC', 'IC'].flatMap((c) => SHORTHAND_FOR.flatMap((what) => ['obtained', 'gained', 'taken', 'signed', 'confirmed', 're-confirmed', 'reconfirmed'].map((v) => `${c} ${what}${v}`))),
];
// "consentimiento": Spanish, as bilingual US clinics chart it ("consentimiento verbal obtenido hoy"); "consentement": French, as
// bilingual Canadian clinics chart it ("consentement verbal obtenu").
export const CONSENT_TERMS: readonly string[] = ['consent', 'consented', 'consents', 'consenting', 'informed consent', 'consentimiento', 'consentement', ...CONSENT_OBTAINED_SHORTHAND];
export const consentObtainedShorthandRe = words(CONSENT_OBTAINED_SHORTHAND);

export const WITHDRAWAL_TERMS: readonly string[] = ['withdrew', 'withdraw', 'withdraws', 'withdrawn', 'withdrawing', 'revoked', 'revokes', 'revoking', 'rescinded', 'rescinds', 'rescinding', 'retracted'];

/** Words that open a clause about consent still to come ("Pending.", "Not yet - wants to think"). */
export const PENDING_OPENING_TERMS: readonly string[] = ['pending', 'awaiting', 'to be obtained', 'to be signed', 'not yet', 'tbd', 'tbc', 'deferred'];

/** Consent still to come: the form at home, a decision next visit. */
export const PENDING_TERMS: readonly string[] = [
  ...PENDING_OPENING_TERMS, 'to be discussed', 'to be completed', 'to be confirmed', 'to be reviewed', 'to be returned', 
  ...NEXT_VISIT_TERMS, 'once', 'when returned', 'when signed', 'will obtain', 'will be',
  // "will sign", and as speech shortens it ("says he'll drop it off signed Thursday").
  ...['sign', 'bring', 'return', 'drop', 'decide', 'consider', 'think'].flatMap((v) => ['will', "he'll", "she'll", "they'll", 'he’ll', 'she’ll', 'they’ll'].map((w) => `${w} ${v}`)),
  'wants to think', 'wants time to think', 'wants time', 'undecided', 'unsure', 'hesitant',
  'to sign', 'sign and return', 'sign & return', 'to return', 'taken home', 'take home', 'took home', 'to review at home', 'review at home', 'reviewing at home',
  'before next', 'before the next', 'prior to next', 'collect', 'to collect', 'chase', 'chase up',
  // The signed form to collect at a later visit: "collect signed consent", "F/u Thurs: grab signed consent form".
  ...['confirm', 'obtain', 'check', 'collect', 'get', 'retrieve', 'grab', 'pick up', 'fetch'].flatMap((v) => ['signed', 'the signed', 'his signed', 'her signed', 'their signed'].map((f) => `${v} ${f}`)),
  // "Took consent form home, hasn't signed it yet": a form not signed yet is consent still to come.
  // The same written out ("has not signed it yet", "the form has not been signed"), each way once.
  ...['signed', 'yet signed', 'returned', 'brought', 'been signed', 'been returned'].flatMap((done) => ['hasn\'t', 'hasn’t', 'has not', 'have not', "haven't", 'haven’t'].map((not) => `${not} ${done}`)),
  'not yet signed', 'yet to sign', 'yet to be signed', 'not yet returned', 'yet to return',
  // "gave him the DN form at IE — still not signed": the form handed over and waited for.
  'still not signed', 'not signed yet', 'still unsigned', 'still not returned', 'not returned yet', 'still not back',
  'to come back',
  // "Review on Thursday with his signed consent form": the form comes with a visit still to come.
  'review on',
  'to bring back', 'bring back', 'bring signed', 'bring the signed', 'bring in signed', 'bring in the signed', 'thinking about it', 'thinking it over', 'not signed yet', 'yet to sign', 'yet to be signed', 'unsigned',
  'sent home', 'to read',
  'to read and return', 'return signed', 'return the signed', 'bring back signed', 'awaiting signature', 'not yet signed',
  'bring it back', 'bring it in', 'sign and bring',
  // … and as it is happening: "shes bringing it back signed thurs".
  'bringing it back', 'bringing back', 'bringing it in', 'bringing in the signed', 'returning it',
  // "he'll sign and bring it back Thurs": the contraction of "will sign".
  ...['he', 'she', 'they', 'pt'].flatMap((who) => ['sign', 'bring', 'return'].flatMap((verb) => [`${who}'ll ${verb}`, `${who}’ll ${verb}`])),
];

/** What a consent form is called: its name, or in US federal and military clinics its number ("SF 522 given to SM"). */
export const CONSENT_FORM_TERMS: readonly string[] = ['form', 'sheet', 'paperwork', 'SF 522', 'SF522'];
export const CONSENT_FORM_SOURCE = `(?:${alternation(CONSENT_FORM_TERMS)})`;
/** Handing a form over, whichever way round it is written. */
const HANDED_OVER_TERMS: readonly string[] = ['given', 'handed', 'provided', 'sent'];
const HANDED_OVER_SOURCE = `${BEFORE}(?:${alternation(HANDED_OVER_TERMS)})${AFTER}`;
/** The form, then its handing over: "consent form + info sheet given to pt"; group 1 is the "to" or "home" after it. */
export const formGivenRe = new RegExp(`${BEFORE}${CONSENT_FORM_SOURCE}${AFTER}[^.;]{0,40}?${HANDED_OVER_SOURCE}(\\s+(?:to|home)\\b)?`, 'i');
// The consent's own form, not any sheet: "consent form", "DN consent paperwork".
const CONSENT_OF_FORM = `consent\\s+(?:[\\w/-]+\\s+)?${CONSENT_FORM_SOURCE}`;
/** The form gone home with the patient, unsigned: "Took the DN consent form home", "sent home with the consent form". */
export const formTakenHomeRe = new RegExp(
  `${BEFORE}(?:(?:took|taken|take|takes|taking)\\s+(?:[\\w/-]+\\s+){0,3}?${CONSENT_OF_FORM}\\s+home|home\\s+with\\s+(?:[\\w/-]+\\s+){0,3}?${CONSENT_OF_FORM})${AFTER}`, 'i');
/** The form done with: signed, returned, on file ("form signed at IA", "signed consent form on file"); not only handed over or reviewed. */
export const FORM_DONE_TERMS: readonly string[] = ['signed', 'on file', 'returned', 'received back', 'completed'];
/** Not after "not" or "never" ("DN form at IE, still not signed" is the form still to come). */
const NOT_DONE_YET = `(?<!${BEFORE}(?:not|never)\\s+(?:yet\\s+|been\\s+|yet\\s+been\\s+)?)`;
export const formDoneRe = new RegExp(
  `${BEFORE}${CONSENT_FORM_SOURCE}${AFTER}[^.;]{0,30}?${BEFORE}${NOT_DONE_YET}(?:${alternation(FORM_DONE_TERMS)})${AFTER}|${BEFORE}signed\\s+(?:consent\\s+)?${CONSENT_FORM_SOURCE}${AFTER}`, 'i',
);
/**
 * The needling's own form done with, which is its consent form: "signed DN form on file", "IMS paperwork signed". Only in these
 * two shapes: "get DN form back signed" is the form still to come, and "DN form" alone names no consent.
 */
const NEEDLING_FORM = `(?:${alternation(NEEDLING_OR_ACUPUNCTURE_NAMES)})\\s+(?:${alternation(['form', 'paperwork'])})`;
export const needlingFormDoneRe = new RegExp(`${BEFORE}signed\\s+${NEEDLING_FORM}${AFTER}|${BEFORE}${NEEDLING_FORM}\\s+(?:is\\s+)?(?:${alternation(['signed', 'on file', 'in chart'])})${AFTER}`, 'i');
/** The patient as the one handed it: "Was given DN consent form at last visit", "pt was handed the consent form". */
// … also with the "was" left out, opening the sentence ("Given the DN info sheet and written consent form last week").
export const formReceivedRe = new RegExp(
  `(?:\\b(?:was|were|been|is)\\s+|^\\s*|[.;:]\\s+)${HANDED_OVER_SOURCE}\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:[\\w/-]+\\s+){0,5}?${CONSENT_FORM_SOURCE}${AFTER}`, 'i',
);

/** Written information handed over ("IMS info sheet given"): giving it is not the patient's consent. */
export const INFORMATION_SHEET_TERMS: readonly string[] = [
  'info sheet', 'information sheet', 'info leaflet', 'information leaflet', 'leaflet', 'handout', 'brochure', 'pamphlet', 'patient information', 'PIL', 'fact sheet',
];

/** Information spoken to the patient ("DN education given", "advice provided"): giving it is not the patient's consent either. */
export const SPOKEN_INFORMATION_TERMS: readonly string[] = ['education', 'explanation', 'advice', 'information', 'info', 'teaching'];

/** Needling named as the topic of what the patient was told or given ("IMS education", "DN info sheet", "IMS consent form"): no needling done. */
export const needlingAsTopicAllRe = new RegExp(
  `${BEFORE}(?:${alternation(NEEDLING_TERMS)})\\s+(?:${alternation([...INFORMATION_SHEET_TERMS, ...SPOKEN_INFORMATION_TERMS, 'consent', 'consent form', 'discussion', 'risks'])})${AFTER}`, 'gu',
);

export const REFUSAL_TERMS: readonly string[] = [
  'declined', 'declines', 'declining', 'refused', 'refuses', 'refusal', 'refusing', 'unwilling', ...UNWILLING_TERMS,
  'does not agree', 'did not agree', 'does not consent', 'did not consent', "doesn't consent", "didn't consent",
  'not interested', 'not willing', 'not agreeable', 'opted out', 'opts out', 'opted against', 'opts against', 'said no', 'no to',
];

/**
 * What a "no" beside consent is about when it refuses nothing: "Consent obtained, no questions"; and the easy "no" of
 * agreement ("he said no worries", "no problem", "no objection").
 */
export const NOT_REFUSED_AFTER_NO: readonly string[] = [
  'questions', 'concerns', 'change', 'changes', 'contraindications', 'issues', 'problems',
  'worries', 'worry', 'problem', 'probs', 'prob', 'dramas', 'bother', 'objection', 'objections', 'issue', 'concern', 'question',
];

/** What a ticked box's label says for consent given ("☒ Yes", "[x] Verbal"), refused ("☒ No") or to come ("☒ Pending"). */
export const TICKED_GIVEN_TERMS: readonly string[] = ['yes', 'y', 'given', 'obtained', 'signed', 'agreed', 'verbal', 'written', 'done', 'on file', 'consented', ...TICK_CHARACTERS];
export const TICKED_REFUSED_TERMS: readonly string[] = ['no', 'n', 'declined', 'refused', 'not given', 'not obtained', 'withdrawn', ...CROSS_CHARACTERS];
export const TICKED_PENDING_TERMS: readonly string[] = ['pending', 'tbd', 'tbc', 'to follow', 'next visit', 'awaiting'];

/** Verbs that "not" or "never" turns into consent refused or never had ("consent not obtained"). */
export const NOT_GIVEN_VERBS: readonly string[] = ['obtained', 'taken', 'given', 'signed', 'received', 'documented', 'done'];

/** The verb a consent field's label may end with, before its colon ("Consent obtained:", "Consent for DN signed:"): the label, not the answer. */
export const CONSENT_FIELD_VERBS: readonly string[] = ['obtained', 'given', 'gained', 'signed', 'received', 'documented', 'confirmed'];
/** Consent said to be had today, in its own words ("verbal consent obtained", "consent re-confirmed"); a form's words say
 * how a form went ("consent form given" was handed over), and a negation takes it back ("consent not given"). */
const consentHadWordRe = words([...CONSENT_FIELD_VERBS, 're-confirmed', 'reconfirmed', 'taken']);
const consentFormWordRe = new RegExp(`${BEFORE}${CONSENT_FORM_SOURCE}${AFTER}`, 'i');
const negationWordRe = words([...NEGATION_TERMS]);
export const saysConsentHad = (text: string) => consentHadWordRe.test(text) && !consentFormWordRe.test(text) && !negationWordRe.test(text);


/** Withdrawal honoured: needling stopped ("DN discontinued", "no further needling"). */
export const STOPPED_TERMS: readonly string[] = ['stopped', 'stoped', 'discontinued', 'ceased', 'terminated', 'halted', 'ended', 'abandoned'];

export const GIVEN_TERMS: readonly string[] = [
  // "consent was taken": Indian and UK English.
  'obtained', 'obtenido', 'obtenu', 'obtenue', 'gained', 'taken', 'gone through', 'went through', 'signed', 'given', 'on file', 'in chart', 'in the chart',
  'verbal', 'verbally', 'written', 'reviewed', 'reconfirmed', 're-confirmed',
  'confirmed', 're-consented', 'reconsented', 'consented', 'consents', 'consenting', 'agrees', 'agreed', 'agree', 'yes', 'Y', 'provided', 'documented', 'informed', 'understood', 'received',
  'see previous', 'see prior', 'see initial', 'see last', 'see eval', 'see IE', 'per form', 'per chart', 'per IE', 'per eval', 'per initial eval', 'current', 'valid',
  // Consent carried over from an earlier visit, as the clinic's own words refer to it ("Consent: ongoing", "Consent: as before").
  'ongoing', 'as before', 'as previous', 'as previously', 'as per previous', 'as per last visit', 'as per last session', 'as last visit', 'as last session', 'unchanged',
];

/** Who is willing, before what they go on with: "happy to proceed", "keen to go ahead" (UK and Australian speech). */
const WILLING_TO: readonly string[] = [
  'wishes to', 'wished to', 'happy to', 'is happy to', 'was happy to', 'keen to', 'willing to', 'wants to', 'wanted to', 'chose to', 'would like to', 'OK to', 'okay to',
  // "Risks of DN gone over again, fine to go ahead": UK and Australian speech.
  'fine to', 'comfortable to',
];

export const AGREEMENT_TERMS: readonly string[] = [
  'agree', 'agrees', 'agreed', 'agreeable', 'elected', 'opted for',
  // Not "keen to try DN" or "keen to continue DN": an interest or a plan, often reported before the form still to sign.
  ...WILLING_TO.flatMap((willing) => ['proceed', 'go ahead'].map((onward) => `${willing} ${onward}`)),
  // The patient's yes in other words: "gave verbal OK", "permission given for DN", "said yes to DN", "happy for DN today", "good to go".
  ...['yes', 'yep', 'yeah', 'yup', 'sure', 'ok', 'okay', 'alright'].map((yes) => `said ${yes}`),
  'verbal OK', 'verbal okay', 'verbally OK', 'verbally okayed', "OK'd", 'okayed', "okay'd", 'gave permission', 'gives permission', 'permission given',
  'permission granted', 'permission obtained', 'happy for', 'good to go', 'verbal yes', 'a yes',
  // The patient's yes in their own words, as a dictating clinician reports it: "he said go for it", "she said to go ahead",
  // "he said fine go ahead" ("said fine" alone is as often how the patient felt).
  ...['said', 'said fine'].flatMap((said) => ['go for it', 'go ahead', 'to go ahead', 'to go for it'].map((onward) => `${said} ${onward}`)),
];

/** Paying for the visit: "elected self-pay", "agrees to pay", "ABN signed"; agreeing to pay is not consent to needling. */
export const PAYMENT_TERMS: readonly string[] = [
  'self-pay', 'self pay', 'private pay', 'cash pay', 'cash', 'pay', 'payment', 'fee', 'fees', 'cost', 'costs', 'charges', 'out of pocket', 'out-of-pocket', 'ABN',
];

/**
 * Someone other than the patient, whose agreement is not the patient's consent ("resume DN once GP
 * agrees"). A parent or guardian consenting for a minor is consent, so they are not here.
 */
export const OTHER_AGENT_TERMS: readonly string[] = [
  'GP', 'doctor', 'Dr', 'physician', 'surgeon', 'consultant', 'cardiologist', 'haematologist', 'hematologist', 'oncologist', 'specialist', 'MD', 'PCP',
  'insurer', 'case manager', 'employer', 'adjuster', 'ACC', 'WorkSafe', 'WorkSafeBC', 'WSIB', 'WCB', 'coach',
  // A student's note countersigned: "CI: agree" is the clinical instructor agreeing with the note.
  'CI', 'clinical instructor', 'supervisor', 'supervising PT', 'supervising therapist', 'preceptor', 'mentor', 'cosigner', 'co-signer', 'countersigned',
  'co-signed', 'cosigned',
  // A teaching clinic's attending attests a resident's note: "Attending attestation: I was present … and agree".
  'attending', 'attending attestation', 'attending PT', 'attending physician', 'attending therapist', 'teaching physician',
];

/**
 * What a clinician agrees with when co-signing, never what a patient consents to: "agree with the resident's note",
 * "agree with the above", "concur with the findings".
 */
export const AGREED_DOCUMENTS: readonly string[] = ['above', 'note', 'notes', 'documentation', 'findings', 'assessment', 'evaluation', 'write-up'];


/** What a consent statement may be about other than needling. */
/** An intimate examination, by where it is done and what it is called: "vaginal examination", "PR exam", "internal assessment". */
const INTIMATE_EXAMINATIONS: readonly string[] = ['internal', 'internal vaginal', 'internal rectal', 'pelvic', 'pelvic floor', 'rectal', 'vaginal', 'intimate', 'PV', 'PR', 'transvaginal', 'transrectal']
  .flatMap((site) => ['exam', 'examination', 'assessment'].map((what) => `${site} ${what}`));

export const OTHER_CONSENT_OBJECTS: readonly string[] = [
  ...OTHER_TREATMENT_TERMS, ...PAYMENT_TERMS, 'photos', 'photo', 'photographs', 'pictures', 'video', 'videos', 'recording', 'chaperone', 'interpreter', 'students', 'student',
  'observers', 'observer', 'handout', 'handouts', 'follow up', 'follow-up', 'appointment', 'referral', 'imaging', 'x-ray', 'x-rays', 'MRI', 'injections',
  'meds', 'medications', 'opioids', 'electric', 'electrical',
  // A team note's other consents: "Consent for release of info to FP signed" lets the notes be shared, not the needling.
  'release of info', 'release of information', 'release of records', 'ROI', 'information sharing', 'info sharing', 'sharing of information', 'share information',
  'share info', 'disclosure',
  // "Verbal consent for internal (rectal) pelvic floor exam obtained": an intimate examination is not the needling.
  'internal', ...INTIMATE_EXAMINATIONS,
];

export const NEEDLING_OBJECTS: readonly string[] = [...NEEDLING_TERMS, 'needles', 'needle', 'the procedure', 'procedure', 'treatment', 'tx', 'consent', 'it', 'this'];
/**
 * "Consent for acupuncture": UK, Irish and Australasian physios call needling acupuncture (ACUPUNCTURE_TERMS), so
 * consent to it is consent to the needling the note records; a refusal of it is not read as a refusal of needling,
 * since a note that names both ("declined acupuncture; consented to DN") tells them apart.
 */
export const ACUPUNCTURE_OBJECTS: readonly string[] = ACUPUNCTURE_TERMS;

/** Words right before "consent" that deny it: "no consent", "did not consent", "declined verbal consent". */
export const DENIED_BEFORE_CONSENT: readonly string[] = [...NEGATION_TERMS, ...NEGATED_VERB_TERMS, ...REFUSAL_TERMS];

export const consentWordRe = words(CONSENT_TERMS);
/** A line that speaks of consent, its answer or what the patient was told ("DN explained, risks incl. bruising"; "Dry needling - verbal today"). */
// … and its form ("Consent:" over "DN form went home with him at IA — still unsigned").
export const consentTalkRe = words([
  ...CONSENT_TERMS, ...GIVEN_TERMS, ...AGREEMENT_TERMS, ...REFUSAL_TERMS, ...PENDING_OPENING_TERMS, ...WITHDRAWAL_TERMS, ...TOLD_TERMS, ...RISK_TERMS,
  ...CONSENT_FORM_TERMS, 'unsigned',
]);
export const consentWordsRe = words(CONSENT_TERMS, { global: true });
// How a consent label opens ("Consent", "**Informed consent"), for the two shapes of label below.
const CONSENT_LABEL_WORDS = String.raw`(?:informed\s+)?consents?\b`;
/** A consent label with its colon: "Consent (verbal):", "Informed consent obtained:". */
export const consentLabelRe = new RegExp(String.raw`^[\s*_>#-]*${CONSENT_LABEL_WORDS}[^:\n]{0,30}:`, 'i');
/** A consent label alone on its line: "**Consent checklist**", "Informed consent:", "Consent (verbal/written):", "**Intake consents (on file):**". */
// A word or two may come before the label only when it ends in a colon: "Pt declined consent." is a statement.
export const consentLabelOnlyRe = new RegExp(
  String.raw`^[\s*_#-]*(?:${CONSENT_LABEL_WORDS}[\p{L}\s/()-]{0,30}?[\s*_:.-]*|(?:\p{L}+\s+){1,2}${CONSENT_LABEL_WORDS}[\p{L}\s/()-]{0,30}?:[\s*_]*)$`, 'iu',
);
/**
 * Consent to needling written right before a muscle ("Verbal consent to DN for R biceps femoris obtained"), or before the
 * list it ends ("consent to DN L pec minor and L infraspinatus obtained"): what was consented to, not a record. A word of
 * the answer or of time ends the consent's object ("consent to DN obtained, R UT …", "consent for DN today, R UT …").
 */
const LIST_WORD = `(?!(?:${alternation([...GIVEN_TERMS, 'today', 'now', 'again', 'pt', 'patient'])})${AFTER})[\\p{L}'-]+`;
const EARLIER_IN_LIST = `(?:(?:${LIST_WORD}\\s+){0,3}${LIST_WORD}\\s*(?:,|and|&|\\+|\\/)\\s*(?:the\\s+)?(?:${ONE_SIDE_SOURCE}\\s+)?){0,3}`;
export const consentToNeedlingBeforeRe = new RegExp(
  `(?:${alternation(CONSENT_TERMS)})(?:\\s+(?:${alternation(CONSENT_FIELD_VERBS)}))?\\s+(?:to|for)\\s+(?:${alternation(NEEDLING_TERMS)})\\s+`
    + `(?:(?:of|to|for|into|at|on|in)\\s+)?(?:the\\s+)?(?:${ONE_SIDE_SOURCE}\\s+)?${EARLIER_IN_LIST}$`,
  'iu',
);
export const withdrawalRe = words(WITHDRAWAL_TERMS);
const pendingConsentRe = words(PENDING_TERMS);
/** What a consent field's label may name after the word: "Consent form:", "INFORMED CONSENT ATTESTATION:", "Consent documentation:". */
export const CONSENT_FIELD_NOUNS: readonly string[] = ['form', 'attestation', 'documentation', 'verification', 'record'];
/** "risks reviewed once more": again, not the condition "once" opens ("once the form is signed"). */
export const AGAIN_TERMS: readonly string[] = ['once more', 'once again'];
const againAllRe = words(AGAIN_TERMS, { global: true });
/**
 * "Verbal consent for DN once risks explained", "… once we'd talked the risks through": "once" opening what was already told is "after", not a condition still
 * to be met ("once the form is signed", "once risks are explained next visit").
 */
const STILL_TO_COME_TERMS: readonly string[] = ['will', 'is', 'are', 'to be'];
/** What says the telling was already done: its verbs, and a past perfect ("once we'd talked the risks through"). */
const ALREADY_TOLD_TERMS: readonly string[] = [...TOLD_TERMS, 'talked', 'gone through', 'went through', 'covered', 'recapped', 'had', "we'd", "I'd", "she'd", "he'd", "they'd"];
const onceToldAllRe = new RegExp(
  `${BEFORE}once\\s+(?![^,.;]{0,40}${BEFORE}(?:${alternation(STILL_TO_COME_TERMS)})${AFTER})[^,.;]{0,40}?${BEFORE}(?:${alternation(ALREADY_TOLD_TERMS)})${AFTER}`, 'giu',
);
/** Consent still to come, in words other than "once more", "once again" or "once" before what was told. */
export const pendingConsentIn = (clause: string) => pendingConsentRe.test(clause.includes('nce ') ? clause.replace(againAllRe, ' ').replace(onceToldAllRe, ' ') : clause);

/**
 * What a refusal leaves today's needling untouched by: more of it ("declined further DN"), or a
 * visit still to come ("declined to come back for DN", "declined a follow-up session").
 */
export const FURTHER_TERMS: readonly string[] = ['further', 'more', 'additional', 'continued', 'remaining', 'rest of', 'another', 'future', 'ongoing', 'follow-up', 'follow up', 'repeat'];
/** How much, not whether: "didn't want too much dose 10 days out from a race", "did not want to overdo it" limit the needling done, as "more" does. */
export const DOSE_LIMIT_TERMS: readonly string[] = ['too much', 'too many', 'too hard', 'too aggressive', 'overdo', 'over-do', 'overload', 'push it', 'excessive'];
export const RETURN_TERMS: readonly string[] = ['come back', 'return', 'rebook', 're-book', 'book', 'book in', 'attend', 'continue', 'carry on'];
/** A refusal's object that is more of the needling, or too much of it, or coming back for it: "declined more needles", "did not want to overdo it". */
export const furtherObjectRe = new RegExp(`^[\\s:,\\-–—]*(?:(?:to|for|with)\\s+)?(?:(?:any|a|an)\\s+)?(?:${alternation([...FURTHER_TERMS, ...DOSE_LIMIT_TERMS, ...RETURN_TERMS])})${AFTER}`, 'i');

/** Seeing the patient again: "review", "RV", "f/u". */
export const FOLLOW_UP_TERMS: readonly string[] = ['review', 'RV', 'r/v', 'f/u', 'FU', 'follow up', 'follow-up', 'recheck', 're-check', 'reassess', 'rebook', 're-book', 'see', 'return'];
/**
 * "Review 1/52 w/ signed consent form", "r/v 1/52 w signed consent form", "f/u next wk with the signed form": the signed form comes
 * with the next visit, so it is still to come. An interval is weeks (1/52), days (3/7), months
 * (1/12), "2 wks" or a weekday ("Review Thurs with signed consent form"); the form follows within a few words.
 */
const INTERVAL = String.raw`(?:\d{1,2}\s*\/\s*(?:52|12|7)|\d{1,2}\s*(?:wks?|weeks?|days?|d)|next\s+\w+|(?:on\s+)?${WEEKDAY_SOURCE})`;
/** Words that say the form has come back already: "consent form came back Tues, signed". The space after them is
 * bounded: the lookbehind is tried at every position, and an unbounded one rescanned a long run of spaces each time. */
const RETURNED_VERBS: readonly string[] = ['came', 'brought', 'handed', 'sent', 'got', 'was', 'were'];
/** Parts of the note itself, named after the consent word: "the consent line needs completing", "consent field left empty". */
const NOTE_PART_TERMS: readonly string[] = ['line', 'lines', 'field', 'fields', 'section', 'box', 'boxes', 'entry', 'prompt', 'question'];
/** A consent word that names a part of the note, not a label with its answer ("Consent section: verbal"). */
export const notePartAfterConsentRe = new RegExp(`^[\\s*_]*(?:${alternation(NOTE_PART_TERMS)})${AFTER}(?![\\s*_]*[:–—])`);
/** A signed form still to come back: "Signed DN form back Fri — scan to chart", "signed IMS consent due back next visit". */
export const formBackLaterRe = new RegExp(
  `(?<!${BEFORE}(?:${alternation(RETURNED_VERBS)})[ \\t]{1,4})${BEFORE}(?:due\\s+)?back\\s+(?:in\\s+|by\\s+)?${INTERVAL}${AFTER}`, 'i',
);
export const signedFormAtFollowUpRe = new RegExp(
  `${BEFORE}(?:${alternation(FOLLOW_UP_TERMS)})${AFTER}(?:\\s+(?:in|at))?\\s+${INTERVAL}${AFTER}`
  + String.raw`[^.;]{0,20}?\b(?:w\/|w|with)\s+(?:the\s+|a\s+)?signed\b`,
  'i',
);
/** Risks put to the patient: told, or gone through ("I went through the risks again and he was happy for me to go ahead"). */
export const risksPutRe = words([...TOLD_TERMS, 'went through', 'gone through', 'ran through', 'run through', 'talked through']);
/** A refusal; a "said no" the words after it make agreement ("said no worries") is none. */
export const refusalRe = new RegExp(`${BEFORE}(?:${alternation(REFUSAL_TERMS)})${AFTER}(?!(?<=${BEFORE}[nN][oO])\\s+(?:${alternation(NOT_REFUSED_AFTER_NO)})${AFTER})`);
/**
 * The sheet or the education and its handing over: "IMS info sheet given", "leaflet provided to pt", "DN education given",
 * also with the form it came in ("written info given": the information was written, not the consent).
 */
const INFORMATION_FORM_TERMS: readonly string[] = ['written', 'printed', 'verbal'];
const INFORMATION_HANDED_TERMS: readonly string[] = ['given', 'provided', 'handed', 'handed over', 'issued', 'supplied', 'received'];
const INFORMATION = alternation([...INFORMATION_SHEET_TERMS, ...SPOKEN_INFORMATION_TERMS]);
export const informationHandedRe = new RegExp(
  `${BEFORE}(?:(?:${alternation(INFORMATION_FORM_TERMS)})\\s+)?(?:${INFORMATION})${AFTER}[^.;,]{0,30}?${BEFORE}(?:${alternation(INFORMATION_HANDED_TERMS)})${AFTER}`, 'g',
);
export const givenRe = words(GIVEN_TERMS);
/** Words that say consent was talked through, not that it was given: a form to sign later outweighs them ("consent form reviewed w/ pt; will sign and return"). */
export const DISCUSSED_ONLY_TERMS: readonly string[] = ['reviewed', 'gone through', 'went through', 'provided', 'received', 'informed', 'understood'];
export const givenBeyondDiscussionRe = words(GIVEN_TERMS.filter((t) => !DISCUSSED_ONLY_TERMS.includes(t)));
export const agreementRe = words(AGREEMENT_TERMS);
/** The act before a refused site: "did not want to try piriformis", "declined to have the neck". */
export const REFUSED_ACT_TERMS: readonly string[] = ['try', 'have', 'get', 'trial'];
/** Said after a refused site: "did not want her neck needled", "didn't want the L side done today". */
export const REFUSED_SITE_DONE_TERMS: readonly string[] = [
  'needled', 'dry needled', 'done', 'treated', 'touched', 'needled today', 'done today', 'treated today', 'touched today', 'today', 'this visit', 'this session', 'for now',
];
export const refusedActSource = alternation(REFUSED_ACT_TERMS);
export const refusedSiteDoneSource = alternation(REFUSED_SITE_DONE_TERMS);
/**
 * Where a refused site's words end: a comma or turn, or the next consent or agreement, which starts
 * a statement of its own ("pt declined DN to neck today verbal consent to DN low back obtained").
 */
export const refusedSiteEndRe = new RegExp(`[,;]|\\b(?:but|then)\\b|${BEFORE}(?:${alternation([...CONSENT_TERMS, ...AGREEMENT_TERMS])})${AFTER}`, 'i');
export const agreementAllRe = words(AGREEMENT_TERMS, { global: true });
/**
 * Going on with the needling ("happy to carry on", "keen to continue", "happy to go on with DN"): on a consent line it answers the consent; elsewhere
 * it is as often a plan ("keen to carry on with HEP", "keen to continue DN next week"), so it is read there only. "cont" is
 * continue as clinicians shorten it ("pt happy to cont").
 */
const GOING_ON_TERMS: readonly string[] = ['carry on', 'continue', 'cont', 'go on', 'keep going', 'get going', 'get started'];
export const continuingAgreementRe = words(WILLING_TO.flatMap((willing) => GOING_ON_TERMS.map((onward) => `${willing} ${onward}`)));
/** A denial right before an agreement, which makes it a refusal: "did not agree", "was not happy to go ahead", "wasn't keen to proceed". */
const AGREEMENT_DENIED_BY: readonly string[] = [...NEGATION_TERMS, ...NEGATED_VERB_TERMS, ...NEGATED_BE_TERMS];
export const agreementDeniedBeforeRe = new RegExp(`${BEFORE}(?:${alternation(AGREEMENT_DENIED_BY)})\\s*$`, 'i');
/** What stands right before an agreement that is not the patient's consent today: another agent, also as a label ("CI: agree"), or a condition a few words back (no comma between). */
export const notPatientsAgreementRe = new RegExp(
  `${BEFORE}(?:(?:${alternation(OTHER_AGENT_TERMS)})\\s*[:–—-]?|(?:${alternation(CONDITION_TERMS)})(?:\\s+[^\\s,;:]+){0,3})\\s*$`,
);
/** After an agreement: the note or its findings as the object ("… agree with the resident's note", "agree with the above"). */
export const agreedWithDocumentRe = new RegExp(`^\\s+with\\s+(?:(?:the|this|my|your|their)\\s+)?(?:[\\w.-]+['’]s?\\s+)?(?:${alternation(AGREED_DOCUMENTS)})${AFTER}`, 'i');
/** A line labelled with another agent ("Supervising PT: present for DN; agree."): its agreements are theirs, with the note. */
export const otherAgentLabelRe = new RegExp(`^[\\s*_>-]*(?:${alternation(OTHER_AGENT_TERMS)})[\\s*_]*[:–—]`);
export const OTHER_OBJECTS_SOURCE = alternation(OTHER_CONSENT_OBJECTS);
export const NEEDLING_OBJECTS_SOURCE = alternation(NEEDLING_OBJECTS);
/** A refused site told by pointing back to what was named before: "L glute min tender – pt declined DN there", "declined needling to that area". */
export const SITE_NAMED_BEFORE_TERMS: readonly string[] = [
  'there', 'to it', 'to them', 'to that', 'to those', 'to that area', 'to that muscle', 'to that side', 'to that spot', 'at that site', 'in that area', 'that area', 'that muscle', 'that one',
];
export const siteNamedBeforeRe = new RegExp(`^[\\s:,]*(?:(?:${alternation(NEEDLING_TERMS)})\\s+)?(?:${alternation(SITE_NAMED_BEFORE_TERMS)})${AFTER}`, 'i');
export const ACUPUNCTURE_OBJECTS_SOURCE = alternation(ACUPUNCTURE_OBJECTS);

const opening = (list: readonly string[]) => new RegExp(`^(?:${alternation(list)})${AFTER}`);
export const tickedGivenRe = opening(TICKED_GIVEN_TERMS);
export const tickedRefusedRe = opening(TICKED_REFUSED_TERMS);
export const tickedPendingRe = opening(TICKED_PENDING_TERMS);
/**
 * A clause that is only a field's answer, one of the list's words or several joined ("Verbal.", "verbal + written"): under a
 * consent label it answers the label ("Consent: DN refresher on risks (…). Verbal."). "No" and a cross are left out, as a
 * bare "No." after other clauses more often answers another question ("Questions? No.").
 */
const wholeAnswer = (list: readonly string[]) => {
  const one = `(?:${alternation(list)})${AFTER}`;
  return new RegExp(`^[\\s*_>-]*${one}(?:\\s*(?:[+&/,]|and${AFTER})\\s*${one})*[\\s.;:!*_]*$`);
};
export const bareGivenAnswerRe = wholeAnswer(TICKED_GIVEN_TERMS);
export const barePendingAnswerRe = wholeAnswer(TICKED_PENDING_TERMS);
export const bareRefusedAnswerRe = wholeAnswer(TICKED_REFUSED_TERMS.filter((t) => !['no', 'n', ...CROSS_CHARACTERS].includes(t)));
export const pendingOpeningRe = new RegExp(`^\\W*(?:${alternation(PENDING_OPENING_TERMS)})${AFTER}`);
export const notGivenRe = new RegExp(`${BEFORE}(?:not|never)\\s+(?:been\\s+)?(?:${alternation(NOT_GIVEN_VERBS)})${AFTER}`, 'i');
