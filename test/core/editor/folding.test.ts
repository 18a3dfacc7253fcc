import assert from 'node:assert/strict';
import { lint } from '../../../src/core/engine/lint';
import { foldingRanges } from '../../../src/core/editor/folding';
import { renderTemplate } from '../../../src/core/editor/template';
import { DEFAULT_NOTE_TEMPLATE } from '../../../src/core/editor/templates';

const folds = (text: string) => foldingRanges(lint(text).note).map((r) => `${r.start}-${r.end}${r.kind === 'comment' ? ' comment' : ''}`);

describe('folding a note', () => {
  it('folds the front matter, each section to its last line, and headings inside a section', () => {
    const text = [
      '---', 'patient: P1', '---', '', // 0-3
      '## Subjective', '', 'Neck pain.', '', // 4-7
      '## Objective', '', 'Tender R UT.', '', '### Dry needling', '', '- R UT 0.25x30 mm, LTR x1', '', // 8-15
      '## Assessment', 'Improving.', '', // 16-18
      '## Plan', '', '<!-- a comment', 'over two lines -->', 'Continue.', '', // 19-24
    ].join('\n');
    assert.deepEqual(folds(text), ['0-2', '4-6', '8-14', '12-14', '16-17', '19-23', '21-22 comment']);
  });

  it('folds inline labels ("S:", "**O:**") the same way; a one-line section does not fold', () => {
    assert.deepEqual(folds('S: neck pain\nworse at work\n**O:** R UT tender\nA: improving\nP: continue\nreview in 1 week\n'), ['0-1', '4-5']);
  });

  it('a new note folds every section of the template', () => {
    const text = renderTemplate(DEFAULT_NOTE_TEMPLATE.text, { patient: 'P1', date: '2025-03-04' }).text;
    const lines = text.split('\n');
    const starts = foldingRanges(lint(text).note).map((r) => lines[r.start]);
    assert.deepEqual(starts, ['---', '## Subjective', '## Objective', '### Dry needling', '## Assessment', '## Plan', '## Billing']);
  });
});
