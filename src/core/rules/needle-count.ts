import type { Rule } from './rule';
import { afterLastRecord, needlingAnchor, say } from './helpers';
import { needleCountStatement, prepared } from './prepared';

export const needleCount: Rule = {
  meta: {
    id: 'needle-count',
    code: 'DN010',
    defaultSeverity: 'error',
    title: 'Needling is recorded without a needle count, or with a count that does not match.',
    messages: {
      noCount: 'No needle count or "all needles removed"',
      mismatch: 'Needle count differs: {in} in, {out} out',
      oneMissing: 'A needle is unaccounted for',
      missing: '{n} needles are unaccounted for',
    },
    completeness: true,
    rationale:
      'Forgotten needles are one of the most often reported needling incidents, and a needle left in a patient or on the couch can injure the patient, staff or the next patient. Counting the needles in and out and recording that all were removed is the check that catches it; a count where fewer came out than went in means a needle is unaccounted for.',
    example: {
      bad: 'O: DN R upper trapezius 0.25x30 mm x2, L gluteus medius 0.30x60 mm x2.\nNeedles: 4 in / 3 out.',
      good: 'O: DN R upper trapezius 0.25x30 mm x2, L gluteus medius 0.30x60 mm x2.\nNeedles: 4 in / 4 out, all removed and disposed of in sharps container.',
    },
    decides: [
      'Raised once per note when needling is recorded and the note has neither the number of needles in and out '
        + '(`Needles: 6 in / 6 out`, `4 in, 4 out`, `2 in and 2 out`, `in/out 4/4`, `4 needles in/out`, `**Needles in/out:** 2/2`, `used: 10; removed: 10`, `10 used, 10 disposed of`, `In 2 / out 2`, '
        + 'numbers in words as dictation writes them: `five needles in, five out`) nor a statement that all needles were removed or accounted for '
        + '(`all needles removed`, `both removed`, `needle count correct`, `needle count checked`, `6 needles inserted and removed`, `no needles retained`).',
      'Also raised when fewer needles came out than went in (`10 in / 9 out`, `all but one removed`, `one needle unaccounted for`), unless the note says where the missing needle was found.',
      'Needles per muscle (`x2 needles`) are not a session count.',
      'Where it shows: a count that does not match, on the line that gives it; no count at all, on the line that leads the needling'
        + ' (`DN prone:`, the first lead-in under a needling heading), else on the line of the first needled muscle.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!note.needled) return;
    for (const c of note.needleCounts) {
      if (c.missing && !c.accountedFor) {
        ctx.report({ start: c.start, end: c.end, message: c.missing === 1 ? needleCount.meta.messages.oneMissing : say(needleCount.meta.messages.missing, { n: c.missing }) });
        continue;
      }
      if (c.inserted === undefined || c.removed === undefined || c.inserted === c.removed || c.accountedFor) continue;
      ctx.report({
        start: c.start,
        end: c.end,
        message: say(needleCount.meta.messages.mismatch, { in: c.inserted, out: c.removed }),
      });
    }
    if (note.needleCounts.some((c) => c.allRemoved || (c.inserted !== undefined && c.removed !== undefined))) return;
    const at = needlingAnchor(note);
    ctx.report({
      start: at.start, end: at.end,
      message: needleCount.meta.messages.noCount,
      fixes: [prepared(note, 'Prepare a needle count to complete', afterLastRecord(note), needleCountStatement(note))],
    });
  },
};
