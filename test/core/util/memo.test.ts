import assert from 'node:assert/strict';
import { memoByText } from '../../../src/core/util/memo';

describe('util/memo', () => {
  it('reads a text once and answers it again from memory, undefined answers included', () => {
    const read: string[] = [];
    const upper = memoByText((t) => (read.push(t), t === 'none' ? undefined : t.toUpperCase()));
    assert.equal(upper('consent'), 'CONSENT');
    assert.equal(upper('consent'), 'CONSENT');
    assert.equal(upper('none'), undefined);
    assert.equal(upper('none'), undefined);
    assert.deepEqual(read, ['consent', 'none']);
  });
  it('forgets everything once full, so memory stays bounded', () => {
    const read: string[] = [];
    const same = memoByText((t) => (read.push(t), t), 2);
    for (const t of ['a', 'b', 'c', 'a']) same(t);
    // "c" found the memory full and emptied it, so "a" is read again.
    assert.deepEqual(read, ['a', 'b', 'c', 'a']);
  });
  it('reads a long text each time rather than keep it alive', () => {
    let reads = 0;
    const length = memoByText((t) => (reads++, t.length));
    const paste = 'Consent obtained. '.repeat(200);
    length(paste);
    length(paste);
    assert.equal(reads, 2);
  });
});
