// PDFKit's standard fonts (Helvetica, Courier) print only the Windows-1252 ("WinAnsi") characters:
// every accented letter of Spanish and the usual typography (– — “ ” ‘ ’ • … × °) are there, but a
// "≤" or "→" would print as a wrong glyph. This maps such characters to what the font can print,
// so the page says "<=" rather than something else.

const SPECIALS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const REPLACEMENTS: Record<string, string> = {
  '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~', '±': '±', '−': '-', '‐': '-', '‑': '-', '‒': '-', '―': '—',
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '⇐': '<=', '↑': '^', '↓': 'v',
  '′': "'", '″': '"', '‹': '‹', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x', '☐': '[ ]', '☑': '[x]', '☒': '[x]',
  '⅓': '1/3', '⅔': '2/3', '⅛': '1/8', '\u2009': ' ', '\u202F': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\u200B': '', '\uFEFF': '',
  '\t': '    ', '‧': '·', '∙': '·', '⋅': '·', '●': '•', '▪': '•', '◦': '•',
};

export function printable(c: string): boolean {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || SPECIALS.includes(c) || c === '\n';
}

/** Text the standard PDF fonts print as written: known symbols spelled out, accents kept where the font has them. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    if (printable(c)) out += c;
    else if (c in REPLACEMENTS) out += REPLACEMENTS[c];
    else {
      // A letter with an accent the font lacks keeps its base letter ("ł" stays unreadable: "?").
      const base = c.normalize('NFD').replace(/\p{M}/gu, '');
      out += [...base].every(printable) && base ? base : '?';
    }
  }
  return out;
}
