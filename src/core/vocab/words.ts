// Words as the vocabulary reads them: runs of letters and digits with their offsets, and the
// phrase forms its index keys on (lower case, single spaces, a plural's singular).

export interface Word {
  text: string;
  start: number;
  end: number;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** A character code that is part of a word: an ASCII letter or digit, or any other letter, digit or mark. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && NON_ASCII_WORD.test(String.fromCharCode(c)));
}

/** Maximal runs of letters and digits with their offsets. */
export function tokenise(text: string): Word[] {
  return tokeniseRange(text, 0, text.length);
}

/** The words of text[from, to), offsets in `text`; a word cut by `to` is read to its end. `from` must not fall inside a word. */
export function tokeniseRange(text: string, from: number, to: number, into: Word[] = []): Word[] {
  let start = -1;
  for (let i = from; i <= text.length; i++) {
    const inWord = i < text.length && isWordCode(text.charCodeAt(i));
    if (inWord && start < 0) {
      if (i >= to) break;
      start = i;
    } else if (!inWord && start >= 0) {
      into.push({ text: text.slice(start, i), start, end: i });
      start = -1;
      if (i >= to) break;
    }
  }
  return into;
}

// Between two words of one phrase only spaces, hyphens, dots and brackets may stand
// ("mid-trap", "iliocost. thor.", "upper trapezius (UT)"); a comma, slash or colon ends the phrase.
// A dot followed by a capital ends a sentence ("...lower. Trapezius"), so it does not join either.
export function joins(text: string, from: number, to: number): boolean {
  let dot = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) dot = true;
    else if (c !== 32 && c !== 9 && c !== 45 && c !== 40 && c !== 41 && c !== 160) return false;
  }
  if (!dot) return true;
  const next = text.charCodeAt(to);
  return !(next >= 65 && next <= 90);
}

/** Words of `phrase` joined by single spaces, or undefined if punctuation splits it into several phrases. */
export function joinWords(phrase: string, lower: boolean): string | undefined {
  const words = tokenise(phrase);
  if (!words.length) return undefined;
  for (let i = 1; i < words.length; i++) if (!joins(phrase, words[i - 1].end, words[i].start)) return undefined;
  const joined = words.map((w) => w.text).join(' ');
  return lower ? joined.toLowerCase() : joined;
}

/** Lower-case words joined by single spaces: "Upper-Trapezius." -> "upper trapezius". */
export function normalisePhrase(phrase: string): string {
  return tokenise(phrase).map((w) => w.text.toLowerCase()).join(' ');
}

/** "Upper Trap (R)" -> "upper-trap-r". */
export function kebab(phrase: string): string {
  return normalisePhrase(phrase).replace(/ /g, '-');
}

/** Plural fallback: "upper traps" -> "upper trap"; leaves "ss" words and short words alone. */
export function singular(lower: string): string | undefined {
  const n = lower.length;
  if (n < 4 || lower.charCodeAt(n - 1) !== 115 || lower.charCodeAt(n - 2) === 115 || lower.charCodeAt(n - 2) === 32) return undefined;
  return lower.slice(0, -1);
}

/** Terms with no lower-case letter ("PT", "HS") are case-sensitive abbreviations. */
export function isCaseSensitive(term: string): boolean {
  return term === term.toUpperCase() && term !== term.toLowerCase();
}
