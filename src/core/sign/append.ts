import type { OffsetEdit } from '../types';

/**
 * An insertion at the end of the text that starts a new Markdown block: it adds only the line
 * breaks needed for one blank line before `block`, and never changes what is already there.
 */
export function appendBlock(text: string, block: string, eol: '\n' | '\r\n'): OffsetEdit {
  let lead = '';
  if (text.length && !/(\r\n|\r|\n)$/.test(text)) lead = eol + eol;
  else if (text.length && !/(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)$/.test(text)) lead = eol;
  return { start: text.length, end: text.length, newText: lead + block };
}
