import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spelledNumberValue, withSpelledNumbersAsDigits } from '../../../src/core/lexicon/numbers';

describe('lexicon/numbers', () => {
  it('reads the numbers one to ninety-nine in words', () => {
    assert.equal(spelledNumberValue('one'), 1);
    assert.equal(spelledNumberValue('Twelve'), 12);
    assert.equal(spelledNumberValue('thirty'), 30);
    assert.equal(spelledNumberValue('twenty-five'), 25);
    assert.equal(spelledNumberValue('forty five'), 45);
    assert.equal(spelledNumberValue('ninety-nine'), 99);
  });
  it('reads nothing that is not one number', () => {
    for (const w of ['', 'a', 'none', 'twelve-five', 'five twenty', 'thirty ten', 'one two three', 'someone']) assert.equal(spelledNumberValue(w), undefined, w);
  });
  it('writes spelled numbers as digits and leaves the words around them', () => {
    assert.equal(withSpelledNumbersAsDigits('Five needles in, four out.'), '5 needles in, 4 out.');
    assert.equal(withSpelledNumbersAsDigits('all but one removed; twenty-five min'), 'all but 1 removed; 25 min');
    // Inside a word is not a number: "someone", "often", "tone".
    assert.equal(withSpelledNumbersAsDigits('someone often has tone'), 'someone often has tone');
  });
  it('reads every number from 1 to 99 back from its words', () => {
    const units = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
    const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('-', ' '), (n, sep) => {
      const words = n < 20 ? units[n] : tens[Math.floor(n / 10)] + (n % 10 ? sep + units[n % 10] : '');
      return spelledNumberValue(words) === n && withSpelledNumbersAsDigits(`x ${words} y`) === `x ${n} y`;
    }));
  });
});
