import { countBilledMuscles } from './billing';
import type { ResolvedConfig } from './config';
import type { Note } from './model/note';
import { dryNeedlingCodeFor } from './vocab/codes';

// The status-bar summary of the open note: "DN: 3 muscles → 20561".

export interface StatusSummary {
  text: string;
  tooltip: string;
}

const SIDE = { L: 'left ', R: 'right ' } as const;

export function billingStatus(note: Note, config: ResolvedConfig): StatusSummary {
  const billed = countBilledMuscles(note, config);
  if (!note.needled && billed.count === 0) {
    return { text: 'DN: no needling', tooltip: 'No dry needling is recorded in this note, so no needling code applies.' };
  }
  const code = dryNeedlingCodeFor(billed.count);
  const muscles = `${billed.count} ${billed.count === 1 ? 'muscle' : 'muscles'}`;
  const text = code ? `DN: ${muscles} → ${code.code}` : `DN: ${muscles}`;
  const rule = billed.countSidesSeparately
    ? 'Counted as distinct muscles with right and left counted separately; parts and heads count as their whole muscle.'
    : 'Counted as distinct muscles (sides not counted separately, per the clinic configuration); parts and heads count as their whole muscle.';
  const list = billed.muscles.map((b) => `${b.side ? SIDE[b.side] : ''}${b.muscle.name}`).join(', ');
  const lines = [
    code ? `${code.code}: ${code.description}.` : 'No muscle named in the needling record could be counted, so no code is suggested.',
    rule,
    ...(list ? [`Counted: ${list}.`] : []),
    'Group terms, ambiguous shorthand and unrecognised names are not counted.',
  ];
  return { text, tooltip: lines.join('\n') };
}
