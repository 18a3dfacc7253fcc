/** A line of text with its offsets: [start, end) without the line break, `next` after it. */
export interface Line {
  text: string;
  start: number;
  end: number;
  next: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ text: text.slice(start, m.index), start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, end: text.length, next: text.length });
  return out;
}

export const isBlank = (line: string) => /^[ \t]*$/.test(line);

/** The line break the note uses, for text the tool inserts. */
export const eolOf = (text: string): '\n' | '\r\n' => (/\r\n/.test(text) ? '\r\n' : '\n');
