// The state of one walk over a note's blocks into units, and how a block's source becomes
// unit lines: container markers stripped, HTML cleaned in place, offsets kept.
import type { Unit, UnitScan } from './units';
import { labelColon } from './dash-label';
import { cleanHtml, linePieces } from './html-text';
import { lineLeadRe } from '../lexicon/labels';
import { WRAP_MIN_WIDTH, wrappedLines } from './hard-wrap';
import { withoutTrailingSpaces } from '../util/trailing-spaces';

/** The walk's state: the note, what it has found, and the block, heading and top-level block it is in. */
export interface Ctx {
  text: string;
  out: UnitScan;
  block: number;
  heading: string;
  topStart: number;
}

export const off = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
export const endOff = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;
export const lineOf = (n: { position?: { start: { line: number } } }) => (n.position?.start.line ?? 1) - 1;

// A word processor's section number before a heading's name: "5. ", "4.2 ", "3) ".
const SECTION_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+(?=[A-Za-z*_])`;
const headingNumberRe = new RegExp(String.raw`^(#{1,6}[ \t]+)(${SECTION_NUMBER})`);
/** A heading's text with what opens it without being its name, a picture or a time stamp, then a section number, blanked. */
function withoutHeadingLead(text: string): string {
  const hashes = /^#{1,6}[ \t]+/.exec(text)?.[0].length ?? 0;
  const lead = hashes ? lineLeadRe.exec(text.slice(hashes))?.[0].length ?? 0 : 0;
  const unled = lead ? text.slice(0, hashes) + ' '.repeat(lead) + text.slice(hashes + lead) : text;
  return unled.replace(headingNumberRe, (_m, marks: string, num: string) => marks + ' '.repeat(num.length));
}

/** The number opening a heading's text ("7. Advice" is read as "Advice"). */
export const sectionNumberRe = new RegExp(`^${SECTION_NUMBER}`);

/** Splits the source slice [start, end) into lines, stripping container markers ("> ", indentation). */
export function pushLines(ctx: Ctx, start: number, end: number, line: number, base: Omit<Unit, 'text' | 'start' | 'line' | 'lastLine' | 'first' | 'topStart'>): void {
  const slice = ctx.text.slice(start, end);
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  const physical: Array<{ at: number; source: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null && m[0] !== '') physical.push({ at: m.index, source: m[0].replace(/[\r\n]+$/, '') });
  const joins = base.kind === 'heading' ? undefined : wrapsOf(ctx.text, start, physical);
  let first = true;
  let last: Unit | undefined;
  physical.forEach(({ at, source }, i) => {
    linePieces(source).forEach((piece, p) => {
      const raw = cleanHtml(piece.text);
      const indent = raw.match(i === 0 || piece.at ? /^[ \t]*/ : /^[ \t>]*/)?.[0].length ?? 0;
      const lead = indent + (lineLeadRe.exec(raw.slice(indent))?.[0].length ?? 0);
      let text = labelColon(withoutTrailingSpaces(raw.slice(lead)));
      // A word processor's section number ("## 5. Dry needling") is not the heading's name, nor is a note app's picture before it
      // ("## 🗣️ Subjective"): blanked, keeping offsets.
      if (base.kind === 'heading') text = withoutHeadingLead(text);
      const unitStart = start + at + piece.at + lead;
      if (text && last && p === 0 && joins?.[i]) {
        // A hard-wrapped line runs on from the one above: one entry, the break kept as spaces so offsets hold.
        last.text += ' '.repeat(unitStart - last.start - last.text.length) + text;
        last.lastLine = line + i;
      } else if (text) {
        // Fields written out rather than spread: this runs once per line of the note.
        last = {
          kind: base.kind, block: base.block, depth: base.depth, parentItem: base.parentItem, section: base.section, heading: base.heading,
          text, start: unitStart, line: line + i, lastLine: line + i, first, topStart: ctx.topStart,
        };
        if (base.cells) last.cells = base.cells;
        ctx.out.units.push(last);
      }
      first = false;
    });
  });
}

/** Which of a paragraph's lines continue the one above as a hard wrap (hard-wrap.ts); undefined when none can. */
function wrapsOf(text: string, start: number, physical: ReadonlyArray<{ source: string }>): boolean[] | undefined {
  // Cheap gate, so the common paragraph of short lines costs nothing more: a wrap needs two lines and a long one.
  if (physical.length < 2 || !physical.some((l) => l.source.length >= WRAP_MIN_WIDTH - 1)) return undefined;
  // Back to the line's start by hand: lastIndexOf('\r') in a note without one would scan the whole text before it, per paragraph.
  let firstLineStart = start;
  while (firstLineStart > 0 && text.charCodeAt(firstLineStart - 1) !== 10 && text.charCodeAt(firstLineStart - 1) !== 13) firstLineStart--;
  const lines = physical.map((l, i) => (i === 0 ? text.slice(firstLineStart, start) + l.source : l.source));
  // Each line's label read as the units read it ("plan - going forward …" is "plan: going forward …"), so a dictated label in
  // lower case before a spaced dash opens an entry, not a wrapped sentence's next line.
  return wrappedLines(lines, physical.map((l, i) => labelColon(i === 0 ? l.source : l.source.replace(/^[ \t>]*/, ''))));
}

export const cellText = (ctx: Ctx, c: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ctx.text.slice(off(c), endOff(c)).replace(/^\|?\s*|(?<!\s)\s*\|?$/g, '');
