import type { Block, BlockRoot, Table } from '../parse/blocks';
import { billingColumnRe } from '../lexicon/columns';
import { colonForDash } from './dash-label';
import { formRowText, isFieldLabel, isFormTable } from './form-table';
import { transposedMuscleRow } from './transposed-table';
import { blockTagRe, cleanHtml, headingTagRe, linePieces, rawContentRe } from './html-text';

// A unit is one line of clinical text as the clinician wrote it: a heading, a line of a
// paragraph, a line of a list item, or a table row. Rules read units, not the syntax
// tree, so bullets, tables and free paragraphs are checked alike.

export type UnitKind = 'heading' | 'line' | 'item' | 'row';

/**
 * Unit `b` is the item line right after item line `a` in the same list: on the next line, or after one
 * blank line in a loose list (which Markdown keeps as one list: the same top-level block).
 */
export const itemFollows = (a: Unit, b: Unit) => a.kind === 'item' && b.kind === 'item'
  && (b.line <= a.line + 1 || (b.line === a.line + 2 && b.topStart === a.topStart));

/** A heading unit's words without its ATX marks: "### Dry needling ##" → "Dry needling". */
export const headingText = (text: string) => text.replace(/^#+[ \t]*/, '').replace(/[ \t]+#+[ \t]*$/, '');

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

interface Ctx {
  text: string;
  out: UnitScan;
  block: number;
  heading: string;
  topStart: number;
}

const off = (n: { position?: { start: { offset?: number } } }) => n.position?.start.offset ?? 0;
const endOff = (n: { position?: { end: { offset?: number } } }) => n.position?.end.offset ?? 0;
const lineOf = (n: { position?: { start: { line: number } } }) => (n.position?.start.line ?? 1) - 1;

/** Splits the source slice [start, end) into lines, stripping container markers ("> ", indentation). */
function pushLines(ctx: Ctx, start: number, end: number, line: number, base: Omit<Unit, 'text' | 'start' | 'line' | 'first' | 'topStart'>): void {
  const slice = ctx.text.slice(start, end);
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  let i = 0;
  let first = true;
  while ((m = re.exec(slice)) !== null && m[0] !== '') {
    for (const piece of linePieces(m[0].replace(/[\r\n]+$/, ''))) {
      const raw = cleanHtml(piece.text);
      const lead = raw.match(i === 0 || piece.at ? /^[ \t]*/ : /^[ \t>]*/)?.[0].length ?? 0;
      const text = colonForDash(raw.slice(lead).replace(/[ \t]+$/, ''));
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

const cellText = (ctx: Ctx, c: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ctx.text.slice(off(c), endOff(c)).replace(/^\|?\s*|\s*\|?$/g, '');

/** A form table's rows as labelled lines, each its own block (the header too when it names a field). */
function visitFormTable(ctx: Ctx, table: Table): void {
  for (const row of table.children) {
    if (!row.children.length || (row === table.children[0] && !isFieldLabel(cellText(ctx, row.children[0])))) continue;
    const first = row.children[0];
    const start = off(first) + (ctx.text.slice(off(first), endOff(first)).match(/^\|?\s*/)?.[0].length ?? 0);
    const source = ctx.text.slice(start, endOff(row)).replace(/\s*\|?\s*$/, '');
    const text = formRowText(cleanHtml(source));
    ctx.out.units.push({
      kind: 'line', text, start, line: lineOf(row), block: ++ctx.block, first: true,
      depth: 0, parentItem: -1, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
}

/** A sideways needling table: one row unit per muscle column, its cells named by the first column. */
function visitTransposedTable(ctx: Ctx, table: Table, muscleRow: number): void {
  const block = ++ctx.block;
  const head = table.children[muscleRow];
  const rows = table.children.slice(muscleRow + 1);
  const cellAt = (c: (typeof head.children)[number]) => {
    const raw = ctx.text.slice(off(c), endOff(c));
    const lead = raw.match(/^\|?\s*/)?.[0].length ?? 0;
    return { text: cleanHtml(raw.slice(lead).replace(/\s*\|?\s*$/, '')), start: off(c) + lead };
  };
  const names = table.children.slice(muscleRow).map((r) => (r.children[0] ? cellText(ctx, r.children[0]).toLowerCase() : ''));
  for (let k = 1; k < head.children.length; k++) {
    const muscle = cellAt(head.children[k]);
    if (!muscle.text) continue;
    const cells: Cell[] = [{ ...muscle, column: names[0] }];
    rows.forEach((r, j) => {
      if (r.children[k]) cells.push({ ...cellAt(r.children[k]), column: names[j + 1] });
    });
    // The unit's text is the muscle's own cell, so offsets into it stay offsets into the note.
    ctx.out.units.push({
      kind: 'row', text: muscle.text, start: muscle.start, line: lineOf(head), block, first: k === 1,
      depth: 0, parentItem: -1, cells, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
}

/** `html`: rows read from an EMR's HTML table, which has no pipes and whose row text keeps its tags until cleaned. */
function visitTable(ctx: Ctx, table: Table, html = false): void {
  // GFM reads a line typed straight under a table as one more row; the clinician meant a sentence.
  const isSentence = (row: Table['children'][number]) => !html && !ctx.text.slice(off(row), endOff(row)).includes('|');
  const pushSentence = (row: Table['children'][number]) =>
    pushLines(ctx, off(row), endOff(row), lineOf(row), { kind: 'line', block: ++ctx.block, depth: 0, parentItem: -1, section: -1, heading: ctx.heading });
  // The table's shape is read from its own rows: sentences under it ("Needles 3 in, 3 out.") are no attribute rows.
  const piped: Table = { ...table, children: table.children.filter((r) => !isSentence(r)) };
  const [head, ...rows] = table.children;
  const firstCells = piped.children.map((r) => (r.children[0] ? cellText(ctx, r.children[0]) : ''));
  const muscleRow = head ? transposedMuscleRow(firstCells, head.children.length) : undefined;
  // "| Service | CPT | Units | Minutes |": a billing grid's rows are rows under their columns, whatever its first cells name.
  const billingGrid = Boolean(head && head.children.filter((c) => billingColumnRe.test(cellText(ctx, c))).length >= 2);
  if (muscleRow !== undefined || (!billingGrid && isFormTable(firstCells))) {
    if (muscleRow !== undefined) visitTransposedTable(ctx, piped, muscleRow);
    else visitFormTable(ctx, piped);
    table.children.filter(isSentence).forEach(pushSentence);
    return;
  }
  const block = ++ctx.block;
  const columns = head ? head.children.map((c) => cellText(ctx, c).toLowerCase()) : [];
  for (const row of rows) {
    const raw = html ? cleanHtml(ctx.text.slice(off(row), endOff(row))) : ctx.text.slice(off(row), endOff(row));
    // An HTML row's tags are blanked to spaces; its text starts where its first word does.
    const lead = html ? raw.length - raw.trimStart().length : 0;
    const start = off(row) + lead;
    const source = html ? raw.trim() : raw;
    if (isSentence(row)) {
      pushSentence(row);
      continue;
    }
    const cells = row.children.map((c, i) => {
      const raw = ctx.text.slice(off(c), endOff(c));
      const lead = raw.match(/^\|?\s*/)?.[0].length ?? 0;
      // A field left as inserted (‹muscle›) states nothing, as on a line.
      const text = cleanHtml(raw.slice(lead).replace(/\s*\|?\s*$/, ''));
      return { text, start: off(c) + lead, column: columns[i] ?? '' };
    });
    ctx.out.units.push({
      kind: 'row', text: source, start, line: lineOf(row), block, first: row === rows[0],
      depth: 0, parentItem: -1, cells, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
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
        ctx.heading = raw.replace(/^#+\s*|\s*#*\s*$/g, '').split(/\r?\n|\r/)[0].replace(/[*_`]/g, '').trim().toLowerCase();
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
        ctx.out.opaque.push([off(node), endOff(node)]);
        ctx.out.unread.push([off(node), endOff(node)]);
        const source = ctx.text.slice(off(node), endOff(node));
        const open = /^[ \t>]*(`{3,}|~{3,})/.exec(source);
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
  let run: { from: number; to: number; line: number; base: Omit<Unit, 'text' | 'start' | 'line' | 'first' | 'topStart'> } | undefined;
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
      let text = cleaned.slice(lead).replace(/[ \t]+$/, '');
      let at = start + m.index + piece.at + lead;
      const heading = piece.at ? null : headingTag;
      const bullet = heading ? undefined : htmlBulletRe.exec(text);
      if (bullet) {
        at += bullet[0].length;
        text = text.slice(bullet[0].length);
        block = ++ctx.block;
        first = true;
      }
      text = colonForDash(text);
      if (text) {
        if (heading) ctx.heading = text.toLowerCase();
        ctx.out.units.push({
          kind: heading ? 'heading' : bullet ? 'item' : depth ? 'item' : 'line', text, start: at, line: line + i, first, block,
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

/** Paragraph-level inline HTML comments (<!-- ... --> inside a line) also carry directives. */
function inlineComments(ctx: Ctx): void {
  const seen = new Set(ctx.out.comments.map((c) => c.start));
  for (const u of ctx.out.units) {
    // Unit text has comments blanked out; read them from the note as written.
    let end = u.start + u.text.length;
    while (end < ctx.text.length && ctx.text[end] !== '\n' && ctx.text[end] !== '\r') end++;
    const raw = ctx.text.slice(u.start, end);
    if (!raw.includes('<!--')) continue;
    const before = ctx.out.comments.length;
    collectComments(ctx, raw, u.start, u.line);
    ctx.out.comments.splice(before, ctx.out.comments.length - before, ...ctx.out.comments.slice(before).filter((c) => !seen.has(c.start)));
  }
}

export function scanUnits(text: string, tree: BlockRoot): UnitScan {
  const ctx: Ctx = { text, out: { units: [], comments: [], opaque: [], unread: [], unclosedFences: [] }, block: 0, heading: '', topStart: 0 };
  visit(ctx, tree.children, 0, -1, true);
  inlineComments(ctx);
  ctx.out.comments.sort((a, b) => a.start - b.start);
  return ctx.out;
}
