// Treatments other than needling. A muscle these words are applied to ("STM to R UT", "NMES to
// quads") was treated, not needled.
import { NEGATION_TERMS } from './negation';
import { AFTER, alternation, BEFORE, WORD_START, words } from './pattern';

const GLIDE_DIRECTIONS = ['inferior', 'posterior', 'anterior', 'lateral', 'medial', 'caudal', 'AP', 'PA', 'inf', 'post', 'ant', 'lat', 'med'];

/** Manual therapy named as a service: what 97140 bills when it is documented beside needling. */
export const MANUAL_THERAPY_TERMS: readonly string[] = [
  'manual therapy', 'STM', 'soft tissue mobilisation', 'soft tissue mobilization', 'joint mobilisation', 'joint mobilization', 'joint mobilisations', 'joint mobilizations',
  'mobilisation', 'mobilization', 'mobilisations', 'mobilizations', 'mobs', 'manipulation', 'glide', 'glides', 'joint glides', ...GLIDE_DIRECTIONS.flatMap((d) => [`${d} glide`, `${d} glides`]),
  'ischaemic compression', 'ischemic compression', 'muscle energy', 'muscle energy technique', 'MET', 'PIR', 'myofascial release', 'MFR', 'IASTM', 'long axis distraction',
  'SNAG', 'SNAGs', 'NAG', 'NAGs', 'MWM', 'mobilisation with movement', 'mobilization with movement', 'Mulligan', 'Maitland', 'HVLA', 'soft tissue release', 'STR',
  'suboccipital release', 'intraoral release', 'intra-oral release', 'manual release',
];

/** Glides that are exercises the patient does ("sciatic nerve glides" in the HEP), not manual therapy. */
export const EXERCISE_GLIDE_TERMS: readonly string[] = [
  'nerve glide', 'nerve glides', 'neural glide', 'neural glides', 'neurodynamic glide', 'neurodynamic glides', 'nerve slider', 'nerve sliders', 'nerve flossing', 'neural flossing',
  'tendon glide', 'tendon glides', 'tendon gliding', 'sciatic glide', 'sciatic glides', 'median glides', 'ulnar glides', 'radial glides', 'femoral glides',
];

export const OTHER_TREATMENT_TERMS: readonly string[] = [
  ...MANUAL_THERAPY_TERMS, 'soft-tissue work', 'soft tissue work', 'soft tissue', 'massage', 'instrument assisted', 'Graston', 'trigger point release', 'TPR',
  'pressure release', 'SMT', 'traction',
  'NMES', 'TENS', 'IFC', 'interferential', 'e-stim pads', 'e-stim', 'estim', 'electrical stimulation', 'Russian stim', 'ultrasound', 'laser', 'shockwave',
  'cupping', 'taping', 'tape', 'taped', 'K-tape', 'kinesiotape', 'kinesio tape', 'strapping', 'stretching', 'stretch', 'stretches', 'stretched', 'foam roll', 'foam rolling',
  'exercise', 'exercises', 'ther ex', 'therex', 'therapeutic exercise', 'HEP', 'strengthening', 'raises', 'heel drops', 'bridges', 'squats', 'heat', 'hot pack', 'ice', 'cold pack', 'cryotherapy', 'dry cupping', 'percussion', 'massage gun',
  'injection', 'injected', 'TPI', 'acupuncture',
];

/** Words that say which of another treatment ("moist heat pack", "trigger point injections", "rigid taping"). */
export const TREATMENT_MODIFIERS: readonly string[] = [
  'moist', 'hot', 'warm', 'cold', 'trigger point', 'kinesio', 'kinesiology', 'rigid', 'elastic', 'therapeutic', 'mechanical', 'manual', 'instrument-assisted',
];
export const otherTreatmentRe = words(OTHER_TREATMENT_TERMS);
export const manualTherapyRe = words(MANUAL_THERAPY_TERMS);
export const manualTherapyAllRe = words(MANUAL_THERAPY_TERMS, { global: true });
/** Labels that stand for manual therapy on a line of its own ("Manual: intraoral R medial pterygoid release 8 min"). */
export const MANUAL_THERAPY_LABELS: readonly string[] = ['manual', 'manuals', 'manual tx', 'manual Rx', 'hands-on', 'hands on'];
export const manualTherapyLabelRe = new RegExp(`^[\\s*_]*(?:${alternation(MANUAL_THERAPY_LABELS)})[\\s*_]*:`);
export const exerciseGlidesRe = words(EXERCISE_GLIDE_TERMS, { global: true });

/** What a trigger point injection puts in: a muscle given one was injected, not dry needled ("L piriformis: 1% lidocaine 3 mL, 25G x 64 mm"). */
export const INJECTATE_TERMS: readonly string[] = [
  'lidocaine', 'lignocaine', 'xylocaine', 'bupivacaine', 'marcaine', 'ropivacaine', 'procaine', 'mepivacaine', 'triamcinolone', 'kenalog',
  'methylprednisolone', 'depo-medrol', 'dexamethasone', 'botox', 'botulinum toxin', 'sarapin',
];
/** An injectate not denied ("no lidocaine today - DN only"), or a volume injected ("2 mL"): dry needling injects nothing. */
export const injectedRe = new RegExp(
  `${WORD_START}(?<!${BEFORE}(?:${alternation(NEGATION_TERMS)})\\s+)(?:${alternation(INJECTATE_TERMS)})${AFTER}|(?<![\\w.])\\d+(?:\\.\\d+)?\\s*(?:mL|ml|cc)(?![A-Za-z])`,
);
