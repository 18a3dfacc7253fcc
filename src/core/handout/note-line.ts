// The line that records in the note that the handout was given. It states only what the tool
// knows for certain (which template, version and language, the date, and whether the pneumothorax
// warning was in it), so it satisfies the aftercare rule, and the pneumothorax rule only when the
// red-flag box was really printed.

import type { Note } from '../model/note';
import { insideOpaque, lineStartOffset } from '../model/positions';
import type { OffsetEdit } from '../types';
import type { TemplateMeta } from './template';

export const RED_FLAG_SENTENCE = 'Includes pneumothorax warning signs (shortness of breath, chest pain) and what to do.';

/** "Aftercare handout given: Aftercare after dry needling v1 (en), 2026-11-30." plus the red-flag sentence when the box was included. */
export function handoutNoteLine(meta: TemplateMeta, date: string, redFlagsIncluded: boolean): string {
  const line = `Aftercare handout given: ${meta.name} v${meta.version} (${meta.language}), ${date}.`;
  return redFlagsIncluded ? `${line} ${RED_FLAG_SENTENCE}` : line;
}

/** End of the top-level block (paragraph, list, table) holding unit `i`. */
function blockEnd(note: Note, i: number): number {
  const top = note.units[i].topStart;
  let j = i;
  while (j + 1 < note.units.length && note.units[j + 1].topStart === top) j++;
  return note.lines.lineEnd(note.units[j].line);
}

/** Offset where a signature block starts (a marker comment such as `<!-- dn-signature … -->`), or the end of the note. */
function signatureStart(note: Note): number {
  const c = note.comments.find((x) => /\bsignature\b|\bsigned\b/i.test(x.value));
  return c ? c.start : note.text.length;
}

/**
 * Where the line goes: after the last block of the Plan, else after the last needling record's
 * block, else at the end; always as a paragraph of its own (so never between a lead-in such as
 * "Plan:" and its list), above a signature block, never inside a code block.
 */
export function noteLineOffset(note: Note): number {
  const limit = signatureStart(note);
  const usable = (i: number) => note.units[i].start < limit && !insideOpaque(note, note.units[i].start);
  const isPlan = (s: number) => s >= 0 && (note.sections[s].kind === 'plan' || !!note.sections[s].also?.includes('plan'));
  for (let i = note.units.length - 1; i >= 0; i--) if (isPlan(note.units[i].section) && usable(i)) return blockEnd(note, i);
  const last = [...note.records].reverse().find((r) => usable(r.unit));
  if (last) return blockEnd(note, last.unit);
  return limit < note.text.length ? lineStartOffset(note, note.lines.positionAt(limit).line) : note.text.length;
}

/** The edit inserting `line` as its own paragraph, in the note's own line ends. */
export function handoutNoteEdit(note: Note, line: string): OffsetEdit {
  const eol = note.eol;
  const offset = noteLineOffset(note);
  const atLineStart = offset === 0 || /[\r\n]/.test(note.text[offset - 1] ?? '');
  if (atLineStart) {
    const blankBefore = offset === 0 || /(\r\n|\n|\r)[ \t]*(\r\n|\n|\r)$/.test(note.text.slice(Math.max(0, offset - 4), offset));
    return { start: offset, end: offset, newText: (blankBefore ? '' : eol) + line + eol + eol };
  }
  const atEnd = offset >= note.text.length;
  return { start: offset, end: offset, newText: eol + eol + line + (atEnd ? eol : '') };
}
