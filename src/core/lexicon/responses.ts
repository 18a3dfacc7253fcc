// What the patient's tissue or the patient did when needled: referral and recognition,
// tolerance, other responses. Twitch responses are read by model/tokens.ts (counts and signs).
import { responses } from '../vocab/responses';
import { NEEDLING_TERMS } from './needling';
import { AFTER, alternation, BEFORE, words } from './pattern';

const named = (kind: string) => responses.filter((r) => r.kind === kind).flatMap((r) => [r.name, ...r.aliases]);

/** The referral named after the region it went to ("recognised calf referral", "lat thigh referred pain", "calf radiation"). */
export const REFERRAL_NOUNS: readonly string[] = [...responses.filter((r) => r.id === 'referred-pain').flatMap((r) => [r.name, ...r.aliases]), 'referrals', 'radiation'];

export const REFERRAL_TERMS: readonly string[] = [
  ...named('referral'), 'referr*', 'refers', 'refer', 'radiat*', 'reproduc*', 'recogni*', 'familiar', 'concordant', 'spread*', 'jump sign',
  // Typed short with where it went ("ref down lat thigh", "ref'd to heel"); "ref" alone may be a reference.
  ...['ref', "ref'd", 'refd'].flatMap((ref) => ['down', 'up', 'to', 'into', 'along', 'distally', 'proximally'].map((where) => `${ref} ${where}`)),
];

/** Events that say how the patient took the needling when they happened, and are also the risks a consent lists. */
export const RISK_EVENT_TERMS: readonly string[] = ['stopped early', 'vasovagal', 'presyncop*', 'syncop*', 'felt faint'];

/** Words for the risks of a treatment, as they are put to the patient ("risks", "side effects"). */
export const RISK_TERMS: readonly string[] = [
  'risk', 'risks', 'side effect', 'side effects', 'side-effects', 'complication', 'complications', 'adverse effects', 'adverse events', 'adverse reactions',
];

/** Words before a risk event that make it a risk named or warned of, not an event ("risks explained (bruising, vasovagal)"). */
export const HYPOTHETICAL_CUES: readonly string[] = [
  ...RISK_TERMS, 'explained', 'discussed', 'incl', 'including', 'such as', 'e.g.', 'may', 'might', 'can', 'could', 'possible',
  'possibly', 'if', 'warned', 'signs of', 'watch for',
];

/**
 * Words that describe a twitch as it was seen ("a strong twitch", "brisk LTR"): like a count, they
 * say the needle was in today, where a plan only names the twitch it aims for.
 */
export const TWITCH_QUALITY_TERMS: readonly string[] = [
  'strong', 'brisk', 'big', 'large', 'marked', 'vigorous', 'visible', 'palpable', 'clear', 'definite', 'small', 'weak', 'faint',
  'minor', 'mild', 'moderate', 'single', 'multiple', 'several', 'repeated', 'a few', 'nice',
];

export const TOLERANCE_TERMS: readonly string[] = [
  ...named('tolerance'), 'tolerat*', 'well tolerated', 'tol well', ...RISK_EVENT_TERMS,
  'without incident', 'without complication', 'without complications', 'no complications', 'uneventful', 'no issues', 'handled well', 'coped well',
];

/** Advice that uses the word, not a statement of how the needling was taken: "walk as tolerated". */
export const TOLERANCE_ADVICE_TERMS: readonly string[] = ['as tolerated', 'as tol', 'as able and tolerated', 'as able/tolerated', 'as pain tolerates', 'within tolerance', 'to tolerance'];

/** How the patient takes an activity, not the needling: "progressing, tolerating training", "tolerated full duties". */
const TOLERATED_ACTIVITIES: readonly string[] = [
  'training', 'exercise', 'exercises', 'loading', 'load', 'running', 'HEP', 'work', 'duties', 'full duties', 'modified duties', 'sitting', 'standing', 'walking',
  'activity', 'activities', 'program', 'programme', 'gym', 'practice', 'RTW', 'return to work', 'return to run', 'return to running',
  'shift', 'shifts', 'job', 'workload', 'hours', 'lifting', 'sport', 'sports', 'games', 'matches', 'runs', 'rides', 'riding', 'cycling',
  'climbing', 'hiking', 'swimming', 'driving', 'commute',
];
/** Words that, between "tolerated" and an activity, make the needling what was tolerated ("tolerated DN and exercise"). */
const TOLERATED_TREATMENT_WORDS: readonly string[] = [...NEEDLING_TERMS, 'needles', 'treatment', 'tx', 'session', 'procedure', 'well', 'it', 'this', 'all', 'both'];
/** "tolerating training", "tolerated full duties", "tolerating tendon loading", "tolerates his HEP": up to two words may qualify the activity. */
const qualifierWord = `(?!(?:${alternation(TOLERATED_TREATMENT_WORDS)})${AFTER})[A-Za-z-]+\\s+`;
const toleratedActivitySource = `${BEFORE}tolerat(?:ing|ed|es|e)\\s+(?:(?:the|his|her|their)\\s+)?(?:${qualifierWord}){0,2}(?:${alternation(TOLERATED_ACTIVITIES)})${AFTER}`;

/** A medicine's dose and how often it is taken, as a team note lists them ("Baclofen 5 mg TID", "pregabalin 75 mcg bd"). */
export const DOSE_UNIT_TERMS: readonly string[] = ['mg', 'mcg', 'µg', 'milligrams', 'micrograms'];
/** "Baclofen 5 mg TID tolerated", "duloxetine 30 mg, well tolerated": a medicine tolerated, in the same clause as its dose. */
const toleratedMedicineSource = `(?<![\\w.])\\d+(?:[.,]\\d+)?\\s*(?:${alternation(DOSE_UNIT_TERMS)})${AFTER}[^.;:\\n]{0,40}?${BEFORE}(?:well\\s+)?tolerat[a-z]*`;

/** "Squeeze test post-dry needling pain 2/10", "post-needling pain-free grip": a retest after the needling, not pain during it. */
const retestAfterNeedlingSource = `${BEFORE}(?:post|after)[- ]?(?:${alternation(NEEDLING_TERMS)})\\s+pain${AFTER}`;

/** Findings on palpation before needling, kept with the responses in the vocabulary but not a response to the needle. */
const PALPATION_FINDINGS: ReadonlySet<string> = new Set(['taut-band', 'spot-tenderness']);
export const OTHER_RESPONSE_TERMS: readonly string[] = [
  ...responses.filter((r) => r.kind === 'other' && !PALPATION_FINDINGS.has(r.id)).flatMap((r) => [r.name, ...r.aliases]), 'fasciculation', 'fasciculations', 'cramp*',
];

export const referralRe = words(REFERRAL_TERMS);
/** A referral said to be absent ("was a bit tight but not referring", "no referral"): an examination's finding, no evidence of needling. */
export const negatedReferralAllRe = new RegExp(`${BEFORE}(?:${alternation(['not', 'no', 'non', 'without', 'nil'])})[\\s-]+(?:${alternation(REFERRAL_TERMS)})${AFTER}`, 'g');
export const toleranceRe = words(TOLERANCE_TERMS);
export const toleranceAllRe = words(TOLERANCE_TERMS, { global: true });
/** Tolerance words that say nothing of how the needling was taken: advice, an activity or a medicine tolerated, a retest after it. */
export const toleranceAdviceRe = new RegExp(`${words(TOLERANCE_ADVICE_TERMS).source}|${toleratedActivitySource}|${retestAfterNeedlingSource}|${toleratedMedicineSource}`, 'gi');
/** A tolerance word outside advice ("tolerated well", not "walk as tolerated"). */
export const statesToleranceWord = (text: string) => toleranceRe.test(text) && toleranceRe.test(text.replace(toleranceAdviceRe, ' '));
export const riskEventRe = new RegExp(`^(?:${words(RISK_EVENT_TERMS).source})$`);
export const hypotheticalCueRe = words(HYPOTHETICAL_CUES);
export const otherResponseRe = words(OTHER_RESPONSE_TERMS);
