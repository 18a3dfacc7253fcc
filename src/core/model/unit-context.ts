// The state of one walk over a note's blocks into units, and how a block's source becomes
// unit lines: container markers stripped, HTML cleaned in place, offsets kept.
import type { Unit, UnitScan } from './units';
import { labelColon } from './dash-label';
import { cleanHtml, linePieces } from './html-text';
import { lineLeadRe } from '../lexicon/labels';

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
/** The number opening a heading's text ("7. Advice" is read as "Advice"). */
export const sectionNumberRe = new RegExp(`^${SECTION_NUMBER}`);

/** Splits the source slice [start, end) into lines, stripping container markers ("> ", indentation). */
export function pushLines(ctx: Ctx, start: number, end: number, line: number, base: Omit<Unit, 'text' | 'start' | 'line' | 'first' | 'topStart'>): void {
  const slice = ctx.text.slice(start, end);
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  let i = 0;
  let first = true;
  while ((m = re.exec(slice)) !== null && m[0] !== '') {
    for (const piece of linePieces(m[0].replace(/[\r\n]+$/, ''))) {
      const raw = cleanHtml(piece.text);
      const indent = raw.match(i === 0 || piece.at ? /^[ \t]*/ : /^[ \t>]*/)?.[0].length ?? 0;
      const lead = indent + (lineLeadRe.exec(raw.slice(indent))?.[0].length ?? 0);
      let text = labelColon(raw.slice(lead).replace(/[ \t]+$/, ''));
      // A word processor's section number ("## 5. Dry needling") is not the heading's name: blanked, keeping offsets.
      if (base.kind === 'heading') text = text.replace(headingNumberRe, (_m, hashes: string, num: string) => hashes + ' '.repeat(num.length));
      // Fields written out rather than spread: this runs once per line of the note.
      if (text) {
        const unit: Unit = {
          kind: base.kind, block: base.block, depth: base.depth, parentItem: base.parentItem, section: base.section, heading: base.heading,
          text, start: start + m.index + piece.at + lead, line: line + i, first, topStart: ctx.topStart,
        };
        if (base.cells) unit.cells = base.cells;
        ctx.out.units.push(unit);
      }
      first = false;
    }
    i++;
  }
}

export const cellText = (ctx: Ctx, c: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ctx.text.slice(off(c), endOff(c)).replace(/^\|?\s*|\s*\|?$/g, '');
