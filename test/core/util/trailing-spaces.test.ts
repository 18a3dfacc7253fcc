import assert from 'node:assert/strict';
import { withoutClosingMark, withoutTrailingSpaces } from '../../../src/core/util/trailing-spaces';

describe('util/trailing-spaces', () => {
  it('takes off the spaces and tabs that end a line, and nothing else', () => {
    assert.equal(withoutTrailingSpaces('R UT 0.25x30 \t '), 'R UT 0.25x30');
    assert.equal(withoutTrailingSpaces('  indented'), '  indented');
    assert.equal(withoutTrailingSpaces('a line break\\'), 'a line break\\');
  });
  it('stays linear on a long run of spaces inside a line', () => {
    // Before (`/[ \t]+$/`): the run was rescanned from each of its positions (300,000 spaces: over a minute).
    const line = `a${' '.repeat(300_000)}b`;
    assert.equal(withoutTrailingSpaces(line), line);
  });
  it('takes off a closing mark with the white space around it: a heading\'s hashes, a row\'s last pipe', () => {
    assert.equal(withoutClosingMark('Plan  ##  ', '#'), 'Plan');
    assert.equal(withoutClosingMark('C# ', '#'), 'C');
    assert.equal(withoutClosingMark('| a | b |  ', '|'), '| a | b');
    assert.equal(withoutClosingMark('| a ||', '|'), '| a |');
  });
  it('stays linear on a long run of spaces before a closing mark that is not there', () => {
    // Before (`\s*\|?\s*$`): three runs tried every way at every position (6,000 spaces: over a minute).
    const line = `| a${' '.repeat(200_000)}b`;
    assert.equal(withoutClosingMark(line, '|'), line);
    assert.equal(withoutClosingMark(line, '#'), line);
  });
});
