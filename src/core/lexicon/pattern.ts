// Builds the regular expressions of the lexicon from plain word lists, so each clinical list is
// written once, as words, and never restated as a hand-written pattern elsewhere.
//
// Phrase syntax: words separated by spaces (a space also matches a hyphen, several spaces or the
// bold and italic marks around a word); a trailing "*" on a word matches any ending ("tolerat*" = tolerated, tolerates, tolerating).
// Abbreviations written in capitals ("DN", "LTR") match only in capitals; other words match in
// any case.

/** A letter or digit, in a form valid with or without the u flag. */
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

// Only syntax characters are escaped: with the u flag, escaping anything else is an error.
const escapeChar = (c: string) => ('^$\\.*+?()[]{}|'.includes(c) ? `\\${c}` : c);

function wordSource(word: string, anyCase: boolean): string {
  const open = word.endsWith('*') && word.length > 1;
  const core = [...(open ? word.slice(0, -1) : word)].map((c) => {
    if (anyCase && c.toLowerCase() !== c.toUpperCase()) return `[${c.toLowerCase()}${c.toUpperCase()}]`;
    return escapeChar(c);
  }).join('');
  return open ? `${core}[${WORD_CHAR}]*` : core;
}

const isAbbreviation = (phrase: string) => phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();

function phraseSource(phrase: string): string {
  const anyCase = !isAbbreviation(phrase);
  // Between words: spaces, hyphens, and the emphasis marks of a word made bold ("**HELD** d/t").
  return phrase.trim().split(/\s+/).map((w) => wordSource(w, anyCase)).join('[\\s*_-]+');
}

/** Alternation of the phrases, longest first, as a regex source without boundaries. */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map(phraseSource).join('|');
}

// Word boundaries that also work around phrases ending in a sign ("LTR+") or a dot ("approx.").
// Letters are Latin (with accents), which is what notes are written in: without the u flag and
// Unicode property classes, V8 runs these lists about twice as fast, and they are run at every
// muscle a note names.
export const BEFORE = `(?<![${WORD_CHAR}])`;
export const AFTER = `(?![${WORD_CHAR}])`;

/** Matches any of the phrases as whole words. */
export function words(phrases: readonly string[], options: { global?: boolean } = {}): RegExp {
  return new RegExp(`${BEFORE}(?:${alternation(phrases)})${AFTER}`, options.global ? 'g' : '');
}

/** Every match of `re` (made global if it is not) as [start, end) with the text. */
export function findAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  return [...text.matchAll(g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}
