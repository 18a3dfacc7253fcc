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
.blank { background: rgba(255, 196, 0, .22); border-bottom: 1px dashed currentColor; white-space: pre-wrap; }
.print-hint { margin: 0 0 1em; padding: .4em .75em; border: 1px solid rgba(128,128,128,.5); }
@media print {
  :root { color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 11pt; color: #000; background: #fff; }
  h2 { break-after: avoid; } table, tr, dl.front-matter { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .blank { background: none; border-bottom: 1px dashed #000; }
  .print-hint { display: none; }
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

// ---------------------------------------------------------------------------------------------
// Blanks render as written: a paper-form blank (___, __/__/____) would read as emphasis or a
// rule, and a field ‹what to fill› could hold emphasis marks. They are escaped before the parse
// (outside code, HTML and front matter) and marked after sanitising, so a blank left in a note is
// seen on screen and on paper.

/** The same blanks the placeholder-unfilled rule reads: fields and runs of underscores. */
const blankRe = /‹[^‹›\r\n]*›|(?<![\w_\\])(?:_{2,}[/.:-])*_{3,}(?![\w_])|(?<![\w_\\])(?:_{2,}[/.:-])+_{2,}(?![\w_])/g;
/** A line of underscores alone is a horizontal rule, as in Markdown. */
const ruleLineRe = /^[ \t]*(?:_[ \t]*){3,}$/;
const inlineMarks = /[\\`*_[\]<>!&~|]/g;

type MdNode = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: MdNode[] };

/** Offsets of code, HTML and front matter: text there is shown as written already. */
function literalRanges(tree: Root): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const walk = (n: MdNode) => {
    if (['code', 'inlineCode', 'html', 'yaml'].includes(n.type)) out.push([n.position?.start.offset ?? 0, n.position?.end.offset ?? 0]);
    else n.children?.forEach(walk);
  };
  walk(tree as MdNode);
  return out;
}

/** The note with its blanks' Markdown marks escaped, so they parse as the characters written. */
function escapeBlanks(text: string): string {
  if (!/‹|___|__[/.:-]/.test(text)) return text;
  const literal = literalRanges(parseForDisplay(text));
  return text.replace(blankRe, (blank: string, at: number) => {
    if (literal.some(([a, b]) => at >= a && at < b)) return blank;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (!blank.startsWith('‹') && ruleLineRe.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, ''))) return blank;
    // A "|" stays: in a table it separates cells, as the clinician meant.
    return blank.replace(inlineMarks, (c) => (c === '|' ? c : `\\${c}`));
  });
}

/** Wraps every blank of the rendered text in <span class="blank">, outside code. */
function markBlanks(node: HastRoot | Element): void {
  const out: Array<HastRoot['children'][number]> = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      if (child.tagName !== 'code' && child.tagName !== 'pre') markBlanks(child);
      out.push(child);
      continue;
    }
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    let last = 0;
    for (const m of child.value.matchAll(new RegExp(blankRe.source, 'g'))) {
      if (m.index! > last) out.push({ type: 'text', value: child.value.slice(last, m.index) });
      out.push({ type: 'element', tagName: 'span', properties: { className: ['blank'] }, children: [{ type: 'text', value: m[0] }] });
      last = m.index! + m[0].length;
    }
    if (last < child.value.length) out.push(last ? { type: 'text', value: child.value.slice(last) } : child);
  }
  node.children = out as typeof node.children;
}

/** The note's body as sanitised HTML (no document wrapper). */
export function renderNoteBody(text: string): string {
  const tree = parseForDisplay(escapeBlanks(text));
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const mdast: Root = { type: 'root', children: tree.children.filter((n) => n.type !== 'yaml') };
  // Raw HTML in the note is dropped here (no allowDangerousHtml), then sanitised again below.
  const hast = toHast(mdast) as HastRoot;
  const clean = sanitize(hast) as HastRoot;
  neutraliseImages(clean);
  markBlanks(clean);
  const fm = yaml && 'value' in yaml ? frontMatterList(yaml.value) : undefined;
  if (fm) {
    const list = sanitize(fm) as Element;
    markBlanks(list);
    clean.children.unshift(list);
  }
  return toHtml(clean);
}

export interface PreviewOptions {
  title?: string;
  /** Reads the needled muscles for the body chart (the clinic's own muscles); default: the built-in vocabulary. */
  vocabulary?: Vocabulary;
  /** The body chart of this visit's needling under the note; default true. */
  bodyChart?: boolean;
  /** A page to print from a browser: a line on screen says how (it is not printed). */
  print?: boolean;
}

const PRINT_HINT = '<p class="print-hint">To print: press Ctrl+P (⌘P on a Mac). This page runs no script and loads nothing.</p>';

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
    `<body>${options.print ? PRINT_HINT : ''}${renderNoteBody(text)}${options.bodyChart === false ? '' : bodyChartSection(text, options.vocabulary)}</body>`,
    '</html>',
  ].join('\n');
}
