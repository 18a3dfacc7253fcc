import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCaseSensitive, joinWords, kebab, normalisePhrase, singular, tokenise, tokeniseRange } from '../../../src/core/vocab/words';

describe('vocab words', () => {
  it('cuts text into runs of letters and digits with their offsets, accents and other scripts included', () => {
    assert.deepEqual(tokenise('R UT 0.25x30, LTR+'), [
      { text: 'R', start: 0, end: 1 }, { text: 'UT', start: 2, end: 4 }, { text: '0', start: 5, end: 6 },
      { text: '25x30', start: 7, end: 12 }, { text: 'LTR', start: 14, end: 17 },
    ]);
    assert.deepEqual(tokenise('ponción seca — trapèze').map((w) => w.text), ['ponción', 'seca', 'trapèze']);
  });
  it('reads a range from its start, and reads a word cut by the range to its end', () => {
    const text = 'DN upper trapezius LTR';
    assert.deepEqual(tokeniseRange(text, 3, 10).map((w) => w.text), ['upper', 'trapezius']);
    assert.deepEqual(tokeniseRange(text, 3, 3), []);
  });
  it('keeps every word at its offset (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      for (const w of tokenise(text)) assert.equal(text.slice(w.start, w.end), w.text);
    }));
  });
  it('joins a phrase over spaces, hyphens, dots and brackets, but not over a comma, a slash or a sentence end', () => {
    assert.equal(joinWords('Upper-Trapezius (UT)', true), 'upper trapezius ut');
    assert.equal(joinWords('iliocost. thor.', true), 'iliocost thor');
    assert.equal(joinWords('UT, LS', true), undefined);
    assert.equal(joinWords('UT/LS', true), undefined);
    assert.equal(joinWords('lower. Trapezius', true), undefined);
  });
  it('normalises phrases and makes file-safe keys', () => {
    assert.equal(normalisePhrase(' Upper-Trapezius. '), 'upper trapezius');
    assert.equal(kebab('Upper Trap (R)'), 'upper-trap-r');
  });
  it('takes a plural back to its singular, and leaves short words and "ss" words alone', () => {
    assert.equal(singular('upper traps'), 'upper trap');
    assert.equal(singular('abs'), undefined);
    assert.equal(singular('press'), undefined);
  });
  it('treats terms with no lower-case letter as case-sensitive abbreviations', () => {
    assert.equal(isCaseSensitive('PT'), true);
    assert.equal(isCaseSensitive('Pt'), false);
    assert.equal(isCaseSensitive('20560'), false);
  });
});
