import type { Note } from '../model/note';
import type { NeedlingRecord } from '../model/records';
import type { OffsetEdit } from '../types';
export { listWords, plural } from '../util/words';
import { afterFrontMatter, lineStartOffset } from '../model/positions';
export { afterFrontMatter, lineStartOffset };

/** Where a block that must precede the needling (consent) goes: before the first needling record's block. */
export function beforeFirstRecord(note: Note): number {
  const first = note.records[0];
  if (first) return note.units[first.unit].topStart;
  return afterFrontMatter(note);
}

/** Where a block that follows the needling (aftercare) goes: after the last needling record's block. */
export function afterLastRecord(note: Note): number {
  const last = note.records[note.records.length - 1];
  if (!last) return note.text.length;
  const u = note.units[last.unit];
  // Skip to the end of the top-level block holding the record.
  let i = last.unit;
  while (i + 1 < note.units.length && note.units[i + 1].topStart === u.topStart) i++;
  return note.lines.lineEnd(note.units[i].line);
}

/** An edit that inserts whole lines at `offset` (a line start or line end), with blank lines around, in the note's own line ends. */
export function insertBlock(note: Note, offset: number, lines: string[]): OffsetEdit {
  const eol = note.eol;
  const body = lines.join(eol);
  const atLineStart = offset === lineStartOffset(note, 0) || /[\r\n]/.test(note.text[offset - 1] ?? '');
  if (atLineStart) {
    const needsLeadingBlank = offset > lineStartOffset(note, 0) && !/(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(note.text.slice(Math.max(0, offset - 4), offset));
    return { start: offset, end: offset, newText: (needsLeadingBlank ? eol : '') + body + eol + eol };
  }
  const atEnd = offset >= note.text.length;
  return { start: offset, end: offset, newText: eol + eol + body + (atEnd ? eol : '') };
}

/** "R upper trapezius", "upper trapezius (side not recorded)". */
export function describeRecord(r: NeedlingRecord): string {
  const name = r.muscle?.name ?? r.written;
  const side = r.side === 'L' ? 'left ' : r.side === 'R' ? 'right ' : r.side === 'B' ? 'bilateral ' : '';
  return side + name;
}

/** Muscles needled that lie over the lung or pleura. */
export function lungRecords(note: Note): NeedlingRecord[] {
  return note.records.filter((r) => r.muscle?.risks.includes('lung'));
}
