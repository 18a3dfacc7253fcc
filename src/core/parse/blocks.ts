// The block structure of a note, read straight from micromark's events: headings, paragraphs,
// lists, quotes, tables, HTML, code and front matter, each with its source position. The note
// model reads every line's source text and never inline markup, so nothing inline is built: the
// text inside paragraphs is never tokenised, and no mdast tree is compiled (together most of the
// parse's cost). Tables are found in paragraph lines here, as GFM reads them, rather than by
// micromark's table extension, which tries every line of every paragraph as a table row.
import type { Event, Token } from 'micromark-util-types';

export interface Point {
  line: number;
  column: number;
  offset: number;
}
export interface Position {
  start: Point;
  end: Point;
}

export type Block =
  | { type: 'heading'; depth: number; position: Position }
  | { type: 'paragraph'; position: Position }
  | { type: 'list'; children: ListItem[]; position: Position }
  | { type: 'blockquote'; children: Block[]; position: Position }
  | Table
  | { type: 'html'; value: string; position: Position }
  | { type: 'code'; position: Position }
  | { type: 'yaml'; value: string; position: Position };

export interface ListItem {
  type: 'listItem';
  children: Block[];
  position: Position;
}
export interface TableCell {
  type: 'tableCell';
  position: Position;
}
export interface TableRow {
  type: 'tableRow';
  children: TableCell[];
  position: Position;
}
export interface Table {
  type: 'table';
  children: TableRow[];
  position: Position;
}
export interface BlockRoot {
  type: 'root';
  children: Block[];
  position: Position;
}

type Container = { node: BlockRoot | ListItem | { type: 'blockquote'; children: Block[]; position: Position }; token?: Token } | { node: { type: 'list'; children: ListItem[]; position: Position }; token: Token };

const point = (p: { line: number; column: number; offset: number }): Point => ({ line: p.line, column: p.column, offset: p.offset });
const span = (t: Token): Position => ({ start: point(t.start), end: point(t.end) });

/** One line of a paragraph: where its text starts and ends in the note (no container markers, no line ending). */
interface ParagraphLine {
  start: number;
  end: number;
  line: number;
  column: number;
  lazy: boolean;
}

/**
 * Splits a table row into cells at pipes not escaped with a backslash, as GFM does: each cell
 * starts at the pipe before it (the first at the row's start when there is no leading pipe), and
 * the last runs to the row's end, its closing pipe included.
 */
function cellSpans(text: string, start: number, end: number): Array<[number, number]> {
  const pipes: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 124 /* | */) pipes.push(i);
  }
  const last = pipes[pipes.length - 1];
  const closing = last !== undefined && /^[ \t]*$/.test(text.slice(last + 1, end));
  const starts = pipes[0] === start ? [] : [start];
  for (let k = 0; k < pipes.length; k++) if (!(closing && k === pipes.length - 1 && pipes.length > 1)) starts.push(pipes[k]);
  return starts.map((s, k): [number, number] => [s, k + 1 < starts.length ? starts[k + 1] : end]);
}

const delimiterCellRe = /^[ \t]*:?-+:?[ \t]*$/;

/** The number of columns a delimiter row ("|---|:-:|") declares, or 0 when the line is not one. */
function delimiterColumns(row: string): number {
  if (!row.includes('|') || !row.includes('-')) return 0;
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells = inner.split('|');
  return cells.every((c) => delimiterCellRe.test(c)) ? cells.length : 0;
}

/** The number of cells a head row has: its pipes split it, a leading and a trailing pipe open and close it (a row without pipes is one cell). */
function headColumns(row: string): number {
  const opened = row.trim().replace(/^\|/, '');
  // A lone pipe is no cell.
  if (!opened.trim()) return 0;
  const inner = opened.replace(/(?:^|[^\\])\|$/, (m) => m.slice(0, -1));
  return inner.split(/(?<!\\)\|/).length;
}

const blockStartRe = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|^[ \t]*</;
/** Setext heading text with a delimiter row under its first line: GFM reads a table there. Line by line, so a long line costs one pass. */
const setextHoldsTable = (source: string) => source.split(/\r\n|\r|\n/).slice(1).some((line) => delimiterColumns(line.replace(/^[ \t>]*/, '')) > 0);

/** The line's own indentation in columns, inside its containers (a tab goes to the next multiple of 4). */
function indentOf(text: string, l: ParagraphLine): number {
  const from = l.column - 1;
  let col = from;
  for (let i = l.start; i < l.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) col += 4 - (col % 4);
    else if (c === 32) col++;
    else break;
  }
  return col - from;
}

/**
 * A paragraph's lines as blocks: the paragraph itself, or the lines before a table, then the
 * table (GFM: a head row and a delimiter row with as many cells, neither indented as code, may
 * interrupt a paragraph; every later line is a row). False when GFM would end the table where the
 * paragraph goes on: then the caller parses with micromark's own table construct.
 */
function paragraphBlocks(text: string, token: Token, lines: ParagraphLine[], out: Block[]): boolean {
  let head = -1;
  for (let i = 0; i + 1 < lines.length && head < 0; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    // As micromark's table: the delimiter row and the body rows may not be lazy lines (the head row's
    // flag can be left over from a container that closed before it).
    if (b.lazy || indentOf(text, a) >= 4 || indentOf(text, b) >= 4) continue;
    const columns = delimiterColumns(text.slice(b.start, b.end));
    if (columns && headColumns(text.slice(a.start, a.end)) === columns) head = i;
  }
  if (head < 0) {
    out.push({ type: 'paragraph', position: span(token) });
    return true;
  }
  // Lines that continue a paragraph but would end a table, or start a block after it: a lazy line,
  // a list marker ("2. …" cannot interrupt a paragraph), raw HTML, code indentation.
  for (let k = head + 2; k < lines.length; k++) {
    if (lines[k].lazy || indentOf(text, lines[k]) >= 4 || blockStartRe.test(text.slice(lines[k].start, lines[k].end))) return false;
  }
  if (head > 0) {
    const last = lines[head - 1];
    out.push({ type: 'paragraph', position: { start: point(token.start), end: { line: last.line, column: last.column + (last.end - last.start), offset: last.end } } });
  }
  const rows: TableRow[] = [];
  const rowOf = (l: ParagraphLine): TableRow => {
    const lead = /^[ \t]*/.exec(text.slice(l.start, l.end))![0].length;
    const start = l.start + lead;
    const at = (offset: number): Point => ({ line: l.line, column: l.column + (offset - l.start), offset });
    const cells = cellSpans(text, start, l.end).map(([s, e]): TableCell => ({ type: 'tableCell', position: { start: at(s), end: at(e) } }));
    return { type: 'tableRow', children: cells, position: { start: at(start), end: at(l.end) } };
  };
  rows.push(rowOf(lines[head]));
  for (let k = head + 2; k < lines.length; k++) rows.push(rowOf(lines[k]));
  out.push({ type: 'table', children: rows, position: { start: rows[0].position.start, end: rows[rows.length - 1].position.end } });
  return true;
}

/** The line ending at `at` (at this stage a line ending token can still run over the next line's container markers). */
const eolAt = (text: string, at: number) => (text.charCodeAt(at) === 13 ? (text.charCodeAt(at + 1) === 10 ? '\r\n' : '\r') : '\n');

const trimEnd = (text: string, start: number, end: number) => {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
  return e;
};

/**
 * Builds the block tree from micromark's document events (flow level: paragraph text is left
 * as chunks). `lazy` is micromark's record of lazy continuation lines, by line number. Undefined
 * when a table sits where GFM's table construct would read the lines differently (rare: a list
 * marker, HTML or a lazy line straight under a table's rows, or a setext underline under one).
 */
export function blocksFromEvents(text: string, events: Event[], lazy: Record<number, boolean>): BlockRoot | undefined {
  const end: Point = events.length ? point(events[events.length - 1][1].end) : { line: 1, column: 1, offset: 0 };
  const root: BlockRoot = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  const stack: Container[] = [{ node: root }];
  const children = (): Block[] => {
    const top = stack[stack.length - 1].node;
    return top.children as Block[];
  };
  let paragraph: { token: Token; lines: ParagraphLine[] } | undefined;
  let html: { token: Token; parts: string[] } | undefined;
  let yaml: { token: Token; from: number; to: number } | undefined;
  let setext: { token: Token; depth: number } | undefined;

  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i];
    // Extension token types (front matter) are not in micromark's own type map.
    const type: string = token.type;
    if (kind === 'enter') {
      if (paragraph) {
        if (type === 'chunkText') {
          const s = token.start;
          paragraph.lines.push({ start: s.offset, end: trimEnd(text, s.offset, token.end.offset), line: s.line, column: s.column, lazy: Boolean(lazy[s.line]) });
        }
        continue;
      }
      if (html) {
        if (type === 'htmlFlowData') html.parts.push(text.slice(token.start.offset, token.end.offset));
        else if (type === 'lineEnding') html.parts.push(eolAt(text, token.start.offset));
        continue;
      }
      if (yaml) {
        // The value runs from the line after the opening fence to the line ending before the closing one.
        if (type === 'lineEnding' || type === 'lineEndingBlank') {
          if (yaml.from < 0) yaml.from = token.start.offset + eolAt(text, token.start.offset).length;
          yaml.to = token.start.offset;
        }
        continue;
      }
      switch (type) {
        case 'paragraph':
          paragraph = { token, lines: [] };
          break;
        case 'atxHeading': {
          const seq = events[i + 1]?.[1];
          const depth = seq && seq.type === 'atxHeadingSequence' ? seq.end.offset - seq.start.offset : 1;
          children().push({ type: 'heading', depth, position: span(token) });
          break;
        }
        case 'setextHeading':
          setext = { token, depth: 2 };
          break;
        case 'setextHeadingLineSequence':
          if (setext) setext.depth = text.charCodeAt(token.start.offset) === 61 /* = */ ? 1 : 2;
          break;
        case 'htmlFlow':
          html = { token, parts: [] };
          break;
        case 'codeFenced':
        case 'codeIndented':
          children().push({ type: 'code', position: span(token) });
          break;
        case 'yaml':
          yaml = { token, from: -1, to: -1 };
          break;
        case 'blockQuote': {
          const node = { type: 'blockquote' as const, children: [] as Block[], position: span(token) };
          children().push(node);
          stack.push({ node, token });
          break;
        }
        case 'listOrdered':
        case 'listUnordered': {
          const node = { type: 'list' as const, children: [] as ListItem[], position: span(token) };
          children().push(node);
          stack.push({ node, token });
          break;
        }
        case 'listItemPrefix': {
          // A prefix starts the next item of the list it belongs to: the nearest list on the stack.
          let top = stack[stack.length - 1];
          if (top.node.type === 'listItem') {
            stack.pop();
            (top.node as ListItem).position.end = point(token.start);
            top = stack[stack.length - 1];
          }
          if (top.node.type === 'list') {
            const item: ListItem = { type: 'listItem', children: [], position: { start: point(token.start), end: point(token.end) } };
            top.node.children.push(item);
            stack.push({ node: item });
          }
          break;
        }
        default:
          break;
      }
      continue;
    }
    // Exit.
    if (paragraph) {
      if (token === paragraph.token) {
        if (!paragraphBlocks(text, token, paragraph.lines, children())) return undefined;
        paragraph = undefined;
      }
      continue;
    }
    if (html) {
      if (token === html.token) {
        children().push({ type: 'html', value: html.parts.join(''), position: span(token) });
        html = undefined;
      }
      continue;
    }
    if (yaml) {
      if (token === yaml.token) {
        children().push({ type: 'yaml', value: yaml.from < 0 || yaml.to < yaml.from ? '' : text.slice(yaml.from, yaml.to), position: span(token) });
        yaml = undefined;
      }
      continue;
    }
    if (setext && token === setext.token) {
      if (setextHoldsTable(text.slice(token.start.offset, token.end.offset))) return undefined;
      children().push({ type: 'heading', depth: setext.depth, position: span(token) });
      setext = undefined;
      continue;
    }
    if (type === 'blockQuote' || type === 'listOrdered' || type === 'listUnordered') {
      let top = stack[stack.length - 1];
      if (top.node.type === 'listItem') {
        top.node.position.end = point(token.end);
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (top.token === token) stack.pop();
    }
  }
  return root;
}
