import type { Rule } from './rule';
import { say } from './helpers';

// Every muscle in the vocabulary is paired. Unpaired muscles (the diaphragm, say) would need no
// side; none is in the vocabulary yet, so the list is only here for clinic additions to join.
const unpaired = new Set<string>(['diaphragm']);

export const sideMissing: Rule = {
  meta: {
    id: 'side-missing',
    code: 'DN005',
    defaultSeverity: 'error',
    title: 'A needled muscle has no side (left, right or bilateral).',
    messages: {
      missing: 'No side for "{written}"',
    },
    rationale:
      'Left and right of a muscle are separate muscles: coders count them separately for 20560/20561, and if a complication or a question about the treatment comes up later, the record must show which side was needled. A muscle line without L, R or bilateral leaves both open.',
    example: {
      bad: 'O: DN upper trapezius 0.25x30 mm, LTR x2.',
      good: 'O: DN R upper trapezius 0.25x30 mm, LTR x2.',
    },
    decides: [
      'Raised for each needled muscle that has no side: L, R, left, right, Lt, Rt, LHS, RHS, bilateral, bilat, both sides, L & R; `B/L` counts as bilateral too (ambiguous-abbreviation asks for it written out).',
      'The side may be written on the muscle\'s own line or clause, in a side column of its table row, or on a lead-in or parent bullet the muscle sits under (`Right:` then one bullet per muscle).',
      'A side named elsewhere in the note (the Subjective, the assessment, the diagnosis, the note\'s title over its SOAP sections: `# Follow-up: left calf`) is not the side of a needling record.',
      'The letters inside a muscle\'s own abbreviation (the L of QL) are not a side; a muscle written only as QL has no side.',
      'How the patient lay is not a side (`side-lying on the left`, `L side up`, `lying on R side`, a lead-in `DN L side-lying:`): the needled side is often the other one, so the muscle still needs its own.',
      'In a table, a Side cell left empty, or holding `-`, `___` or `N/A`, gives no side of its own, so the row takes the side of a lead-in, '
        + 'title or heading over the table (`**Dry needling — L posterior thigh, prone**`) if one gives it; a lower-case `l` or `r` counts there, '
        + 'but in running text only capitals, `lt`/`rt` or the word do.',
      'A misspelt name with one clear muscle (`biceps femoras`) is that muscle and needs its side too; unknown-muscle also reports the spelling.',
      'Muscles that are only mentioned, not needled, are never checked (see [How the linter reads a note](reading-notes.md)).',
    ],
    fixable: true,
  },
  check(note, ctx) {
    for (const r of note.records) {
      // A misspelt name with one clear muscle ("biceps femoras") is that muscle, and needs its side too.
      if (r.side || (r.kind !== 'muscle' && r.kind !== 'ambiguous' && !(r.kind === 'unknown' && r.likely))) continue;
      if (r.muscle && unpaired.has(r.muscle.id)) continue;
      const at = r.sideCellAt;
      // In an empty cell, keep a space on each side of the value ("| L |").
      const cellText = (side: string) => `${/\s/.test(note.text[at! - 1] ?? '') ? '' : ' '}${side}${note.text[at!] === '|' ? ' ' : ''}`;
      const fix = (title: string, side: string) => ({
        title,
        edits: [at !== undefined ? { start: at, end: at, newText: cellText(side) } : { start: r.sideInsertAt, end: r.sideInsertAt, newText: `${side} ` }],
      });
      ctx.report({
        start: r.start, end: r.end,
        message: say(sideMissing.meta.messages.missing, { written: r.written }),
        detail: 'Record left, right or bilateral for each needled muscle.',
        fixes: [fix('Add side: left', 'L'), fix('Add side: right', 'R'), fix('Add side: bilateral', 'bilateral')],
      });
    }
  },
};
