import assert from 'node:assert/strict';
import { PREVIEW_CSP, renderNoteBody, renderPreviewHtml } from '../../../src/core/editor/preview';

describe('preview (renderPreviewHtml)', () => {
  it('renders headings, paragraphs and needling tables', () => {
    const html = renderNoteBody('## Objective\n\nDN **R** UT.\n\n| Muscle | Side |\n|---|---|\n| upper trapezius | R |\n');
    assert.match(html, /<h2>Objective<\/h2>/);
    assert.match(html, /<strong>R<\/strong>/);
    assert.match(html, /<table>/);
    assert.match(html, /<th>Muscle<\/th>/);
    assert.match(html, /<td>upper trapezius<\/td>/);
  });

  it('drops script tags, inline event handlers and iframes written in the note', () => {
    const html = renderNoteBody([
      '<script>alert(1)</script>', '', 'Text <img src=x onerror="alert(2)"> more', '',
      '<iframe src="https://evil.example"></iframe>', '', '<div onclick="alert(3)" style="color:red">x</div>',
      '', 'inline <span onmouseover="alert(4)">hover</span> and <script>alert(5)</script>',
    ].join('\n'));
    assert.doesNotMatch(html, /<script|onerror|onclick|onmouseover|<iframe|style=|<img|<div/i);
    // Block-level HTML is dropped whole; inline tags go and their inner text stays as inert text.
    assert.doesNotMatch(html, /alert\([123]\)/);
    assert.match(html, /Text/);
    assert.match(html, /more/);
  });

  it('neutralises javascript: and data: links but keeps ordinary ones', () => {
    const html = renderNoteBody('[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](https://example.org/x)');
    assert.doesNotMatch(html, /javascript:/i);
    assert.doesNotMatch(html, /href="data:/i);
    assert.match(html, /href="https:\/\/example.org\/x"/);
  });

  it('replaces every image (remote or data:) with its alt text, so nothing is fetched', () => {
    const html = renderNoteBody('![xray](https://tracker.example/p.png) ![dot](data:image/png;base64,iVBORw0KGgo=)');
    assert.doesNotMatch(html, /tracker\.example/);
    assert.match(html, /image not shown: xray/);
    assert.match(html, /image not shown: dot/);
    assert.doesNotMatch(html, /<img/);
  });

  it('shows front matter as a list of fields, escaped', () => {
    const html = renderNoteBody('---\npatient_id: EX-1\nclinician: "<b>J</b>"\n---\n\n## S\n');
    assert.match(html, /<dt>patient_id<\/dt><dd>EX-1<\/dd>/);
    assert.match(html, /&#x3C;b>J&#x3C;\/b>/);
    assert.doesNotMatch(html, /<b>J/);
  });

  it('the page carries a strict CSP meta tag and print styles', () => {
    const page = renderPreviewHtml('S: test\r\n');
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`));
    assert.match(PREVIEW_CSP, /default-src 'none'/);
    assert.doesNotMatch(PREVIEW_CSP, /script-src (?!'none')/);
    assert.match(page, /@media print/);
    assert.match(page, /<p>S: test<\/p>/);
  });
});
