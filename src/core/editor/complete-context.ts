// Works out what the clinician is typing at a cursor from the text around it. Only the
// current line and a few lines above are read, so this stays cheap on a long note.

import { findNeedles, findSides, findTechniques } from '../model/tokens';
import type { Vocabulary } from '../vocab';

export type CompletionContextKind =
  | 'muscle' | 'side' | 'needle' | 'technique' | 'response' | 'cpt' | 'icd' | 'front-matter-key' | 'none';

export interface CompletionContext {
  kind: CompletionContextKind;
  /** The word being typed: [replaceStart, replaceEnd) of the document. */
  replaceStart: number;
  replaceEnd: number;
  word: string;
}

const muscleCol = /muscle|target|structure|^site$|location/;
const sideCol = /^side$|laterality|^lat\.?$|^l\/r$|^r\/l$/;
const needleCol = /needle|size|gauge|\bmm\b/;
const techniqueCol = /technique|method|dose|approach/;
const responseCol = /ltr|twitch|response/;
const billingWords = /\b(?:cpt|billing|billed|bill|charges?|hcpcs)\b/gi;
const dxWords = /\b(?:icd(?:-?10)?(?:-cm)?|dx|diagnos[ie]s|diag)\b/gi;
const needlingCue = /\b(?:needl(?:ed|ing|es?)|DN|TDN|TrP-?DN|FDN|dry[- ]needl\w*|IMS|muscles?|treated|treatment|procedure)\b/i;
const sideAtEnd = /(?:^|[\s(,;:|])(?:L|R|Lt|Rt|left|right|bilat(?:eral)?|B\/L)\s+$/i;

function lineStartOf(text: string, offset: number): number {
  const i = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return i + 1;
}

function lineEndOf(text: string, offset: number): number {
  const m = /\r|\n/.exec(text.slice(offset));
  return m ? offset + m.index : text.length;
}

/** The line before the one starting at `start`, as [start, end), or undefined at the top. */
function previousLine(text: string, start: number): [number, number] | undefined {
  if (start === 0) return undefined;
  let end = start - 1;
  if (text[end] === '\n' && text[end - 1] === '\r') end--;
  return [lineStartOf(text, end), end];
}

/** The word under the cursor: letters, digits and the characters of needle sizes and codes. */
function wordAt(text: string, offset: number, lineStart: number, lineEnd: number): { start: number; end: number } {
  let s = offset;
  while (s > lineStart && /[\p{L}\p{N}.×/+'-]/u.test(text[s - 1])) s--;
  // A sentence full stop or a table pipe is not part of the word.
  while (s < offset && /[/'-]/.test(text[s])) s++;
  let e = offset;
  while (e < lineEnd && /[\p{L}\p{N}.×]/u.test(text[e])) e++;
  return { start: s, end: e };
}

function inFrontMatter(text: string, offset: number): boolean {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return false;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  const end = m ? open[0].length + m.index : text.length;
  return offset >= open[0].length && offset <= end;
}

/** Header cells of the table whose row holds the cursor, or undefined when not in a table body row. */
function tableColumn(text: string, lineStart: number, offset: number): string | undefined {
  const line = text.slice(lineStart, offset);
  if (!/^\s*\|/.test(line)) return undefined;
  const rows: string[] = [];
  for (let p = previousLine(text, lineStart); p && rows.length < 500; p = previousLine(text, p[0])) {
    const l = text.slice(p[0], p[1]);
    if (!/^\s*\|/.test(l)) break;
    rows.push(l);
  }
  // Above the cursor: ...rows, separator, header. A cursor in the header or separator gets nothing.
  if (rows.length < 2 || !/^\s*\|?[\s:|-]+$/.test(rows[rows.length - 2])) return undefined;
  const header = rows[rows.length - 1].replace(/^\s*\|/, '').split(/(?<!\\)\|/).map((c) => c.replace(/[*_`]/g, '').trim().toLowerCase());
  const index = (line.replace(/^\s*\|/, '').match(/(?<!\\)\|/g) ?? []).length;
  return header[index];
}

function kindForColumn(column: string): CompletionContextKind {
  if (muscleCol.test(column)) return 'muscle';
  if (sideCol.test(column)) return 'side';
  if (needleCol.test(column)) return 'needle';
  if (responseCol.test(column)) return 'response';
  if (techniqueCol.test(column)) return 'technique';
  return 'none';
}

/** Nearest Markdown heading above the line, lower-cased, looking back at most `limit` lines. */
function headingAbove(text: string, lineStart: number, limit = 300): string {
  let n = 0;
  for (let p = previousLine(text, lineStart); p && n < limit; p = previousLine(text, p[0]), n++) {
    const l = text.slice(p[0], p[1]);
    const m = /^\s{0,3}#{1,6}\s+(.*)$/.exec(l);
    if (m) return m[1].toLowerCase();
  }
  return '';
}

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index!;
  return last;
}

export function completionContext(text: string, offset: number, vocab: Vocabulary): CompletionContext {
  const lineStart = lineStartOf(text, offset);
  const lineEnd = lineEndOf(text, offset);
  const w = wordAt(text, offset, lineStart, lineEnd);
  const base = { replaceStart: w.start, replaceEnd: w.end, word: text.slice(w.start, offset) };
  const before = text.slice(lineStart, w.start);
  const at = (kind: CompletionContextKind): CompletionContext => ({ kind, ...base });

  if (inFrontMatter(text, offset)) return at(before.includes(':') ? 'none' : 'front-matter-key');

  const column = tableColumn(text, lineStart, offset);
  if (column !== undefined) return at(kindForColumn(column));
  if (/^\s*\|/.test(before)) return at('none');

  // Codes: whichever keyword stands last before the cursor decides (a line may hold both).
  const dx = lastIndex(dxWords, before);
  const bill = lastIndex(billingWords, before);
  if (dx >= 0 && dx > bill) return at('icd');
  if (bill >= 0) return at('cpt');
  if (/^\s{0,3}#/.test(before)) return at('none');
  const heading = headingAbove(text, lineStart);
  if (/\b(?:billing|charges|cpt|coding)\b/.test(heading)) return at('cpt');
  if (/\b(?:diagnos[ie]s|icd|dx)\b/.test(heading)) return at('icd');

  // A needle size being typed: "0." or ".3".
  if (/^0?\.\d*(?:[x×]\d*)?$/.test(base.word) || /^0$/.test(base.word)) return at('needle');
  const tail = before.replace(/\s+$/, '');
  if (!tail) return lineNeedsMuscle(before, text, lineStart, heading) ? at('muscle') : at('none');
  // After a needle size: the technique; after a technique: the response.
  const needles = findNeedles(tail);
  if (needles.length && needles[needles.length - 1].end === tail.length) return at('technique');
  const techniques = findTechniques(tail);
  if (techniques.length && techniques[techniques.length - 1].end === tail.length) return at('response');
  // After a side token: the muscle.
  if (sideAtEnd.test(before)) return at('muscle');
  // After a muscle: its side, or the needle when the side came first.
  const mentions = vocab.scanMuscles(tail);
  const last = mentions[mentions.length - 1];
  if (last && last.end === tail.length && /\s$/.test(before)) {
    const sides = findSides(tail.slice(0, last.start));
    const sideFirst = sides.length && /^[\s.,:/&+-]*$/.test(tail.slice(sides[sides.length - 1].end, last.start));
    return at(sideFirst ? 'needle' : 'side');
  }
  return lineNeedsMuscle(before, text, lineStart, heading) ? at('muscle') : at('none');
}

/** A line (or list item) in a needling context: the line, its heading or the line above mention needling. */
function lineNeedsMuscle(before: string, text: string, lineStart: number, heading: string): boolean {
  if (needlingCue.test(before) || /needl|\bdn\b|procedure|treatment|intervention/.test(heading)) return true;
  const prev = previousLine(text, lineStart);
  if (!prev) return false;
  const above = text.slice(prev[0], prev[1]);
  // A bullet under "DN performed:" or another bullet in a list of needled muscles.
  return /^\s*(?:[-*+]|\d+[.)])\s/.test(text.slice(lineStart, lineStart + 6)) && (needlingCue.test(above) || findNeedles(above).length > 0);
}
