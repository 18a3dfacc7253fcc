import assert from 'node:assert/strict';
// @ts-expect-error plain ESM generator shared with the benchmarks (no type declarations)
import { generateHuge, generateNote, makeRng } from '../../../bench/notes.mjs';
import { lint } from '../../../src/core/engine/lint';
import { safeChunks } from '../../../src/core/parse/chunks';
import { chunking, clearParseMemo, parseMarkdown } from '../../../src/core/parse/markdown';

// Chunked parsing must be invisible: the same tree, units, sections, records and findings as
// parsing the note whole. Small chunk sizes force cuts next to every kind of block.

/** Blocks that may contain blank lines and column-0 lines, or that look like cut points. */
const TRICKY = [
  ['```', 'device export', '', 'NPRS 9/10 (inside a fence, not a statement)', '', '## Not a heading', '```'],
  ['~~~~text', '', 'consent refused (inside a tilde fence)', '~~~', 'still inside', '~~~~'],
  ['<!--', 'memo', '', 'Consent: none (inside a comment)', '', '-->'],
  ['<!-- dnlint-disable side-missing -->', '', '- gastrocnemius: 0.30×50 mm, 1 needle, pistoning, LTR x2', '', '<!-- dnlint-enable side-missing -->'],
  ['<pre>', '', 'pre-formatted', '', '</pre>'],
  ['- L soleus: 0.30×50 mm, 1 needle, pistoning, LTR x1', '  - depth 20 mm', '', '  second paragraph of the item', 'lazy continuation line', '', '- R soleus: 0.30×50 mm, 1 needle'],
  ['1. first', '', '   1. nested ordered', '', '2. second'],
  ['| Muscle | Side | Needle (mm) |', '|---|---|---|', '| soleus | L | 0.30×50 |', '| gastrocnemius | R | 0.30×50 |'],
  ['---', '', 'after a thematic break', '---', '', '***'],
  ['Setext heading', '==============', '', 'Another', '---'],
  ['> quoted consent: verbal consent obtained', '>', '> second quoted paragraph', 'lazy quote line'],
  ['    indented code', '', '    more code', 'paragraph after code'],
  ['\tline starting with a tab', '', 'S: label style'],
];

function longNote(seed: number, visits: number, eol = '\n'): string {
  const rng = makeRng(seed);
  const lines: string[] = ['---', 'patient_id: PT-1', 'consent: written consent on file', '---', ''];
  for (let v = 1; v <= visits; v++) {
    lines.push(...generateNote(rng, { visit: v }), '');
    lines.push(...TRICKY[(v * 7 + seed) % TRICKY.length], '');
  }
  return lines.join('\n').replace(/\n/g, eol);
}

function withChunkLines<T>(n: number, fn: () => T): T {
  const saved = chunking.chunkLines;
  chunking.chunkLines = n;
  clearParseMemo();
  try {
    return fn();
  } finally {
    chunking.chunkLines = saved;
  }
}

function summary(text: string) {
  const { findings, note } = lint(text);
  return {
    findings,
    units: note.units,
    sections: note.sections,
    records: note.records,
    comments: note.comments,
    consent: note.consent,
    aftercare: note.aftercare,
    needled: note.needled,
  };
}

describe('chunked parsing (parse/chunks)', function () {
  this.timeout(120_000);

  const notes: Array<[string, string]> = [
    ['LF', longNote(1, 40)],
    ['CRLF', longNote(2, 30, '\r\n')],
    ['lone CR', longNote(3, 12, '\r')],
    ['generated long note', generateHuge(3000)],
  ];

  for (const [name, text] of notes) {
    it(`gives the same tree and the same note as a whole parse (${name})`, () => {
      const whole = withChunkLines(Infinity, () => ({ tree: parseMarkdown(text), note: summary(text) }));
      assert.ok(whole.note.units.length > 100, 'the note should be long');
      for (const size of [3, 7, 13, 50, 200]) {
        const chunks = safeChunks(text, size);
        assert.ok(chunks.length > 1, `expected cuts at chunk size ${size}`);
        const chunked = withChunkLines(size, () => ({ tree: parseMarkdown(text), note: summary(text) }));
        assert.deepEqual(chunked.tree, whole.tree, `tree differs at chunk size ${size}`);
        assert.deepEqual(chunked.note, whole.note, `note differs at chunk size ${size}`);
      }
    });
  }

  it('chunks tile the text exactly, in order', () => {
    const text = longNote(4, 20);
    const chunks = safeChunks(text, 10);
    assert.equal(chunks[0].start, 0);
    assert.equal(chunks[chunks.length - 1].end, text.length);
    for (let i = 1; i < chunks.length; i++) {
      assert.equal(chunks[i].start, chunks[i - 1].end);
      assert.equal(chunks[i].line, text.slice(0, chunks[i].start).split('\n').length - 1);
    }
  });

  it('never cuts inside a fence, an HTML comment, or before a --- line', () => {
    const text = ['intro', '', 'a', '', '```', '', 'x', '', 'y', '```', '', '<!--', '', 'z', '', '-->', '', '---', '', 'end', ''].join('\n');
    const cuts = safeChunks(text, 1).map((c) => text.slice(c.start).split('\n')[0]);
    assert.deepEqual(cuts, ['intro', 'a', '```', '<!--', 'end']);
  });

  it('parses short notes whole', () => {
    assert.equal(safeChunks(longNote(5, 2)).length, 1);
  });

  it('an edit re-parses to the same result as a fresh parse (memo of unchanged chunks)', () => {
    const text = longNote(6, 30);
    const at = text.indexOf('## Plan', text.length / 2);
    const edited = text.slice(0, at) + 'A new line\nand another\n\n' + text.slice(at);
    withChunkLines(20, () => {
      parseMarkdown(text);
      const viaMemo = summary(edited);
      clearParseMemo();
      assert.deepEqual(viaMemo, summary(edited));
      // The memo keeps its own copies: results handed out earlier are not shifted later.
      const first = parseMarkdown(edited);
      const snapshot = JSON.stringify(first);
      parseMarkdown('x\n\n' + edited);
      assert.equal(JSON.stringify(first), snapshot);
    });
  });
});
