// Spaces and tabs ending a line, as editors trim them on save, and a closing mark between spaces
// ("## Plan ##", a table row's last "|").

/** Tried only where a run of spaces starts: a long run inside a line is not rescanned from each of its positions. */
const trailingSpacesRe = /(?<![ \t])[ \t]+$/;

export const withoutTrailingSpaces = (line: string): string => line.replace(trailingSpacesRe, '');

const isSpace = (c: string) => /\s/.test(c);

/**
 * The text without its closing mark and the white space around it: `#` as many times as written (a heading's closing
 * sequence), `|` once (a table row's end). Walked back by hand: a pattern of three runs (`\s*#*\s*$`) tries them every
 * way at every position, cubic on a line with a long run of spaces.
 */
export function withoutClosingMark(text: string, mark: '#' | '|'): string {
  let end = text.length;
  while (end > 0 && isSpace(text[end - 1])) end--;
  if (mark === '#') while (end > 0 && text[end - 1] === '#') end--;
  else if (end > 0 && text[end - 1] === '|') end--;
  while (end > 0 && isSpace(text[end - 1])) end--;
  return text.slice(0, end);
}
