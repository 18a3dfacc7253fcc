// Where in a note a course reminder is shown: on the front matter line it is about (`visit:`,
// `date:`), else on the first heading, else on the first line. Reminders are about the whole
// visit, so they sit where the clinician reads who and when.
import type { Note } from '../model/note';

export function anchorIn(note: Note, keys: readonly string[]): { start: number; end: number } {
  const fm = note.frontMatter;
  if (fm) {
    const text = note.text.slice(fm.start, fm.end);
    for (const m of text.matchAll(/^([ \t]*)([A-Za-z][\w #-]*?)[ \t]*:/gm)) {
      if (!keys.includes(m[2].toLowerCase())) continue;
      const start = fm.start + m.index! + m[1].length;
      let end = note.text.indexOf('\n', start);
      if (end < 0) end = note.text.length;
      if (note.text[end - 1] === '\r') end--;
      return { start, end };
    }
  }
  const heading = note.units.find((u) => u.kind === 'heading') ?? note.units[0];
  if (heading) return { start: heading.start, end: heading.start + heading.text.length };
  const eol = note.text.search(/\r|\n/);
  return { start: 0, end: eol < 0 ? note.text.length : eol };
}
