// The text the note's readers see: the note as written, with two kinds of writing that mean the same
// to a clinician made uniform, each character for one character so that every offset still points
// into the note as written (which stays untouched for signing, fixes and messages).
// - Spaces that are not U+0020: a web EMR's non-breaking spaces, a word processor's thin spaces.
// - Emphasis written with underscores (`__Consent__`, `_R_ UT`) as emphasis with asterisks, which
//   every reader already knows; an underscore inside a word ("pt_id") or a blank to fill ("Side: _",
//   "___") is left as it is.
// - Emphasis inside a line (`R *upper trapezius*`, `DN to **L UT** offered`) as plain words: its marks
//   become spaces, so a side, a level or a refusal reads across them as it does across plain words.
//   Emphasis that opens a line, or that a colon follows or ends, stays: it makes a label or a lead-in.
// - The Latin "m." (musculus) or "mm." before a muscle's name, as European notes write it (`R m. levator scapulae`),
//   as spaces, so the side before it reads as the name's; "mm." after a number stays a unit ("30 mm. LTR x2").
// - Text struck through (`~~L~~ R UT`, `<del>0.25x30</del>`, a correction kept visible) as spaces, marks
//   and all: it is what the clinician took back, so it states nothing.
// - Punctuation a dictation slip left as a word ("… buttock pain comma R hamstrings …") as its sign and spaces,
//   so the word splits the clauses the sign would.

import { SPOKEN_PUNCTUATION } from '../lexicon/run-on';
import { SIDE_SOURCE } from '../lexicon/sides';

const otherSpaceRe = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const otherSpacesRe = new RegExp(otherSpaceRe.source, 'g');
// A pair of one or two underscores around words on one line: the opener after a space or punctuation, the
// closer before one. The words between are bounded, so a long line of lone underscores stays linear.
const underscoreEmphasisRe = /(?<=^|[\s([{>|:;,.!?"'*-])(_{1,2})(?=[^\s_])([^\n_]{0,200}?[^\s_])\1(?=$|[\s)\]}<|:;,.!?"'*-])/gm;

// Asterisk emphasis: the opener after a space or bracket, the closer before a space, bracket or sentence sign,
// no colon inside or right after. Only emphasis after other text on its line is made plain (`plainInlineEmphasis`).
const emphasisRe = /(?<=[ \t(/])(\*{1,3})(?=[^\s*])([^\n*:]{0,200}?[^\s*:])\1(?=$|[\s),.;!?/])/gm;
// What may open a line before its words: indentation, quote marks, a list marker, a checkbox.
const lineOpeningRe = /[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]*)?/y;

/** Emphasis after other text on its line with its marks as spaces. Linear: lines are walked forwards once. */
function plainInlineEmphasis(text: string): string {
  let lineEnd = -1; // end of the line of the previous match (its newline, or the text's length)
  let wordsFrom = 0; // where that line's words begin, after its opening marks
  return text.replace(emphasisRe, (m: string, mark: string, words: string, at: number) => {
    if (at > lineEnd) {
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const next = text.indexOf('\n', at);
      lineEnd = next < 0 ? text.length : next;
      lineOpeningRe.lastIndex = lineStart;
      lineOpeningRe.exec(text);
      wordsFrom = lineOpeningRe.lastIndex;
    }
    if (at <= wordsFrom) return m;
    return ' '.repeat(mark.length) + words + ' '.repeat(mark.length);
  });
}

// Struck text on one line: GFM's two tildes (not three, a fence) around words, or an EMR's strike tags.
const struckRe = /(?<!~)~~(?=[^\s~])[^\n~]{0,400}?[^\s~]~~(?!~)|<(del|s|strike)>[^\n<]{0,400}<\/\1>/gi;
const blank = (m: string) => ' '.repeat(m.length);

// Before a name in lower case; before a capitalised one only after a side ("R M. Gluteus medius"), since "M. Jones" is an initial.
// The "m." is looked for first: the lookbehinds read back over spaces, and tried at every position of a long run they were quadratic.
const musculusRe = new RegExp(
  String.raw`(?=[mM]{1,2}\.)(?:(?<![\d.,]\s*)(?<![\w.])[mM]{1,2}\.(?=[ \t]+[a-z])|(?<=(?<![\w/])${SIDE_SOURCE}\.?[ \t]+)[mM]{1,2}\.(?=[ \t]+[A-Z][a-z]))`, 'g',
);

// The word between words on one line, in any case; its space before and the word become the sign and spaces.
const spokenPunctuationRe = new RegExp(`(?<=\\S)[ \\t](${Object.keys(SPOKEN_PUNCTUATION).join('|')})(?=[ \\t]+\\S)`, 'gi');
const spokenWordRe = new RegExp(spokenPunctuationRe.source, 'i');
// After an article or a determiner the word is written about, not dictated ("the semicolon item", "came to a full stop").
const writtenAboutRe = /(?:^|[^\p{L}])(?:the|a|an|this|that|each|every|no|one)$/iu;
const asSign = (m: string, word: string, at: number, text: string) => (writtenAboutRe.test(text.slice(Math.max(0, at - 6), at))
  ? m : SPOKEN_PUNCTUATION[word.toLowerCase().replace(/\s+/, ' ')].padEnd(m.length, ' '));

/** The note as its readers see it; the same length as `text`. */
export function readableText(text: string): string {
  let out = otherSpaceRe.test(text) ? text.replace(otherSpacesRe, ' ') : text;
  if (out.includes('m.') || out.includes('M.')) out = out.replace(musculusRe, blank);
  if (out.includes('~~') || out.includes('<')) out = out.replace(struckRe, blank);
  if (out.includes('_')) out = out.replace(underscoreEmphasisRe, (_m, mark: string, words: string) => '*'.repeat(mark.length) + words + '*'.repeat(mark.length));
  if (out.includes('*')) out = plainInlineEmphasis(out);
  if (spokenWordRe.test(out)) out = out.replace(spokenPunctuationRe, asSign);
  return out;
}
