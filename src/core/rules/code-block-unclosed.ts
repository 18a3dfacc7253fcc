import type { Rule } from './rule';
import { say } from './helpers';

export const codeBlockUnclosed: Rule = {
  meta: {
    id: 'code-block-unclosed',
    code: 'DN018',
    defaultSeverity: 'warning',
    title: 'A block opened with ``` or ~~~ is never closed, so the rest of the note is not checked.',
    messages: {
      unclosed: 'Code block never closed: {lines} lines not checked',
    },
    rationale:
      'Three backticks (or tildes) on a line start a block of fixed-width text that Markdown shows exactly as typed. If the closing line is missing, everything after it up to the end of the note becomes part of that block: it is shown as plain text in the preview, and consent, needling, aftercare and billing written below it are invisible to every other check. The note then looks checked when most of it was not.',
    example: {
      bad: 'S: neck pain.\n```\nO: DN R upper trapezius 0.25x30 mm, LTR x2.\nA: improving.\nP: continue.',
      good: 'S: neck pain.\n```\nprinted exercise sheet v2\n```\nO: DN R upper trapezius 0.25x30 mm, LTR x2.\nA: improving.\nP: continue.',
    },
    decides: [
      'Raised when a line of three backticks or tildes opens a block that is never closed, so the rest of the note is shown as plain text and not checked.',
      'Reported on the line that opens the block, once per unclosed block.',
      'What the block holds is not read by any other rule: consent, aftercare or a needle count written inside it counts as not written'
        + ' (consent-missing, aftercare-missing and needle-count report it), and a SOAP section inside it as missing.',
      'Not raised for three backticks typed straight under a line of HTML (`<p>Flowsheet:</p>` then ```` ``` ````), with no blank line'
        + ' between: a Markdown viewer shows them as text and the lines after the next blank line as the note, so nothing is hidden.'
        + ' Three backticks typed after that blank line do open a block, and are reported if it is never closed.',
    ],
    fixable: false,
  },
  check(note, ctx) {
    for (const fence of note.unclosedFences) {
      const line = note.lines.positionAt(fence.start).line;
      const hidden = note.lines.lineCount - line - 1;
      ctx.report({
        start: fence.start,
        end: fence.end,
        message: say(codeBlockUnclosed.meta.messages.unclosed, { lines: hidden }),
      });
    }
  },
};
