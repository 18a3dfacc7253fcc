// Renders a note to a self-contained, sanitised HTML page for the editor's preview and for
// printing. Notes are patient records, so the page loads nothing: no scripts, no remote
// images, no fonts; a Content-Security-Policy meta tag backs that up in the webview.

import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toHast } from 'mdast-util-to-hast';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { parseFrontMatter } from '../model/front-matter';
import type { Vocabulary } from '../vocab';
// Course of care: the body chart of the visit's needling, appended under the note (see course/preview-chart.ts).
import { bodyChartSection } from '../course/preview-chart';

// Same constructs as the core parser (CommonMark, GFM tables, YAML front matter), but with the
// inline constructs on: the linter's parser switches them off for speed, a reader needs them.
function parseForDisplay(text: string): Root {
  return fromMarkdown(text, { extensions: [frontmatter(['yaml']), gfmTable()], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()] });
}

/** The policy of the preview page: nothing may load or run; only the page's inline styles apply. */
export const PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; script-src 'none'; form-action 'none'; frame-src 'none'";

export const PREVIEW_CSS = `
:root { color-scheme: light dark; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1, h2, h3 { line-height: 1.25; margin: 1.2em 0 .4em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; border-bottom: 1px solid rgba(128,128,128,.35); padding-bottom: .15em; } h3 { font-size: 1.1em; }
table { border-collapse: collapse; margin: .6em 0; width: 100%; }
th, td { border: 1px solid rgba(128,128,128,.5); padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: rgba(128,128,128,.12); }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .92em; }
pre { white-space: pre-wrap; padding: .5em; background: rgba(128,128,128,.1); }
dl.front-matter { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0 0 1em; padding: .5em .75em; border: 1px solid rgba(128,128,128,.35); }
dl.front-matter dt { font-weight: 600; } dl.front-matter dd { margin: 0; }
.removed-image { font-style: italic; opacity: .75; }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
  h2 { break-after: avoid; } table, tr, dl.front-matter { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

/** A remote image would tell a server the note was opened, so no image is loaded; its alt text is shown. */
function neutraliseImages(node: HastRoot | Element): void {
  node.children = node.children.map((child): HastContent => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'img') {
      const alt = String(child.properties?.alt ?? '').trim();
      return { type: 'element', tagName: 'span', properties: { className: ['removed-image'] }, children: [{ type: 'text', value: `[image not shown${alt ? `: ${alt}` : ''}]` }] };
    }
    neutraliseImages(child);
    return child;
  }) as typeof node.children;
}

function frontMatterList(yaml: string): Element | undefined {
  const fm = parseFrontMatter(yaml, 0, 0, 0);
  if (!fm.data || !Object.keys(fm.data).length) return undefined;
  const children: ElementContent[] = [];
  for (const [k, v] of Object.entries(fm.data)) {
    const value = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    children.push({ type: 'element', tagName: 'dt', properties: {}, children: [{ type: 'text', value: k }] });
    children.push({ type: 'element', tagName: 'dd', properties: {}, children: [{ type: 'text', value }] });
  }
  return { type: 'element', tagName: 'dl', properties: { className: ['front-matter'] }, children };
}

/** The note's body as sanitised HTML (no document wrapper). */
export function renderNoteBody(text: string): string {
  const tree = parseForDisplay(text);
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const mdast: Root = { type: 'root', children: tree.children.filter((n) => n.type !== 'yaml') };
  // Raw HTML in the note is dropped here (no allowDangerousHtml), then sanitised again below.
  const hast = toHast(mdast) as HastRoot;
  const clean = sanitize(hast) as HastRoot;
  neutraliseImages(clean);
  const fm = yaml && 'value' in yaml ? frontMatterList(yaml.value) : undefined;
  if (fm) clean.children.unshift(sanitize(fm) as Element);
  return toHtml(clean);
}

export interface PreviewOptions {
  title?: string;
  /** Reads the needled muscles for the body chart (the clinic's own muscles); default: the built-in vocabulary. */
  vocabulary?: Vocabulary;
  /** The body chart of this visit's needling under the note; default true. */
  bodyChart?: boolean;
}

/** A complete HTML page with the CSP meta tag and print-friendly styles. */
export function renderPreviewHtml(text: string, options: PreviewOptions = {}): string {
  const title = (options.title ?? 'Dry needling note').replace(/[<>&"]/g, '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${PREVIEW_CSS}</style>`,
    '</head>',
    `<body>${renderNoteBody(text)}${options.bodyChart === false ? '' : bodyChartSection(text, options.vocabulary)}</body>`,
    '</html>',
  ].join('\n');
}
