import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countBefore } from '../../../src/core/util/search';

describe('util/search countBefore', () => {
  it('counts the leading run that passes the test, as a scan from the start would', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, at) => {
      const sorted = [...values].sort((a, b) => a - b);
      const scanned = sorted.findIndex((v) => !(v <= at));
      assert.equal(countBefore(sorted.length, (i) => sorted[i] <= at), scanned < 0 ? sorted.length : scanned);
    }));
  });
  it('is 0 for an empty list and asks no item', () => {
    assert.equal(countBefore(0, () => { throw new Error('asked'); }), 0);
  });
});
