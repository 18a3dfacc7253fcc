import type { Rule } from './rule';
import { say } from './helpers';
import { verifyWithClinic } from '../sign/allowed';
import { mayHoldSignature } from '../sign/block';
import { SIGNED_EXAMPLE } from '../sign/example';
import { visitTime } from '../sign/visit-time';
import { parseShown } from '../sign/time';

const HOUR = 3_600_000;

export const noteUnsigned: Rule = {
  meta: {
    id: 'note-unsigned',
    code: 'DN031',
    defaultSeverity: 'info',
    title: 'A note, or an addendum below its signature, is not signed in time.',
    messages: {
      overdue: 'Note not signed {hours} h after the visit',
      addendum: 'Addendum not signed yet',
    },
    rationale:
      'An unsigned note is a draft: it does not count as the record of the visit, may not be billed, and can be changed without trace. Clinics usually require notes to be signed by the end of the working day; an addendum added to a signed note is part of the record only once it is signed too.',
    example: {
      bad: `${SIGNED_EXAMPLE}
### Late entry · written 2025-03-05 09:10 −05:00 by Jane Doe, PT, DPT

**Reason:** patient called back

Patient reports mild soreness only, resolved by day 2.
`,
      good: SIGNED_EXAMPLE,
    },
    decides: [
      'An unsigned note is raised only when the clinic has set up signing (`clinicians` is listed in `.dnlintrc.json`), and only once the set number of hours has passed since the visit: the `date` (and `time`, if given) in the note\'s front matter. A note without a date in its front matter is not raised.',
      'Text below the last signature of a note is an addendum not yet signed. It is raised once the set number of hours has passed since the time written in its heading (as Add Addendum writes it), or at once when its heading gives no time; this applies to every signed note, whether or not the clinic lists clinicians.',
      'Changed or damaged signatures are reported by signed-note-changed instead.',
    ],
    fixable: false,
    options: {
      hours: {
        type: 'number', default: 24, minimum: 0,
        description: 'Hours after the visit (or after an addendum was written) before an unsigned note or addendum is raised. With a date but no time the count starts at midnight, so 24 means by the end of the visit day; 18 means by 6 pm.',
      },
    },
  },
  check(note, ctx) {
    const hours = typeof ctx.options.hours === 'number' ? ctx.options.hours : 24;
    const due = (from: Date) => ctx.now.getTime() - from.getTime() >= hours * HOUR;
    const overdueBy = (from: Date) => Math.floor((ctx.now.getTime() - from.getTime()) / HOUR);
    const signsNotes = ctx.config.clinicians.length > 0;
    if (!signsNotes && !mayHoldSignature(note.text)) return;
    const v = verifyWithClinic(note.text, ctx.config.clinicians);
    if (v.status === 'unsigned') {
      if (!signsNotes) return;
      const visit = visitTime(note.frontMatter?.data);
      if (!visit || !due(visit)) return;
      const end = note.lines.lineEnd(0);
      ctx.report({
        start: 0, end,
        message: say(noteUnsigned.meta.messages.overdue, { hours: overdueBy(visit) }),
        detail: `The clinic signs notes within ${hours} hours; until signed it is a draft that can change without trace. Sign it with "Dry Needling: Sign Note".`,
      });
      return;
    }
    if (!v.tail) return;
    const headingEnd = note.text.slice(v.tail.start).search(/\r\n|\r|\n|$/) + v.tail.start;
    const written = parseShown(note.text.slice(v.tail.start, headingEnd));
    if (written && !due(new Date(written.epochMs))) return;
    ctx.report({
      start: v.tail.start, end: headingEnd,
      message: noteUnsigned.meta.messages.addendum,
      detail: 'Text below the last signature is not part of the signed record until it is signed: sign it with "Dry Needling: Sign Note".',
    });
  },
};
