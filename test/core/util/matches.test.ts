import assert from 'node:assert/strict';
import { execAll } from '../../../src/core/util/matches';

describe('util/matches execAll', () => {
  it('gives the same matches as matchAll, groups and indexes included', () => {
    const re = /(\d+)\s*(mm|cm)/g;
    const text = 'needle 30 mm, then 4cm, then 50mm';
    assert.deepEqual(execAll(re, text).map((m) => [m.index, m[0], m[1], m[2]]), [...text.matchAll(re)].map((m) => [m.index, m[0], m[1], m[2]]));
  });
  it('steps over empty matches, by code point with the u flag', () => {
    assert.deepEqual(execAll(/x*/g, 'ab').map((m) => m.index), [...'ab'.matchAll(/x*/g)].map((m) => m.index));
    const emoji = 'a😀b';
    assert.deepEqual(execAll(/x*/gu, emoji).map((m) => m.index), [...emoji.matchAll(/x*/gu)].map((m) => m.index));
  });
  it('leaves the pattern ready for the next caller, and refuses a pattern that is not global', () => {
    const re = /a/g;
    execAll(re, 'banana');
    assert.equal(re.lastIndex, 0);
    assert.equal(execAll(re, 'cat').length, 1);
    assert.throws(() => execAll(/a/, 'a'), /global/);
  });
});
