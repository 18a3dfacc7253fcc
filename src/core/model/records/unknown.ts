// Names that stand where a needled muscle is written but that the vocabulary does not know,
// usually a misspelling ("upper trapezuis", "gluteus medias"). Only words right after a side, or
// the name an item under a needling lead-in starts with, are tried: prose is never read as a
// misspelt muscle.
import { distance } from 'fastest-levenshtein';
import { landmarkAfterRe } from '../../lexicon/around-muscle';
import { ORDINARY_WORDS } from '../../lexicon/ordinary-words';
import { SIDE_SOURCE } from '../../lexicon/sides';
import { normalisePhrase, tokenise, tokeniseRange, type Vocabulary, type Word } from '../../vocab';
import type { Muscle } from '../../vocab/types';
import type { Span } from '../clauses';
import { findSides, type Side } from '../tokens';
import { hasDose } from './details';
import { recordShapedStartRe } from './record-shape';

/** A side written before a line's first word ("L ", "bilat. "), and a word that is only a side. */
const leadingSideRe = new RegExp(String.raw`^[\s(]*(?:${SIDE_SOURCE}\.?\s+)?`, 'i');
const sideWordRe = new RegExp(`^${SIDE_SOURCE}$`, 'i');
/** A muscle field's label right before a word: "Muscle: ", "[Muscle] ", "Muscle - ". */
const MUSCLE_FIELD = String.raw`(?:^|[\s|[(*_])muscles?[*_]*\s*(?:\]|:|[-–=])[*_]*\s*`;
const muscleFieldBeforeRe = new RegExp(`${MUSCLE_FIELD}$`, 'i');
const muscleFieldRe = new RegExp(MUSCLE_FIELD, 'i');

export interface UnknownName {
  start: number;
  end: number;
  written: string;
  suggestions: Muscle[];
  side?: Side;
}

/** The one muscle a misspelling clearly means: the closest by far, or the only one close. */
export function likelyMuscle(vocab: Vocabulary, phrase: string, suggestions: Muscle[]): Muscle | undefined {
  if (!suggestions.length) return undefined;
  if (suggestions.length === 1) return suggestions[0];
  const q = normalisePhrase(phrase);
  const d = (m: Muscle) => Math.min(...[m.name, ...m.synonyms].map((k) => distance(q, normalisePhrase(k))));
  const [a, b] = [d(suggestions[0]), d(suggestions[1])];
  return a < b ? suggestions[0] : undefined;
}

const candidateWord = (vocab: Vocabulary, w: string) => /^\p{L}{4,}$/u.test(w) && !ORDINARY_WORDS.has(w.toLowerCase()) && !vocab.isKnownTerm(w);

/**
 * Misspelt muscle names in `text` outside `taken` (the known mentions). With `leading`, the words
 * the text starts with are tried even without a side ("- gluteus medias, LTR x2" under a lead-in);
 * inside `doseClauses` (clauses recording a dose or response that name no known muscle), every word
 * a dose closely follows is tried ("…; semitendinosis x2 needles, LTR x2").
 */
/**
 * A clause recording a dose or response: any word of it a dose follows may be the name, or only the one a record's name
 * stands at; an item of a list after a lead-in's colon is tried at its head whatever follows, as a bullet under it is.
 */
export type DoseClause = Span & { nameAt: 'any-word' | 'clause-head' | 'item-head' };

export function unknownNames(vocab: Vocabulary, text: string, taken: ReadonlyArray<{ start: number; end: number }>, leading: boolean, doseClauses: readonly DoseClause[] = []): UnknownName[] {
  const sides = findSides(text);
  // Without a leading name or a dose to try, only the words just after a side can be a name.
  const words = outside(leading || doseClauses.length || muscleFieldRe.test(text) ? tokenise(text) : wordsAfterSides(text, sides), taken);
  let c = 0;
  const doseClauseOf = (w: Word) => {
    while (c < doseClauses.length && doseClauses[c].end < w.end) c++;
    return c < doseClauses.length && doseClauses[c].start <= w.start ? doseClauses[c] : undefined;
  };
  const out: UnknownName[] = [];
  // Sides and words are both in order: one pointer finds the side just before or after a word.
  let k = 0;
  const sideAt = (w: { start: number; end: number }) => {
    while (k < sides.length && sides[k].end <= w.start - 3) k++;
    let before: (typeof sides)[number] | undefined;
    let after: (typeof sides)[number] | undefined;
    for (let j = k; j < sides.length && sides[j].start <= w.end + 2; j++) {
      const s = sides[j];
      if (s.end <= w.start && /^[\s.]*$/.test(text.slice(s.end, w.start))) before = s;
      else if (s.start >= w.end && /^[\s(]*$/.test(text.slice(w.end, s.start))) after ??= s;
    }
    return { before, after };
  };
  const firstWordStart = words[0]?.start ?? 0;
  const leadingZone = leading && !taken.some((m) => m.start < firstWordStart + 30) ? leadingSideRe.exec(text)![0].length : -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!candidateWord(vocab, w.text)) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    const glued = (a: { end: number }, b: { start: number }) => /^[ \t-]{1,2}$/.test(text.slice(a.end, b.start));
    // A name's words have lower-case letters: an abbreviation after it ("peroneus longis LTR x1") is not part of it.
    // A name written in capitals ("L EXTENSOR DIGITORUM LONGIS") is words of four letters or more in capitals.
    const inCapitals = !/\p{Ll}/u.test(w.text);
    const isWord = (x: { text: string } | undefined) => Boolean(x && /^\p{L}+$/u.test(x.text) && (/\p{Ll}/u.test(x.text) || (inCapitals && x.text.length >= 4)));
    const notSide = (x: { text: string }) => !sideWordRe.test(x.text);
    // The name may start one word earlier ("R gluteus medias", "L medial gastrocnemeus"): the side stands before that word.
    // A long name ("R extensor carpi radialis brevus") reaches back over the known words glued before the misspelt one.
    let longStart = i;
    while (longStart > 0 && i - longStart < 4 && glued(words[longStart - 1], words[longStart]) && isWord(words[longStart - 1]) && notSide(words[longStart - 1])
      && vocab.isKnownTerm(words[longStart - 1].text)) longStart--;
    const phraseStart = longStart < i - 1 ? words[longStart] : prev && glued(prev, w) && isWord(prev) && notSide(prev) ? prev : w;
    const { before, after } = sideAt(phraseStart === w ? w : { start: phraseStart.start, end: w.end });
    const atLead = leadingZone >= 0 && (phraseStart.start <= leadingZone + 1 || (i > 0 && words[i - 1].start <= leadingZone + 1 && /^[ -]$/.test(text.slice(words[i - 1].end, w.start))));
    // Any word of a line that records a dose, as long as the dose follows the name closely ("brachioradialus 0.30x30").
    const clause = doseClauseOf(w);
    const nearDose = Boolean(clause && (clause.nameAt === 'any-word' || recordShapedStartRe.test(text.slice(clause.start, words[longStart].start)))
      && (clause.nameAt === 'item-head' || hasDose(text.slice(w.end, w.end + 40))));
    // … or a muscle field's own value ("Muscle: medial gastrocnemeus | Side: L", "[Muscle] medial gastrocnemeus [Side] L").
    const fieldValue = muscleFieldBeforeRe.test(text.slice(Math.max(0, phraseStart.start - 12), phraseStart.start));
    if (!before && !atLead && !nearDose && !fieldValue) continue;
    // "brachial plexus", "popliteal artery": a nerve or vessel, not a misspelt muscle.
    if (landmarkAfterRe.test(text.slice(w.end, w.end + 16))) continue;
    // Try the word with its neighbours ("upper trapezuis", "gluteus medis"), longest first.
    const options: Array<[number, number]> = [];
    if (longStart < i - 1) options.push([words[longStart].start, w.end]);
    if (prev && next && glued(prev, w) && glued(w, next) && isWord(prev) && isWord(next) && notSide(prev)) options.push([prev.start, next.end]);
    if (prev && glued(prev, w) && isWord(prev) && notSide(prev)) options.push([prev.start, w.end]);
    if (next && glued(w, next) && isWord(next) && notSide(next)) options.push([w.start, next.end]);
    options.push([w.start, w.end]);
    for (const [a, b] of options) {
      const phrase = text.slice(a, b);
      const suggestions = vocab.suggest(phrase, 3);
      if (!suggestions.length) continue;
      out.push({ start: a, end: b, written: phrase, suggestions, side: before?.side ?? after?.side });
      while (i + 1 < words.length && words[i + 1].end <= b) i++;
      break;
    }
  }
  return out;
}

// How far after a side its name is read: the longest name tried is five words.
const AFTER_SIDE = 100;

/** The words in the stretch after each side, in order, each once: a long line is not tokenised whole. */
function wordsAfterSides(text: string, sides: ReadonlyArray<{ end: number }>): Word[] {
  const out: Word[] = [];
  let covered = 0;
  for (const s of sides) {
    const from = Math.max(s.end, covered);
    const to = s.end + AFTER_SIDE;
    if (from >= to) continue;
    // `from` is a side's end or the end of the last word read: never inside a word.
    tokeniseRange(text, from, to, out);
    covered = Math.max(covered, out.length ? out[out.length - 1].end : to, to);
  }
  return out;
}

/** The items (words, clauses) that overlap none of `taken`; both in order, so one walk. */
export function outside<T extends { start: number; end: number }>(list: readonly T[], taken: ReadonlyArray<{ start: number; end: number }>): T[] {
  const out: T[] = [];
  let k = 0;
  for (const x of list) {
    while (k < taken.length && taken[k].end <= x.start) k++;
    if (k < taken.length && taken[k].start < x.end) continue;
    out.push(x);
  }
  return out;
}
