// Words of aftercare: what the patient is told to expect and do after needling, and the warning
// signs of a pneumothorax.
import { NEGATION_QUALIFIERS, NEGATION_TERMS } from './negation';
import { RISK_TERMS } from './responses';
import { AFTER, alternation, BEFORE, LABEL_ASIDE, WORD_START, words } from './pattern';
import { AS_NEEDED_TERMS, COMING_HOURS_TERMS, HOUR_DAY_UNITS, NEXT_VISIT_TERMS, WORDED_SPAN_SOURCE } from './time';
import { NEEDLING_NAMES, NEEDLING_OR_ACUPUNCTURE_NAMES } from './needling';

/** What comes after needling, before what the patient is given for it ("post-tx advice", "post needling instructions"). */
const AFTER_WHAT: readonly string[] = [...NEEDLING_OR_ACUPUNCTURE_NAMES, 'needle', 'treatment', 'tx', 'procedure'];
const AFTER_NEEDLING_ADVICE: readonly string[] = AFTER_WHAT.flatMap((what) => ['post-', 'post '].flatMap((post) => ['care', 'instructions', 'advice', 'education'].map((given) => `${post}${what} ${given}`)));

/** Labels and headings that name aftercare itself. */
export const AFTERCARE_TERMS: readonly string[] = [
  'aftercare', 'after-care', 'after care', ...AFTER_NEEDLING_ADVICE, 'home care', 'home-care', 'home instructions', 'discharge instructions',
  'care instructions', 'aftercare handout', 'aftercare advice', 'aftercare instructions', 'aftercare education', 'post-care', 'postcare',
  // UK general practice and physiotherapy: advice on when and where to seek help ("Safety netted re PTX symptoms").
  'safety netting', 'safety-netting', 'safety netted', 'safety-netted',
];

/** Headings over advice that is aftercare only when its lines name a topic ("## Advice" over "Forearm may ache …"). */
export const ADVICE_HEADING_TERMS: readonly string[] = [
  // "Education", "Patient advice", "Pt instructions".
  ...['education', 'advice', 'instructions'].flatMap((what) => ['', 'patient ', 'pt ', 'pt. '].map((whose) => `${whose}${what}`)),
  // Hospital systems (Meditech, Cerner): "Patient/Family Education:".
  'patient/family education', 'patient and family education', 'patient & family education', 'family education',
  // A handout's title over its advice: "What to expect after dry needling (handout given):".
  'what to expect', ...['dry needling', 'needling', 'DN', 'treatment', 'your treatment', 'acupuncture', 'IMS'].map((done) => `what to expect after ${done}`),
];

/**
 * The emergency room, written as a place to go: a bare "ER" in a physio note is external rotation
 * ("ER isometrics reviewed", "ER R 85°"), not advice.
 */
const EMERGENCY_ROOM_PHRASES: readonly string[] = ['to ER', 'to the ER', 'to an ER', 'attend ER', 'nearest ER', 'the ER', 'ER immediately', 'ER or 911', '911 or ER', 'ER/911', '911/ER'];

/** What aftercare advice is about. */
export const AFTERCARE_TOPICS: readonly string[] = [
  'soreness', 'sorenss', 'sore', 'ache', 'aches', 'achy', 'achey', 'achiness', 'aching', 'bruise', 'bruising', 'bruised', 'bleeding', 'bleed', 'red flags', 'red flag', 'pneumothorax', 'PTX', 'SOB',
  'shortness of breath', 'breathless', 'breathlessness', 'chest pain', 'hydrate', 'hydration', 'hydrated', 'water', 'fluids', 'heat', 'ice', 'warm compress', 'cold pack',
  'activity', 'activities', 'strenuous', 'rest', 'driving', 'drive', 'dizzy', 'dizziness', 'faint', 'fainting', 'light-headed', 'lightheaded', 'infection',
  'what to expect', 'post-needling', 'post needling', 'PNS', 'DOMS', 'ED', 'A&E', ...EMERGENCY_ROOM_PHRASES, 'emergency', '911', '999', '112', '000', 'call us', 'call the clinic',
  'call clinic', 'ring us', 'ring the clinic', 'phone us', 'phone the clinic', 'contact us', 'contact the clinic', 'contact clinic', 'fatigue', 'tired', 'tiredness', 'flare', 'swelling', 'redness',
  'fever', 'bath', 'sauna', 'hot tub', 'alcohol', 'paracetamol', 'panadol', 'acetaminophen', 'ibuprofen', 'analgesia', 'gentle movement', 'keep moving',
  'tender', 'tenderness', 'stiff', 'stiffness', 'frozen bottle', 'frozen water bottle', 'frozen peas', 'after-effects', 'after effects',
  // Muscle soreness in the French a bilingual clinic writes it in ("may have some courbatures 1-2 days").
  'courbatures', 'courbature',
  ...['ring', 'call', 'phone', 'contact us', 'get in touch'].map((contact) => `${contact} if`),
];
/** The topics that are harms the needling may bring on, which consent talk names as often as aftercare does. */
const ADVERSE_EFFECT_TOPICS: ReadonlySet<string> = new Set([
  'soreness', 'sorenss', 'sore', 'ache', 'aches', 'achy', 'achey', 'achiness', 'aching', 'bruise', 'bruising', 'bruised', 'bleeding', 'bleed', 'pneumothorax',
  'PTX', 'dizzy', 'dizziness', 'faint', 'fainting', 'light-headed', 'lightheaded', 'infection', 'fatigue', 'tired', 'tiredness', 'flare', 'swelling',
  'redness', 'fever', 'tender', 'tenderness', 'stiff', 'stiffness', 'DOMS', 'courbatures', 'courbature',
]);
/** The other topics: what the patient is to do or watch for (heat, hydration, activity, when to call), which only aftercare names. */
export const careTopicRe = words(AFTERCARE_TOPICS.filter((topic) => !ADVERSE_EFFECT_TOPICS.has(topic)));
/** The topics as one alternation, built once for the expressions below. */
const TOPICS = alternation(AFTERCARE_TOPICS);

/** Words that say the patient was told something: "educated", "discussed", "warned". */
export const TOLD_TERMS: readonly string[] = [
  'educated', 'education', 'educate', 'advised', 'advice', 'instructed', 'instructions', 'instruction', 'informed', 'counselled', 'counseled', 'told', 'reviewed',
  'discussed', 'explained', 'warned', 'reassured',
  // Told again, as a follow-up visit words it ("Reminded again re SOB", "risks recapped").
  'reminded', 'recapped', 're-explained', 'gone over', 'went over',
];
/** What the patient may go on to feel, hedged: "may be", "might feel", "could notice" (the topic may come a few words on: "might be a bit tender"). */
const MAY_FEEL_TERMS: readonly string[] = ['may', 'might', 'could'].flatMap((modal) => ['be', 'feel', 'experience', 'find', 'notice'].map((verb) => `${modal} ${verb}`));
export const EDUCATION_TERMS: readonly string[] = [
  ...TOLD_TERMS, 'handout', 'leaflet', 'given', 'provided', 'verbal', 'verbally', 'written', 'expect', 'expected', ...MAY_FEEL_TERMS,
  'possible', 'normal', 'verbalized understanding', 'verbalised understanding', 'understood', 'teach-back', 'teach back',
];

/** What a topic is said to be, after it, when the patient was told of it ("soreness expected", "bruising possible"). */
export const TOPIC_EXPLAINED_TERMS: readonly string[] = [
  'expected', 'possible', 'may occur', 'may last', 'may persist', 'may develop', 'normal', 'likely', 'reviewed', 'discussed', 'explained', 'advised',
];

/** How what the patient may go on to feel is hedged, before "be" or "feel" ("may be sore", "likely to feel achy"): one list for the three readings below. */
const MODALS: readonly string[] = ['may', 'might', 'could', 'will', 'likely to', 'expect to', 'expected to', 'going to'];
const modalsWith = (verb: string) => MODALS.map((modal) => `${modal} ${verb}`);

/** Words that say what the patient may expect, straight before a topic ("forearm may ache", "you might bruise", "likely to be sore"). */
// … or what the patient may have ("She may have a sore thigh", "could have some bruising").
export const EXPECTATION_TERMS: readonly string[] = ['may', 'might', 'likely to', 'expect to', ...modalsWith('be'), ...['have a', 'have some'].flatMap(modalsWith)];

/** Education verbs that "to be" or "will" put off to later ("red flags to be discussed next visit"). */
export const PROMISED_EDUCATION_VERBS: readonly string[] = [
  'give', 'given', 'provide', 'provided', 'discuss', 'discussed', 'review', 'reviewed', 'explain', 'explained', 'cover', 'covered', 'done',
];

/** Aftercare put off or not given. */
export const DEFERRED_AFTERCARE_TERMS: readonly string[] = [
  'defer', 'deferred', 'deferring', ...NEXT_VISIT_TERMS, 'to be given', 'to be provided', 'to be discussed',
  'to be reviewed', 'to be done', 'not given', 'not provided', 'not discussed', 'not reviewed', 'not done', 'not covered', 'will give', 'will provide',
  'will discuss', 'will review', 'will cover', 'will send', 'pending', 'TBD', 'TBC', 'none given', 'no time', 'ran out of time', 'left early', 'left before',
  // The handout not to hand: "Aftercare handout: ran out of copies, will bring one next trip".
  'will bring', 'ran out of copies', 'none left', 'out of stock',
];

/** Pneumothorax and the symptoms a patient must act on. */
export const PNEUMOTHORAX_TERMS: readonly string[] = [
  // "pneumo": the clinic's short word ("Rare but serious risks (pneumo) discussed"); the risk to the lung named as such ("Risk to lung discussed").
  'pneumothorax', 'pneumothoraces', 'PTX', 'pneumo', 'collapsed lung', 'punctured lung', 'lung puncture', 'lung injury', 'lung collapse', 'lung risk', 'lung risks',
  'risk to lung', 'risk to lungs', 'risk to the lung', 'risk to the lungs', 'shortness of breath',
  'short of breath', 'SOB', 'breathless', 'breathlessness', 'difficulty breathing', 'trouble breathing', 'chest pain', 'chest tightness', 'pain on breathing',
  'painful breathing', 'pleuritic', 'dyspnoea', 'dyspnea',
];

/** When a label names only the time after needling ("Post-needling:", "After DN:"), what it holds is advice when it names a topic. */
export const AFTER_NEEDLING_LABELS: readonly string[] = AFTER_WHAT.flatMap((what) => ['post-', 'post ', 'after '].map((after) => `${after}${what}`));
/** … with its colon, or a spaced dash ("Post-needling - ache for a day or two, heat"), also after an aside ("After DN (DW):", the clinician's initials). */
/** A label for the time after the needling, as it opens a line or a part of one: "After DN:", "Post-needling (DW) -". */
export const AFTER_NEEDLING_LABEL_SOURCE = `[\\s*_-]*(?:${alternation(AFTER_NEEDLING_LABELS)})${LABEL_ASIDE}[\\s*_]*(?::|\\s[-–—])`;
export const afterNeedlingLabelRe = new RegExp(`^${AFTER_NEEDLING_LABEL_SOURCE}[\\s*_]*`, 'i');
export const aftercareWordRe = words(AFTERCARE_TERMS);
export const aftercareTopicRe = words(AFTERCARE_TOPICS);
export const educationRe = words(EDUCATION_TERMS);
export const toldRe = words(TOLD_TERMS);
/** The needling itself told of ("DN explained (ache, bruising, fainting)", "explained the procedure"): the talk before consent, not aftercare. */
const NEEDLING_TOLD_OF = [...NEEDLING_NAMES, 'procedure', 'the procedure', 'treatment'];
export const needlingExplainedRe = new RegExp(
  `${BEFORE}(?:${alternation(NEEDLING_TOLD_OF)})\\s+(?:(?:was|were)\\s+)?(?:${alternation(TOLD_TERMS)})${AFTER}|${BEFORE}(?:${alternation(TOLD_TERMS)})\\s+(?:${alternation(NEEDLING_TOLD_OF)})${AFTER}`,
);
const deferredAftercareRe = words(DEFERRED_AFTERCARE_TERMS);
/**
 * "no running until next visit", "full rounds from next week", "skip hockey tonight (back next week)": when the advice ends
 * or the activity starts again, not advice put off.
 */
const UNTIL_TERMS: readonly string[] = ['until', 'till', 'til', 'before', 'from', 'starting', 'as of'];
/** An activity taken up again ("back", "resume training", "return to full training"), a word or two before its time. */
const TAKEN_UP_AGAIN_TERMS: readonly string[] = ['back', 'resume', 'resuming', 'return to'];
const NEXT_TIMES = alternation(DEFERRED_AFTERCARE_TERMS.filter((t) => t.startsWith('next ')));
const untilNextRe = new RegExp(
  `${BEFORE}(?:${alternation(UNTIL_TERMS)}|(?:${alternation(TAKEN_UP_AGAIN_TERMS)})(?:\\s+[\\p{L}-]+){0,2})\\s+(?:the\\s+|your\\s+)?(?:${NEXT_TIMES})${AFTER}`, 'giu',
);
/** Aftercare put off to another visit ("aftercare sheet next visit", "to be given"). */
export const deferredAftercare = (text: string): boolean => deferredAftercareRe.test(text.replace(untilNextRe, ' '));
export const riskWordRe = words(RISK_TERMS);
/** Education near a topic, either way round ("advised re soreness", "soreness expected"). */
// A topic the note says is absent ("no fever", "denies SOB") is a screening answer, not advice.
// Any case: "No red flags (…bladder/bowel normal)" in a history is a screen, not red flags reviewed as normal.
// A qualifier may stand between ("No new red flags: bladder/bowel normal").
const notNegated = `(?<!${BEFORE}(?:${alternation([...NEGATION_TERMS, 'negative for'])})\\s+(?:(?:${alternation(NEGATION_QUALIFIERS)})\\s+)?)`;
// A topic given a time span ("soreness 24-48 h", "sore 1–2 days", "ice prn") is the same advice, written short.
// Any case, as an old system prints it: "SORENESS 24-48H, ICE PRN".
// … or in words ("sore for a day or two", "tender for twenty-four to forty-eight hours").
// A time before now is history ("sore a few days ago"), not how long to expect it.
const SPAN = `(?:(?:${alternation(['up to', 'for', 'x'])}\\s*)?\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:${alternation(HOUR_DAY_UNITS)})\\b|\\b(?:${alternation(AS_NEEDED_TERMS)})\\b`
  + `|(?:(?:${alternation(['up to', 'for'])})\\s+)?${WORDED_SPAN_SOURCE})(?!\\s+ago${AFTER})`;
// Whole words: "Walking normally now, sore on uneven ground" is a report, not "normal" soreness.
// A posture named by a topic word ("jaw rest position reviewed", "tongue rest posture") is an exercise cue, not advice about resting.
const notPosture = String.raw`(?!\s+(?:position|positions|posture)\b)`;
// A sentence of advice may open with a long simile before its first topic ("told to expect the calf to feel like after a hard
// day's work for a day or two, to keep walking, use heat"): the topic is looked for up to 160 characters on, in the same sentence.
const educationThenTopic = `${BEFORE}(?:${alternation(EDUCATION_TERMS)})${AFTER}[^.\\n;]{0,160}?${WORD_START}${notNegated}(?:${TOPICS})${AFTER}${notPosture}`;
const topicThenExplained = `${WORD_START}${notNegated}(?:${TOPICS})${AFTER}${notPosture}[^.\\n;]{0,40}?${BEFORE}(?:${alternation(TOPIC_EXPLAINED_TERMS)})${AFTER}`;
const advisedRe = new RegExp(`${educationThenTopic}|${topicThenExplained}`, 'u');
// Its own pattern, tried only when the advice pattern fails, so the advice pattern's search is left as it was.
const expectedTopicRe = new RegExp(`${BEFORE}(?:${alternation(EXPECTATION_TERMS)})\\s+(?:${TOPICS})${AFTER}${notPosture}`, 'u');
/** Pneumothorax or a sign of it named as such, not as absent ("denies SOB", "no chest pain"), also further on in a list of them ("denies SOB / chest pain"). */
const PTX = alternation(PNEUMOTHORAX_TERMS);
const notNegatedList = `(?<!${BEFORE}(?:${alternation([...NEGATION_TERMS, 'negative for'])})\\s+(?:(?:${PTX})\\s*(?:\\/|,|&|or|and|nor)\\s*){0,3})`;
export const pneumothoraxNamedRe = new RegExp(`${WORD_START}${notNegatedList}(?:${PTX})${AFTER}`, 'u');
/** "Given the risk of PTX, pincer grip …": "given" opening a reason, not advice handed over. */
const givenAsReasonRe = /(?:^|[.;:!?]\s+)given\s+(?:the|a|an|his|her|their|pt'?s|patient'?s|hx|history|recent|previous|prior)\b[^,.;\n]{0,60},/gi;
/** Advice given: education about a topic, a topic said to be expected, or what the patient may expect ("forearm may ache"). */
export const advised = (raw: string): boolean => {
  // Most lines hold no "given": they are not copied.
  const text = /given/i.test(raw) ? raw.replace(givenAsReasonRe, ' ') : raw;
  return advisedRe.test(text) || expectedTopicRe.test(text);
};
/** A topic named as present, a whole word ("sore for a day or two"; not "no bleeding", nor "jaw rest position"). */
export const topicNamedRe = new RegExp(`${WORD_START}${notNegated}(?:${TOPICS})${AFTER}${notPosture}`, 'u');
/** A topic anywhere, as the two patterns above find it: a line without one gives no advice, and is not searched further. */
export const anyAftercareTopicRe = new RegExp(TOPICS, 'u');

/** Words of change before a topic that make it a retest after the needling, not advice: "Post-needling: R UT less tender". */
const RETEST_CHANGE_TERMS: readonly string[] = ['less', 'more', 'reduced', 'decreased', 'increased', 'improved', 'no longer', 'eased', 'better', 'worse'];
/** A topic said to have changed since the needling ("less tender", "no longer sore"). */
export const changedTopicRe = new RegExp(`${BEFORE}(?:${alternation(RETEST_CHANGE_TERMS)})\\s+(?:${TOPICS})${AFTER}`, 'gu');
/**
 * Advice written short: a topic with its time span ("soreness 24-48 h"), what to do if a topic comes up ("If sore, heat
 * pack"), or what the patient may feel for a time ("may feel corked for 24-48h"). In the clinician's words it is advice; in the patient's report ("sore 2 days after DN", "if sore, takes ibuprofen") it is history.
 */
const ifTopicThenTopic = `${BEFORE}(?:${alternation(['if', 'if very', 'if a bit', 'if quite'])})\\s+(?:${TOPICS})${AFTER}[,:–—\\s-]{1,4}(?:${alternation(['then', 'use', 'try'])}\\s+)?(?:${TOPICS})${AFTER}`;
/** What the patient may feel, and for how long, in the patient's own words for it: "Calf may feel corked for 24-48h". */
const mayFeelForSpan = `${BEFORE}(?:${alternation([...modalsWith('feel'), 'can feel'])})${AFTER}[^.;\\n]{0,30}?(?:${SPAN})`;
/**
 * A topic hedged and given its time, either way round: "Probably achy for a day or two", "might feel bruised or tender for
 * 24-48 h", "Ache maybe a day or two". Without the time it may be an impression ("likely myofascial, sore on palpation").
 */
// A hedge on how the patient will feel, not on what the clinician will do ("will review soreness in 2 days" is a plan).
// … or said to be usual, with its time: "Post-IMS soreness usual for 1-2 days", "ache is common for a day or two".
const USUAL_TERMS: readonly string[] = ['usual', 'common', 'typical', 'normal', 'expected', 'to be expected'];
const HEDGE_TERMS: readonly string[] = [
  'may', 'might', 'likely', 'probably', 'possibly', 'maybe', 'perhaps', 'will probably', 'will likely', ...modalsWith('be'), ...modalsWith('feel'), ...USUAL_TERMS,
];
const HEDGE = `${BEFORE}(?:${alternation(HEDGE_TERMS)})${AFTER}`;
// … or the hours just ahead, hedged ("Likely sore tomorrow", "will probably ache overnight"): a forecast, not a finding.
const SPAN_OR_COMING = `(?:${SPAN}|(?:${alternation(['for', 'over', 'during', 'into'])}\\s+)?(?:${alternation(COMING_HOURS_TERMS)})${AFTER})`;
// The time follows the topic, or a second topic joined to it ("bruised or tender for a day or two", "bruised/achy for …").
const TOPIC_THEN_SPAN = `${WORD_START}${notNegated}(?:${TOPICS})${AFTER}(?:\\s*(?:\\/|or|and|&)\\s*[\\p{L}-]+)?\\s+(?:${alternation(['over', 'over the next', 'during the next'])}\\s+)?${SPAN_OR_COMING}`;
// … or the place after the topic ("may have a sore thigh for a day or two", "might be tender in the calf for 24 h").
const TOPIC_PLACE_THEN_SPAN = `${WORD_START}${notNegated}(?:${TOPICS})${AFTER}\\s+(?:in\\s+(?:the|your|his|her)\\s+)?\\p{L}+\\s+${SPAN_OR_COMING}`;
const hedgedTopicForSpan = `${HEDGE}[^.;\\n]{0,20}?(?:${TOPIC_THEN_SPAN}|${TOPIC_PLACE_THEN_SPAN})|${WORD_START}${notNegated}(?:${TOPICS})${AFTER}\\s+(?:(?:is|are)\\s+)?${HEDGE}\\s+${SPAN_OR_COMING}`;
const shortAdviceRe = new RegExp(`${WORD_START}${notNegated}(?:${TOPICS})\\s{0,3}(?:${SPAN})|${ifTopicThenTopic}|${mayFeelForSpan}`, 'u');
// Its own pattern, tried only on a line with a hedge word: added to the one above, it made every line's search slower.
const hedgeWordRe = new RegExp(HEDGE);
/** What the patient may expect, hedged or said to be usual ("may", "likely", "expect", "normal"): words of advice, not of the risks put before consent. */
export const expectationWordRe = new RegExp(`${HEDGE}|${BEFORE}(?:${alternation(['expect', 'could', 'will', 'can'])})${AFTER}`);
const hedgedAdviceRe = new RegExp(hedgedTopicForSpan, 'u');
/** Advice written short, in the clinician's words: a topic with its time, what to do if it comes, or what may be felt and for how long. */
export const adviceWrittenShort = (text: string): boolean => shortAdviceRe.test(text) || (hedgeWordRe.test(text) && hedgedAdviceRe.test(text));
/** … the last of them names no topic word, so a line holding only it is read too. */
export const mayFeelForSpanRe = new RegExp(mayFeelForSpan, 'u');
/** Education promised for later ("to be discussed", "will review"): a topic named with it was not covered today. */
export const promisedEducationRe = new RegExp(`${BEFORE}(?:to be|will be|will|to)\\s+(?:${alternation(PROMISED_EDUCATION_VERBS)})${AFTER}`, 'gi');
/** One of them opening a heading's text (lower-cased, marks taken out). */
export const adviceHeadingRe = new RegExp(`^(?:${alternation(ADVICE_HEADING_TERMS)})${AFTER}`, 'u');
