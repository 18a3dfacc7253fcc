// Every match of a global pattern, read with an exec loop. `text.matchAll(re)` copies the pattern
// on every call (the copy keeps the caller's lastIndex untouched), which on the short lines of a
// note costs more than the search itself; the model reads each line with dozens of patterns.

/** Every match of the global `re` in `text`, in order, as `matchAll` gives them; `re.lastIndex` is 0 after. */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('execAll needs a global pattern');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over one character (one code point with the u flag).
    if (!m[0].length) re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
