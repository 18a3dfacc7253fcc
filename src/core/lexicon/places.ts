// Where on the body: spinal levels and regions in the words notes use. Muscles that run the
// length of the spine lie over the lung only at thoracic levels; a refusal may cover one area.
import type { Region } from '../vocab/types';
import { AFTER, alternation, BEFORE, words } from './pattern';
import { execAll } from '../util/matches';

export type SpinalLevel = 'cervical' | 'thoracic' | 'lumbar';

const LEVEL_WORDS: Record<SpinalLevel, readonly string[]> = {
  cervical: ['cervical', 'neck', 'C-spine', 'c spine', 'cx', 'suboccipital'],
  thoracic: ['thoracic', 'mid back', 'mid-back', 'midback', 'upper back', 'interscapular', 'T-spine', 't spine', 'thx', 'thoracolumbar', 'rib', 'ribs', 'scapular'],
  lumbar: ['lumbar', 'low back', 'lower back', 'LBP', 'L-spine', 'l spine', 'lumbosacral', 'LS spine', 'sacral', 'SIJ', 'lumbopelvic', 'pelvic', 'lx'],
};

/**
 * Below the ribs, named by the ribs ("below the 12th rib", "under the rib cage", "inferior to the costal margin"): a place
 * under the thorax, read whole before "rib" alone can name the thoracic spine or the ribs.
 */
const BELOW_TERMS: readonly string[] = ['below', 'under', 'beneath', 'inferior to'];
const RIB_LIMITS: readonly string[] = ['12th rib', 'twelfth rib', 'rib 12', 'ribs', 'rib cage', 'ribcage', 'costal margin', 'lowest rib', 'last rib'];
const BELOW_THE_RIBS = `${BEFORE}(?:${alternation(BELOW_TERMS)})\\s+(?:the\\s+)?(?:${alternation(RIB_LIMITS)})${AFTER}`;
const belowTheRibsRe = new RegExp(BELOW_THE_RIBS, 'g');

/** The parts of the spine by name, each also a word before a muscle's ("L lumbar" over "multifidus"). */
export const SPINAL_LEVEL_NAMES = Object.keys(LEVEL_WORDS) as readonly SpinalLevel[];

/** Any word naming a part of the spine ("lumbar", "upper back"). */
export const spinalLevelWordsRe = words(Object.values(LEVEL_WORDS).flat(), { global: true });

const levelWordRe = Object.fromEntries(Object.entries(LEVEL_WORDS).map(([k, v]) => [k, words(v, { global: true })])) as Record<SpinalLevel, RegExp>;
/** Words that name a part of a muscle before its name ("R lower rectus abdominis", "L deep multifidus"): the side before them is the muscle's. */
export const PART_QUALIFIERS: readonly string[] = ['upper', 'lower', 'middle', 'mid', 'medial', 'lateral', 'anterior', 'posterior', 'proximal', 'distal', 'superior', 'inferior', 'deep', 'superficial'];
export const PART_QUALIFIER_SOURCE = `(?:${alternation(PART_QUALIFIERS)})`;
/** Words that name a part of a muscle after its name ("gastroc medial head", "UT upper fibres", "semitend mid-belly"). */
export const PART_NOUNS: readonly string[] = ['head', 'heads', 'fibres', 'fibers', 'portion', 'part', 'belly', 'bundle'];
/** A part named after the muscle: "medial head", "long head", "upper fibres", "mid-belly". */
export const PART_AFTER_NAME_SOURCE = `(?:(?:${alternation([...PART_QUALIFIERS, 'long', 'short'])})[\\s-]+)?(?:${alternation(PART_NOUNS)})`;

// Vertebral levels: C1-C7, T1-T12, L1-L5, S1; "L4-5", "T6/7", "L5-S1".
export const VERTEBRA_SOURCE = String.raw`(?<![\p{L}\p{N}])([CTLS])(\d{1,2})(?:\s*[-/–]\s*[CTLS]?\d{1,2})?(?![\p{L}\p{N}])`;
const vertebraRe = new RegExp(VERTEBRA_SOURCE, 'gu');

/** The spinal levels a text names, in order of appearance. */
export function spinalLevels(text: string): SpinalLevel[] {
  const found: Array<{ at: number; level: SpinalLevel }> = [];
  for (const m of execAll(vertebraRe, text)) {
    const n = parseInt(m[2], 10);
    const level = m[1] === 'C' && n <= 7 ? 'cervical' : m[1] === 'T' && n <= 12 ? 'thoracic' : (m[1] === 'L' && n <= 5) || (m[1] === 'S' && n <= 5) ? 'lumbar' : undefined;
    if (level) found.push({ at: m.index!, level });
  }
  // "QL below the 12th rib" is lumbar: the phrase is read whole, and its "rib" names no thoracic level.
  const words = text.replace(belowTheRibsRe, (m: string, at: number) => {
    found.push({ at, level: 'lumbar' });
    return ' '.repeat(m.length);
  });
  for (const level of Object.keys(levelWordRe) as SpinalLevel[]) {
    for (const m of execAll(levelWordRe[level], words)) found.push({ at: m.index!, level });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.level);
}

/** Where on the abdominal wall a muscle is needled: over the lower ribs (near the pleura), or below them. */
export type AbdominalPlace = 'over-the-ribs' | 'below-the-ribs';

const ABDOMINAL_PLACE_WORDS: Record<AbdominalPlace, readonly string[]> = {
  // "above the umbilicus" may reach the costal cartilages, so it is not read as below them.
  'over-the-ribs': [
    'upper', 'superior', 'rib', 'ribs', 'costal', 'subcostal', 'costal margin', 'supraumbilical', 'supra-umbilical', 'epigastric', 'chest wall',
    'thoracic', 'above the umbilicus', 'above umbilicus', 'above the navel', 'above navel',
  ],
  // Places, not conditions: a caesarean scar in a note's title says why, not where each muscle was needled.
  'below-the-ribs': [
    'lower', 'inferior', 'infraumbilical', 'infra-umbilical', 'subumbilical',
    'periumbilical', 'umbilical', 'umbilicus', 'navel', 'belly button', 'suprapubic', 'pubic', 'inguinal', 'ASIS', 'iliac crest',
    'lower abdominal', 'lower abdomen', 'lower abdo',
  ],
};
// One pass: the first group is tried first at each place, so "below the ribs" is read whole and "lower ribs" as both.
const abdominalPlaceRe = new RegExp(
  `${BEFORE}(?:(${BELOW_THE_RIBS}|${alternation(ABDOMINAL_PLACE_WORDS['below-the-ribs'])})|(${alternation(ABDOMINAL_PLACE_WORDS['over-the-ribs'])}))${AFTER}`, 'g',
);

/**
 * Where a text places an abdominal wall muscle: over the ribs if it names any place over them ("upper",
 * "subcostal", "lower ribs"), below them if it names only places below ("infraumbilical", "lower"), else nowhere.
 */
export function abdominalPlace(text: string): AbdominalPlace | undefined {
  let below = false;
  for (const m of execAll(abdominalPlaceRe, text)) {
    if (m[2] !== undefined) return 'over-the-ribs';
    below = true;
  }
  return below ? 'below-the-ribs' : undefined;
}

/** Areas a patient may refuse or a consent may cover, in lay and clinical words, with the vocabulary regions they take in. */
export const AREAS: ReadonlyArray<{ words: readonly string[]; regions: readonly Region[]; level?: SpinalLevel }> = [
  { words: ['neck', 'cervical', 'C-spine'], regions: ['neck'] },
  { words: ['head', 'face', 'jaw', 'TMJ', 'temple', 'scalp'], regions: ['head-face'] },
  { words: ['shoulder', 'shoulders', 'rotator cuff', 'scapula', 'shoulder blade'], regions: ['shoulder'] },
  { words: ['upper back', 'mid back', 'mid-back', 'thoracic', 'thorax', 'chest', 'chest wall', 'trunk', 'ribs', 'interscapular'], regions: ['back', 'thorax-abdomen'], level: 'thoracic' },
  { words: ['low back', 'lower back', 'lumbar', 'LB', 'lumbar spine'], regions: ['back'], level: 'lumbar' },
  { words: ['back', 'spine', 'paraspinals'], regions: ['back'] },
  { words: ['abdomen', 'abdominal', 'stomach', 'belly'], regions: ['thorax-abdomen'] },
  { words: ['arm', 'arms', 'upper arm', 'elbow', 'biceps', 'triceps'], regions: ['arm'] },
  { words: ['forearm', 'forearms', 'wrist'], regions: ['forearm'] },
  { words: ['hand', 'hands', 'thumb', 'fingers'], regions: ['hand'] },
  { words: ['hip', 'hips', 'buttock', 'buttocks', 'glute', 'glutes', 'gluteal', 'pelvis', 'groin'], regions: ['pelvis-hip'] },
  { words: ['thigh', 'thighs', 'hamstring', 'hamstrings', 'quad', 'quads', 'knee', 'knees'], regions: ['thigh'] },
  { words: ['leg', 'legs', 'calf', 'calves', 'shin', 'shins', 'lower leg', 'ankle'], regions: ['leg'] },
  { words: ['foot', 'feet', 'heel', 'sole', 'toes', 'plantar'], regions: ['foot'] },
];

export const areaRes = AREAS.map((a) => ({ ...a, re: words(a.words) }));
/** Every area word at once, to strip a site's words from a phrase ("R calf", "neck and upper back"). */
export const anyAreaAllRe = words(AREAS.flatMap((a) => a.words), { global: true });

/**
 * Words that stand with a site in a short label without naming anything else: joiners, and the trigger point the
 * site holds ("R brachioradialis TrP too: DN offered, pt declined" is about the brachioradialis).
 */
export const SITE_LABEL_FILLERS: readonly string[] = ['and', 'or', 'the', 'both', 'side', 'too', 'also', 'TrP', 'TrPs', 'trigger point', 'trigger points', 'active', 'latent'];
export const siteLabelFillersRe = words(SITE_LABEL_FILLERS, { global: true });
