import { icdByCode } from '../vocab/codes';
import type { Rule } from './rule';
import { say } from './helpers';
import { invalidIcdCodes } from './vocab-lists';

/** "m545" -> "M54.5"; codes are written with or without the dot. */
const dotted = (code: string) => {
  const c = code.toUpperCase().replace('.', '');
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
};

export const icdInvalid: Rule = {
  meta: {
    id: 'icd-invalid',
    code: 'DN014',
    defaultSeverity: 'error',
    title: 'An ICD-10-CM code is deleted or is a category header that cannot be billed.',
    messages: {
      deleted: '{code} was deleted from ICD-10-CM',
      header: '{code} is a header code: add the last character',
    },
    rationale:
      'Claims are rejected when a diagnosis code has been deleted (M54.5 was split into M54.50, M54.51 and M54.59 in October 2021) or is a category header that needs more characters (M79.1 is now M79.10–M79.18). The diagnosis also has to support the medical necessity of the needling.',
    example: {
      bad: 'Dx: M54.5 low back pain',
      good: 'Dx: M54.50 low back pain, unspecified',
    },
    decides: [
      `Raised on each ICD-10-CM code that is deleted or a category header: ${invalidIcdCodes().join(', ')}.`,
      'Only the code as written counts: a longer code that begins with a listed one is its own, valid code (`M79.12`, `M62.838`, `M54.50`).',
      'The list is ICD-10-CM\'s, the edition US claims use. Other editions differ (in WHO ICD-10, for one, M54.5 is still the code for low back pain): '
        + 'a clinic that codes in another edition (WHO ICD-10, ICD-10-AM, ICD-10-CA) turns the rule off in `.dnlintrc.json`.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    for (const c of note.icd) {
      const info = icdByCode.get(dotted(c.code));
      if (!info || info.status === 'billable') continue;
      const repl = info.replacements ?? [];
      const written = note.text.slice(c.start, c.end);
      const keepFormat = (code: string) => (written.includes('.') ? code : code.replace('.', ''));
      ctx.report({
        start: c.start, end: c.end,
        message: say(icdInvalid.meta.messages[info.status === 'deleted' ? 'deleted' : 'header'], { code: written }),
        fixes: repl.map((r) => ({ title: `Change to ${keepFormat(r)}`, edits: [{ start: c.start, end: c.end, newText: keepFormat(r) }] })),
      });
    }
  },
};
