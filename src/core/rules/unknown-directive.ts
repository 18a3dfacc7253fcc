import type { Rule } from './rule';
import { say } from './helpers';

export const unknownDirective: Rule = {
  meta: {
    id: 'unknown-directive',
    code: 'DN020',
    defaultSeverity: 'warning',
    title: 'A comment that silences a rule names no rule of this linter.',
    messages: {
      unknown: 'No rule named "{name}": silences nothing',
    },
    rationale:
      'A `dnlint-disable` comment is how a clinic records that a finding was looked at and set aside, often with a reason. If the rule name in it is misspelt, it silences nothing, and the finding it was meant to cover still shows, or worse, a later reader believes a check was deliberately set aside when it was not.',
    example: {
      bad: '<!-- dnlint-disable-next-line side-mising -- side in chart -->\nO: DN upper trapezius 0.25x30 mm, LTR x2.',
      good: '<!-- dnlint-disable-next-line side-missing -- side in chart -->\nO: DN upper trapezius 0.25x30 mm, LTR x2.',
    },
    decides: [
      'Raised on each `dnlint-disable…` or `dnlint-enable` comment for each name in it that is neither a rule id (`side-missing`) nor a rule code (`DN005`).',
      'A misspelt name silences nothing: the finding it was meant to cover still shows on its line, beside this one. The names in the same comment that are spelt right still silence their rules.',
    ],
    fixable: false,
  },
  check(_note, ctx) {
    for (const u of ctx.unknownDirectives) {
      ctx.report({ start: u.start, end: u.end, message: say(unknownDirective.meta.messages.unknown, { name: u.name.slice(0, 30) }) });
    }
  },
};
