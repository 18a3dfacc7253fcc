import type { ResolvedConfig } from '../config/config';
import type { Note } from './note';
import { muscleOf, type NeedlingRecord } from './records';
import type { Vocabulary } from '../vocab';
import { listWords } from '../util/words';

// The billing muscle count of a note for the editor (status bar, completions). It is the
// cpt-muscle-count rule's own counting with the rule's own options, so the count shown and
// the code the rule asks for never disagree.

export interface BillingCount {
  count: number;
  /** One label per counted muscle, e.g. "R upper trapezius". */
  labels: string[];
  /** The counting assumptions, in plain words. */
  assumptions: string[];
  countSidesSeparately: boolean;
}

export function countBilledMuscles(note: Note, config: ResolvedConfig): BillingCount {
  const option = config.rules['cpt-muscle-count']?.options.countSidesSeparately;
  const countSidesSeparately = typeof option === 'boolean' ? option : config.billing.countSidesSeparately;
  return { ...countMuscles(note.records, config.vocabulary, countSidesSeparately), countSidesSeparately };
}

const sideWord = { L: 'L', R: 'R' } as const;

export interface MuscleCount {
  count: number;
  /** One label per counted muscle, e.g. "R upper trapezius". */
  labels: string[];
  /** The counting assumptions, in plain words, for the message. */
  assumptions: string[];
}

/**
 * Distinct needled muscles as a coder counts them: parts and heads roll up to their muscle
 * (upper and middle trapezius are one trapezius), left and right count separately when the
 * clinic says so (bilateral = 2), a misspelling with one clear suggestion counts as that
 * muscle (so a misspelt head still rolls up to its muscle), and a record whose muscle is
 * unclear counts once.
 */
export function countMuscles(records: NeedlingRecord[], vocab: Vocabulary, sidesSeparately: boolean): MuscleCount {
  const counted = new Map<string, { label: string; names: Set<string>; parent: string; side: string }>();
  const unclear = new Set<string>(); // each unclear name once, however many times it was needled
  const readAs = new Set<string>(); // each misspelling once, however many sides it was needled on
  let rolledUp = false;
  const add = (key: string, name: string, parent: string, side: string) => {
    const entry = counted.get(key) ?? { label: '', names: new Set<string>(), parent, side };
    entry.names.add(name);
    counted.set(key, entry);
  };
  records.forEach((r, i) => {
    const muscle = muscleOf(r);
    if (muscle) {
      if (r.kind === 'unknown') readAs.add(`"${r.written}" read as ${muscle.name}`);
      const parent = vocab.billingParent(muscle);
      const sides = !sidesSeparately ? [''] : r.side === 'B' ? ['L', 'R'] : [r.side ? sideWord[r.side] : '?'];
      for (const side of sides) add(`${parent.id}|${side}`, muscle.name, parent.name, side);
    } else {
      unclear.add(`"${r.written}"`);
      // Each side it was needled on, as for a known muscle ("B TA" is two).
      const sides = !sidesSeparately || !r.side ? [''] : r.side === 'B' ? ['L', 'R'] : [sideWord[r.side]];
      for (const side of sides) add(`#${i}|${side}`, r.written, r.written, side);
    }
  });
  const labels = [...counted.values()].map((e) => {
    if (e.names.size > 1) rolledUp = true;
    const name = e.names.size > 1 ? e.parent : [...e.names][0];
    return e.side === '?' ? `${name} (side not recorded)` : e.side ? `${e.side} ${name}` : name;
  });
  const assumptions = [sidesSeparately ? 'left and right counted separately' : 'left and right of one muscle counted once'];
  if (rolledUp) assumptions.push('parts of one muscle counted once');
  if (readAs.size) assumptions.push(listWords([...readAs]));
  if (unclear.size) assumptions.push(`${listWords([...unclear])} ${unclear.size > 1 ? 'each ' : ''}counted as a muscle of its own, as it is not clear which muscle is meant`);
  return { count: counted.size, labels, assumptions };
}
