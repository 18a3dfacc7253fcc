import { muscleLabel, unchangedStreaks } from '../course/reminders';
import { numberOption, reminderInput } from '../course/rule-input';
import type { Rule } from './rule';
import { asSentence, say } from './helpers';

const visit = (n: number, date: string, nprs: number) =>
  `---\npatient: EX-2005\nvisit: ${n} of 8\ndate: ${date}\n---\n\n## Subjective\n\nNPRS ${nprs}/10.\n\n## Objective\n\n| Muscle | Side | Needle | n | LTR |\n|---|---|---|---|---|\n| upper trapezius | R | 0.25x30 | 1 | +x2 |\n`;

export const needlingWithoutChange: Rule = {
  meta: {
    id: 'needling-without-change',
    code: 'DN044',
    defaultSeverity: 'info',
    title: 'The same muscle was needled session after session with no measured change.',
    messages: {
      unchanged: 'No measured change after {sessions} sessions',
    },
    rationale:
      'Auditors look for the cloned-note pattern: the same muscles needled visit after visit while every recorded score stays the same, which reads as treatment without documented benefit. Either the record should show what changed, or the plan should be reconsidered.',
    example: {
      earlier: [visit(2, '2025-01-13', 5), visit(3, '2025-01-20', 5)],
      bad: visit(4, '2025-01-27', 5),
      good: visit(4, '2025-01-27', 3),
    },
    decides: [
      'Only with a course (a patient identifier in the front matter and the patient\'s other notes known); a note checked on its own is never flagged.',
      'Raised on a muscle and side needled at this visit and at each of the visits just before it, `sessions` in a row (3 by default), when no outcome score (NPRS, NDI, ODI, PSFS, LEFS, QuickDASH, …) differs across those visits or none was recorded.',
      'A visit that did not needle that muscle on that side breaks the run; left and right count separately.',
    ],
    fixable: false,
    options: {
      sessions: { type: 'number', default: 3, minimum: 2, description: 'How many sessions in a row count as the pattern.' },
    },
  },
  check(note, ctx) {
    const input = reminderInput(note, ctx);
    if (!input) return;
    for (const s of unchangedStreaks(input.earlier, input.current, Math.max(2, Math.round(numberOption(ctx.options, 'sessions', 3))))) {
      const record = note.records.find((r) => r.muscle?.id === s.muscle && r.side === s.side);
      if (!record) continue;
      const numbers = s.visits.map((v) => v.number).filter((n): n is number => n !== undefined);
      const which = numbers.length === s.visits.length ? `visits ${numbers[0]}–${numbers[numbers.length - 1]}` : `the last ${s.visits.length} visits`;
      ctx.report({
        start: record.start, end: record.end,
        message: say(needlingWithoutChange.meta.messages.unchanged, { sessions: s.visits.length }),
        detail: `${asSentence(muscleLabel(s.name, s.side))} was needled in ${s.visits.length} sessions in a row (${which}) with ${s.scores}. Record what changed, or reconsider the plan.`,
      });
    }
  },
};
