import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalForm } from '../../../src/core/sign/canonical';
import { scanBlocks } from '../../../src/core/sign/block';
import { verifyText } from '../../../src/core/sign/verify';
import { NOTE, SAM, addSignedAddendum, sign } from './helpers';

/** Splits a signed note into the text of each signed part (the note, then each addendum) and each block. */
function parts(text: string): Array<{ body: string; block: string }> {
  const blocks = scanBlocks(text);
  let from = 0;
  return blocks.map((b) => {
    const part = { body: text.slice(from, b.start), block: text.slice(b.start, b.end) };
    from = b.end;
    return part;
  });
}
const join = (ps: Array<{ body: string; block: string }>) => ps.map((p) => p.body + p.block).join('');

describe('sign: verification', () => {
  const signed = sign(NOTE);

  it('a freshly signed note verifies, and signing only appended to it', () => {
    assert.ok(signed.startsWith(NOTE));
    const v = verifyText(signed);
    assert.equal(v.status, 'signed');
    assert.deepEqual(v.checks.map((c) => c.kind), ['valid']);
    assert.equal(v.signedEnd, signed.length);
    assert.equal(v.tail, undefined);
  });

  it('a note without a signature is unsigned', () => {
    assert.equal(verifyText(NOTE).status, 'unsigned');
    assert.equal(verifyText('').status, 'unsigned');
  });

  it('CRLF, CR, LF and BOM conversions of a signed note (with addenda) are not tampering', () => {
    const chained = addSignedAddendum(addSignedAddendum(signed, 'late-entry', 'Patient called: soreness resolved by day 2.'), 'addendum', 'Home exercise sheet given.', 120);
    for (const converted of [chained.replace(/\n/g, '\r\n'), chained.replace(/\n/g, '\r'), '\uFEFF' + chained, '\uFEFF' + chained.replace(/\n/g, '\r\n'), chained.replace(/\.\n/g, '.   \n')]) {
      const v = verifyText(converted);
      assert.equal(v.status, 'signed');
      assert.equal(v.checks.length, 3);
    }
  });

  it('property: any single-character change above the signature is detected, unless the canonical form is the same', () => {
    const blockStart = scanBlocks(signed)[0].start;
    const chars = fc.constantFrom('a', 'Z', '7', '.', ' ', '\t', '\n', '\r', '|', '-', '#', '*', '>', 'é', '‹', '\u00a0', '😀', 'L', 'R');
    const change = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.integer({ min: 0, max: blockStart }), ch: chars }),
      fc.record({ op: fc.constant('delete' as const), at: fc.integer({ min: 0, max: blockStart - 1 }), ch: fc.constant('') }),
      fc.record({ op: fc.constant('replace' as const), at: fc.integer({ min: 0, max: blockStart - 1 }), ch: chars }),
    );
    let detected = 0;
    fc.assert(fc.property(change, ({ op, at, ch }) => {
      const cut = op === 'insert' ? 0 : 1;
      const text = signed.slice(0, at) + ch + signed.slice(at + cut);
      // "Above the block" as it now stands: a tab that turns the block's rule line into code moves its start up.
      const above = text.slice(0, scanBlocks(text)[0]?.start ?? text.length);
      const same = canonicalForm(above) === canonicalForm(signed.slice(0, blockStart));
      const status = verifyText(text).status;
      if (same) assert.equal(status, 'signed');
      else {
        assert.equal(status, 'tampered', `${op} ${JSON.stringify(ch)} at ${at}`);
        detected++;
      }
      // A visible character inserted or swapped in above the block is always a change ("*" on the
      // blank line before the block's "***" rule only lengthens the rule, which belongs to the block).
      if (op !== 'delete' && /\S/.test(ch) && ch !== signed[at] && at < above.length) assert.equal(status, 'tampered');
    }), { numRuns: 600 });
    assert.ok(detected > 300, `only ${detected} changes were real changes`);
  });

  it('property: editing text of the signature block itself is detected (damaged, changed or out of chain)', () => {
    const block = scanBlocks(signed)[0];
    fc.assert(fc.property(fc.integer({ min: block.start, max: block.end - 2 }), fc.constantFrom('x', '0', 'f', '"', ' ', '\n', '-', '>'), (at, ch) => {
      if (signed[at] === ch) return;
      // Layout whitespace of the block (the blank line under its rule, spaces at line ends) is not part of the record.
      if (/\s/.test(signed[at]) && /\s/.test(ch)) return;
      const text = signed.slice(0, at) + ch + signed.slice(at + 1);
      assert.notEqual(verifyText(text).status, 'signed', `changed ${JSON.stringify(signed[at])} to ${JSON.stringify(ch)} at ${at}`);
    }), { numRuns: 400 });
  });

  describe('addenda chain', () => {
    const a1 = addSignedAddendum(signed, 'late-entry', 'Patient called: soreness resolved by day 2.', 60);
    const a2 = addSignedAddendum(a1, 'addendum', 'Home exercise sheet given at the visit.', 120);
    const a3 = addSignedAddendum(a2, 'correction', 'Needle was 0.25x40, not 0.25x30.', 180);
    const full = addSignedAddendum(a3, 'addendum', 'Patient asked for a copy of this note.', 240);

    it('survives several addenda: every block valid, each linked to the one before', () => {
      const v = verifyText(full);
      assert.equal(v.status, 'signed');
      assert.equal(v.checks.length, 5);
      const fields = v.checks.map((c) => (c.kind === 'valid' ? c.block.fields : undefined));
      assert.deepEqual(fields.map((f) => f?.signs), ['note', 'late-entry', 'addendum', 'correction', 'addendum']);
      for (let i = 1; i < fields.length; i++) assert.equal(fields[i]!.prev, fields[i - 1]!.digest);
      assert.equal(fields[0]!.prev, undefined);
    });

    it('a removed addendum (other than the last) is detected', () => {
      const ps = parts(full);
      for (let i = 1; i < ps.length - 1; i++) {
        const v = verifyText(join(ps.filter((_, k) => k !== i)));
        assert.equal(v.status, 'badly-chained', `removing addendum ${i}`);
        assert.deepEqual(v.checks.slice(0, i).map((c) => c.kind), Array(i).fill('valid'));
        assert.equal(v.checks[i].kind, 'chain-broken');
      }
    });

    it('reordered addenda are detected', () => {
      const ps = parts(full);
      for (let i = 1; i < ps.length - 1; i++) {
        const swapped = [...ps];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
        assert.notEqual(verifyText(join(swapped)).status, 'signed', `swapping ${i} and ${i + 1}`);
      }
      assert.notEqual(verifyText(join([ps[0], ...ps.slice(1).reverse()])).status, 'signed');
    });

    it('an edited addendum is detected, whichever addendum it is', () => {
      const ps = parts(full);
      for (let i = 1; i < ps.length; i++) {
        const edited = ps.map((p, k) => (k === i ? { ...p, body: p.body.replace('**Reason:**', '**Reason:** (edited)') } : p));
        const v = verifyText(join(edited));
        assert.equal(v.status, 'tampered', `editing addendum ${i}`);
        assert.equal(v.checks.findIndex((c) => c.kind !== 'valid'), i);
      }
    });

    it('a signature block moved to the top, or a second note signature added above, breaks the chain', () => {
      const ps = parts(full);
      assert.notEqual(verifyText(ps[1].block + join(ps)).status, 'signed');
    });

    it('the removal of the last addendum with its signature leaves a consistent shorter note (a limit of any digest chain; the editor catches it)', () => {
      const ps = parts(full);
      assert.equal(verifyText(join(ps.slice(0, -1))).status, 'signed');
    });
  });

  it('text below the last signature is an unsigned addendum, not tampering', () => {
    const v = verifyText(signed + '\nLate addition, not signed yet.\n');
    assert.equal(v.status, 'unsigned-addendum');
    assert.ok(v.tail);
    assert.equal(verifyText(signed + '\n\n  \n').status, 'signed');
  });

  it('co-signature: valid, linked, meaning co-signer', () => {
    const co = sign(signed, { meaning: 'co-signer', signer: SAM });
    const v = verifyText(co);
    assert.equal(v.status, 'signed');
    const last = v.checks[1];
    assert.equal(last.kind, 'valid');
    if (last.kind === 'valid') {
      assert.equal(last.block.fields.meaning, 'co-signer');
      assert.equal(last.block.fields.role, 'supervising clinician');
    }
    assert.match(co, /\*\*Co-signed by Sam Lee, PT, DPT\*\* \(co-signer, supervising clinician\)/);
  });
});
