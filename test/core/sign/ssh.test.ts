import assert from 'node:assert/strict';
import { fromBase64, toBase64, utf8ToText, utf8ToBytes } from '../../../src/core/sign/bytes';
import { fingerprint, parsePrivateKey, parsePublicKeyLine, publicKeyLine } from '../../../src/core/sign/ssh-key';
import { armorSshsig, readSshsig, sshsigSign, sshsigVerify, unarmorSshsig } from '../../../src/core/sign/sshsig';
import { renderBlock, scanBlocks } from '../../../src/core/sign/block';
import { verifyText } from '../../../src/core/sign/verify';
import { sealOf, statementOf } from '../../../src/core/sign/fields';
import { JANE, NOTE, fixture, sign, testKey } from './helpers';

// The fixtures were made with OpenSSH (test-only key, never a clinician's):
//   ssh-keygen -t ed25519 -N "" -f test-only-ed25519
//   ssh-keygen -Y sign -f test-only-ed25519 -n dn-soap-note statement.txt

describe('sign: OpenSSH keys and SSHSIG signatures', () => {
  it('base64 and UTF-8 helpers round-trip', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'Zoë — 😀']) {
      assert.equal(utf8ToText(fromBase64(toBase64(utf8ToBytes(s)))!), s);
    }
    assert.equal(toBase64(utf8ToBytes('foobar')), 'Zm9vYmFy');
    assert.equal(fromBase64('not base64!'), undefined);
  });

  it('reads an unencrypted OpenSSH private key and its public key line and fingerprint', () => {
    const key = testKey();
    const pub = fixture('test-only-ed25519.pub').trim();
    const parsed = parsePublicKeyLine(pub);
    assert.ok(parsed.ok);
    if (parsed.ok) assert.deepEqual(parsed.value.key, key.publicKey);
    assert.equal(publicKeyLine(key.publicKey, 'test-only key, not a real clinician'), pub);
    assert.equal(fingerprint(key.publicKey), 'SHA256:gbkc9L7b6aIBnLGwys9rtIetAmI6I85DTcTKkEUl8yU');
  });

  it('refuses a passphrase-protected key and other files in plain words, without quoting them', () => {
    const encrypted = parsePrivateKey(fixture('test-only-ed25519-encrypted'));
    assert.equal(encrypted.ok, false);
    if (!encrypted.ok) assert.match(encrypted.problem, /passphrase/);
    for (const text of ['', 'hello', '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----', '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----']) {
      const r = parsePrivateKey(text);
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(!r.problem.includes('AAAA'));
    }
    for (const line of ['ssh-rsa AAAAB3Nza', 'ssh-ed25519 !!!', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5', '']) assert.equal(parsePublicKeyLine(line).ok, false);
  });

  it('signs byte-for-byte as ssh-keygen -Y sign does, and verifies ssh-keygen\'s signature', () => {
    const statement = fixture('statement.txt');
    const theirs = unarmorSshsig(fixture('statement.txt.sig'))!;
    const ours = sshsigSign(statement, testKey());
    assert.equal(toBase64(ours), toBase64(theirs));
    assert.equal(armorSshsig(ours), fixture('statement.txt.sig'));
    const contents = readSshsig(theirs);
    assert.ok(contents.ok);
    if (!contents.ok) return;
    assert.equal(sshsigVerify(contents.value, statement), true);
    assert.equal(sshsigVerify(contents.value, statement.replace('Jane', 'John')), false);
    assert.equal(sshsigVerify(contents.value, statement, 'file'), false, 'another namespace');
  });

  describe('key-signed notes', () => {
    const key = testKey();
    const signed = sign(NOTE, { key });
    const allowed = [{ name: JANE.name, id: JANE.id, keys: [key.publicKey] }];

    it('carries an Ed25519 signature of the statement and shows the key fingerprint', () => {
      assert.match(signed, /sshsig: "U1NIU0lH/);
      assert.match(signed, /Ed25519 key `SHA256:gbkc9L7b6aIBnLGwys9rtIetAmI6I85DTcTKkEUl8yU`/);
      const v = verifyText(signed, allowed);
      assert.equal(v.status, 'signed');
      assert.equal(v.checks[0].kind === 'valid' && v.checks[0].key.kind, 'verified');
    });

    it('is unverifiable when the clinic does not list the key for that clinician', () => {
      assert.equal(verifyText(signed).status, 'unverifiable');
      assert.equal(verifyText(signed, [{ name: 'Sam Lee', id: 'sl', keys: [key.publicKey] }]).status, 'unverifiable');
    });

    it('a changed name, time or digest with a matching visible line fails the key signature', () => {
      const block = scanBlocks(signed)[0];
      assert.equal(block.kind, 'block');
      if (block.kind !== 'block') return;
      // A careful forger changes the name and recomputes the seal: only the key signature stands in the way.
      const fields = { ...block.fields, name: 'Joan Doe' };
      fields.seal = sealOf(fields);
      const forged = signed.slice(0, block.start) + renderBlock(fields, '\n', block.key!.fingerprint);
      assert.equal(verifyText(forged.replace('Joan', 'Jane'), allowed).checks[0].kind, 'malformed', 'without the seal recomputed, the seal shows it');
      const v = verifyText(forged, allowed);
      assert.equal(v.status, 'tampered');
      assert.equal(v.checks[0].kind, 'bad-key-signature');
      // The statement is what the marker shows, minus the key signature itself.
      assert.ok(signed.includes(statementOf(block.fields).split('\n').slice(1).join('\n').trimEnd()));
    });
  });
});
