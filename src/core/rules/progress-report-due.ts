import { anchorIn } from '../course/anchor';
import { payerOf, progressReportDue as decide } from '../course/reminders';
import { numberOption, reminderInput } from '../course/rule-input';
import type { Rule } from './rule';
import { say } from './helpers';

const EVALUATION = '---\npatient: EX-2001\npayer: medicare\nvisit: 1 of 12\ndate: 2025-01-06\ntype: initial evaluation\n---\n\n## Subjective\n\nNeck pain for 3 months. NPRS 6/10.\n';
const visit10 = (extra: string) => `---\npatient: EX-2001\npayer: medicare\nvisit: 10 of 12\ndate: 2025-02-14\n---\n${extra}\n## Subjective\n\nNPRS 3/10 today.\n`;

export const progressReportDue: Rule = {
  meta: {
    id: 'progress-report-due',
    code: 'DN040',
    defaultSeverity: 'warning',
    title: 'A progress report is due at this visit under the patient\'s payer profile.',
    messages: {
      soon: 'Progress report due in {visits} visits',
      soonOne: 'Progress report due next visit',
      now: 'Progress report due at this visit',
      overdue: 'Progress report overdue',
    },
    rationale:
      'Medicare requires a progress report at least once every 10 treatment days, the evaluation counting as the first day; visits after a missed report can be denied on audit. Counting treatment days across a course of notes by hand is easy to get wrong, so the linter counts them from the notes of the same patient and episode.',
    example: { earlier: [EVALUATION], bad: visit10(''), good: visit10('\n## Progress report\n\nTreatment days since evaluation: 10. Rotation goal met; sitting tolerance 60 min (goal 90 min).\n') },
    decides: [
      'Only with a course: the note has a patient identifier in its front matter and the other notes of that patient and episode are known (the CLI over a folder, the editor\'s workspace index). A note checked on its own is never flagged.',
      'The payer is the note\'s `payer:` front matter field, else the latest earlier note\'s, else `course.payer` in the configuration; its profile (`course.profiles`) says how often a report is due (Medicare: every 10 treatment days; "generic": never).',
      'Treatment days count from the evaluation (day 1) or from the visit after the last progress report or re-evaluation, by visit numbers (`visit: 10 of 12`) when both have one, else by the notes on record.',
      'A note is a progress report, re-evaluation, evaluation or discharge when its front matter `type:`, a heading or a labelled line says so ("## Progress report", "Re-evaluation: …"); such a note is never flagged.',
      'Raised on the treatment day the report is due and every later visit until one is written; `remindVisitsBefore` raises it that many visits earlier.',
    ],
    fixable: false,
    options: {
      remindVisitsBefore: { type: 'number', default: 0, minimum: 0, description: 'Also remind this many visits before the report is due.' },
    },
  },
  check(note, ctx) {
    const input = reminderInput(note, ctx);
    if (!input) return;
    const due = decide(input.earlier, input.current, payerOf(input.earlier, input.current, ctx.config.course), numberOption(ctx.options, 'remindVisitsBefore', 0));
    if (!due.due) return;
    ctx.report({ ...anchorIn(note, ['visit', 'visit_number', 'date']), message: say(progressReportDue.meta.messages[due.kind], due.fields), detail: due.message });
  },
};
