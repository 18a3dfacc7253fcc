import { anchorIn } from '../course/anchor';
import { payerOf, planOfCareDue } from '../course/reminders';
import { numberOption, reminderInput } from '../course/rule-input';
import type { Rule } from './rule';
import { say } from './helpers';

const EVALUATION = '---\npatient: EX-2002\npayer: medicare\nvisit: 1 of 16\ndate: 2025-01-06\ntype: initial evaluation\n---\n\n## Plan\n\nPlan of care: 2x/week for 8 weeks.\n';
const later = (extra: string) => `---\npatient: EX-2002\npayer: medicare\nvisit: 16 of 16\ndate: 2025-04-07\n---\n\n## Plan\n\n${extra}Continue home exercise programme.\n`;

export const planOfCareRecertification: Rule = {
  meta: {
    id: 'plan-of-care-recertification',
    code: 'DN041',
    defaultSeverity: 'warning',
    title: 'The plan of care ends soon or has ended without a recertification.',
    messages: {
      soon: 'Plan of care ends in {days} days',
      soonOne: 'Plan of care ends tomorrow',
      today: 'Plan of care ends today',
      lapsed: 'Plan of care needs recertification',
    },
    rationale:
      'Under Medicare a plan of care is certified for at most 90 calendar days; treatment after the certified period without a signed recertification is not covered. The dates live in different notes (the evaluation, a recertification months later), so the linter reads them from the notes of the same patient and episode.',
    example: { earlier: [EVALUATION], bad: later(''), good: later('Plan of care recertified and signed by the referring physician on 2025-04-03.\n') },
    decides: [
      'Only with a course (a patient identifier in the front matter and the patient\'s other notes known); a note checked on its own is never flagged.',
      'The certified period starts at the evaluation (front matter `type: initial evaluation` or an evaluation heading), else at the first dated visit on record, and restarts at each recertification; `poc_start` and `certified_through` in the front matter override the count.',
      'Its length is the payer profile\'s `planOfCareDays` (Medicare 90; "generic" has none, so nothing is raised).',
      'Raised on visits dated from `remindDaysBefore` days before the last certified day onwards, until a note records the recertification ("Plan of care recertified …", a "Recertification" heading or `type: recertification`).',
      'A note without a date counts as written on the day it is checked.',
    ],
    fixable: false,
    options: {
      remindDaysBefore: { type: 'number', default: 7, minimum: 0, description: 'Remind this many days before the last certified day.' },
    },
  },
  check(note, ctx) {
    const input = reminderInput(note, ctx);
    if (!input) return;
    const payer = payerOf(input.earlier, input.current, ctx.config.course);
    const due = planOfCareDue(input.earlier, input.current, payer, input.today, numberOption(ctx.options, 'remindDaysBefore', 7));
    if (!due.due) return;
    ctx.report({ ...anchorIn(note, ['date', 'visit_date', 'dos', 'visit']), message: say(planOfCareRecertification.meta.messages[due.kind], due.fields), detail: due.message });
  },
};
