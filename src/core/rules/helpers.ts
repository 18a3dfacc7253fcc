import type { Note } from '../model/note';
import { muscleOf, type NeedlingRecord } from '../model/records';
import type { Muscle, Vocabulary } from '../vocab';
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

/**
 * Needled muscles that lie over the lung or pleura. Muscles along the whole spine (multifidus,
 * longissimus) count only at thoracic levels or where the note places them nowhere; a group counts
 * when all its muscles lie over the lung, or some do and it is not placed at lumbar or cervical levels.
 */
export function lungRecords(note: Note, vocab: Vocabulary): NeedlingRecord[] {
  const overLung = (m: Muscle | undefined) => Boolean(m?.risks.includes('lung'));
  const notLowOrNeck = (r: NeedlingRecord) => {
    const level = r.level ?? note.spinalRegion;
    return level !== 'lumbar' && level !== 'cervical';
  };
  return note.records.filter((r) => {
    if (r.kind === 'group') {
      const members = r.group.members.map((id) => vocab.byId(id));
      if (members.every((m) => overLung(m) && !m?.lungOnlyThoracic)) return true;
      return members.some(overLung) && notLowOrNeck(r);
    }
    if (r.kind === 'ambiguous') return r.candidates.length > 0 && r.candidates.every((m) => overLung(m) && !m.lungOnlyThoracic);
    const m = muscleOf(r);
    if (!overLung(m)) return false;
    return m!.lungOnlyThoracic ? notLowOrNeck(r) : true;
  });
}
