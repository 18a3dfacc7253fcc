// Examination and palpation: a muscle named with these words was examined, not needled.
import { AFTER, alternation, BEFORE, words } from './pattern';
import { SIDE_TERMS } from './sides';

export const EXAM_TERMS: readonly string[] = [
  // "TOP": tender on palpation, as UK notes write it (capitals only, as every short form in capitals).
  'palpable', 'palpated', 'palpation', 'palp', 'on palp', 'TTP', 'ttp', 'TOP', 'tender', 'tenderness', 'tender to palpation', 'tender on palpation', 'taut band', 'taut bands', 'TB', 'TBs',
  'trigger point noted', 'trigger points noted', 'trigger point found', 'trigger points found', 'trigger point identified', 'trigger points identified',
  'trigger point palpated', 'trigger points palpated', 'trigger points present', 'trigger point present', 'TrP noted', 'TrPs noted', 'TrPs present',
  'active TrP', 'active TrPs', 'latent TrP', 'latent TrPs', 'active MTrP', 'active MTrPs', 'latent MTrP', 'active trigger point', 'active trigger points',
  'latent trigger point', 'latent trigger points', 'TrPs', 'MTrPs', 'MMT', 'strength', 'ROM', 'AROM', 'PROM', 'length test', 'flexibility', 'spasm', 'guarding',
  'hypertonic', 'hypertonicity', 'hypertonus', 'inhibited', 'weak', 'weakness', 'atrophy', 'assessed', 'examined', 'exam', 'screened', 'special test', 'special tests',
  'PPT', 'PPTs', 'pressure pain threshold', 'algometry', 'algometer', 'nodule', 'nodules', 'knot', 'knots', 'ropy', 'restricted', 'restriction', 'trigger point', 'trigger points',
  // Gunn's IMS examination: the muscles found shortened ("Shortened: R infraspinatus, R teres minor").
  'shortened', 'shortening',
];

export const examRe = words(EXAM_TERMS);

/** What a test found ("Side glide L limited", "PA glides L4 painful"): a technique named with these in the exam is the test, not a treatment. */
export const EXAM_FINDING_TERMS: readonly string[] = [
  'limited', 'limitation', 'restricted', 'hypomobile', 'hypermobile', 'painful', 'pain-free', 'reduced', 'decreased', 'diminished', 'impaired', 'increased', 'stiff', 'WNL', 'full', 'positive', 'negative', 'neg', 'pos',
];
export const examFindingRe = words(EXAM_FINDING_TERMS);

/**
 * Structures felt for so the needle keeps clear of them ("L pectineus, femoral pulse palpated +
 * avoided, LTR x1"): palpating them guides the needling, it does not examine the muscle.
 */
export const SAFETY_STRUCTURES: readonly string[] = [
  'pulse', 'femoral pulse', 'radial pulse', 'pedal pulse', 'artery', 'femoral artery', 'radial artery', 'vessel', 'vessels', 'neurovascular bundle', 'NV bundle',
  'rib', 'ribs', 'rib margin', 'pleura', 'nerve', 'sciatic nerve', 'femoral nerve', 'ulnar nerve',
];
const FELT_FOR: readonly string[] = ['palpated', 'palpating', 'palpate', 'located', 'locating', 'identified', 'marked', 'felt', 'avoided', 'protected', 'guarded'];
const structures = alternation(SAFETY_STRUCTURES);
const felt = alternation(FELT_FOR);
// A word or two may name the part felt for ("radial nerve course palpated + avoided", "rib margin first located").
export const safetyCheckRe = new RegExp(`(?:${structures})(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${felt})|(?:${felt})\\s+(?:the\\s+)?(?:${structures})`, 'giu');

/**
 * Measurements written in millimetres that are not a needle: "mouth opening 31 mm", "MIO 35mm",
 * "IRD 25 mm". A bare length right after one of these (with its numbers, arrows and small words
 * between) is the measurement's; a needle size ("0.20x25 mm") is never read this way.
 */
export const MEASURED_IN_MM: readonly string[] = [
  'opening', 'mouth opening', 'jaw opening', 'mandibular opening', 'interincisal', 'interincisal opening', 'interincisal distance', 'MIO', 'MMO',
  'protrusion', 'excursion', 'lateral excursion', 'deviation', 'overbite', 'circumference', 'girth', 'gap', 'diastasis', 'IRD', 'inter-recti distance',
  'distance', 'fingertip to floor', 'fingertip-to-floor', 'FTF', 'leg length', 'LLD', 'effusion', 'swelling', 'navicular drop', 'navicular height', 'navicular drift',
  // A safe depth measured before needling over the chest ("skin-to-rib ~12 mm on US"), not the needle's length.
  'skin to rib', 'skin to pleura', 'skin to bone', 'skin to lamina', 'rib depth', 'pleural depth', 'thickness', 'muscle thickness',
  // … also named by the pleura itself ("checked depth w/ u/s over R rhomboid major (pleura ~21 mm)").
  'pleura', 'pleural line', 'depth to pleura', 'depth to rib', 'depth to bone', 'depth to lamina',
  // The depth the needle went to, not its length ("needle angled onto rib, depth ~15 mm").
  'depth',
  // … in the other language of a bilingual clinic ("Ouverture 32 mm (was 29)", "apertura bucal 35 mm").
  'ouverture', 'ouverture buccale', 'déviation', 'apertura', 'apertura bucal',
];
/** What may stand between the measurement and its length: other readings and their qualifiers ("34 mm (pain-free 30 mm)"). */
const MEASURE_QUALIFIERS: readonly string[] = [
  'of', 'from', 'to', 'was', 'now', 'is', 'approx', 'approximately', 'pre', 'post', 'tx', 'mm', 'pain-free', 'pain free', 'painfree', 'active', 'passive', 'max', 'comfortable',
  // A depth kept within a bound ("depth kept under 15 mm", "depth < 20 mm").
  'kept', 'under', 'below', 'less than', 'about', 'around', 'up to', 'at most', 'no more than', 'limited to', 'within',
  // The side measured ("Navicular drop L 10 mm").
  ...(['L', 'R'] as const).flatMap((side) => [...SIDE_TERMS[side].words, ...SIDE_TERMS[side].short]),
];
// A bracketed aside may say how it was measured: "IRD (RTUS, curl-up): 18 mm".
const BETWEEN_MEASURE_AND_LENGTH = `(?:\\([^()\\n]{0,30}\\)|[\\s:=~≈→<>()/.,-]|\\d|(?:${alternation(MEASURE_QUALIFIERS)})(?![A-Za-z]))*`;
/** "IRD 18 mm at umbilicus on curl-up (was 22 mm)": a bare length in brackets after these is an earlier reading, not a needle. */
const EARLIER_READING_TERMS: readonly string[] = ['was', 'previously', 'prev', 'last', 'from'];
export const measuredLengthBeforeRe = new RegExp(
  `${BEFORE}(?:${alternation(MEASURED_IN_MM)})${AFTER}${BETWEEN_MEASURE_AND_LENGTH}$|\\(\\s*(?:${alternation(EARLIER_READING_TERMS)})\\s*$`, 'iu',
);
