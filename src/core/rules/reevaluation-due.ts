import { anchorIn } from '../course/anchor';
import { reevaluationDue as decide } from '../course/reminders';
import { numberOption, reminderInput } from '../course/rule-input';
import type { Rule } from './rule';
import { say } from './helpers';

const VISIT7 = '---\npatient: EX-2003\nvisit: 7 of 8\ndate: 2025-02-24\n---\n\n## Plan\n\nContinue plan of care.\n';
const visit8 = (plan: string) => `---\npatient: EX-2003\nvisit: 8 of 8\ndate: 2025-03-03\n---\n\n## Plan\n\n${plan}\n`;

export const reevaluationDue: Rule = {
  meta: {
    id: 'reevaluation-due',
    code: 'DN042',
    defaultSeverity: 'warning',
    title: 'The last planned visit has no re-evaluation or discharge plan.',
    messages: {
      near: 'Last planned visit is near',
      last: 'Last planned visit: no re-evaluation',
      beyond: 'Visits beyond the plan of care',
    },
    rationale:
      'The plan of care names a number of visits. At the last of them the record must show where the patient stands: a re-evaluation that justifies more visits, or a discharge plan. Treating past the planned visits without one leaves the extra visits without documented medical necessity.',
    example: { earlier: [VISIT7], bad: visit8('Continue home exercise programme.'), good: visit8('Discharge plan: independent with home exercise programme; discharge after this visit.') },
    decides: [
      'Only with a course (a patient identifier in the front matter and the patient\'s other notes known); a note checked on its own is never flagged.',
      'Reads the visit number and the planned visits from the front matter (`visit: 8 of 8`, or `planned_visits:`), the planned number carrying over from earlier notes.',
      'Raised at the last planned visit and every visit beyond it, and `remindVisitsBefore` visits earlier, unless this note or an earlier one in that window records a re-evaluation, a discharge or a discharge plan ("Discharge plan: …", "plan to discharge", "D/C to HEP").',
      'A re-evaluation counts when a heading, a labelled line or `type:` in the front matter says so; "re-eval next visit" is a plan and does not.',
    ],
    fixable: false,
    options: {
      remindVisitsBefore: { type: 'number', default: 0, minimum: 0, description: 'Also remind this many visits before the last planned visit.' },
    },
  },
  check(note, ctx) {
    const input = reminderInput(note, ctx);
    if (!input) return;
    const due = decide(input.earlier, input.current, numberOption(ctx.options, 'remindVisitsBefore', 0));
    if (!due.due) return;
    ctx.report({ ...anchorIn(note, ['visit', 'visit_number']), message: say(reevaluationDue.meta.messages[due.kind], due.fields), detail: due.message });
  },
};
