// Shortened words whose full stop does not end a sentence, for the statement readers that cut
// text into sentences ("approx. 3 needles", "pt. tolerated", "e.g. heat", "R. UT").

export const SENTENCE_SHORT_FORMS: readonly string[] = ['incl', 'approx', 'pt', 'e.g', 'i.e', 'vs', 'min', 'lat', 'med', 'ant', 'post', 'sup', 'inf', 'R', 'L'];

/** A full stop, "!" or "?" that ends a sentence: not one just after a short form, nor after `alsoNotAfter` (a regex source, such as a digit). */
export function sentenceStopSource(alsoNotAfter?: string): string {
  const forms = SENTENCE_SHORT_FORMS.map((f) => f.replace(/\./g, '\\.'));
  if (alsoNotAfter) forms.push(alsoNotAfter);
  return `(?<!\\b(?:${forms.join('|')}))[.!?]`;
}
