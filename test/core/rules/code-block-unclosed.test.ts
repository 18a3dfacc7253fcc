import assert from 'node:assert/strict';
import { assertClean, crlf, findings, note, positionOf } from '../helpers';

const ID = 'code-block-unclosed';

describe('rule code-block-unclosed', () => {
  it('flags a fence that runs to the end of the note, at the opening fence', () => {
    const text = note('S: neck pain.', '```', 'O: DN R UT 0.25x30, LTR x2.', 'A: better.', 'P: continue.');
    const [f, ...rest] = findings(text, ID);
    assert.equal(rest.length, 0);
    assert.deepEqual(f.range.start, positionOf(text, '```'));
    assert.equal(f.end - f.start, 3);
    assert.equal(f.message, 'Code block never closed: 4 lines not checked');
  });

  it('flags a tilde fence in a CRLF note with the same fence in its advice', () => {
    const text = crlf(note('S: neck pain.', '~~~~', 'O: DN R UT.'));
    const [f] = findings(text, ID);
    assert.equal(f.message, 'Code block never closed: 2 lines not checked');
  });

  it('raises nothing for closed fences, indented code, or a fence closed by the end of a list item', () => {
    assertClean(note('S: x', '```', 'code', '```', 'O: y'), ID);
    assertClean(note('S: x', '', '    indented code', '', 'O: y'), ID);
    assertClean(note('- item', '  ```', '  code in item', 'O: outside the list again'), ID);
    assertClean(note('S: x', '````', '```', 'still code', '````'), ID);
  });

  it('a fence that is closed makes the rest of the note checked again', () => {
    const text = note('S: x', '```', 'ex', '```', 'O: DN R upper trapezius 0.25x30 mm, LTR x2.');
    assert.ok(findings(text, 'consent-missing').length > 0, 'the needling after the closed block is checked');
  });
});
