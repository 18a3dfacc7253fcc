// Sentences and clauses of one line of text, as offsets. A line in a dense note often holds
// several statements ("TTP R UT. DN L UT 0.25x30, LTR x2; declined e-stim."): each is read on its
// own. One pass over the text, so a pasted paragraph of any length stays linear.

import { CLAUSE_SHORT_FORMS } from '../lexicon/short-forms';
import { countBefore } from '../util/search';

export interface Span {
  start: number;
  end: number;
}

// Words whose full stop does not end a sentence ("approx. 3", "pt. tolerated", "e.g. heat").
const ABBREVIATIONS: ReadonlySet<string> = new Set(CLAUSE_SHORT_FORMS);

function endsAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  // A single capital letter is an initial ("J. Smith"), except a side compared with the other ("… pelvic floor L > R. Good LTRs today.").
  if (/^\p{Lu}$/u.test(text.slice(s, dot))) return !/[<>=≤≥]\s*[LR]$/.test(text.slice(Math.max(0, s - 3), dot));
  return ABBREVIATIONS.has(word);
}

/** "?DN", "(?TrP)": a question mark opening a word, after a space, a bracket or the line's start. */
const queriesWord = (text: string, at: number) => /[\p{L}\d]/u.test(text[at + 1] ?? '') && (at === 0 || /[\s(]/.test(text[at - 1]));

/** Splits at sentence full stops (not decimals or abbreviations), "!", "?" (not one that queries a word), ";", "·", "•" and a spaced "|". */
export function clauseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const cut = (at: number, width: number) => {
    if (at > start) spans.push({ start, end: at });
    start = at + width;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A question mark against a word ("?DN next time", "R LS ?TrP") queries it; it ends no sentence.
    if (c === '?' && queriesWord(text, i)) continue;
    if (c === ';' || c === '!' || c === '?' || c === '·' || c === '•') cut(i, 1);
    else if (c === '|' && text[i - 1] === ' ' && text[i + 1] === ' ') cut(i, 1);
    else if (c === '.') {
      const next = text[i + 1];
      if (next !== undefined && !/\s/.test(next)) continue; // 0.25, e.g.x, "L4.5"
      if (/\d/.test(text[i - 1] ?? '') && /\d/.test(next ?? '')) continue;
      if (endsAbbreviation(text, i)) continue;
      cut(i, 1);
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => hasNonSpace(text, s.start, s.end));
}

/** Whether text[from, to) holds anything but white space, read in place (a long line is not copied span by span). */
function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!WHITE_SPACE.test(text[i])) return true;
  return false;
}
const WHITE_SPACE = /\s/;

/** The span holding offset `at` (or the last one starting before it); binary search, spans in order. */
export function spanAt(spans: readonly Span[], at: number): Span | undefined {
  const k = countBefore(spans.length, (i) => spans[i].start <= at);
  return k > 0 ? spans[k - 1] : undefined;
}
