// Words that make a detail written once apply to every needled muscle of the visit.
import { words } from './pattern';

/** "Needles 0.25x40 for all", "LTRs in all muscles", "familiar pain throughout". */
export const FOR_ALL_TERMS: readonly string[] = [
  'for all', 'in all', 'all muscles', 'each muscle', 'every muscle', 'throughout', 'for each', 'for both', 'all sites', 'each site',
];

/** Single words a session line may use to say it of the muscles ("LTRs in each", "most reproduced familiar pain"). */
export const ALL_WORDS: readonly string[] = ['all', 'each', 'every', 'throughout', 'both', 'most'];

export const forAllRe = words(FOR_ALL_TERMS);
/** What is said of every muscle, or of each ("LTR x2 each", "LTRs in all"). */
export const forEachRe = words([...FOR_ALL_TERMS, 'each', 'both']);
export const allWordRe = words(ALL_WORDS);
/** "most" as a superlative ("Masseter most concordant", "R UT most tender"): said of one muscle, not of most of them. */
export const superlativeMostRe = /\bmost\s+(?:[a-z]+(?:ant|ent|ive|ful|ous|able|ible|ic|ar)|tender|sore|affected|involved)\b/gi;
