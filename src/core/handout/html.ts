// The handout as a print-ready HTML page: the preview's sanitiser and content policy (nothing
// loads or runs), large type, the red-flag box framed in red, and a print stylesheet for A4 or
// Letter with no browser margins wasted.

import type { PaperSize } from '../config/handout';
import { PREVIEW_CSP, renderNoteBody } from '../editor/preview';

export interface HandoutHtmlOptions {
  title: string;
  language: 'en' | 'es';
  paperSize: PaperSize;
  largePrint: boolean;
}

function css(o: HandoutHtmlOptions): string {
  const size = o.largePrint ? 20 : 15;
  const print = o.largePrint ? 16 : 12;
  return `
:root { color-scheme: light; }
body { font: ${size}px/1.55 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1.5rem; color: #111; background: #fff; }
h1 { font-size: 1.6em; margin: 0 0 .6em; line-height: 1.2; }
h2 { font-size: 1.2em; margin: 1.2em 0 .3em; }
p, li { margin: .3em 0; }
ul { padding-left: 1.4em; }
blockquote { border: 3px solid #b00020; background: #fff4f4; margin: 0 0 1.2em; padding: .6em 1em; border-radius: 6px; }
blockquote p:first-child strong { color: #b00020; font-size: 1.1em; }
.removed-image { font-style: italic; }
@page { size: ${o.paperSize === 'Letter' ? 'letter' : 'A4'}; margin: 16mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: ${print}pt; }
  blockquote, h2 { break-inside: avoid; } h2 { break-after: avoid; }
}
`;
}

/** A complete, self-contained page for the handout's Markdown. */
export function renderHandoutHtml(markdown: string, o: HandoutHtmlOptions): string {
  const title = o.title.replace(/[<>&"]/g, '');
  return [
    '<!DOCTYPE html>',
    `<html lang="${o.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${css(o)}</style>`,
    '</head>',
    `<body class="handout${o.largePrint ? ' large-print' : ''}">${renderNoteBody(markdown)}</body>`,
    '</html>',
  ].join('\n');
}
