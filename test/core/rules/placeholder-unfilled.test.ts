import assert from 'node:assert/strict';
import { assertClean, covered, findings, note } from '../helpers';

const ID = 'placeholder-unfilled';
const blanks = (text: string) => findings(text, ID).map((f) => covered(text, f));

describe('rule placeholder-unfilled', () => {
  it('reports each kind of blank a template, form or snippet leaves', () => {
    assert.deepEqual(blanks(note('Consent signed __/__/____.', 'Response: ___', 'Position: ‹prone or supine›', 'Date: {{date}}', 'Needle: ${1:size}')), ['__/__/____', '___', '‹prone or supine›', '{{date}}', '${1:size}']);
    assert.match(findings(note('Position: ‹prone or supine›'), ID)[0].message, /^Fill in this field: ‹prone or supine›$/);
  });

  it('reports a record system\'s *** wildcard left standing alone ("Pain: ***/10")', () => {
    assert.deepEqual(blanks(note('Pt-specific goal for this visit: ***', 'Pain (0-10): ***/10', '| Tolerance | *** |')), ['***', '***', '***']);
  });

  it('does not read Markdown as a blank: rules, bold, bold italic, words with underscores', () => {
    assertClean(note('Pain 3/10.', '', '___', '', '***', '', '* * *', '', '***Consent*** given, __bold__ and snake_case_word.', '**S:** neck'), ID);
  });

  it('skips code blocks and HTML comments, and checks HTML pasted from a record system (batch 51)', () => {
    assertClean(note('```', 'Response: ___', '```', '<!-- Response: ___ -->'), ID);
    const pasted = note('<p><b>Date:</b> 03/11/2026<br>', '<b>O:</b> TTP L tibialis anterior.<br>', 'LEFS: ___/80<br>', '<b>Tx:</b> DN L TA 0.25x40 mm, LTR x2.</p>');
    assert.deepEqual(blanks(pasted), ['___']);
    const list = note('<ul>', '<li>R splenius capitis 0.25x40 mm — LTR: ___</li>', '</ul>');
    assert.deepEqual(blanks(list), ['___']);
  });
});
