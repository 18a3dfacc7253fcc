// Lookup over the clinical vocabulary. Built once per clinic configuration; the default
// vocabulary is memoised. scanMuscles runs on every line of every note, so it tokenises once
// and walks n-grams through Maps built here, never through a big regular expression.

import { distance } from 'fastest-levenshtein';
import { adverseEvents } from './adverse-events';
import { ambiguousTokens, reservedAbbreviations } from './ambiguous';
import { consentRisks } from './consent-risks';
import { groupTerms } from './groups';
import { muscles as builtInMuscles } from './muscles';
import { outcomeMeasures } from './outcomes';
import { responses } from './responses';
import { approaches, techniques } from './techniques';
import type { AmbiguousToken, GroupTerm, Muscle, Region, Risk } from './types';

export type * from './types';
export { kebab, normalisePhrase, tokenise, tokeniseRange, type Word } from './words';
import { isCaseSensitive, isWordCode, joins, joinWords, kebab, normalisePhrase, singular, tokenise } from './words';

/** Enough for the distinct words of a large note; cleared when full so memory stays bounded. */
const SUGGEST_MEMO_SIZE = 5000;
const KNOWN_MEMO_SIZE = 20000;

export interface ClinicVocabulary {
  muscles?: Array<{ name: string; shorthand?: string[]; synonyms?: string[]; region?: Region; risks?: Risk[]; parent?: string }>;
  terms?: string[];
}

export interface MuscleMention {
  start: number;
  end: number;
  text: string;
  kind: 'muscle' | 'ambiguous' | 'group';
  muscle?: Muscle;
  candidates?: Muscle[];
  group?: GroupTerm;
}

export interface Vocabulary {
  muscles: readonly Muscle[];
  byId(id: string): Muscle | undefined;
  /** Exact: name/synonym (case-insensitive, punctuation and a trailing plural "s" normalised) or shorthand (case-sensitive). */
  lookupMuscle(phrase: string): Muscle | undefined;
  ambiguous(token: string): AmbiguousToken | undefined;
  group(term: string): GroupTerm | undefined;
  /** Follows `parent` to the muscle a billing counter counts. */
  billingParent(m: Muscle): Muscle;
  /** Did-you-mean over names and synonyms; [] when nothing is close. */
  suggest(phrase: string, max?: number): Muscle[];
  /** Muscle, ambiguous and group mentions in one line, left to right, longest match first. */
  scanMuscles(text: string): MuscleMention[];
  /** Words the vocabulary knows (any word of its phrases, clinic terms), for spell-check layers. */
  isKnownTerm(word: string): boolean;
  /** Clinic entries that were dropped or trimmed, and phrases claimed twice, in plain words. */
  problems: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Tokenising

// ---------------------------------------------------------------------------------------------
// Index

type Entry =
  | { kind: 'muscle'; muscle: Muscle }
  | { kind: 'ambiguous'; token: AmbiguousToken; candidates: Muscle[] }
  | { kind: 'group'; group: GroupTerm };

function label(e: Entry): string {
  return e.kind === 'muscle' ? `muscle "${e.muscle.name}"` : e.kind === 'group' ? `group "${e.group.term}"` : `ambiguous "${e.token.token}"`;
}

class Index {
  /** Exact-case keys: shorthand and all-capitals tokens. */
  readonly cs = new Map<string, Entry>();
  /** Lower-case keys: names, synonyms, group terms, word-like ambiguous terms. */
  readonly ci = new Map<string, Entry>();
  /** Lower-case leading n-grams of multi-word keys, so a scan stops extending early. */
  readonly prefixes = new Set<string>();
  /** Lower-case names one word longer than a prefix ("biceps" → "biceps femoris"): a misspelt next word is looked for among them. */
  readonly oneLonger = new Map<string, string[]>();
  /** Lower-case first words of all keys: the scan's cheap first test. */
  readonly starts = new Set<string>();
  /** Each first word's length and first character (`wordShape`): a cheaper test before a word is cut out of its line. */
  readonly startShapes = new Set<number>();
  readonly knownCs = new Set<string>();
  readonly knownCi = new Set<string>();
  maxWords = 1;
  readonly problems: string[] = [];

  add(phrase: string, caseSensitive: boolean, entry: Entry): boolean {
    const key = joinWords(phrase, !caseSensitive);
    if (!key) {
      this.problems.push(`"${phrase}" is not a single phrase (${label(entry)})`);
      return false;
    }
    const map = caseSensitive ? this.cs : this.ci;
    const other = map.get(key);
    if (other && !sameTarget(other, entry)) {
      this.problems.push(`"${phrase}" is claimed by ${label(other)} and ${label(entry)}; kept the first`);
      return false;
    }
    map.set(key, entry);
    const words = key.split(' ');
    const first = words[0].toLowerCase();
    this.starts.add(first);
    this.startShapes.add(wordShape(first.length, first.charCodeAt(0)));
    this.maxWords = Math.max(this.maxWords, words.length);
    let prefix = '';
    for (let i = 0; i < words.length - 1; i++) {
      prefix = i ? `${prefix} ${words[i].toLowerCase()}` : words[i].toLowerCase();
      this.prefixes.add(prefix);
    }
    if (words.length > 1 && !caseSensitive) {
      const longer = this.oneLonger.get(prefix) ?? this.oneLonger.set(prefix, []).get(prefix)!;
      longer.push(key.toLowerCase());
    }
    for (const w of words) (caseSensitive ? this.knownCs : this.knownCi).add(caseSensitive ? w : w.toLowerCase());
    return true;
  }

  /** Entry for one already-joined n-gram: exact-case first, then lower-case, then singular. */
  find(exact: string, lower: string): Entry | undefined {
    const hit = this.cs.get(exact) ?? this.ci.get(lower);
    if (hit) return hit;
    const one = singular(lower);
    return one === undefined ? undefined : this.ci.get(one);
  }

  findPhrase(phrase: string): Entry | undefined {
    const exact = joinWords(phrase, false);
    return exact === undefined ? undefined : this.find(exact, exact.toLowerCase());
  }
}

function sameTarget(a: Entry, b: Entry): boolean {
  return (a.kind === 'muscle' && b.kind === 'muscle' && a.muscle.id === b.muscle.id)
    || (a.kind === 'group' && b.kind === 'group' && a.group === b.group)
    || (a.kind === 'ambiguous' && b.kind === 'ambiguous' && a.token === b.token);
}

function addMuscleKeys(index: Index, m: Muscle): void {
  const entry: Entry = { kind: 'muscle', muscle: m };
  index.add(m.name, false, entry);
  for (const s of m.synonyms) index.add(s, false, entry);
  for (const s of m.shorthand) index.add(s, true, entry);
}

// ---------------------------------------------------------------------------------------------
// Clinic entries

const RESERVED = new Set<string>(reservedAbbreviations);
const AMBIGUOUS = new Set<string>(ambiguousTokens.map((a) => a.token));

function mergeClinic(index: Index, list: Muscle[], byId: Map<string, Muscle>, clinic: ClinicVocabulary, scan: (t: string) => MuscleMention[]): void {
  for (const c of clinic.muscles ?? []) {
    const name = normalisePhrase(c.name ?? '');
    if (!name) {
      index.problems.push('clinic muscle without a name ignored');
      continue;
    }
    const shorthand = (c.shorthand ?? []).filter((s) => {
      const bad = AMBIGUOUS.has(s) || RESERVED.has(s);
      if (bad) index.problems.push(`clinic shorthand "${s}" for "${name}" ignored: it is ambiguous or has another meaning`);
      return !bad;
    });
    let parent: string | undefined;
    if (c.parent) {
      const found = index.findPhrase(c.parent);
      parent = byId.get(c.parent)?.id ?? (found?.kind === 'muscle' ? found.muscle.id : undefined);
      if (!parent) index.problems.push(`clinic parent "${c.parent}" of "${name}" is not a known muscle; ignored`);
    }
    const existing = index.ci.get(name);
    if (existing && existing.kind !== 'muscle') {
      index.problems.push(`clinic muscle "${name}" is already ${label(existing)}; ignored`);
      continue;
    }
    if (existing) {
      // A clinic entry for a built-in muscle adds its own spellings to a copy of it.
      const base = existing.muscle;
      const risks = [...new Set([...base.risks, ...(c.risks ?? [])])];
      const merged: Muscle = {
        ...base,
        shorthand: [...new Set([...base.shorthand, ...shorthand])],
        synonyms: [...new Set([...base.synonyms, ...(c.synonyms ?? [])])],
        region: c.region ?? base.region,
        risks,
        ...(parent && parent !== base.id ? { parent } : {}),
        ...(risks.includes('lung') && !base.lungProximity ? { lungProximity: 'A' as const } : {}),
      };
      list[list.indexOf(base)] = merged;
      byId.set(merged.id, merged);
      rekey(index, base, merged);
      continue;
    }
    const region = c.region ?? (parent ? byId.get(parent)?.region : undefined) ?? scan(c.name).find((x) => x.muscle)?.muscle?.region;
    if (!region) {
      index.problems.push(`clinic muscle "${name}" has no region and none could be inferred; ignored`);
      continue;
    }
    const risks = c.risks ?? [];
    const m: Muscle = {
      id: `clinic-${kebab(name)}`, name, region, shorthand, synonyms: c.synonyms ?? [], risks,
      // A clinic's own lung flag is not sourced, so it counts as anatomically possible.
      ...(risks.includes('lung') ? { lungProximity: 'A' as const } : {}),
      ...(parent ? { parent } : {}),
    };
    if (byId.has(m.id)) {
      index.problems.push(`clinic muscle "${name}" listed twice; kept the first`);
      continue;
    }
    list.push(m);
    byId.set(m.id, m);
    addMuscleKeys(index, m);
  }
}

/** Points every key and ambiguity candidate at `after` instead of `before`, and adds the keys `after` brings. */
function rekey(index: Index, before: Muscle, after: Muscle): void {
  const entry: Entry = { kind: 'muscle', muscle: after };
  for (const map of [index.cs, index.ci]) {
    for (const [k, e] of map) {
      if (e.kind === 'muscle' && e.muscle === before) map.set(k, entry);
      else if (e.kind === 'ambiguous') e.candidates = e.candidates.map((m) => (m === before ? after : m));
    }
  }
  addMuscleKeys(index, after);
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

function otherTermWords(): string[] {
  const phrases: string[] = [];
  for (const list of [techniques, approaches, responses, adverseEvents, consentRisks, outcomeMeasures]) {
    for (const t of list) phrases.push(t.name, ...t.aliases);
  }
  return phrases.flatMap((p) => tokenise(p).map((w) => w.text));
}

function build(clinic?: ClinicVocabulary): Vocabulary {
  const index = new Index();
  const list: Muscle[] = [...builtInMuscles];
  const byId = new Map<string, Muscle>();
  for (const m of list) {
    if (byId.has(m.id)) index.problems.push(`muscle id "${m.id}" is used twice`);
    byId.set(m.id, m);
    addMuscleKeys(index, m);
  }
  for (const a of ambiguousTokens) {
    const candidates = a.candidates.map((id) => byId.get(id)).filter((m): m is Muscle => !!m);
    if (candidates.length !== a.candidates.length) index.problems.push(`ambiguous "${a.token}" names an unknown muscle id`);
    index.add(a.token, isCaseSensitive(a.token), { kind: 'ambiguous', token: a, candidates });
  }
  for (const g of groupTerms) {
    for (const t of [g.term, ...(g.aliases ?? [])]) index.add(t, isCaseSensitive(t), { kind: 'group', group: g });
  }

  const scanMuscles = (text: string): MuscleMention[] => withCoordinated(index, text, withoutSidesBeforeNames(text, scan(index, text)));
  if (clinic) mergeClinic(index, list, byId, clinic, scanMuscles);

  const clinicTerms = new Set<string>();
  for (const t of clinic?.terms ?? []) {
    const n = normalisePhrase(t);
    if (n) clinicTerms.add(n);
    for (const w of n.split(' ')) if (w) clinicTerms.add(w);
  }
  for (const w of otherTermWords()) (isCaseSensitive(w) && w.length > 1 ? index.knownCs : index.knownCi).add(isCaseSensitive(w) && w.length > 1 ? w : w.toLowerCase());

  const lookupEntry = (phrase: string) => index.findPhrase(phrase);
  const billingParent = (m: Muscle): Muscle => {
    let current = m;
    for (let depth = 0; current.parent && depth < 8; depth++) {
      const up = byId.get(current.parent);
      if (!up) break;
      current = up;
    }
    return current;
  };

  // Suggestion keys: lower-case names and synonyms only; shorthand is too short to compare.
  const suggestKeys: Array<[string, Muscle]> = [];
  for (const [k, e] of index.ci) if (e.kind === 'muscle') suggestKeys.push([k, e.muscle]);
  /** Ranked suggestions by normalised phrase, per vocabulary (a clinic list changes the answers). */
  const knownMemo = new Map<string, boolean>();
  const suggestMemo = new Map<string, Muscle[]>();

  return {
    muscles: list,
    byId: (id) => byId.get(id),
    lookupMuscle(phrase) {
      const e = lookupEntry(phrase);
      return e?.kind === 'muscle' ? e.muscle : undefined;
    },
    ambiguous(token) {
      const e = lookupEntry(token);
      return e?.kind === 'ambiguous' ? e.token : undefined;
    },
    group(term) {
      const e = lookupEntry(term);
      return e?.kind === 'group' ? e.group : undefined;
    },
    billingParent,
    suggest(phrase, max = 5) {
      const q = normalisePhrase(phrase);
      if (!q) return [];
      // Every note repeats the same ordinary words; each costs a distance to every muscle name once.
      let ranked = suggestMemo.get(q);
      if (!ranked) {
        if (suggestMemo.size >= SUGGEST_MEMO_SIZE) suggestMemo.clear();
        const limit = maxDistance(q.length);
        const best = new Map<Muscle, number>();
        for (const [key, m] of suggestKeys) {
          if (Math.abs(key.length - q.length) > limit) continue;
          const d = distance(q, key);
          if (d <= limit && d < (best.get(m) ?? Infinity)) best.set(m, d);
        }
        ranked = [...best].sort((a, b) => a[1] - b[1] || a[0].name.length - b[0].name.length).map(([m]) => m);
        suggestMemo.set(q, ranked);
      }
      return ranked.slice(0, max);
    },
    scanMuscles,
    isKnownTerm(word) {
      // Dictation repeats its words: each is looked up once (bounded, like the suggestions).
      let known = knownMemo.get(word);
      if (known === undefined) {
        if (knownMemo.size >= KNOWN_MEMO_SIZE) knownMemo.clear();
        const n = normalisePhrase(word);
        known = index.knownCs.has(word) || index.cs.has(joinWords(word, false) ?? '') || (!!n && (index.knownCi.has(n) || clinicTerms.has(n) || index.ci.has(n)));
        knownMemo.set(word, known);
      }
      return known;
    },
    problems: index.problems,
  };
}

/** Edits allowed for a did-you-mean: 1 for very short words, 2 up to 8 letters, then about a quarter. */
function maxDistance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return Math.max(2, Math.round(length / 4));
}

/** A word's length and its lower-case first character as one number. */
const wordShape = (length: number, firstCode: number) => length * 0x10000 + firstCode;

function scan(index: Index, text: string): MuscleMention[] {
  const out: MuscleMention[] = [];
  // Word offsets in flat arrays; one lower-casing of the whole line (per word if lengths differ).
  const starts: number[] = [];
  const ends: number[] = [];
  let s = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordCode(text.charCodeAt(i));
    if (inWord && s < 0) s = i;
    else if (!inWord && s >= 0) { starts.push(s); ends.push(i); s = -1; }
  }
  const n = starts.length;
  if (!n) return out;
  const lowered = text.toLowerCase();
  const sameLength = lowered.length === text.length;
  const lowerWord = (k: number) => (sameLength ? lowered.slice(starts[k], ends[k]) : text.slice(starts[k], ends[k]).toLowerCase());

  // Most words start no key: their shape says so without cutting them out (nor their singular, one letter shorter).
  const mayStartKey = (k: number) => {
    if (!sameLength) return true;
    const length = ends[k] - starts[k];
    const first = lowered.charCodeAt(starts[k]);
    return index.startShapes.has(wordShape(length, first)) || (lowered.charCodeAt(ends[k] - 1) === 115 && index.startShapes.has(wordShape(length - 1, first)));
  };
  let i = 0;
  while (i < n) {
    if (!mayStartKey(i)) { i++; continue; }
    let low = lowerWord(i);
    // Then one Set lookup.
    if (!index.starts.has(low)) {
      const one = singular(low);
      if (one === undefined || !index.starts.has(one)) { i++; continue; }
    }
    let hit: Entry | undefined;
    let last = i;
    let exact = text.slice(starts[i], ends[i]);
    for (let j = i; ; ) {
      const e = index.find(exact, low);
      if (e) { hit = e; last = j; }
      if (++j >= n || j - i >= index.maxWords || !index.prefixes.has(low) || !joins(text, ends[j - 1], starts[j])) break;
      exact += ' ' + text.slice(starts[j], ends[j]);
      low += ' ' + lowerWord(j);
    }
    if (!hit) { i++; continue; }
    // "biceps femoras": a name followed by a misspelling of a longer name's next word is that longer name
    // misspelt, not the shorter muscle; left to the unknown-name reading, which suggests it.
    if (last + 1 < n && joins(text, ends[last], starts[last + 1]) && misspeltLonger(index, text.slice(starts[i], ends[last]).toLowerCase(), lowerWord(last + 1))) { i = last + 1; continue; }
    const start = starts[i];
    let end = ends[last];
    // "abductor digiti minimi (foot)": take the closing bracket of a bracket the phrase opened.
    if (text.charCodeAt(end) === 41 && text.lastIndexOf('(', end) > start) end++;
    const mention: MuscleMention = { start, end, text: text.slice(start, end), kind: hit.kind };
    if (hit.kind === 'muscle') mention.muscle = hit.muscle;
    else if (hit.kind === 'ambiguous') mention.candidates = hit.candidates;
    else mention.group = hit.group;
    out.push(mention);
    i = last + 1;
  }
  return out;
}

/** Tokens whose other meaning is a side ("LT": lower trapezius, longissimus thoracis or left). */
const SIDE_MEANINGS = new Set(['left', 'right']);
const SIDE_TOKENS = new Set(ambiguousTokens.filter((a) => a.otherMeanings?.some((o) => SIDE_MEANINGS.has(o))).map((a) => a.token));
const meansASide = (m: MuscleMention) => m.kind === 'ambiguous' && SIDE_TOKENS.has(m.text);

/**
 * "LT TFL", "LT UPPER TRAP": an ambiguous token that may also mean a side, written right before another
 * name, is that name's side (a note in capitals writes "Lt" so), not a muscle of its own.
 */
function withoutSidesBeforeNames(text: string, found: MuscleMention[]): MuscleMention[] {
  return found.filter((m, k) => {
    const next = found[k + 1];
    if (!next || !meansASide(m)) return true;
    return !/^[ \t]+$/.test(text.slice(m.end, next.start));
  });
}

function misspeltLonger(index: Index, name: string, next: string): boolean {
  const longer = index.oneLonger.get(name);
  if (!longer || next.length < 4 || !/^[a-z]+$/.test(next) || index.knownCi.has(next)) return false;
  const phrase = `${name} ${next}`;
  return longer.some((key) => key.length > name.length && distance(phrase, key) <= maxDistance(key.length - name.length - 1));
}

/**
 * Names that share a word with a neighbour, as clinicians write them: "gluteus medius and minimus",
 * "upper and middle trapezius", "rhomboid major/minor". The shortened name is a mention of its own
 * muscle when putting the shared word back makes a known name. Linear: each mention looks at the
 * few words right beside it.
 */
function withCoordinated(index: Index, text: string, found: MuscleMention[]): MuscleMention[] {
  if (!found.length) return found;
  const extra: MuscleMention[] = [];
  const add = (start: number, end: number, key: string) => {
    const e = index.find(key, key.toLowerCase());
    if (e?.kind !== 'muscle') return;
    extra.push({ start, end, text: text.slice(start, end), kind: 'muscle', muscle: e.muscle });
  };
  for (const m of found) {
    if (m.kind !== 'muscle') continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    // After: "gluteus medius and minimus", "rhomboid major/minor".
    const after = /^(\s*(?:,|and|&|\/|\+|or)\s*)([A-Za-z]{3,})\b/i.exec(text.slice(m.end, m.end + 40));
    if (after) {
      const start = m.end + after[1].length;
      add(start, start + after[2].length, [...words.slice(0, -1), after[2]].join(' '));
    }
    // Before: "upper and middle trapezius", "medial/lateral gastrocnemius".
    const before = /\b([A-Za-z]{3,})(\s*(?:,|and|&|\/|\+|or)\s*)$/i.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (before) {
      const start = m.start - before[0].length;
      add(start, start + before[1].length, [before[1], ...words.slice(1)].join(' '));
    }
  }
  if (!extra.length) return found;
  const taken = (x: MuscleMention) => found.some((m) => x.start < m.end && x.end > m.start);
  return [...found, ...extra.filter((x) => !taken(x))].sort((a, b) => a.start - b.start);
}

let defaultVocabulary: Vocabulary | undefined;

/** The vocabulary, with a clinic's own muscles and terms merged in. Without a clinic it is built once. */
export function createVocabulary(clinic?: ClinicVocabulary): Vocabulary {
  if (!clinic || (!clinic.muscles?.length && !clinic.terms?.length)) return (defaultVocabulary ??= build());
  return build(clinic);
}
