import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { safeChunks } from './chunks';

// Only the constructs the note model reads: CommonMark blocks, GFM tables and YAML front
// matter. The model reads each line's source text, never inline markup, so the inline
// constructs (emphasis, links, code spans, escapes, entities, inline HTML) are switched off:
// they are most of micromark's work and change nothing we check.
const inlineOff = {
  disable: {
    null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'],
  },
};
const extensions = [frontmatter(['yaml']), gfmTable(), inlineOff];
const mdastExtensions = [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()];

function parseWhole(text: string): Root {
  return fromMarkdown(text, { extensions, mdastExtensions });
}

interface Positioned {
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
  children?: Positioned[];
}

function shift(node: Positioned, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if (node.children) for (const c of node.children) shift(c, lines, offset);
}

/**
 * Parses a note into mdast. micromark slows down superlinearly on one huge document,
 * so long texts are parsed in independent chunks split where no block can span the cut
 * (see chunks.ts); positions are then shifted back into document coordinates.
 */
export function parseMarkdown(text: string): Root {
  // micromark drops a leading byte-order mark and counts offsets without it; keep ours on the text as given.
  if (text.charCodeAt(0) === 0xfeff) {
    const tree = parseMarkdown(text.slice(1));
    for (const child of tree.children) shift(child as Positioned, 0, 1);
    return tree;
  }
  const chunks = safeChunks(text);
  if (chunks.length === 1) return parseWhole(text);
  const children: RootContent[] = [];
  for (const chunk of chunks) {
    const tree = parseWhole(text.slice(chunk.start, chunk.end));
    for (const child of tree.children) {
      shift(child as Positioned, chunk.line, chunk.start);
      children.push(child);
    }
  }
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: text.length } },
  };
}
