import type { ResolvedConfig } from './config';
import type { Note } from './model/note';
import { countMuscles } from './rules/cpt-muscle-count';

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
