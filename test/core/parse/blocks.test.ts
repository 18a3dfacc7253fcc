import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { chunking, clearParseMemo, parseMarkdown } from '../../../src/core/parse/markdown';
import type { BlockRoot } from '../../../src/core/parse/blocks';
import { markdownInHtml } from '../../../src/core/parse/html-runs';
import { scanUnits } from '../../../src/core/model/units';

// The block tree is read from micromark's flow events, with GFM tables found in paragraph lines.
// The reference is the full GFM parse (micromark's table construct, compiled to mdast), with the
// untagged lines of an HTML block read as Markdown (html-runs.ts): every unit a note yields must be
// the same, whatever the Markdown.

const inlineOff = { disable: { null: ['attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'] } };
const gfm = (text: string): BlockRoot => {
  const root = fromMarkdown(text, { extensions: [frontmatter(['yaml']), gfmTable(), inlineOff], mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()] }) as unknown as BlockRoot;
  return { ...root, children: markdownInHtml(text, root.children, (source) => gfm(source).children) };
};
const reference = (text: string) => scanUnits(text, gfm(text));
const ours = (text: string) => scanUnits(text, parseMarkdown(text));

function sameAsGfm(text: string): void {
  for (const t of [text, text.replace(/\n/g, '\r\n')]) assert.deepEqual(ours(t), reference(t), JSON.stringify(t));
}

/** Lines that put tables next to every other kind of block. */
const LINES = [
  '| a | b |', '|---|---|', '| 1 | 2 |', 'a | b', '--|--', '|:-:|--:|', '| x \\| y | z |', '| | |', '|', '| only |', '|-|', 'text line',
  'R UT 0.25x30 LTR x2', '- item', '  - nested', '1. one', '2. two', '> quote', '> | q | r |', '> |---|---|', '', '# Head', 'Setext', '---', '===',
  '```', '~~~', '    indented', '<div>', '</div>', '<!-- c -->', '* star', '   | sp | x |', '\t| tab |', 'lazy | z', '---|---', '- | a | b |',
  '  |---|---|', '  | 1 | 2 |', '> - item', '>', '- ', '    | a | b |', '    |---|---|', '  - | n | m |', '      |---|---|', '> > | a | b |', '> > |---|---|',
];

describe('parse/blocks', () => {
  let saved = chunking.chunkLines;
  before(() => {
    saved = chunking.chunkLines;
    chunking.chunkLines = Infinity;
  });
  after(() => {
    chunking.chunkLines = saved;
    clearParseMemo();
  });

  it('reads a table as GFM does: after a paragraph line, with empty cells, escaped pipes, short and long rows', () => {
    sameAsGfm('Needling today\n| Muscle | Side | Needle |\n|---|:-:|--:|\n| UT | R | 0.25x30 |\n| LS | | |\n| x \\| y | z | extra |\nR QL 0.30x60 continues as a row');
    const units = ours('Needling today\n| Muscle | Side |\n|---|---|\n| UT | R |');
    assert.deepEqual(units.units.map((u) => [u.kind, u.text]), [['line', 'Needling today'], ['row', '| UT | R |']]);
  });

  it('reads tables in list items and quotes, and not on lazy lines', () => {
    sameAsGfm('- DN:\n\n  | Muscle | Side |\n  |---|---|\n  | UT | R |\n- next');
    sameAsGfm('> | Muscle | Side |\n> |---|---|\n> | UT | R |\nlazy after');
    sameAsGfm('- item\n| a | b |\n|---|---|');
  });

  it('ends a table where GFM does: at a list marker, HTML, code indentation or a setext underline under its rows', () => {
    sameAsGfm('| a | b |\n|---|---|\n| 1 | 2 |\n2. two');
    sameAsGfm('| a | b |\n|---|---|\n| 1 | 2 |\n<div>\nx\n</div>');
    sameAsGfm('| a | b |\n|---|---|\n| 1 | 2 |\n\t| tab |');
    sameAsGfm('| a | b |\n|---|---|\n| 1 | 2 |\n---');
    sameAsGfm('| a | b |\n|---|---|\n| 1 | 2 |\n===');
  });

  it('keeps front matter values, HTML values and headings as GFM does', () => {
    sameAsGfm('---\npatient: X\nconsent: on file\n---\n# Title\nSetext\n===\n> <div>\n>  x <!-- c -->\n> </div>');
    sameAsGfm('---\r\r\na: 1\r\r\n---\r\nbody');
  });

  it('gives the same units as the full GFM parse for any mix of blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }), fc.boolean(), (lines, frontMatter) => {
        sameAsGfm((frontMatter ? '---\na: 1\n---\n' : '') + lines.join('\n'));
      }),
      { numRuns: 400 },
    );
  });
});
