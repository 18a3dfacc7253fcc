// Builds the regular expressions of the lexicon from plain word lists, so each clinical list is
// written once, as words, and never restated as a hand-written pattern elsewhere.
//
// Phrase syntax: words separated by spaces (a space also matches a hyphen, several spaces or the
// bold and italic marks around a word); a trailing "*" on a word matches any ending ("tolerat*" = tolerated, tolerates, tolerating).
// Abbreviations written in capitals ("DN", "LTR") match only in capitals; other words match in
// any case.
import { execAll } from '../util/matches';
import { INFORMAL_SPELLINGS } from './spellings';

/** Latin letters with their accents, as a character-class body ("évaluation", "Sébastien"). */
export const LATIN_LETTER = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** A letter or digit, in a form valid with or without the u flag. */
const WORD_CHAR = `${LATIN_LETTER}0-9`;

// Only syntax characters are escaped: with the u flag, escaping anything else is an error.
const escapeChar = (c: string) => ('^$\\.*+?()[]{}|'.includes(c) ? `\\${c}` : c);

const OPEN_ENDING = `[${WORD_CHAR}]*`;
// Between words: spaces, hyphens, and the emphasis marks of a word made bold ("**HELD** d/t").
const SEPARATOR = '[\\s*_-]+';

/**
 * Every atom (one character, a separator, an open ending) gets a one-character code, so a phrase
 * becomes a short key string and phrases are merged on their keys' common beginnings with plain
 * string comparisons. A key holds codes only, never a phrase's own characters; the codes run from
 * U+E000, with room for 8,191 distinct atoms, far more than the letters, digits and signs of any vocabulary.
 */
const atomOfCode: string[] = [SEPARATOR, OPEN_ENDING];
const SEPARATOR_CODE = String.fromCharCode(0xe000);
const OPEN_CODE = String.fromCharCode(0xe001);
const codeOfAtom = new Map<string, string>();

function codeOf(atom: string): string {
  let code = codeOfAtom.get(atom);
  if (code === undefined) {
    code = String.fromCharCode(0xe000 + atomOfCode.length);
    atomOfCode.push(atom);
    codeOfAtom.set(atom, code);
  }
  return code;
}

/** The atom of one character: both cases for a letter of a word, the character itself in an abbreviation. */
function charAtom(c: string, anyCase: boolean): string {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return anyCase && lower !== upper ? `[${lower}${upper}]` : escapeChar(c);
}

/** A word's key, cached: the lexicon's phrases share most of their words. */
const wordKeys = [new Map<string, string>(), new Map<string, string>()];
function wordKey(word: string, anyCase: boolean): string {
  const cache = wordKeys[anyCase ? 1 : 0];
  let key = cache.get(word);
  if (key === undefined) {
    const open = word.endsWith('*') && word.length > 1;
    key = '';
    for (const c of open ? word.slice(0, -1) : word) key += codeOf(charAtom(c, anyCase));
    if (open) key += OPEN_CODE;
    cache.set(word, key);
  }
  return key;
}

const isAbbreviation = (phrase: string) => phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();

/** A phrase's keys, one code per atom: one key for each way of spelling its words ("gone through", "gone thru"). */
function phraseKeys(phrase: string): string[] {
  const anyCase = !isAbbreviation(phrase);
  let keys = [''];
  for (const [i, w] of phrase.trim().split(/\s+/).entries()) {
    const spellings = anyCase ? [w, ...(INFORMAL_SPELLINGS.get(w.toLowerCase()) ?? [])] : [w];
    keys = keys.flatMap((key) => spellings.map((s) => (i ? key + SEPARATOR_CODE : key) + wordKey(s, anyCase)));
  }
  return keys;
}

/**
 * Alternation of the phrases as a regex source without boundaries. The phrases are merged on their
 * common beginnings ("post tx|post treatment" is "post[\s*_-]+t(?:reatment|x)"), so the engine
 * reads a shared beginning once instead of once per phrase; longer phrases are still tried first.
 */
export function alternation(phrases: readonly string[]): string {
  return merged([...new Set([...new Set(phrases)].flatMap(phraseKeys))], 0);
}

/**
 * The source for keys that share their first `at` codes. Where they part, the branches are
 * ordered by their longest key (longest first; ties keep the phrases' order), and a key that
 * ends there makes the rest optional.
 */
function merged(keys: readonly string[], at: number): string {
  let out = '';
  for (;;) {
    let ends = false;
    let shared: string | undefined;
    let parts = false;
    for (const key of keys) {
      if (key.length === at) ends = true;
      else if (shared === undefined) shared = key[at];
      else if (key[at] !== shared) parts = true;
    }
    if (shared === undefined) return out;
    if (!parts && !ends) {
      out += atomOfCode[shared.charCodeAt(0) - 0xe000];
      at++;
      continue;
    }
    const branches = new Map<string, { keys: string[]; longest: number }>();
    for (const key of keys) {
      if (key.length === at) continue;
      let branch = branches.get(key[at]);
      if (!branch) branches.set(key[at], (branch = { keys: [], longest: 0 }));
      branch.keys.push(key);
      branch.longest = Math.max(branch.longest, key.length);
    }
    const sources = [...branches]
      .sort((a, b) => b[1].longest - a[1].longest)
      .map(([code, branch]) => atomOfCode[code.charCodeAt(0) - 0xe000] + merged(branch.keys, at + 1));
    const joined = sources.join('|');
    if (ends) return `${out}(?:${joined})?`;
    return out + (sources.length === 1 ? joined : `(?:${joined})`);
  }
}

// Word boundaries that also work around phrases ending in a sign ("LTR+") or a dot ("approx.").
// Letters are Latin (with accents), which is what notes are written in: without the u flag and
// Unicode property classes, V8 runs these lists about twice as fast, and they are run at every
// muscle a note names.
export const BEFORE = `(?<![${WORD_CHAR}])`;
/**
 * Where a word begins. Put before a lookbehind that reads back over spaces ("not after 'no '"), it keeps that
 * lookbehind from being tried at every position of a long run of spaces, which made the search quadratic.
 */
export const WORD_START = `${BEFORE}(?=[${WORD_CHAR}])`;
export const AFTER = `(?![${WORD_CHAR}])`;
/** An aside in brackets between a field's label and its colon: "Consent (verbal, through AHW):", "Aftercare (leaflet given?):", "After DN (DW):". */
export const LABEL_ASIDE = String.raw`(?:\s*\([^()\n]{1,40}\))?`;

/** Matches any of the phrases as whole words. */
export function words(phrases: readonly string[], options: { global?: boolean } = {}): RegExp {
  return new RegExp(`${BEFORE}(?:${alternation(phrases)})${AFTER}`, options.global ? 'g' : '');
}

/** Every match of `re` (made global if it is not) as [start, end) with the text. */
export function findAll(re: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  return execAll(g, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
