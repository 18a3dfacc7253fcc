import assert from 'node:assert/strict';
import { readableText } from '../../../src/core/util/readable-text';

describe('util/readableText', () => {
  it('writes other spaces as spaces and underscore emphasis as asterisks, keeping the length', () => {
    const cases: Array<[string, string]> = [
      ['upper\u00a0trapezius\u202f0.25', 'upper trapezius 0.25'],
      ['__Consent__', '**Consent**'],
      ['__R neck__ (sitting)', '**R neck** (sitting)'],
      ['(__Aftercare:__)', '(**Aftercare:**)'],
      ['R __UT__, L _LS_.', 'R **UT**, L *LS*.'],
    ];
    for (const [written, read] of cases) {
      assert.equal(readableText(written), read, written);
      assert.equal(readableText(written).length, written.length);
    }
  });
  it('leaves blanks to fill and underscores inside words as written', () => {
    for (const written of ['Consent: __', 'Consent:__', 'Name: ____', 'Side: _', 'pt_id: 3', 'a__b', '___', '_a _a _a x']) {
      assert.equal(readableText(written), written, written);
    }
  });
  it('stays linear on a long line of lone underscores', () => {
    const line = '_a '.repeat(200_000);
    assert.equal(readableText(line), line);
  });
});
