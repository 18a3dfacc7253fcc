// Which muscles a typed phrase can mean, best first. Clinicians type shorthand ("UT"), the start
// of a name ("infra"), or several words of a phrase ("glute med", "upper tr", "lev scap"): every
// typed word must start a word of a name, synonym or shorthand, in order.
import { commonlyNeedled } from '../vocab/common';
import type { Muscle, Vocabulary } from '../vocab';

export interface MuscleMatch {
  muscle: Muscle;
  /** The name, synonym or shorthand the phrase matched. */
  key: string;
  score: number;
}

/** Muscles a note or a clinic uses first: in this note, recently in this clinic. */
export interface MuscleRanking {
  inNote?: ReadonlySet<string>;
  recent?: readonly string[];
}

const COMMON = new Map(commonlyNeedled.map((id, i) => [id, i]));
const words = (s: string) => s.toLowerCase().split(/[\s\-./()]+/).filter(Boolean);

/** How well `typed` (already split into lower-case words) matches one key; 0 for no match. */
function scoreKey(typed: string[], typedRaw: string, key: string, shorthand: boolean): number {
  if (shorthand) {
    if (key === typedRaw) return 100;
    if (key.toLowerCase() === typedRaw.toLowerCase() && typedRaw.length >= 2) return 85;
    if (typed.length === 1 && key.toLowerCase().startsWith(typed[0])) return 50;
    return 0;
  }
  const k = words(key);
  if (k.join(' ') === typed.join(' ')) return 90;
  // Every typed word starts the key's words in order, from its first word ("glute m" → glute med).
  const from = (start: number): boolean => typed.every((t, i) => k[start + i]?.startsWith(t));
  if (from(0)) return typed.length === k.length ? 80 : 70;
  // …or from a later word ("trap" → upper trapezius).
  for (let s = 1; s + typed.length <= k.length; s++) if (from(s)) return 55;
  return 0;
}

export function matchMuscles(vocab: Vocabulary, phrase: string, ranking: MuscleRanking = {}, max = 40): MuscleMatch[] {
  const raw = phrase.trim();
  const typed = words(raw);
  if (!typed.length) return [];
  const best = new Map<string, MuscleMatch>();
  const consider = (m: Muscle, key: string, shorthand: boolean) => {
    const score = scoreKey(typed, raw, key, shorthand);
    if (score > (best.get(m.id)?.score ?? 0)) best.set(m.id, { muscle: m, key, score });
  };
  for (const m of vocab.muscles) {
    for (const s of m.shorthand) consider(m, s, true);
    consider(m, m.name, false);
    for (const s of m.synonyms) consider(m, s, false);
  }
  // An ambiguous token ("TA", "GM") means each of its muscles equally.
  const ambiguous = vocab.ambiguous(raw);
  if (ambiguous) for (const id of ambiguous.candidates) { const m = vocab.byId(id); if (m) best.set(id, { muscle: m, key: raw, score: 100 }); }
  const recent = new Map((ranking.recent ?? []).map((id, i) => [id, i]));
  const tier = (id: string) => (ranking.inNote?.has(id) ? 0 : recent.has(id) ? 1 : COMMON.has(id) ? 2 : 3);
  const within = (id: string) => recent.get(id) ?? COMMON.get(id) ?? 0;
  return [...best.values()]
    .sort((a, b) => b.score - a.score || tier(a.muscle.id) - tier(b.muscle.id) || within(a.muscle.id) - within(b.muscle.id) || a.muscle.name.length - b.muscle.name.length || a.muscle.name.localeCompare(b.muscle.name))
    .slice(0, max);
}
