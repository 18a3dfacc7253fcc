import type { Note } from '../model/note';
import { muscleOf, type NeedlingRecord } from '../model/records';
import type { Muscle, Vocabulary } from '../vocab';
import type { OffsetEdit } from '../types';
import { needlingTermRe } from '../lexicon/needling';
export { listWords, plural } from '../util/words';
import { afterFrontMatter, lineStartOffset } from '../model/positions';
export { afterFrontMatter, lineStartOffset };

/** Where a block that must precede the needling (consent) goes: before the needling lead-in, else before the first record's block. */
export function beforeNeedling(note: Note): number {
  const first = note.records[0];
  if (!first) return afterFrontMatter(note);
  const host = first.host !== undefined ? note.units[first.host] : undefined;
  // Never between a lead-in and its items: before the lead-in (a heading keeps its place above).
  if (host && host.kind !== 'heading') return host.topStart;
  return note.units[first.unit].topStart;
}

/** The whole line of a unit, as a range to anchor a finding on. */
function unitRange(note: Note, i: number): { start: number; end: number } {
  const u = note.units[i];
  return { start: u.start, end: u.start + u.text.length };
}

/** Where a note-level finding about the needling sits: its lead-in line, else the first needled muscle's line. */
export function needlingAnchor(note: Note): { start: number; end: number } {
  const first = note.records[0];
  if (first) return unitRange(note, first.host ?? first.unit);
  const line = note.units.findIndex((u) => u.kind !== 'heading' && needlingTermRe.test(u.text));
  return line >= 0 ? unitRange(note, line) : { start: 0, end: 0 };
}

/** Where aftercare and the plan go: the Plan heading or label, else the needling anchor. */
export function planAnchor(note: Note): { start: number; end: number } {
  const plan = note.sections.find((s) => s.kind === 'plan' || s.also?.includes('plan'));
  return plan ? { start: plan.labelStart, end: plan.labelEnd } : needlingAnchor(note);
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
  // Over the lung where this record places it: along the spine at thoracic levels (or none), on the abdominal wall over the ribs (or nowhere said).
  const overLungHere = (m: Muscle | undefined, r: NeedlingRecord) => overLung(m)
    && (m!.lungOnly === 'thoracic-levels' ? notLowOrNeck(r) : m!.lungOnly === 'over-the-ribs' ? r.abdominalPlace !== 'below-the-ribs' : true);
  return note.records.filter((r) => {
    if (r.kind === 'group') {
      const members = r.group.members.map((id) => vocab.byId(id));
      if (members.every((m) => overLung(m) && !m?.lungOnly)) return true;
      return notLowOrNeck(r) && members.some((m) => overLungHere(m, r));
    }
    if (r.kind === 'ambiguous') return r.candidates.length > 0 && r.candidates.every((m) => overLung(m) && !m.lungOnly);
    return overLungHere(muscleOf(r), r);
  });
}

/** A rule's headline with its `{fields}` filled in. */
export function say(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

/** A clause from a lower layer ("its hidden details are missing") as a sentence for a finding's detail. */
export const asSentence = (clause: string) => clause.charAt(0).toUpperCase() + clause.slice(1);
