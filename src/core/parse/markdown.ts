import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { parse, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { subtokenize } from 'micromark-util-subtokenize';
import { blocksFromEvents, type Block, type BlockRoot, type Point } from './blocks';
import { CHUNK_LINES, safeChunks } from './chunks';
import { markdownInHtml } from './html-runs';
import { shiftedCopy } from './shift';

// Only the constructs the note model reads: CommonMark blocks and YAML front matter (GFM tables
// are found in paragraph lines by blocks.ts). The model reads each line's source text, never
// inline markup, so the inline constructs (emphasis, links, code spans, escapes, entities, inline
// HTML) are switched off, and the text inside paragraphs is never tokenised: one subtokenize pass
// expands the flow (paragraphs, headings, lists) and leaves each line's text as a chunk.
const inlineOff = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
  },
};
const parser = parse({ extensions: [frontmatter(['yaml']), inlineOff] });

function parseWhole(text: string): BlockRoot {
  // micromark records lazy continuation lines on the parser, by line: a fresh record per document.
  parser.lazy = {};
  const events = parser.document().write(preprocess()(text, undefined, true));
  subtokenize(events);
  const root = blocksFromEvents(text, events, parser.lazy) ?? parseWithTables(text);
  root.children = markdownInHtml(text, root.children, (source) => parseWhole(source).children);
  return root;
}

/**
 * The full GFM parse, for the rare text where a table's end is not the end of its paragraph
 * (blocks.ts says when). mdast nodes carry every field the block tree has, under the same names.
 */
function parseWithTables(text: string): BlockRoot {
  return fromMarkdown(text, { extensions: [frontmatter(['yaml']), gfmTable(), inlineOff], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()] }) as unknown as BlockRoot;
}

/** Chunking settings; tests lower `chunkLines` to force many cuts, or set it to Infinity to parse whole. */
export const chunking = { chunkLines: CHUNK_LINES, memoChunks: 2048 };

// Parsed chunks of long notes, keyed by chunk text, in chunk coordinates. While a long note is
// edited only the chunk holding the edit changes, so each re-lint parses one chunk, not the
// whole note. Bounded (oldest dropped first); short notes are parsed whole and never stored.
const memo = new Map<string, Block[]>();

function parseChunk(source: string): Block[] {
  const hit = memo.get(source);
  if (hit) {
    memo.delete(source);
    memo.set(source, hit);
    return hit;
  }
  const children = parseWhole(source).children;
  memo.set(source, children);
  if (memo.size > chunking.memoChunks) memo.delete(memo.keys().next().value as string);
  return children;
}

export function clearParseMemo(): void {
  memo.clear();
}

/**
 * Parses a note into its blocks (blocks.ts). micromark slows down superlinearly on one huge document,
 * so long texts are parsed in independent chunks split where no block can span the cut
 * (see chunks.ts); positions are then shifted back into document coordinates.
 */
export function parseMarkdown(text: string): BlockRoot {
  // micromark drops a leading byte-order mark and counts offsets without it; keep ours on the text as given.
  if (text.charCodeAt(0) === 0xfeff) {
    const tree = parseMarkdown(text.slice(1));
    return { ...tree, children: tree.children.map((c) => shiftedCopy(c, 0, 1)) };
  }
  const chunks = chunking.chunkLines === Infinity ? [] : safeChunks(text, chunking.chunkLines);
  if (chunks.length <= 1) return parseWhole(text);
  const children: Block[] = [];
  for (const chunk of chunks) {
    for (const child of parseChunk(text.slice(chunk.start, chunk.end))) children.push(shiftedCopy(child, chunk.line, chunk.start));
  }
  const lines = chunks[chunks.length - 1];
  const whole = parseWholeEnd(text, lines);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: whole } };
}

/** Where a whole-text parse would put the root's end: after the last character. */
function parseWholeEnd(text: string, last: { start: number; line: number }): Point {
  let line = last.line + 1;
  let lineStart = last.start;
  for (let i = last.start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1, offset: text.length };
}
