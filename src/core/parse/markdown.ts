import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { safeChunks } from './chunks';

// Only the constructs the note model reads: CommonMark, GFM tables and YAML front matter.
// Autolinks, footnotes and strikethrough would cost parse time and change nothing we check.
const extensions = [frontmatter(['yaml']), gfmTable()];
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
