// Where things are in a note: offsets the engine, rules and editor features share.

import type { Note } from './note';

/** True when text inserted at `offset` would land inside a code or raw HTML block (an unclosed fence runs to the end). */
export function insideOpaque(note: Note, offset: number): boolean {
  return note.opaque.some(([start, end]) => offset > start && offset <= end);
}

export function afterFrontMatter(note: Note): number {
  if (!note.frontMatter) return note.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = note.frontMatter.end;
  const m = /^[ \t]*(\r\n|\n|\r)/.exec(note.text.slice(end));
  if (m) end += m[0].length;
  return end;
}

/** Where line `line` starts, after a byte-order mark on the first line (nothing goes before one). */
export function lineStartOffset(note: Note, line: number): number {
  const start = note.lines.offsetAt({ line, character: 0 });
  return start === 0 && note.text.charCodeAt(0) === 0xfeff ? 1 : start;
}
