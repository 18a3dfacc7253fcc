// The text the note's readers see: the note as written, with two kinds of writing that mean the same
// to a clinician made uniform, each character for one character so that every offset still points
// into the note as written (which stays untouched for signing, fixes and messages).
// - Spaces that are not U+0020: a web EMR's non-breaking spaces, a word processor's thin spaces.
// - Emphasis written with underscores (`__Consent__`, `_R_ UT`) as emphasis with asterisks, which
//   every reader already knows; an underscore inside a word ("pt_id") or a blank to fill ("Side: _",
//   "___") is left as it is.

const otherSpaceRe = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const otherSpacesRe = new RegExp(otherSpaceRe.source, 'g');
// A pair of one or two underscores around words on one line: the opener after a space or punctuation, the
// closer before one. The words between are bounded, so a long line of lone underscores stays linear.
const underscoreEmphasisRe = /(?<=^|[\s([{>|:;,.!?"'*-])(_{1,2})(?=[^\s_])([^\n_]{0,200}?[^\s_])\1(?=$|[\s)\]}<|:;,.!?"'*-])/gm;

/** The note as its readers see it; the same length as `text`. */
export function readableText(text: string): string {
  let out = otherSpaceRe.test(text) ? text.replace(otherSpacesRe, ' ') : text;
  if (out.includes('_')) out = out.replace(underscoreEmphasisRe, (_m, mark: string, words: string) => '*'.repeat(mark.length) + words + '*'.repeat(mark.length));
  return out;
}
