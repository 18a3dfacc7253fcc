// Words next to a muscle's name that show it is not the needled muscle itself: where pain is felt
// ("UT pain", "referral into the calf"), a place on the body ("7th intercostal space", "oblique
// insertion"), or how the needle was guided ("pincer grip for UT").
import { alternation, BEFORE, words } from './pattern';
import { VERTEBRA_SOURCE } from './places';
import { REFERRAL_NOUNS } from './responses';
import { ONE_SIDE_SOURCE, SIDE_SOURCE } from './sides';
import { approaches } from '../vocab/techniques';

/** After the name: the muscle is where a symptom is. */
export const SYMPTOM_AFTER: readonly string[] = [
  'pain', 'pains', 'ache', 'aches', 'aching', 'tightness', 'soreness', 'sore', 'symptoms', 'symptom', 'sx', 'discomfort', 'stiffness', 'tension',
  'cramp', 'cramps', 'cramping', 'sensation', 'burning', 'tingling', 'numbness', 'tone',
];
/** After the name: a condition, so the name is part of a diagnosis ("R RC tendinopathy", "UT strain"). */
export const CONDITION_AFTER: readonly string[] = [
  'tendinopathy', 'tendinitis', 'tendonitis', 'tendinosis', 'tendon', 'tear', 'tears', 'strain', 'sprain', 'impingement', 'syndrome', 'dysfunction', 'myalgia',
  'rupture', 'bursitis', 'enthesopathy', 'insufficiency', 'weakness', 'inhibition',
];
/** After the name: a site, unless the same stretch records needling. */
export const SITE_AFTER: readonly string[] = ['site', 'sites', 'region', 'area', 'insertion site', 'needle site', 'needling site', 'bleed', 'bruise', 'bruising'];
/** After the name: a landmark, never the muscle. */
export const LANDMARK_AFTER: readonly string[] = [
  'space', 'spaces', 'block', 'blocking', 'insertion', 'angle', 'approach', 'border', 'margin', 'line', 'process', 'fossa', 'notch', 'crest', 'tubercle', 'canal', 'hiatus',
  'tendon', 'tendons', 'origin', 'attachment', 'aponeurosis', 'direction',
  // Nerves and vessels named after a muscle-like word ("brachial plexus", "popliteal artery", "obturator nerve").
  'plexus', 'nerve', 'nerves', 'artery', 'arteries', 'vein', 'veins', 'vessel', 'vessels', 'pulse', 'bundle',
];
/** After the name: an exercise for the muscle ("quads sets", "calf raises"), never a needling record without a dose of its own. */
export const EXERCISE_AFTER: readonly string[] = [
  'sets', 'set', 'reps', 'raise', 'raises', 'bridge', 'bridges', 'curl', 'curls', 'stretch', 'stretches', 'stretching', 'activation', 'strengthening', 'isometric',
  'isometrics', 'exercise', 'exercises', 'release', 'rolling', 'program', 'programme', 'programs', 'programmes', 'protocol', 'loading', 'routine', 'drills', 'HEP',
  'mobility', 'flexibility', 'control', 'endurance',
];
/** Before the name, in the same clause: the muscle is where a symptom went. */
// A symptom felt in a muscle ("mild cramp in soleus with LTR", "bruising over UT") names where it was felt.
const SYMPTOM_IN: readonly string[] = [...SYMPTOM_AFTER, 'cramp', 'spasm', 'bruise', 'bruising', 'tenderness'].flatMap((w) => [`${w} in`, `${w} over`]);
// … and one that went somewhere ("ache to lat deltoid", "tingling into FDS"): where it went.
const SYMPTOM_TOWARD: readonly string[] = SYMPTOM_AFTER.flatMap((w) => [`${w} to`, `${w} into`]);
export const SYMPTOM_BEFORE: readonly string[] = [
  ...SYMPTOM_IN, ...SYMPTOM_TOWARD,
  'referral to', 'referral into', 'referred to', 'referred into', 'referring to', 'referring into', 'refers to', 'refers into', 'radiating to', 'radiating into',
  'radiates to', 'radiates into', 'radiation to', 'radiation into', 'spreading to', 'spreading into', 'spread to', 'spread into', 'pain to', 'pain into', 'pain in',
  'ache in', 'ache into', 'symptoms into', 'symptoms to', 'reproduced', 'reproducing', 'familiar', 'concordant', 'felt in', 'felt into', 'into the', 'toward the',
  'towards the', 'down the', 'up into', 'down to', 'down into', 'across to', 'through to',
  // The vocabulary's short forms of a referral that say where it went ("ref to", "ref into"): "LTR x2, ref into low back".
  ...REFERRAL_NOUNS.filter((t) => /\s(?:to|into)$/.test(t)),
];
/** Before the name: pressure held on the site after the needle ("Pressure x 30s over masseter"). */
export const HEMOSTASIS_BEFORE: readonly string[] = ['pressure', 'firm pressure', 'compression', 'haemostasis', 'hemostasis', 'held pressure'];
/** Words after a region or muscle that say its skin was prepared before needling ("R calf cleaned", "skin over UT swabbed"). */
export const SKIN_PREP_AFTER: readonly string[] = ['cleaned', 'cleansed', 'swabbed', 'prepped', 'prepared', 'wiped', 'disinfected', 'sterilised', 'sterilized'];
/** How the patient lay or sat: "then prone for multifidus" says how, not that the muscle was needled. */
/** Verbs a person does ("PT tolerated well", "PT reports less pain"): an abbreviation that is also a title, right before one, is that person. */
export const PERSON_VERB_AFTER: readonly string[] = [
  'tolerat*', 'report*', 'states', 'stated', 'denies', 'denied', 'feels', 'felt', 'agreed', 'agrees', 'consented', 'consents', 'declined', 'declines',
  'refused', 'refuses', 'verbali*', 'understood', 'understands', 'demonstrat*', 'complains', 'presents', 'presented', 'returns', 'returned', 'arrived',
  'requested', 'requests', 'wishes', 'wished', 'wants', 'wanted', 'prefers', 'preferred',
  'agreeable', 'educated', 'advised', 'instructed', 'positioned', 'placed',
];

export const PATIENT_POSITIONS: readonly string[] = [
  'prone', 'supine', 'sidelying', 'side-lying', 'side lying', 'seated', 'sitting', 'standing', 'hooklying', 'hook lying', 'crook lying', 'long sitting', 'quadruped',
  'reclined', 'semi-reclined', 'half kneeling',
];
/** After a token that is also the patient ("PT prone", "PT in sidelying", "PT AGREEABLE"): what a person does or how they lie, never a muscle's detail. */
const PERSON_AFTER: readonly string[] = [...PERSON_VERB_AFTER, ...PATIENT_POSITIONS, ...PATIENT_POSITIONS.map((p) => `in ${p}`)];
/** Lying positions that a side can be written with: "side-lying R side down", "L side-lying", "lying on L". */
const LYING_SIDE_POSITIONS: readonly string[] = ['sidelying', 'side-lying', 'side lying', 'SL', 'S/L'];
const SIDE_WORD = ONE_SIDE_SOURCE;
const LYING = alternation(LYING_SIDE_POSITIONS);
const DETERMINER = String.raw`(?:(?:the|their|his|her)\s+)?`;
/**
 * A side that says how the patient lay, not which side was needled ("side-lying R side down", "L
 * side-lying", "R side up", "lying on the L"): the needled side is often the other one.
 */
export const lyingSideRe = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${LYING})[\s,(]*(?:on\s+)?${DETERMINER}${SIDE_WORD}(?:\s+side)?(?:\s+(?:up|down))?`
  + String.raw`|${SIDE_WORD}\s+(?:side[\s-]*)?(?:${LYING})|${SIDE_WORD}\s+side\s+(?:up|down)|lying\s+on\s+${DETERMINER}${SIDE_WORD})(?![\p{L}\p{N}])`,
  'giu',
);
/** Most lines hold no lying position: a cheap test before the full pattern. */
export const lyingWordRe = /lying|S\/?L\b|side\s+(?:up|down)/i;

const APPROACH_TERMS: readonly string[] = approaches.flatMap((a) => [a.name, ...a.aliases]);
/** Before the name: how the needle was guided for it, or how the patient was placed for it. */
export const GUIDANCE_BEFORE: readonly string[] = [
  ...APPROACH_TERMS, ...PATIENT_POSITIONS, 'approach', 'grip', 'palpation', 'technique', 'position', 'positioned', 'angle', 'angled', 'directed', 'aimed', 'pointed',
];

// Right after the name, or after its side in brackets ("UT (R) tightness").
const tail = (list: readonly string[]) => new RegExp(`^[\\s)*_]*(?:\\(\\s*${SIDE_SOURCE}\\.?\\s*\\)[\\s*_]*)?(?:${alternation(list)})(?![\\p{L}\\p{N}])`, 'u');
export const symptomAfterRe = tail([...SYMPTOM_AFTER, ...CONDITION_AFTER]);
/** A referral named right after a region: where the pain went, not what was needled. */
export const referralAfterRe = tail(REFERRAL_NOUNS);
export const siteAfterRe = tail(SITE_AFTER);
export const skinPrepAfterRe = tail(SKIN_PREP_AFTER);
/** The skin named before the name in its clause: checked or prepared there ("Skin L foot/calf intact", "skin over R UT swabbed"). */
export const skinBeforeRe = /(?<![\p{L}\p{N}])skin(?![\p{L}\p{N}])[^.;,:()]{0,25}$/iu;
export const personVerbAfterRe = tail(PERSON_AFTER);
export const landmarkAfterRe = tail(LANDMARK_AFTER);
// Also after a region joined to it: "calf/shin mobility", "glute & core strengthening".
export const exerciseAfterRe = new RegExp(`^[\\s)*_]*(?:(?:\\/|&|\\+|and)\\s*[\\p{L}-]{2,20}\\s+)?(?:${alternation(EXERCISE_AFTER)})(?![\\p{L}\\p{N}])`, 'u');
/** A question word right before the name ("chart which glute muscle was needled", "what muscle was DN'd?"): the muscle is asked about, not recorded. */
const ASKING_WORDS: readonly string[] = ['which', 'whichever', 'what'];
export const askedBeforeRe = new RegExp(`${BEFORE}(?:${alternation(ASKING_WORDS)})\\s+(?:(?:${ONE_SIDE_SOURCE})\\s+)?$`);
/** An ordinal right before the name ("7th intercostal"): a landmark. */
export const ordinalBeforeRe = /(?:^|[^\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)\s*$/u;
/** A vertebra right before a short form that also names a bony part ("aimed toward L3 TP": the transverse process). */
export const vertebraBeforeRe = new RegExp(`${VERTEBRA_SOURCE}\\s*$`, 'u');
// A colon ends the symptom's words: "needle directed toward the scapula: R infraspinatus …" names the muscle needled next.
// Not across the end of an aside the symptom sits in ("(0.30 x 50 mm, familiar pain) and the left piriformis"): a bracket
// between them must open there too ("pain in (L) upper trap").
/** Where the needle site bled or bruised, written without a preposition: "minimal pinpoint bleeding R calf", "bruising L UT". */
const BLEEDING_AT: readonly string[] = ['bleeding', 'bleed', 'bruising', 'bruise', 'bruised', 'haematoma', 'hematoma', 'ecchymosis'];
export const bleedingAtRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(BLEEDING_AT)})\\s+(?:(?:at|on|of)\\s+(?:the\\s+)?)?(?:${SIDE_SOURCE}\\.?\\s+)?$`, 'iu');
/** Arrows written for "went to". */
const ARROWS: readonly string[] = ['→', '->', '-->', '=>', '⇒', '⟶', '➔'];
/** An arrow, then a few words and no number, right before the name ("+LTR x1, → lat calf"). Whether it says where a response went is the caller's. */
export const arrowBeforeNameRe = new RegExp(`(?:${alternation(ARROWS)})(?:[^\\d.;:()\\n]|\\.(?=\\S)){0,25}$`, 'u');
// A spaced slash parts one record from the next ("…, familiar buttock ache / L biceps femoris …"); a slash between words
// joins them ("ache in R UT/LS"). So does "then" in a dictated run-on ("… her familiar buttock pain and then L piriformis 0.30 x 75").
export const symptomBeforeRe = new RegExp(`(?:${alternation(SYMPTOM_BEFORE)})(?:(?!\\bthen\\b)(?:[^.;,:()/]|\\S\\/|\\/\\S|\\([^.;,:()]{0,8}\\))){0,25}$`, 'u');
// "flat palpation over rib for pec minor": the guidance may name the landmark it works against before the muscle.
export const guidanceBeforeRe = new RegExp(
  `(?:${alternation(GUIDANCE_BEFORE)})\\s+(?:(?:used|applied|employed|chosen|needed)\\s+)?(?:(?:over|against|onto|on|between)\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+){1,2}(?=for\\s))?`
    + `(?:for|of|to|toward|towards|over|at|on|into|in)\\s+`
    + `(?:the\\s+)?(?:${ONE_SIDE_SOURCE}\\s+)?$`,
  'iu',
);
export const guidanceWordsRe = words(GUIDANCE_BEFORE);
/** An approach written right before a muscle's name ("pincer grip UT"): how that muscle was needled. */
export const approachJustBeforeRe = new RegExp(`(?:${alternation(APPROACH_TERMS)})\\s+(?:the\\s+)?$`, 'iu');
export const hemostasisBeforeRe = new RegExp(`(?:${alternation(HEMOSTASIS_BEFORE)})[^.;,]{0,20}?\\s(?:over|to|on|at)\\s+(?:the\\s+)?(?:[LR]\\s+|left\\s+|right\\s+)?$`, 'iu');
