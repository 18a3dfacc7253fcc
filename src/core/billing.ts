import type { ResolvedConfig } from './config';
import type { Note } from './model/note';
import type { Side } from './model/tokens';
import type { Muscle } from './vocab/types';

// How many muscles a visit bills for (CPT 20560 = 1–2, 20561 = 3+). Brief §8.2: distinct
// muscles, parts and heads rolled up to their parent, right and left counted separately
// unless the clinic turns that off. Only muscles the vocabulary resolves are counted; group
// terms, ambiguous shorthand and unknown words are left for the rules that flag them.

export interface BilledMuscle {
  muscle: Muscle;
  /** Undefined when sides are not counted separately, or the note gives no side. */
  side?: 'L' | 'R';
}

export interface BillingCount {
  count: number;
  muscles: BilledMuscle[];
  countSidesSeparately: boolean;
}

export function countBilledMuscles(note: Note, config: ResolvedConfig): BillingCount {
  const bySides = config.billing.countSidesSeparately;
  const vocab = config.vocabulary;
  const sided = new Map<string, BilledMuscle>();
  const unsided = new Map<string, Muscle>();
  for (const r of note.records) {
    if (r.kind !== 'muscle' || !r.muscle) continue;
    const parent = vocab.billingParent(r.muscle);
    if (!bySides) {
      unsided.set(parent.id, parent);
      continue;
    }
    const sides: Array<'L' | 'R'> = sidesOf(r.side);
    if (!sides.length) unsided.set(parent.id, parent);
    for (const side of sides) sided.set(`${parent.id}|${side}`, { muscle: parent, side });
  }
  const muscles = [...sided.values()];
  // A muscle written once without a side ("UT responded well") is the same muscle as its sided records.
  for (const [id, m] of unsided) if (!bySides || ![...sided.values()].some((s) => s.muscle.id === id)) muscles.push({ muscle: m });
  return { count: muscles.length, muscles, countSidesSeparately: bySides };
}

function sidesOf(side: Side | undefined): Array<'L' | 'R'> {
  if (side === 'B') return ['L', 'R'];
  return side ? [side] : [];
}
