import assert from 'node:assert/strict';
import { parseMarkdown } from '../../../src/core/parse/markdown';
import { scanUnits } from '../../../src/core/model/units';

// An HTML block runs on, in CommonMark, over every line up to a blank one; the lines of it with no
// tag are what the clinician typed as Markdown, and are read as Markdown.
const kinds = (text: string) => parseMarkdown(text).children.map((b) => `${b.type}@${b.position.start.line}:${b.position.start.offset}-${b.position.end.offset}`);
const units = (text: string) => scanUnits(text, parseMarkdown(text)).units.map((u) => `${u.kind} ${u.line} ${u.text}`);

describe('parse/html-runs', () => {
  it('reads a table typed under a <p> line as a table, at its place in the note', () => {
    const text = '<p>Dry needling - R hip:</p>\n| Muscle | Side |\n|---|---|\n| Gluteus medius | R |\n';
    assert.deepEqual(kinds(text), ['html@1:0-28', 'table@2:29-79']);
    assert.deepEqual(units(text), ['line 0 Dry needling - R hip:', 'row 3 | Gluteus medius | R |']);
  });

  it('reads a heading and a nested list under tagged lines, with CRLF line ends', () => {
    const text = '<div><b>S:</b> R calf tight</div>\r\n## Objective\r\n- DN prone:\r\n  - R soleus\r\n<p>Plan: review</p>';
    assert.deepEqual(parseMarkdown(text).children.map((b) => b.type), ['html', 'heading', 'list', 'html']);
    assert.deepEqual(units(text), ['line 0 **S:**   R calf tight', 'heading 1 ## Objective', 'item 2 DN prone:', 'item 3 R soleus', 'line 4 Plan: review']);
  });

  it('keeps a line that holds a tag anywhere in the HTML, and "<1 min" or "< 20 mm" as text', () => {
    const text = '<p>Consent: written\nobtained today</p>\nNeedle in < 20 mm, <1 min\n';
    assert.deepEqual(parseMarkdown(text).children.map((b) => b.type), ['html', 'paragraph']);
  });

  it('keeps untagged lines inside an element still open as its text', () => {
    const text = '<p><b>O:</b> TTP L calf<br>\nConsent:\nverbal today + written on file.</p>\n- L soleus LTR x2\n<div>\nPt reports\n</div>';
    assert.deepEqual(parseMarkdown(text).children.map((b) => `${b.type}@${b.position.start.line}`), ['html@1', 'list@4', 'html@5']);
  });

  it('leaves comments, raw content and a run that would read as front matter as they are', () => {
    for (const text of ['<!-- dn-lint-disable\nR UT 0.25x30\n-->', '<pre>\n| a | b |\n|---|---|\n</pre>']) {
      assert.deepEqual(parseMarkdown(text).children.map((b) => b.type), ['html'], text);
    }
    assert.deepEqual(parseMarkdown('<p>x</p>\n---\na: 1\n---').children.map((b) => `${b.type}@${b.position.start.line}`), ['html@1', 'html@2']);
  });

  it('cuts a block of alternating tagged and untagged lines once, each untagged line at its own line', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => (i % 2 ? `- item ${i}` : `<p>line ${i}</p>`));
    const blocks = parseMarkdown(lines.join('\n')).children;
    assert.equal(blocks.length, 4000);
    blocks.forEach((b, i) => assert.equal(`${b.type} ${b.position.start.line}`, `${i % 2 ? 'list' : 'html'} ${i + 1}`));
  });
  it('ends a fence typed under a tagged line with the HTML block, as a Markdown viewer shows it', () => {
    // CommonMark's HTML block runs to the next blank line, so a viewer shows this ``` as text and
    // the lines after the blank as the note: nothing below is hidden, and nothing is reported.
    const open = '<p><b>Flowsheet:</b></p>\n```\nChin tucks 2x10\n\nO: DN R upper trapezius\n';
    assert.deepEqual(kinds(open), ['html@1:0-24', 'code@2:25-44', 'paragraph@5:46-69']);
    // The closing ``` typed after a blank line then opens a fence of its own, which a viewer shows
    // hiding the rest of the note: that one is an unclosed block.
    const closed = '<p>Flowsheet:</p>\n```\nChin tucks\n\nRows\n```\nO: DN R UT\n';
    assert.deepEqual(parseMarkdown(closed).children.map((b) => `${b.type}@${b.position.start.line}`), ['html@1', 'code@2', 'paragraph@5', 'code@6']);
  });
});
