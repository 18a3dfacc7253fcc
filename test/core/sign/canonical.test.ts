import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalForm } from '../../../src/core/sign/canonical';
import { digestOf } from '../../../src/core/sign/digest';

describe('sign: canonical form and digest', () => {
  it('is SHA-256 of the UTF-8 text with LF line ends (checkable with sha256sum)', () => {
    // printf 'O: DN R upper trapezius 0.25x30 mm, LTR x2.\n' | sha256sum
    assert.equal(digestOf('O: DN R upper trapezius 0.25x30 mm, LTR x2.\n'), 'afff5fce2b28840dc7d09580638c530d6da73a9244982efd5c7cefb74b4088f9');
    assert.equal(digestOf(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('ignores line ends, a byte-order mark, trailing spaces and blank lines at the end', () => {
    const lf = 'a line\nsecond line\n\nthird\n';
    for (const variant of ['a line\r\nsecond line\r\n\r\nthird\r\n', 'a line\rsecond line\r\rthird', '\uFEFFa line  \nsecond line\t\n\nthird\n\n\n', 'a line\nsecond line\n \nthird']) {
      assert.equal(canonicalForm(variant), lf);
      assert.equal(digestOf(variant), digestOf(lf));
    }
  });

  it('counts leading spaces, blank lines in between and every other character', () => {
    const base = 'a\nb\n';
    for (const changed of [' a\nb\n', 'a\n\nb\n', 'a\nB\n', 'a\nb.\n', '\na\nb\n', 'a\u00a0\nb\n']) assert.notEqual(digestOf(changed), digestOf(base), JSON.stringify(changed));
  });

  it('property: CRLF, CR, LF and BOM conversions never change the digest', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n\uFEFF]/g, '')), { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (lines, eol, bom) => {
      const lf = lines.join('\n');
      const converted = (bom ? '\uFEFF' : '') + lines.join(eol);
      assert.equal(digestOf(converted), digestOf(lf));
    }));
  });
});
