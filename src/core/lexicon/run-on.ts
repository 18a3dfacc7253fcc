// Words a sentence does not end on: a line that ends on one, or on a comma or a joining sign, runs on
// to the next line (a hard wrap, model/hard-wrap.ts), whatever the next line opens with.
import { AFTER, alternation, BEFORE } from './pattern';
import { PART_QUALIFIERS, SPINAL_LEVEL_NAMES } from './places';
import { ONE_SIDE_SOURCE } from './sides';

/** The articles: a sentence never ends on one, so a line ending on one runs on however short it is ("… I needled the"). */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

export const RUN_ON_WORDS: readonly string[] = [
  ...ARTICLES, 'and', 'or', 'with', 'without', 'to', 'of', 'for', 'at', 'in', 'on', 'by', 'from', 'into', 'onto', 'via', 'per',
  'incl', 'including', 'x', 'plus', 'then', 'than', 'but', 'under', 'over', 'after', 'before', 'during', 'while',
];

/** A line's last word or sign, when it cannot end a sentence ("… pistoning,", "… treated with", "0.30 x" over "60 mm"). */
export const runsOnRe = new RegExp(`(?:[,&+/×]|${BEFORE}(?:${alternation(RUN_ON_WORDS)}))[\\s*_]*$`);
/** A line ending on an article, in lower case ("Grade A" ends a sentence). */
export const endsOnArticleRe = new RegExp(`(?<![\\w'’-])(?:${ARTICLES.join('|')})[\\s*_]*$`);
/** A line that opens on such a word ("with LTR x1 …", "and bruising …") carries on the line above. */
export const opensOnRunOnWordRe = new RegExp(`^(?:${alternation(RUN_ON_WORDS)})${AFTER}`);
/** A line ending on what is written before a muscle's name, a side or a part ("… LTR x2; R middle" over "trapezius …", "DN L" over "ECRL …"). */
export const endsBeforeNameRe = new RegExp(`${BEFORE}(?:${ONE_SIDE_SOURCE}|${alternation([...PART_QUALIFIERS, ...SPINAL_LEVEL_NAMES])})[\\s*_]*$`);

/**
 * Punctuation a speech-recognition slip left as the spoken word ("… familiar buttock pain comma R hamstrings 0.30 x 60 mm …"),
 * with the sign it stands for. "Period" is left out: "over a period of two weeks" is ordinary English.
 */
export const SPOKEN_PUNCTUATION: Readonly<Record<string, ',' | ';' | '.'>> = { comma: ',', semicolon: ';', 'full stop': '.' };
