// How notes write the side of the body: each side's words once, and the patterns built from them.
import { AFTER, alternation } from './pattern';

export type Side = 'L' | 'R' | 'B';

/** Each side's words, lower case (they match in any case). Short forms may end in a full stop ("Lt.", "bilat."). */
export const SIDE_TERMS: Readonly<Record<Side, { words: readonly string[]; short: readonly string[] }>> = {
  // "LHS"/"RHS": the left- or right-hand side, as UK and Australian notes write it; "Lft"/"Rgt" as typed short.
  L: { words: ['left'], short: ['lt', 'l', 'lft', 'lhs'] },
  R: { words: ['right'], short: ['rt', 'r', 'rgt', 'rhs'] },
  B: { words: ['bilateral', 'bilaterally', 'both sides', 'both', 'b/l', 'bl', 'b'], short: ['bilat', 'bil'] },
};

const termsOf = (side: Side) => [...SIDE_TERMS[side].words, ...SIDE_TERMS[side].short];

/** Any one side's word ("L", "Rt", "left"): the side a patient lay on, a side written before a name. */
export const ONE_SIDE_SOURCE = `(?:${alternation([...termsOf('L'), ...termsOf('R')])})`;
/** Any side word, both sides included ("bilat", "B/L", "both"). */
export const SIDE_SOURCE = `(?:${alternation([...termsOf('L'), ...termsOf('R'), ...termsOf('B')])})`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** One side's words as a plain alternation, longest first, short forms with their optional full stop. */
function sideGroup(side: Side): string {
  const { words, short } = SIDE_TERMS[side];
  return [...words.map(escape), ...short.map((w) => `${escape(w)}\\.?`)].sort((a, b) => b.length - a.length).join('|');
}
/**
 * "right" as "just" or "correct", not the side: "referral into heel (\"right where it hurts\")", "right at the insertion",
 * "at a right angle". Not before "then" or "to" ("right then left", "right to left" are sides); "all right" may be all on the
 * right ("Dry needling, all right side:"), so it stays a side.
 */
const RIGHT_AS_JUST_BEFORE: readonly string[] = [
  'where', 'there', 'here', 'away', 'now', 'at', 'into', 'through', 'across', 'along', 'behind', 'below', 'above', 'next to', 'up to', 'down to',
  'over the', 'under the', 'after', 'before', 'as', 'when', 'around', 'angle', 'angles', 'angled', 'amount', 'spot', 'place',
];
const rightAsJustRe = new RegExp(`^\\s+(?:${alternation(RIGHT_AS_JUST_BEFORE)})${AFTER}`);
/** Whether the word "right" ending at text[end] means "just" or "correct", not the right side. */
export const rightNotASide = (text: string, end: number): boolean => rightAsJustRe.test(text.slice(end, end + 24));

/** Both sides as a pair of letters: "L/R", "R / L". */
const PAIR_SOURCE = String.raw`L\s?\/\s?R|R\s?\/\s?L`;

/**
 * A side token inside a line; groups 1–3 are both, left, right. A bare letter must not be glued to
 * digits or letters ("L4-5", "QL", "R/O"); the caller checks case (a single letter only in capitals).
 */
export const sideTokenRe = new RegExp(`(?<![\\w/])(?:(${sideGroup('B')}|${PAIR_SOURCE})|(${sideGroup('L')})|(${sideGroup('R')}))(?![\\w/]|\\.\\d|-?\\d)`, 'gi');

/** What joins two sides into both: "L & R", "R and L", "L+R", "L/R". */
const JOINED_PAIR_SOURCE = String.raw`l\s*(?:\/|&|and|\+)\s*r|r\s*(?:\/|&|and|\+)\s*l`;
const cellRe = (side: Side, extra = '') => new RegExp(`^(?:${termsOf(side).map(escape).join('|')}${extra})\\.?$`, 'i');
/** A whole cell or label value that is one side ("Lt", "right", "bilat.", "L & R"). */
export const sideCellRes: ReadonlyArray<[Side, RegExp]> = [['L', cellRe('L')], ['R', cellRe('R')], ['B', cellRe('B', `|${JOINED_PAIR_SOURCE}`)]];
