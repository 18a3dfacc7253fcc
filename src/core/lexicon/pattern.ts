// Builds the regular expressions of the lexicon from plain word lists, so each clinical list is
// written once, as words, and never restated as a hand-written pattern elsewhere.
//
// Phrase syntax: words separated by spaces (a space also matches a hyphen, several spaces or the
// bold and italic marks around a word); a trailing "*" on a word matches any ending ("tolerat*" = tolerated, tolerates, tolerating).
// Abbreviations written in capitals ("DN", "LTR") match only in capitals; other words match in
// any case.
import { execAll } from '../util/matches';

/** A letter or digit, in a form valid with or without the u flag. */
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';

// Only syntax characters are escaped: with the u flag, escaping anything else is an error.
const escapeChar = (c: string) => ('^$\\.*+?()[]{}|'.includes(c) ? `\\${c}` : c);

/** The atom of one character, cached: the lexicon's phrases are built from a few dozen characters. */
const atomCache = new Map<string, string>();
function charAtom(c: string, anyCase: boolean): string {
  const key = anyCase ? c : `\u0000${c}`;
  let atom = atomCache.get(key);
  if (atom === undefined) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    atom = anyCase && lower !== upper ? `[${lower}${upper}]` : escapeChar(c);
    atomCache.set(key, atom);
  }
  return atom;
}

const OPEN_ENDING = `[${WORD_CHAR}]*`;

/** A word's atoms, appended to `out`: one per character, and a run for an open ending. */
function pushWordAtoms(out: string[], word: string, anyCase: boolean): void {
  const open = word.endsWith('*') && word.length > 1;
  const stem = open ? word.slice(0, -1) : word;
  for (const c of stem) out.push(charAtom(c, anyCase));
  if (open) out.push(OPEN_ENDING);
}

const isAbbreviation = (phrase: string) => phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();

// Between words: spaces, hyphens, and the emphasis marks of a word made bold ("**HELD** d/t").
const SEPARATOR = '[\\s*_-]+';

/** A phrase as a list of atoms, each matching one character or one run (a separator, an open ending). */
function phraseAtoms(phrase: string): string[] {
  const anyCase = !isAbbreviation(phrase);
  const out: string[] = [];
  phrase.trim().split(/\s+/).forEach((w, i) => {
    if (i) out.push(SEPARATOR);
    pushWordAtoms(out, w, anyCase);
  });
  return out;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
  /** Atoms on the longest path below: longer phrases are tried first, as in a longest-first list. */
  depth: number;
}

/**
 * Alternation of the phrases as a regex source without boundaries. The phrases are merged on their
 * common beginnings ("post tx|post treatment" is "post[\s*_-]+(?:tx|treatment)"), so the engine
 * reads a shared beginning once instead of once per phrase; longer phrases are still tried first.
 */
export function alternation(phrases: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false, depth: 0 };
  for (const phrase of new Set(phrases)) {
    let node = root;
    for (const atom of phraseAtoms(phrase)) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = { children: new Map(), end: false, depth: 0 }));
      node = next;
    }
    node.end = true;
  }
  setDepth(root);
  return source(root);
}

function setDepth(node: TrieNode): number {
  let depth = 0;
  for (const child of node.children.values()) depth = Math.max(depth, 1 + setDepth(child));
  return (node.depth = depth);
}

function source(node: TrieNode): string {
  if (!node.children.size) return '';
  let branches: string[];
  if (node.children.size === 1) {
    const [[atom, child]] = node.children;
    branches = [atom + source(child)];
  } else {
    const entries = [...node.children].sort((a, b) => b[1].depth - a[1].depth);
    branches = entries.map(([atom, child]) => atom + source(child));
  }
  if (node.end) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
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
  return execAll(g, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}
