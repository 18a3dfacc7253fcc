// EMR exports pasted into a note carry HTML: tags, entities and comments. The clinical text
// between them is read like any other text. Cleaning keeps every character at its offset (a tag
// becomes spaces, an entity its character followed by spaces), so findings and fixes still point
// at the right place in what the clinician wrote.
import { ESCAPED_BLANK } from '../lexicon/labels';

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', deg: '°', times: '×', middot: '·',
  bull: '•', rarr: '→', larr: '←', le: '≤', ge: '≥', plusmn: '±', frac12: '½', micro: 'µ', reg: '®', trade: '™', copy: '©', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};

// A tag starts with a letter or "/" right after "<", so "<1 min" and "< 20 mm" are left alone.
const markupRe = /<!--[\s\S]*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});/g;

/** An opening or closing bold tag, "<b>", "</strong>": at least three characters, room for "**". */
const boldTagRe = /^<\/?(?:b|strong)\b[^<>]*>$/i;

function decodeEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1);
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code < 0x110000 && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[body.toLowerCase()];
}

// A prepared field the clinician has not filled in (‹written|verbal›) states nothing: it reads as
// blank, so a prepared statement counts only once it is filled (placeholder-unfilled flags the field).
const fieldRe = /‹[^‹›\r\n]*›/g;

// A blank escaped as a document converter writes it is the blank it shows: its marks together, the backslashes
// after them as spaces, so the run keeps its place and length.
const escapedBlankRe = new RegExp(ESCAPED_BLANK, 'g');
const unescaped = (m: string) => { const marks = m.replace(/\\/g, ''); return marks + ' '.repeat(m.length - marks.length); };

/** Text with HTML tags, comments and entities, and unfilled prepared fields, blanked out; same length as the input. */
export function cleanHtml(raw: string): string {
  const text = raw.includes('\\') ? raw.replace(escapedBlankRe, unescaped) : raw;
  const unfilled = text.includes('‹') ? text.replace(fieldRe, (m) => ' '.repeat(m.length)) : text;
  if (!unfilled.includes('<') && !unfilled.includes('&')) return unfilled;
  return unfilled.replace(markupRe, (m) => {
    if (m[0] === '&') {
      const ch = decodeEntity(m);
      if (ch === undefined || ch.length > m.length) return m;
      return ch + ' '.repeat(m.length - ch.length);
    }
    // Bold reads as Markdown's bold ("<b>Dry needling</b> – prone" as "**Dry needling** – prone"): a lead-in's shape.
    // The marks sit against the words they hold ("<b>Plan:</b>" as " **Plan:**  "), so a label still opens its line.
    if (boldTagRe.test(m)) return m[1] === '/' ? '**' + ' '.repeat(m.length - 2) : ' '.repeat(m.length - 2) + '**';
    // Keep line breaks inside a multi-line comment or tag so line numbers stay right.
    return m.replace(/[^\r\n]/g, ' ');
  });
}

/** A tag that starts a new block of text (a paragraph, list item, table row, heading). */
const lineBreakTagRe = /<br\s*\/?>/gi;

/**
 * A cell's line breaks as clause breaks, same length: a form table's cell often lists one entry a line ("R UT 0.25 x 30 mm,
 * LTR x4, reproduced temple HA<br>R levator scapulae …"), and an entry's words do not run on into the next.
 */
export const cellLineBreaks = (text: string): string => (text.includes('<') ? text.replace(lineBreakTagRe, (m) => ';' + ' '.repeat(m.length - 1)) : text);

/**
 * A line's pieces between <br> tags, each with its offset in the line: an EMR's export often writes a
 * paragraph as one line broken by them ("S: …<br>O: …<br>Consent: …"), and each piece is a line as read.
 */
export function linePieces(line: string): Array<{ at: number; text: string }> {
  if (!line.includes('<')) return [{ at: 0, text: line }];
  const pieces: Array<{ at: number; text: string }> = [];
  let from = 0;
  for (const m of line.matchAll(lineBreakTagRe)) {
    pieces.push({ at: from, text: line.slice(from, m.index) });
    from = m.index! + m[0].length;
  }
  pieces.push({ at: from, text: line.slice(from) });
  return pieces;
}

export const blockTagRe = /^\s*<(?:p|div|li|tr|h[1-6]|ul|ol|table|section|article|blockquote|dd|dt)\b/i;
/** A heading tag and its level. */
export const headingTagRe = /^\s*<h([1-6])\b/i;
/** HTML whose content is not text a clinician wrote for reading: scripts, styles, preformatted code. */
export const rawContentRe = /^\s*<(?:script|style|pre|textarea)\b/i;

const TAG_REACH = 64;
const wholeTagRe = /^<\/?[A-Za-z][^<>\n]*>$/;

/** The tag a position falls strictly inside ("<b|>"), as [start, end), if any. */
// Looked for within TAG_REACH of the position only: a search of the whole note for each finding made a long note's lint
// grow with its findings times its length (a 5 MB note with 40,000 findings spent a quarter of its lint here).
function tagAround(text: string, at: number): [number, number] | undefined {
  const open = lastIndexWithin(text, '<', at - 1, at - TAG_REACH);
  if (open < 0) return undefined;
  const within = text.slice(open, open + TAG_REACH + 1).indexOf('>');
  const close = within < 0 ? -1 : open + within;
  if (close < at || !wholeTagRe.test(text.slice(open, close + 1))) return undefined;
  return [open, close + 1];
}

/** The last `char` in text[from, at], searching back no further than `from`; -1 if none. */
function lastIndexWithin(text: string, char: string, at: number, from: number): number {
  for (let i = Math.min(at, text.length - 1); i >= Math.max(0, from); i--) if (text[i] === char) return i;
  return -1;
}

/** A highlight that would split a tag ("b>Aftercare:</" of "<b>Aftercare:</b>") widened to hold it whole. */
export function widenOverTags(text: string, start: number, end: number): [number, number] {
  return [tagAround(text, start)?.[0] ?? start, tagAround(text, end)?.[1] ?? end];
}
