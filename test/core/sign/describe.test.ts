// Plain words for verification results, the signing summary of a note on disk, and key making.
import assert from 'node:assert/strict';
import { describeProblem, describeSignature, STATUS_WORDS } from '../../../src/core/sign/describe';
import { generateKey, keyFromSeed } from '../../../src/core/sign/keygen';
import { signingSummary } from '../../../src/core/sign/summary';
import { verifyText } from '../../../src/core/sign/verify';
import { NOTE, sign } from './helpers';

describe('sign/describe, sign/summary, sign/keygen', () => {
  it('describes a signature by what it signs, who, in what role and when', () => {
    const [check] = verifyText(sign(NOTE)).checks;
    assert.equal(check.kind, 'valid');
    assert.match(describeSignature(check.block.fields), /^note signed by Jane Doe, PT, DPT \(author\) 2026-11-30 14:05/);
    assert.equal(describeProblem(check), undefined, 'a valid block without a key has no problem');
  });

  it('says in plain words that signed text was changed', () => {
    const changed = sign(NOTE).replace('Neck pain 5/10', 'Neck pain 3/10');
    const v = verifyText(changed);
    assert.equal(v.status, 'tampered');
    assert.deepEqual(describeProblem(v.checks[0]), { what: STATUS_WORDS.tampered, detail: 'the text above this signature changed after it was signed' });
  });

  it('summarises a note on disk: its signing status and the visit date from the front matter', () => {
    const unsigned = signingSummary(NOTE);
    assert.equal(unsigned.status, 'unsigned');
    assert.equal(unsigned.visit?.toISOString().slice(0, 10), '2026-11-30');
    assert.equal(signingSummary(sign(NOTE)).status, 'signed');
    assert.equal(signingSummary('No front matter.').visit, undefined);
  });

  it('makes Ed25519 keys: a fresh random one, and the same public key from the same seed', () => {
    const a = generateKey();
    const b = generateKey();
    assert.equal(a.publicKey.length, 32);
    assert.notDeepEqual(a.seed, b.seed);
    assert.deepEqual(keyFromSeed(a.seed).publicKey, a.publicKey);
  });
});
