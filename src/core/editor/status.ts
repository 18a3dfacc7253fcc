import type { ResolvedConfig } from '../config/config';
import type { Note } from '../model/note';
import { countBilledMuscles } from '../model/billing';
import { dryNeedlingCodeFor } from '../vocab/codes';

// The status-bar summary of the open note, "DN: 3 muscles → 20561". It counts exactly as
// the cpt-muscle-count rule does (billing.ts), so the two never disagree.

export interface StatusSummary {
  text: string;
  tooltip: string;
}

export function billingStatus(note: Note, config: ResolvedConfig): StatusSummary {
  if (!note.records.length) {
    return note.needled
      ? { text: 'DN: no muscles named', tooltip: 'Needling is recorded but no needled muscle is named, so the code (20560 or 20561) cannot be chosen.' }
      : { text: 'DN: no needling', tooltip: 'No dry needling is recorded in this note.' };
  }
  const { count, labels, assumptions } = countBilledMuscles(note, config);
  const code = dryNeedlingCodeFor(count);
  const muscles = `${count} ${count === 1 ? 'muscle' : 'muscles'}`;
  return {
    text: code ? `DN: ${muscles} → ${code.code}` : `DN: ${muscles}`,
    tooltip: [
      code ? `${code.code}: ${code.description}.` : 'No dry-needling code applies.',
      `Counted: ${labels.join(', ')}.`,
      `Assumptions: ${assumptions.join('; ')}.`,
    ].join('\n'),
  };
}
