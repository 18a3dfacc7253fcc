// The canonical form of signed text: what a digest is computed over. It ignores exactly the
// differences that tools make without anyone meaning to change the record: line ends (git's
// autocrlf, an editor on another system), a byte-order mark, spaces and tabs at the end of a
// line (editors trim them on save) and blank lines at the end (the gap before a signature).
// Every other character counts.
import { withoutTrailingSpaces } from '../util/trailing-spaces';

export function canonicalForm(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/).map(withoutTrailingSpaces);
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  return end ? lines.slice(0, end).join('\n') + '\n' : '';
}

/** The same line, compared as the canonical form compares it. */
export const canonicalLine = withoutTrailingSpaces;
