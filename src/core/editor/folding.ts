// Folding for a note: each section folds from its label to its last line, and so do the front
// matter, the headings inside a section and comments over several lines. Built from the
// linter's parsed note: nothing is parsed here. Lines are 0-based.

import type { Note } from '../model/note';
import { outlineOf, type OutlineSymbol } from './outline';

export interface FoldRange {
  start: number;
  end: number;
  kind: 'region' | 'comment';
}

/** Line of the last non-blank text at or before `offset`. */
function lastTextLine(note: Note, offset: number): number {
  let i = Math.min(offset, note.text.length);
  while (i > 0 && /\s/.test(note.text[i - 1])) i--;
  return note.lines.positionAt(Math.max(0, i - 1)).line;
}

export function foldingRanges(note: Note): FoldRange[] {
  const out: FoldRange[] = [];
  const line = (offset: number) => note.lines.positionAt(offset).line;
  const add = (start: number, end: number, kind: FoldRange['kind'] = 'region') => {
    if (end > start && !out.some((r) => r.start === start)) out.push({ start, end, kind });
  };
  const walk = (symbols: OutlineSymbol[]) => {
    for (const s of symbols) {
      if (s.kind === 'record' || s.kind === 'title') continue;
      add(line(s.start), lastTextLine(note, s.end));
      walk(s.children);
    }
  };
  walk(outlineOf(note));
  for (const c of note.comments) add(line(c.start), line(Math.max(c.start, c.end - 1)), 'comment');
  return out.sort((a, b) => a.start - b.start);
}
