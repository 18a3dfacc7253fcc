// Shortened words whose full stop does not end a sentence, for the statement readers that cut
// text into sentences ("approx. 3 needles", "pt. tolerated", "e.g. heat", "R. UT").

export const SENTENCE_SHORT_FORMS: readonly string[] = ['incl', 'approx', 'pt', 'e.g', 'i.e', 'vs', 'min', 'lat', 'med', 'ant', 'post', 'sup', 'inf', 'R', 'L'];

/** A full stop, "!" or "?" that ends a sentence: not one just after a short form, nor after `alsoNotAfter` (a regex source, such as a digit). */
export function sentenceStopSource(alsoNotAfter?: string): string {
  const forms = SENTENCE_SHORT_FORMS.map((f) => f.replace(/\./g, '\\.'));
  if (alsoNotAfter) forms.push(alsoNotAfter);
  return `(?<!\\b(?:${forms.join('|')}))[.!?]`;
}

/**
 * The clause splitter's short forms (model/clauses.ts, compared in lower case): the sentence readers' own, and the units,
 * titles, histories and dosing a dense line abbreviates ("3 wks. R UT", "Dr. Lee", "b.i.d. prn").
 */
export const CLAUSE_SHORT_FORMS: readonly string[] = [
  ...SENTENCE_SHORT_FORMS.map((form) => form.toLowerCase()),
  'pts', 'eg', 'ie', 'mins', 'w', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'nos', 'fig', 'etc', 'bil', 'bilat', 'lt', 'rt', 'ext', 'flex', 'rot', 'abd',
  'add', 'prox', 'dist', 'hr', 'hrs', 'sec', 'secs', 'wk', 'wks', 'tx', 'dx', 'hx', 'sx', 'rx', 'fx', 'yo', 'y.o', 'a.m', 'p.m', 'am', 'pm', 'ca',
  'cf', 'al', 'b.i.d', 't.i.d', 'q.d', 'prn', 'b/l',
];
