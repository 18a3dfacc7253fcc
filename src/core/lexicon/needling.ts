// Words that say a line is about needling, and techniques only a needle does.
import { approaches, techniques } from '../vocab/techniques';
import { AFTER, alternation, BEFORE, words } from './pattern';
import { NEEDLING_NAMES } from './needling-names';
import { TOPIC_SOURCE } from './status';

const TECHNIQUE_TERMS = techniques.flatMap((t) => [t.name, ...t.aliases]);

/** Technique words a record's details list (the vocabulary's techniques, and the forms and names clinicians also write). */
export const TECHNIQUE_WORDS: readonly string[] = [
  ...TECHNIQUE_TERMS, 'piston', 'twirl', 'fast in, fast out', 'electrical', 'electrically', 'electro acupuncture', 'electroacupuncture', 'electro needling', 'electroneedling',
  'trigger point dry needling', 'FDN', 'TDN', 'TrP DN', 'TrPDN',
];

// Technique words that also describe stretching, range of motion or other treatments.
const GENERIC_TECHNIQUE_TERMS = new Set(['static', 'retained', 'rotation', 'rotated', 'superficial', 'deep', 'e-stim', 'in and out', 'in-and-out', 'needle retention', 'static retention']);

/** Names of needling itself: "dry needling", "DN", "TDN", "IMS", "needled". */
export const NEEDLING_TERMS: readonly string[] = [
  'dry needling', 'dry needled', 'dry needle', 'dry needles', 'needling', 'needled', 'needle insertion', 'needle insertions', 'needles inserted',
  'trigger point dry needling', 'intramuscular stimulation', 'intramuscular manual therapy', 'functional dry needling', 'electrical dry needling',
  'puncture sèche', 'punción seca', 'agulhamento seco',
  'DN', 'TDN', 'TrP-DN', 'TrPDN', 'TPDN', 'FDN', 'DDN', 'SDN', 'IMS', 'EDN', 'PENS', 'IMES',
  ...TECHNIQUE_TERMS.filter((t) => /needl|\bDN\b|\bIMS\b|\bEDN\b|\bPENS\b|\bIMES\b/.test(t)),
];

export { NEEDLING_NAMES } from './needling-names';

/** Techniques only a needle does (pistoning, in situ, e-stim through the needles, IMS). */
export const NEEDLE_TECHNIQUE_TERMS: readonly string[] = [
  ...TECHNIQUE_TERMS.filter((t) => !GENERIC_TECHNIQUE_TERMS.has(t.toLowerCase()) && !/^(?:superficial|deep) dry needling$/.test(t)),
  'piston', 'pistoned', 'pistoning', 'fast in fast out', 'e-stim via needle', 'e-stim via the needles', 'e-stim through the needles', 'electrical stimulation through the needles',
];

/** Headings and labels that introduce needling records. */
export const NEEDLING_HEADING_TERMS: readonly string[] = [...NEEDLING_TERMS, 'procedure', 'procedure note'];

/**
 * What UK, Irish and Australasian physios call needling. Alone it is another treatment (points such as LI4 are
 * no muscles); with a needling name ("Acupuncture/DN prone, 0.30 x 40 mm:") it names the needling.
 */
export const ACUPUNCTURE_TERMS: readonly string[] = ['acupuncture', 'medical acupuncture', 'western acupuncture', 'western medical acupuncture'];
/** The needling by its short names or as acupuncture, where a phrase is built on it ("VC for acupuncture gained", "signed IMS form", "after DN"). */
export const NEEDLING_OR_ACUPUNCTURE_NAMES: readonly string[] = [...NEEDLING_NAMES, ...ACUPUNCTURE_TERMS];

/** The channels acupuncture points are numbered on, by their standard and common letters ("LI4", "BL 23", "GB-21", "Ren 12"). */
export const ACUPUNCTURE_CHANNELS: readonly string[] = [
  'LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'UB', 'KI', 'KD', 'PC', 'TE', 'SJ', 'TW', 'GB', 'LR', 'LV', 'LIV', 'GV', 'DU', 'CV', 'REN', 'Du', 'Ren',
];
/** An acupuncture point by its channel and number ("BL23", "KI 3", "GB-21"). */
export const acupointRe = new RegExp(`${BEFORE}(?:${ACUPUNCTURE_CHANNELS.join('|')})[ -]?\\d{1,2}(?!\\d)`);

export const needlingTermRe = words(NEEDLING_TERMS);
export const needlingTermsRe = words(NEEDLING_TERMS, { global: true });
/** Needling or the needles, as what was not wanted: "didn't want needles", "did not want the piriformis needled". */
export const needlesNamedRe = words([...NEEDLING_TERMS, 'needle', 'needles']);
/** Needling by any of its names, acupuncture included: what a consent field is for ("Acupuncture consent: ___"). */
export const needlingByAnyNameRe = words([...NEEDLING_TERMS, ...ACUPUNCTURE_TERMS]);
export const needleTechniqueRe = words(NEEDLE_TECHNIQUE_TERMS);
export const techniqueWordsRe = words(TECHNIQUE_WORDS, { global: true });
export const needlingHeadingRe = words(NEEDLING_HEADING_TERMS);

/** How a needle is placed and guided ("flat palpation", "pincer grip", "bracketed over rib"): needling words, not an examination. */
export const approachRe = words(approaches.flatMap((a) => [a.name, ...a.aliases]), { global: true });

/** Needling or a needle-only technique named as what a message or a talk was about: "letter to GP regarding IMS of R infraspinatus". */
const topicNeedlingSource = `${TOPIC_SOURCE}(?:${alternation([...NEEDLING_TERMS, ...NEEDLE_TECHNIQUE_TERMS])})${AFTER}`;
export const topicNeedlingRe = new RegExp(topicNeedlingSource, 'iu');
export const topicNeedlingAllRe = new RegExp(topicNeedlingSource, 'giu');
