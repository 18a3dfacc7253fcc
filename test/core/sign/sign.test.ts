import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/engine/lint';
import { planSignature } from '../../../src/core/sign/sign';
import { verifyText } from '../../../src/core/sign/verify';
import { JANE, NOTE, NOW, OFFSET, SAM, sign } from './helpers';

const plan = (text: string, more: Partial<Parameters<typeof planSignature>[0]> = {}) =>
  planSignature({ text, signer: JANE, meaning: 'author', now: NOW, offsetMinutes: OFFSET, errors: 0, ...more });

describe('sign: signing', () => {
  it('appends one block and never changes the text above it, whatever the note ends with', () => {
    for (const text of [NOTE, NOTE.trimEnd(), NOTE + '\n\n', NOTE.replace(/\n/g, '\r\n'), '\uFEFF' + NOTE]) {
      const p = plan(text);
      assert.equal(p.kind, 'sign');
      if (p.kind !== 'sign') continue;
      assert.equal(p.edit.start, text.length);
      assert.equal(p.edit.end, text.length);
      const after = applyEdits(text, [p.edit]);
      assert.ok(after.startsWith(text));
      assert.equal(verifyText(after).status, 'signed');
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'inserted in the note\'s line ends');
    }
  });

  it('records name, credentials, id, meaning, the local time with its offset and the digest', () => {
    const p = plan(NOTE);
    assert.equal(p.kind, 'sign');
    if (p.kind !== 'sign') return;
    assert.deepEqual({ ...p.fields, digest: p.fields.digest.length, seal: p.fields.seal.length }, {
      signs: 'note', meaning: 'author', name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', at: '2026-11-30T14:05:00-05:00', digest: 64, seal: 64,
    });
    assert.match(p.edit.newText, /\*\*Signed by Jane Doe, PT, DPT\*\* \(author\) · 2026-11-30 14:05 −05:00/);
  });

  it('refuses while errors remain unless a reason is given, and then records the reason visibly', () => {
    const refused = plan(NOTE, { errors: 2 });
    assert.equal(refused.kind, 'refused');
    if (refused.kind === 'refused') {
      assert.equal(refused.refusal, 'errors');
      assert.match(refused.message, /^2 errors remain/);
    }
    assert.equal(plan(NOTE, { errors: 1, overrideReason: '   ' }).kind, 'refused');
    const signed = sign(NOTE, { errors: 2, overrideReason: 'side recorded\nin the paper chart' });
    assert.match(signed, /Signed with 2 open errors\. Reason: side recorded in the paper chart/);
    const v = verifyText(signed);
    assert.equal(v.status, 'signed');
    if (v.checks[0].kind === 'valid') assert.deepEqual(v.checks[0].block.fields.override, { errors: 2, reason: 'side recorded in the paper chart' });
  });

  it('refuses an empty note, a missing signer, a signed note without an addendum, and changed signed text', () => {
    const signed = sign(NOTE);
    const cases: Array<[string, ReturnType<typeof plan>]> = [
      ['empty', plan('  \n')],
      ['no-signer', plan(NOTE, { signer: { name: ' ', credentials: '' } })],
      ['already-signed', plan(signed)],
      ['changed', plan(signed.replace('Neck pain 5/10', 'Neck pain 4/10') + '\nAddendum text.\n')],
    ];
    for (const [refusal, p] of cases) {
      assert.equal(p.kind, 'refused', refusal);
      if (p.kind === 'refused') assert.equal(p.refusal, refusal);
    }
  });

  it('co-signing follows the author\'s signature, by someone else, with nothing unsigned in between', () => {
    const signed = sign(NOTE);
    const refusal = (p: ReturnType<typeof plan>) => (p.kind === 'refused' ? p.refusal : 'signed');
    assert.equal(refusal(plan(NOTE, { meaning: 'co-signer', signer: SAM })), 'not-signed-yet');
    assert.equal(refusal(plan(signed, { meaning: 'co-signer', signer: JANE })), 'same-signer');
    assert.equal(refusal(plan(signed + '\nMore text.\n', { meaning: 'co-signer', signer: SAM })), 'addendum-unsigned');
    assert.equal(refusal(plan(signed, { meaning: 'co-signer', signer: SAM })), 'signed');
  });

  it('signs text below a signature as an addendum of the kind its heading names', () => {
    const signed = sign(NOTE);
    const withEntry = signed + '\n### Late entry · written 2026-12-01 09:10 −05:00 by Jane Doe, PT, DPT\n\n**Reason:** r\n\nText.\n';
    const p = plan(withEntry, { now: new Date(NOW.getTime() + 86_400_000) });
    assert.equal(p.kind === 'sign' && p.signs, 'late-entry');
    assert.equal(p.kind === 'sign' && p.edit.newText.includes('**Late entry signed by Jane Doe, PT, DPT**'), true);
    const plain = plan(signed + '\nA line.\n');
    assert.equal(plain.kind === 'sign' && plain.signs, 'addendum');
  });
});
