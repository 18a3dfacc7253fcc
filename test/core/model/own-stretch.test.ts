import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NamesOnLine } from '../../../src/core/model/records/own-stretch';

/** The stretch as defined: 60 characters either side, cut at the nearest other name, reading every name. */
function everyName(text: string, start: number, end: number, names: ReadonlyArray<readonly [number, number]>): string {
  let from = Math.max(0, start - 60);
  let to = Math.min(text.length, end + 60);
  for (const [s, e] of names) {
    if (e <= start) from = Math.max(from, e);
    else if (s >= end) to = Math.min(to, s);
  }
  return text.slice(from, to);
}

describe('model/records/own-stretch', () => {
  it('gives a muscle the words up to the next muscle named on the line', () => {
    const text = 'DN L lower trapezius, R rectus abdominis (infraumbilical) 0.25x30 mm';
    const names = [[5, 20], [24, 40]] as const;
    assert.equal(new NamesOnLine(names).ownStretch(text, 24, 40), ', R rectus abdominis (infraumbilical) 0.25x30 mm');
    assert.equal(new NamesOnLine(names).ownStretch(text, 5, 20), 'DN L lower trapezius, R ');
  });

  it('property: reading only the names within reach gives the stretch every name gives, in any order, on long lines', () => {
    const name = fc.tuple(fc.nat({ max: 3000 }), fc.integer({ min: 1, max: 90 })).map(([s, n]) => [s, s + n] as const);
    fc.assert(fc.property(fc.array(name, { maxLength: 60 }), fc.nat({ max: 59 }), (names, pick) => {
      const text = 'x'.repeat(3200);
      const own = names.length ? names[pick % names.length] : ([100, 110] as const);
      assert.equal(new NamesOnLine(names).ownStretch(text, own[0], own[1]), everyName(text, own[0], own[1], names));
    }), { numRuns: 500 });
  });
});
