// Markdown (a handout, or a visit note) as a short list of printable blocks: what the PDF
// exporter (src/pdf) lays out. Parsed with the same micromark constructs as the preview; raw HTML
// and images are dropped (an image is named by its alt text), so nothing in a note loads or runs.

import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseFrontMatter } from '../model/front-matter';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}

export type PrintBlock =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: PrintBlock[][] }
  /** A block quote: the handout's red-flag box, or a quote in a note. */
  | { kind: 'box'; blocks: PrintBlock[] }
  | { kind: 'table'; header: Run[][]; rows: Run[][][] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' }
  /** A note's front matter, as label and value pairs. */
  | { kind: 'fields'; entries: Array<[string, string]> };

function runs(nodes: readonly PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text': out.push({ text: n.value, ...style }); break;
      case 'strong': out.push(...runs(n.children, { ...style, bold: true })); break;
      case 'emphasis': out.push(...runs(n.children, { ...style, italic: true })); break;
      case 'delete': out.push(...runs(n.children, style)); break;
      case 'inlineCode': out.push({ text: n.value, ...style, code: true }); break;
      case 'break': out.push({ text: '\n', ...style }); break;
      case 'link': out.push(...runs(n.children, style)); break;
      case 'linkReference': out.push(...runs(n.children, style)); break;
      case 'image': case 'imageReference': out.push({ text: `[image not shown${n.alt ? `: ${n.alt}` : ''}]`, ...style, italic: true }); break;
      default: break; // raw HTML (comments, tags) and footnotes are not printed
    }
  }
  // Neighbouring runs of one style are one run: fewer, longer strings lay out better.
  return out.reduce<Run[]>((acc, r) => {
    const last = acc[acc.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic && !!last.code === !!r.code) last.text += r.text;
    else acc.push({ ...r });
    return acc;
  }, []);
}

function blocks(nodes: readonly (RootContent | Nodes)[]): PrintBlock[] {
  const out: PrintBlock[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'heading': out.push({ kind: 'heading', level: n.depth, runs: runs(n.children) }); break;
      case 'paragraph': {
        const r = runs(n.children);
        if (r.some((x) => x.text.trim())) out.push({ kind: 'paragraph', runs: r });
        break;
      }
      case 'list':
        out.push({ kind: 'list', ordered: !!n.ordered, start: n.start ?? 1, items: n.children.map((item) => blocks(item.children)) });
        break;
      case 'blockquote': out.push({ kind: 'box', blocks: blocks(n.children) }); break;
      case 'table': {
        const [head, ...rest] = n.children;
        const cells = (row: typeof head) => row.children.map((c) => runs(c.children));
        out.push({ kind: 'table', header: head ? cells(head) : [], rows: rest.map(cells) });
        break;
      }
      case 'code': out.push({ kind: 'code', text: n.value }); break;
      case 'thematicBreak': out.push({ kind: 'rule' }); break;
      case 'yaml': {
        const data = parseFrontMatter(n.value, 0, 0, 0).data ?? {};
        const entries = Object.entries(data).map(([k, v]): [string, string] => [k, v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'object' ? JSON.stringify(v) : String(v)]);
        if (entries.length) out.push({ kind: 'fields', entries });
        break;
      }
      default: break; // raw HTML blocks and definitions are not printed
    }
  }
  return out;
}

/** The printable blocks of a Markdown document (front matter included as fields). */
export function printBlocks(markdown: string): PrintBlock[] {
  const tree: Root = fromMarkdown(markdown.replace(/^\uFEFF/, ''), {
    extensions: [frontmatter(['yaml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()],
  });
  return blocks(tree.children);
}

/** All the text of the blocks, one block per line: what a reader of the printed page sees. */
export function blocksText(list: readonly PrintBlock[]): string {
  const runText = (r: Run[]) => r.map((x) => x.text).join('');
  return list.map((b): string => {
    switch (b.kind) {
      case 'heading': case 'paragraph': return runText(b.runs);
      case 'list': return b.items.map((i) => blocksText(i)).join('\n');
      case 'box': return blocksText(b.blocks);
      case 'table': return [b.header, ...b.rows].map((row) => row.map(runText).join(' ')).join('\n');
      case 'code': return b.text;
      case 'rule': return '';
      case 'fields': return b.entries.map(([k, v]) => `${k}: ${v}`).join('\n');
    }
  }).join('\n');
}
