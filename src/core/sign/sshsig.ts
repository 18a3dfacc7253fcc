// Ed25519 signatures in OpenSSH's SSHSIG format (PROTOCOL.sshsig), the format of
// `ssh-keygen -Y sign` / `ssh-keygen -Y verify`: a clinic can check a note's signature with
// OpenSSH alone, and clinicians can sign with keys they already have. Crypto from @noble
// (audited, browser-safe); nothing here is hand-written cryptography, only the byte layout.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { fromBase64, SshReader, SshWriter, toBase64, TruncatedError, utf8ToBytes } from './bytes';
import { KEY_TYPE, publicKeyBlob, readPublicKeyBlob, type Parsed, type PrivateKey } from './ssh-key';

/** The SSHSIG namespace of note signatures (`ssh-keygen -Y verify -n dn-soap-note`). */
export const NAMESPACE = 'dn-soap-note';
const MAGIC = 'SSHSIG';
const HASHES = { sha512, sha256 } as const;

function signedData(namespace: string, hashAlg: keyof typeof HASHES, message: Uint8Array): Uint8Array {
  return new SshWriter().raw(MAGIC).string(namespace).string('').string(hashAlg).string(HASHES[hashAlg](message)).bytes();
}

const asBytes = (m: Uint8Array | string) => (typeof m === 'string' ? utf8ToBytes(m) : m);

/** An SSHSIG signature blob over `message`, byte-identical to what `ssh-keygen -Y sign` makes with the same key. */
export function sshsigSign(message: Uint8Array | string, key: PrivateKey, namespace = NAMESPACE): Uint8Array {
  const signature = ed25519.sign(signedData(namespace, 'sha512', asBytes(message)), key.seed);
  return new SshWriter()
    .raw(MAGIC).uint32(1).string(publicKeyBlob(key.publicKey)).string(namespace).string('').string('sha512')
    .string(new SshWriter().string(KEY_TYPE).string(signature).bytes())
    .bytes();
}

export interface SshsigContents {
  publicKey: Uint8Array;
  namespace: string;
  hashAlg: keyof typeof HASHES;
  signature: Uint8Array;
}

/** Reads a signature blob's parts without checking the signature. */
export function readSshsig(blob: Uint8Array): Parsed<SshsigContents> {
  try {
    const r = new SshReader(blob);
    if (String.fromCharCode(...r.raw(MAGIC.length)) !== MAGIC) return { ok: false, problem: 'the key signature is not an SSH signature' };
    if (r.uint32() !== 1) return { ok: false, problem: 'the key signature has an unknown version' };
    const key = readPublicKeyBlob(r.string());
    if (!key.ok) return key;
    const namespace = r.text();
    r.string(); // reserved
    const hashAlg = r.text();
    if (hashAlg !== 'sha512' && hashAlg !== 'sha256') return { ok: false, problem: 'the key signature uses an unknown hash' };
    const sig = new SshReader(r.string());
    if (sig.text() !== KEY_TYPE) return { ok: false, problem: 'the key signature is not an Ed25519 signature' };
    const signature = sig.string();
    if (signature.length !== 64 || !r.done) return { ok: false, problem: 'the key signature has the wrong length' };
    return { ok: true, value: { publicKey: key.value, namespace, hashAlg, signature } };
  } catch (e) {
    if (e instanceof TruncatedError) return { ok: false, problem: 'the key signature is cut short' };
    throw e;
  }
}

/** True when the blob is a valid signature of `message` in `namespace` by the key it names. */
export function sshsigVerify(contents: SshsigContents, message: Uint8Array | string, namespace = NAMESPACE): boolean {
  if (contents.namespace !== namespace) return false;
  try {
    // Strict RFC 8032 checks (as OpenSSH does), not ZIP-215's permissive encodings: one signature, one meaning.
    return ed25519.verify(contents.signature, signedData(namespace, contents.hashAlg, asBytes(message)), contents.publicKey, { zip215: false });
  } catch {
    return false; // a malformed point or signature is simply not valid
  }
}

const BEGIN = '-----BEGIN SSH SIGNATURE-----';
const END = '-----END SSH SIGNATURE-----';

/** The armored form `ssh-keygen -Y` reads and writes. */
export function armorSshsig(blob: Uint8Array): string {
  const b64 = toBase64(blob);
  const lines = b64.match(/.{1,70}/g) ?? [];
  return [BEGIN, ...lines, END].join('\n') + '\n';
}

export function unarmorSshsig(text: string): Uint8Array | undefined {
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) return undefined;
  return fromBase64(text.slice(begin + BEGIN.length, end));
}
