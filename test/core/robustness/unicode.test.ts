import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { LineIndex } from '../../../src/core/parse/line-index';

// Positions must stay exact whatever characters precede them: the editor underlines
// exactly what the finding's offsets cover, and VS Code counts UTF-16 code units.

const body = (prefix: string, eol = '\n') =>
  ['S: neck pain', '', 'O:', `- ${prefix}R upper trapezius 0.25x30mm, pistoning, LTR x2`, '', 'A: better', 'P: continue'].join(eol) + eol;

function recordOf(text: string) {
  const { note } = lint(text);
  assert.equal(note.records.length, 1, 'one needling record');
  return note.records[0];
}

describe('robustness: unicode and line endings keep positions exact', () => {
  const cases: Array<[string, string, string]> = [
    ['LF', '', '\n'],
    ['CRLF', '', '\r\n'],
    ['lone CR', '', '\r'],
    ['tab', '\t', '\n'],
    ['non-breaking space', '\u00a0', '\n'],
    ['zero-width space and joiner', '\u200b\u200d', '\n'],
    ['right-to-left text', '\u05de\u05d8\u05d5\u05e4\u05dc \u200f', '\n'],
    ['emoji (surrogate pairs)', '💉🩺 ', '\n'],
    ['combining accents', 'e\u0301te\u0301 ', '\n'],
  ];
  for (const [name, prefix, eol] of cases) {
    it(`finds the muscle at its exact offsets after ${name}`, () => {
      const text = body(prefix, eol);
      const r = recordOf(text);
      assert.equal(text.slice(r.start, r.end), 'upper trapezius');
      const lines = new LineIndex(text);
      const pos = lines.positionAt(r.start);
      assert.equal(pos.line, 3);
      assert.equal(lines.lineText(3).slice(pos.character, pos.character + 15), 'upper trapezius');
      assert.equal(r.side, 'R');
    });
  }

  it('keeps offsets on the text as given when it starts with a byte-order mark', () => {
    const text = '\uFEFF' + body('');
    const r = recordOf(text);
    assert.equal(text.slice(r.start, r.end), 'upper trapezius');
    assert.deepEqual(lint(text).note.sections.map((s) => s.kind), ['subjective', 'objective', 'assessment', 'plan']);
  });

  it('reads front matter after a byte-order mark', () => {
    const text = '\uFEFF---\nconsent: declined\n---\n' + body('');
    const { note } = lint(text);
    assert.ok(note.frontMatter && !note.frontMatter.error);
    assert.equal(note.consent.find((c) => c.unit === -1)?.status, 'refused');
  });

  it('recognises a muscle name written with combining accents as the same text it covers', () => {
    const text = body('').replace('upper trapezius', 'upper trape\u0301zius');
    const { note } = lint(text);
    // Whether or not the accented form is recognised, whatever is reported covers the written text exactly.
    for (const r of note.records) assert.equal(text.slice(r.start, r.end), r.written);
  });

  it('treats CRLF and LF notes alike: same findings at the same line and character', () => {
    const lf = body('').replace('O:', 'O:\n- L levator scapulae 0.25x30');
    const a = lint(lf).findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
    const b = lint(lf.replace(/\n/g, '\r\n')).findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);
    assert.deepEqual(b, a);
    assert.ok(a.length > 0, 'the note raises findings to compare');
  });
});
