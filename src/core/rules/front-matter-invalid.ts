import type { Rule } from './rule';
import { say } from './helpers';

export const frontMatterInvalid: Rule = {
  meta: {
    id: 'front-matter-invalid',
    code: 'DN015',
    defaultSeverity: 'error',
    title: 'The YAML front matter at the top of the note does not parse.',
    messages: {
      invalid: 'Front matter unreadable: {problem}',
    },
    rationale:
      'The front matter holds structured facts such as the visit date, clinician, payer or consent. When it is not valid YAML none of those facts can be read, so checks that rely on them (and any export to a record system) silently miss them. The rest of the note is still checked.',
    example: {
      bad: '---\ndate: 2025-03-04\nclinician: J. Doe: PT\n---',
      good: '---\ndate: 2025-03-04\nclinician: "J. Doe, PT"\n---',
    },
    decides: [
      'Raised when the YAML block between `---` lines at the very top of the note does not parse (an unquoted colon, a bad indent, a duplicate key, a tab).',
      'Reported once, on the line where the YAML stops parsing (the line with the unquoted colon or the duplicate key, counted from the top of the note, the opening `---` being line 1); the rest of the note is still read and checked.',
    ],
    fixable: false,
  },
  check(note, ctx) {
    const error = note.frontMatter?.error;
    if (!error) return;
    const start = Math.min(error.offset, note.frontMatter!.end);
    const end = Math.max(start, Math.min(note.lines.lineEnd(note.lines.positionAt(start).line), note.frontMatter!.end));
    ctx.report({
      start,
      end,
      message: say(frontMatterInvalid.meta.messages.invalid, { problem: error.message }),
    });
  },
};
