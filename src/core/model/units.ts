import type { Block, BlockRoot, Table } from '../parse/blocks';
import { labelColon } from './dash-label';
import { blockTagRe, cleanHtml, headingTagRe, linePieces, rawContentRe } from './html-text';
import { endOff, lineOf, off, pushLines, sectionNumberRe, type Ctx } from './unit-context';
import { withoutClosingMark, withoutTrailingSpaces } from '../util/trailing-spaces';
import { visitTable } from './unit-tables';

// A unit is one line of clinical text as the clinician wrote it: a heading, a line of a
// paragraph, a line of a list item, or a table row. Rules read units, not the syntax
// tree, so bullets, tables and free paragraphs are checked alike.

export type UnitKind = 'heading' | 'line' | 'item' | 'row';

/**
 * Unit `b` is the item line right after item line `a` in the same list: on the next line, or after one
 * blank line in a loose list (which Markdown keeps as one list: the same top-level block).
 */
export const itemFollows = (a: Unit, b: Unit) => a.kind === 'item' && b.kind === 'item'
  && (b.line <= a.lastLine + 1 || (b.line === a.lastLine + 2 && b.topStart === a.topStart));

/** A heading unit's words without its ATX marks: "### Dry needling ##" → "Dry needling". */
// The closing sequence is looked for only where a run of spaces starts, not from each of its positions.
export const headingText = (text: string) => text.replace(/^#+[ \t]*/, '').replace(/(?<![ \t])[ \t]+#+[ \t]*$/, '');

export interface Cell {
  text: string;
  start: number;
  /** Lower-case header text of the column, e.g. "muscle", "side", "needle (mm)". */
  column: string;
}

export interface Unit {
  kind: UnitKind;
  /**
   * Source text of the line (or of one piece of it between <br> tags), without list bullets, quote markers
   * or indentation, tags blanked and a field label's spaced dash made a colon: always as long as its source.
   */
  text: string;
  /** Offset of text[0] in the document. */
  start: number;
  /** 0-based document line. */
  line: number;
  /** 0-based document line it ends on: a later one when a hard-wrapped line runs on (hard-wrap.ts). */
  lastLine: number;
  /** Units of one paragraph, list item or table share a block id. */
  block: number;
  /** First line of its block. */
  first: boolean;
  /** Heading depth, or list nesting depth (1 = top-level item), else 0. */
  depth: number;
  /** For list item lines: block id of the parent list item, or -1. */
  parentItem: number;
  cells?: Cell[];
  /** Index into Note.sections, filled in by the section pass; -1 before the first section. */
  section: number;
  /** Sections opened later on the same line ("S: … O: … A: …"), at their offsets within `text`. */
  midSections?: Array<{ at: number; section: number }>;
  /** Inside a block quote: the index of the quote's first unit. */
  quote?: number;
  /** Text of the nearest heading above, lower-cased, '' if none. */
  heading: string;
  /** Start of the line where the enclosing top-level block (list, table, paragraph) begins: where a new block can go before it. */
  topStart: number;
}

export interface HtmlComment {
  value: string;
  start: number;
  end: number;
  line: number;
}

export interface UnitScan {
  units: Unit[];
  comments: HtmlComment[];
  frontMatter?: { value: string; start: number; end: number };
  /** Offsets [start, end) of code and HTML blocks: text inserted in them would not render as Markdown. */
  opaque: Array<[number, number]>;
  /** The opaque blocks whose text is not the clinician's: code, and raw HTML content (script, style, pre). A pasted EMR export's HTML is read. */
  unread: Array<[number, number]>;
  /** Fenced code blocks never closed: everything after them reads as code. */
  unclosedFences: Array<{ start: number; end: number }>;
}


function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  // Nothing goes before a byte-order mark.
  return i === 0 && text.charCodeAt(0) === 0xfeff ? 1 : i;
}

const setextUnderlineRe = /(?:\r\n|\r|\n)[ \t]*(?:=+|-+)[ \t]*$/;

function visit(ctx: Ctx, nodes: readonly Block[], depth: number, parentItem: number, top = false): void {
  for (const node of nodes) {
    if (top) ctx.topStart = lineStartOf(ctx.text, off(node));
    switch (node.type) {
      case 'heading': {
        const block = ++ctx.block;
        const start = off(node);
        const raw = ctx.text.slice(start, endOff(node));
        ctx.heading = withoutClosingMark(raw.replace(/^#+\s*/, ''), '#').split(/\r?\n|\r/)[0].replace(sectionNumberRe, '').replace(/[*_`]/g, '').trim().toLowerCase();
        // A setext heading's underline ("Objective" over "---------") is markup, not a line of the heading.
        const underline = /^[ \t]*#/.test(raw) ? -1 : raw.search(setextUnderlineRe);
        pushLines(ctx, start, underline < 0 ? endOff(node) : start + underline, lineOf(node), { kind: 'heading', block, depth: node.depth, parentItem: -1, section: -1, heading: ctx.heading });
        break;
      }
      case 'paragraph':
        if (!depth && typedBulletLineRe.test(ctx.text.slice(off(node), endOff(node)))) pushTypedList(ctx, off(node), endOff(node), lineOf(node));
        else pushLines(ctx, off(node), endOff(node), lineOf(node), { kind: depth ? 'item' : 'line', block: ++ctx.block, depth, parentItem, section: -1, heading: ctx.heading });
        break;
      case 'list':
        for (const item of node.children) {
          const block = ++ctx.block;
          const [firstChild, ...rest] = item.children;
          if (firstChild?.type === 'paragraph') {
            // The item's own text starts at its first paragraph; the bullet is left out.
            pushLines(ctx, off(firstChild), endOff(firstChild), lineOf(firstChild), { kind: 'item', block, depth: depth + 1, parentItem, section: -1, heading: ctx.heading });
            visit(ctx, rest, depth + 1, block);
          } else {
            visit(ctx, item.children, depth + 1, block);
          }
        }
        break;
      case 'blockquote': {
        const first = ctx.out.units.length;
        visit(ctx, node.children, depth, parentItem);
        // The innermost quote a line sits in; its first line says what the quote is. A lazy line (no `>` of its
        // own) ends what the clinician quoted, though Markdown runs the quote's paragraph on over it.
        let quoted = true;
        for (let i = first; i < ctx.out.units.length && quoted; i++) {
          const u = ctx.out.units[i];
          // Pieces of one line (<br>) share its marks: each line is looked at once, so the walk stays linear.
          if (i === first || u.line !== ctx.out.units[i - 1].line) quoted = ctx.text.slice(lineStartOf(ctx.text, u.start), u.start).includes('>');
          if (quoted) u.quote ??= first;
        }
        break;
      }
      case 'table':
        visitTable(ctx, node);
        break;
      case 'html':
        collectComments(ctx, node.value, off(node), lineOf(node));
        ctx.out.opaque.push([off(node), endOff(node)]);
        // An EMR export pasted as HTML is still the clinician's text; comments and code are not.
        if (rawContentRe.test(node.value)) ctx.out.unread.push([off(node), endOff(node)]);
        else if (cleanHtml(node.value).trim()) visitHtmlText(ctx, off(node), endOff(node), lineOf(node), depth, parentItem);
        break;
      case 'code': {
        const source = ctx.text.slice(off(node), endOff(node));
        const open = /^[ \t>]*(`{3,}|~{3,})/.exec(source);
        // Lines indented four spaces are code to Markdown, but in a note they are the clinician's text, indented as
        // pasted or under a comment ("<!-- … -->" then "    o R piriformis  LTR x1"): read as the paragraph they look like.
        if (!open) {
          visit(ctx, [{ type: 'paragraph', position: node.position }], depth, parentItem);
          break;
        }
        ctx.out.opaque.push([off(node), endOff(node)]);
        ctx.out.unread.push([off(node), endOff(node)]);
        const lastLine = source.split(/\r\n|\r|\n/).pop() ?? '';
        const closed = open && source.split(/\r\n|\r|\n/).length > 1 && new RegExp(`^[ \\t>]*\\${open[1][0]}{${open[1].length},}[ \\t]*$`).test(lastLine);
        // Only a fence that runs to the end of the note hides the rest of it.
        if (open && !closed && endOff(node) >= ctx.text.trimEnd().length) ctx.out.unclosedFences.push({ start: off(node) + open[0].length - open[1].length, end: off(node) + open[0].length });
        break;
      }
      case 'yaml':
        ctx.out.frontMatter = { value: node.value, start: off(node), end: endOff(node) };
        break;
      default:
        break;
    }
  }
}

// Bullets typed or pasted as characters (a word processor's or an EMR's), which Markdown reads as text.
const TYPED_BULLETS = '•◦▪‣●○■⁃\uf0b7';
const typedBulletLineRe = new RegExp(`(?:^|\\n)[ \\t>]*[${TYPED_BULLETS}][ \\t]+\\S`);
const typedBulletRe = new RegExp(`^([ \\t>]*)[${TYPED_BULLETS}][ \\t]+`);

/**
 * A paragraph whose lines start with typed bullets ("• R UT 0.25x30, LTR x2") is read as the list the
 * clinician sees: the lines before the first bullet stay the paragraph, each bullet line is an item (nested
 * under the item above when indented further), and a line without a bullet continues the item above it, as
 * Markdown reads a line after a "- " item.
 */
function pushTypedList(ctx: Ctx, start: number, end: number, line: number): void {
  const slice = ctx.text.slice(start, end);
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  // Runs of lines pushed together: [from, to) in the note, the line number, and the unit fields.
  let run: { from: number; to: number; line: number; base: Omit<Unit, 'text' | 'start' | 'line' | 'lastLine' | 'first' | 'topStart'> } | undefined;
  const flush = () => {
    if (run) pushLines(ctx, run.from, run.to, run.line, run.base);
    run = undefined;
  };
  const open: Array<{ indent: number; block: number; depth: number }> = [];
  let listStart = 0;
  let m: RegExpExecArray | null;
  for (let i = 0; (m = re.exec(slice)) !== null && m[0] !== ''; i++) {
    const at = start + m.index;
    const to = at + m[0].replace(/[\r\n]+$/, '').length;
    const bullet = typedBulletRe.exec(m[0]);
    if (bullet) {
      flush();
      const indent = bullet[1].replace(/\t/g, '    ').length;
      while (open.length && open[open.length - 1].indent >= indent) open.pop();
      const parent = open[open.length - 1];
      const block = ++ctx.block;
      // The list starts a new top-level block at its first bullet, as a Markdown list interrupting the paragraph would.
      if (!listStart) ctx.topStart = listStart = lineStartOf(ctx.text, at);
      open.push({ indent, block, depth: (parent?.depth ?? 0) + 1 });
      run = { from: at + bullet[0].length, to, line: line + i, base: { kind: 'item', block, depth: (parent?.depth ?? 0) + 1, parentItem: parent?.block ?? -1, section: -1, heading: ctx.heading } };
    } else if (run) {
      run.to = to;
    } else {
      run = { from: at, to, line: line + i, base: { kind: 'line', block: ++ctx.block, depth: 0, parentItem: -1, section: -1, heading: ctx.heading } };
    }
  }
  flush();
}

const htmlBulletRe = new RegExp(`^(?:[-*+${TYPED_BULLETS}]|\\d{1,2}[.)])[ \\t]+`);

// An EMR's HTML table, a row to a line or a whole table on one: "<tr><td>Upper trapezius</td><td>R</td></tr>".
const htmlRowRe = /<tr\b[^>]*>([\s\S]*?)(?:<\/tr\s*>|(?=<tr\b)|$)/gi;
const htmlCellRe = /<t[dh]\b[^>]*>([\s\S]*?)(?=<\/t[dh]\s*>|<t[dh]\b|$)/gi;
const htmlTableEdgeRe = /<\/?table\b/i;

/** The rows written whole on one line of HTML, with their cells' contents, as a table's rows; none when the line holds anything else. */
function htmlRowsOnLine(rawLine: string, at: number, line: number): Table['children'] {
  // A table row is short: a line longer than any export writes is not read as one (each row tag is read to its ">").
  if (rawLine.length > 20_000 || !/<t[dh]\b/i.test(rawLine)) return [];
  const rows: Table['children'] = [];
  const point = (offset: number) => ({ line: line + 1, column: 1, offset });
  for (const r of rawLine.matchAll(htmlRowRe)) {
    const body = r.index! + r[0].indexOf('>') + 1;
    const cells = [...r[1].matchAll(htmlCellRe)].map((c) => {
      const from = body + c.index! + c[0].indexOf('>') + 1;
      return { type: 'tableCell' as const, position: { start: point(at + from), end: point(at + from + c[1].length) } };
    });
    if (cells.length) rows.push({ type: 'tableRow', children: cells, position: { start: point(at + r.index!), end: point(at + r.index! + r[0].length) } });
  }
  // Text outside the rows ("Needles:<tr>…") is not a table line.
  return rows.length && !cleanHtml(rawLine.replace(htmlRowRe, (m) => ' '.repeat(m.length))).trim() ? rows : [];
}

/**
 * The lines of an HTML block as units: a line that starts a paragraph, list item or row tag (or
 * follows one that closed) starts a new block; "- " or "1. " at the start of a line is a list item,
 * and an <h2> line is a heading.
 */
function visitHtmlText(ctx: Ctx, start: number, end: number, line: number, depth: number, parentItem: number): void {
  const slice = ctx.text.slice(start, end);
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  let i = 0;
  let block = ++ctx.block;
  let closed = false;
  let first = true;
  // Rows of an HTML table, read as one table once it ends, like a Markdown table: the first row names the columns.
  let rows: Table['children'] = [];
  const flush = () => {
    if (rows.length) visitTable(ctx, { type: 'table', children: rows, position: { start: rows[0].position.start, end: rows[rows.length - 1].position.end } }, true);
    rows = [];
  };
  while ((m = re.exec(slice)) !== null && m[0] !== '') {
    const rawLine = m[0].replace(/[\r\n]+$/, '');
    const tableRows = htmlRowsOnLine(rawLine, start + m.index, line + i);
    if (tableRows.length) {
      rows.push(...tableRows);
      block = ++ctx.block;
      first = true;
      i++;
      continue;
    }
    if (htmlTableEdgeRe.test(rawLine) || cleanHtml(rawLine).trim()) flush();
    if (blockTagRe.test(rawLine) || closed) {
      block = ++ctx.block;
      first = true;
    }
    closed = /<\/(?:p|div|li|tr|h[1-6]|table|ul|ol)>\s*$/i.test(rawLine);
    const headingTag = headingTagRe.exec(rawLine);
    for (const piece of linePieces(rawLine)) {
      const cleaned = cleanHtml(piece.text);
      const lead = cleaned.match(/^[ \t]*/)![0].length;
      let text = withoutTrailingSpaces(cleaned.slice(lead));
      let at = start + m.index + piece.at + lead;
      const heading = piece.at ? null : headingTag;
      const bullet = heading ? undefined : htmlBulletRe.exec(text);
      if (bullet) {
        at += bullet[0].length;
        text = text.slice(bullet[0].length);
        block = ++ctx.block;
        first = true;
      }
      text = labelColon(text);
      if (text) {
        if (heading) ctx.heading = text.toLowerCase();
        ctx.out.units.push({
          kind: heading ? 'heading' : bullet ? 'item' : depth ? 'item' : 'line', text, start: at, line: line + i, lastLine: line + i, first, block,
          depth: heading ? Number(heading[1]) : bullet ? depth + 1 : depth, parentItem, section: -1, heading: ctx.heading, topStart: ctx.topStart,
        });
        first = false;
      }
    }
    i++;
  }
  flush();
}

function collectComments(ctx: Ctx, value: string, start: number, line: number): void {
  const re = /<!--([\s\S]*?)-->/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(value)) !== null) {
    const before = value.slice(0, m.index);
    const lines = before.split(/\r\n|\r|\n/).length - 1;
    ctx.out.comments.push({ value: m[1].trim(), start: start + m.index, end: start + m.index + m[0].length, line: line + lines });
  }
}

/**
 * HTML comments in paragraphs also carry directives: inside a line, or alone on a line that a paragraph runs on over
 * (an indented "<!-- dnlint-disable-next-line … -->" under "Rx:"), which holds no clinical text and makes no unit.
 * Read from the note as written in one pass, outside code, HTML blocks (read already) and front matter; an opening
 * with no close ends the search, since it would take in everything after it.
 */
function inlineComments(ctx: Ctx): void {
  const { text } = ctx;
  const seen = new Set(ctx.out.comments.map((c) => c.start));
  const fm = ctx.out.frontMatter;
  const skipped = [...ctx.out.opaque, ...(fm ? [[fm.start, fm.end] as [number, number]] : [])].sort((a, b) => a[0] - b[0]);
  let k = 0;
  let line = 0;
  let counted = 0;
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    while (k < skipped.length && skipped[k][1] <= open) k++;
    const inSkipped = k < skipped.length && skipped[k][0] <= open;
    if (!inSkipped && !seen.has(open)) {
      for (; counted < open; counted++) {
        const c = text.charCodeAt(counted);
        if (c === 10 || (c === 13 && text.charCodeAt(counted + 1) !== 10)) line++;
      }
      ctx.out.comments.push({ value: text.slice(open + 4, close).trim(), start: open, end: close + 3, line });
    }
    open = text.indexOf('<!--', close + 3);
  }
}

export function scanUnits(text: string, tree: BlockRoot): UnitScan {
  const ctx: Ctx = { text, out: { units: [], comments: [], opaque: [], unread: [], unclosedFences: [] }, block: 0, heading: '', topStart: 0 };
  visit(ctx, tree.children, 0, -1, true);
  inlineComments(ctx);
  ctx.out.comments.sort((a, b) => a.start - b.start);
  return ctx.out;
}
