import type { Rule } from './rule';
import type { OffsetEdit } from '../types';
import { say } from './helpers';

/** Replaces only the words that differ: "upper trapezuis" -> "upper trapezius" edits "trapezuis". */
export function replaceDiffering(written: string, start: number, replacement: string): OffsetEdit {
  const a = written.split(/(\s+)/);
  const b = replacement.split(/(\s+)/);
  let head = 0;
  while (head < a.length - 1 && head < b.length - 1 && a[head].toLowerCase() === b[head].toLowerCase()) head++;
  let tail = 0;
  while (tail < a.length - head - 1 && tail < b.length - head - 1 && a[a.length - 1 - tail].toLowerCase() === b[b.length - 1 - tail].toLowerCase()) tail++;
  const from = a.slice(0, head).join('').length;
  const to = written.length - a.slice(a.length - tail).join('').length;
  return { start: start + from, end: start + to, newText: b.slice(head, b.length - tail).join('') };
}

export const unknownMuscle: Rule = {
  meta: {
    id: 'unknown-muscle',
    code: 'DN006',
    defaultSeverity: 'warning',
    title: 'A needled muscle name is not in the vocabulary (often a misspelling).',
    messages: {
      unknown: 'Unknown muscle name "{written}"',
    },
    rationale:
      'A muscle name the record cannot recognise cannot be counted for billing, checked for side, or matched against the list of muscles that lie over the lung. A misspelt name also reads badly in an audit. Correct the spelling, or add the name to the clinic vocabulary if it is a muscle your clinic needles.',
    example: {
      bad: 'O: DN R upper trapezuis 0.25x30 mm, LTR x2.',
      good: 'O: DN R upper trapezius 0.25x30 mm, LTR x2.',
    },
    decides: [
      'Raised for a name that stands where a needled muscle is recorded (a muscle cell, the word after a side in a needling line) but is not a muscle in the vocabulary, usually a misspelling (`upper trapezuis`, `gluteus medias`).',
      'When the name is close to one muscle, the finding offers that muscle, and billing counts the record as that muscle.',
      'Ordinary words are never read as misspelt muscles, positions named by a movement among them (`arm supported in supination`, close as it is to `supinator`); names the clinic lists in its vocabulary are accepted.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    for (const r of note.records) {
      if (r.kind !== 'unknown' || r.known) continue;
      const names = (r.suggestions ?? []).map((m) => m.name);
      ctx.report({
        start: r.start, end: r.end,
        message: say(unknownMuscle.meta.messages.unknown, { written: r.written.slice(0, 34) }),
        // A name written in capitals is corrected in capitals.
        fixes: names.map((name) => ({ title: `Change to "${name}"`, edits: [replaceDiffering(r.written, r.start, /\p{Ll}/u.test(r.written) ? name : name.toUpperCase())] })),
      });
    }
  },
};
