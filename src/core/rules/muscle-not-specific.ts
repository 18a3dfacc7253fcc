import type { Rule } from './rule';
import { groupTermList } from './vocab-lists';
import { say } from './helpers';

export const muscleNotSpecific: Rule = {
  meta: {
    id: 'muscle-not-specific',
    code: 'DN007',
    defaultSeverity: 'warning',
    title: 'A group or region ("paraspinals", "glutes") is recorded as needled instead of a named muscle.',
    messages: {
      group: 'Name the muscle: "{written}" is a group',
    },
    rationale:
      'Coding guidance asks for each needled muscle by name, not a region: 20560/20561 are chosen by the number of distinct muscles, and an auditor cannot count "paraspinals". Naming the muscle also records where the needle went, which matters for risk (lumbar multifidus near the spinal canal, iliocostalis over the lung).',
    example: {
      bad: 'O: DN L paraspinals 0.30x50 mm, LTR x2.',
      good: 'O: DN L lumbar multifidus (L4-5) 0.30x50 mm, LTR x2.',
    },
    decides: [
      'Raised for each group or region recorded as needled instead of a named muscle.',
      `Group terms: ${groupTermList().join(', ')}.`,
      'Not raised when the group is only mentioned (examination, symptoms, plan), or when the needled muscles are named next to it (`glutes: L gluteus medius and minimus`).',
    ],
    fixable: false,
  },
  check(note, ctx) {
    for (const r of note.records) {
      if (r.kind !== 'group') continue;
      ctx.report({
        start: r.start, end: r.end,
        message: say(muscleNotSpecific.meta.messages.group, { written: r.written }),
      });
    }
  },
};
