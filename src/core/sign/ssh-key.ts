// Ed25519 keys in OpenSSH's formats, so clinicians can use keys they already have:
// public keys as `ssh-ed25519 AAAA… comment` lines (what the clinic lists in `.dnlintrc.json`),
// fingerprints as `ssh-keygen -l` prints them, and unencrypted `openssh-key-v1` private key
// files. Problems are described in plain words and never quote key material.
import { sha256 } from '@noble/hashes/sha2.js';
import { equalBytes, fromBase64, SshReader, SshWriter, toBase64, TruncatedError } from './bytes';

export const KEY_TYPE = 'ssh-ed25519';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** The SSH wire form of an Ed25519 public key (string "ssh-ed25519", string key). */
export function publicKeyBlob(publicKey: Uint8Array): Uint8Array {
  return new SshWriter().string(KEY_TYPE).string(publicKey).bytes();
}

/** `ssh-ed25519 AAAA… comment`, the line to paste into the clinic's list. */
export function publicKeyLine(publicKey: Uint8Array, comment?: string): string {
  return `${KEY_TYPE} ${toBase64(publicKeyBlob(publicKey))}${comment ? ` ${comment.replace(/[\r\n]+/g, ' ')}` : ''}`;
}

/** `SHA256:…` as `ssh-keygen -l` shows it. */
export function fingerprint(publicKey: Uint8Array): string {
  return `SHA256:${toBase64(sha256(publicKeyBlob(publicKey))).replace(/=+$/, '')}`;
}

/** Reads the 32-byte key out of a public key blob. */
export function readPublicKeyBlob(blob: Uint8Array): Parsed<Uint8Array> {
  try {
    const r = new SshReader(blob);
    const type = r.text();
    if (type !== KEY_TYPE) return { ok: false, problem: `the key is of type "${type.slice(0, 40)}"; only ssh-ed25519 keys are supported` };
    const key = r.string();
    if (key.length !== 32 || !r.done) return { ok: false, problem: 'the ssh-ed25519 key has the wrong length' };
    return { ok: true, value: key };
  } catch (e) {
    if (e instanceof TruncatedError) return { ok: false, problem: 'the key data is cut short' };
    throw e;
  }
}

/** Parses `ssh-ed25519 AAAA… [comment]`. */
export function parsePublicKeyLine(line: string): Parsed<{ key: Uint8Array; comment: string }> {
  const parts = line.trim().split(/\s+/);
  if (parts[0] !== KEY_TYPE) {
    return { ok: false, problem: parts[0] ? `a public key line starts with "ssh-ed25519"${/^(ssh-|ecdsa-|sk-)/.test(parts[0]) ? `; ${parts[0]} keys are not supported` : ''}` : 'the public key is empty' };
  }
  const blob = parts[1] === undefined ? undefined : fromBase64(parts[1]);
  if (!blob) return { ok: false, problem: 'the key after "ssh-ed25519" is not valid base64' };
  const key = readPublicKeyBlob(blob);
  if (!key.ok) return key;
  // The type inside the blob must agree with the type written before it.
  return { ok: true, value: { key: key.value, comment: parts.slice(2).join(' ') } };
}

const PRIVATE_BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----';
const PRIVATE_END = '-----END OPENSSH PRIVATE KEY-----';
const AUTH_MAGIC = 'openssh-key-v1\0';

export interface PrivateKey {
  /** The 32-byte Ed25519 secret (seed). */
  seed: Uint8Array;
  publicKey: Uint8Array;
}

/** Reads an unencrypted OpenSSH Ed25519 private key file (`ssh-keygen -t ed25519 -N ""`). */
export function parsePrivateKey(text: string): Parsed<PrivateKey> {
  const begin = text.indexOf(PRIVATE_BEGIN);
  const end = text.indexOf(PRIVATE_END);
  if (begin < 0 || end < begin) {
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) return { ok: false, problem: 'this is not an OpenSSH private key file; make one with ssh-keygen -t ed25519' };
    return { ok: false, problem: 'this file is not a private key (it has no "BEGIN OPENSSH PRIVATE KEY" line)' };
  }
  const data = fromBase64(text.slice(begin + PRIVATE_BEGIN.length, end));
  if (!data) return { ok: false, problem: 'the private key file is damaged (not valid base64)' };
  try {
    const r = new SshReader(data);
    if (ascii(r.raw(AUTH_MAGIC.length)) !== AUTH_MAGIC) return { ok: false, problem: 'the private key file is damaged (unknown format)' };
    const cipher = r.text();
    const kdf = r.text();
    r.string(); // kdf options
    if (cipher !== 'none' || kdf !== 'none') {
      return { ok: false, problem: 'the key is protected by a passphrase; signing needs a key file without one (kept outside the notes folder), or a key made with "Create Signing Key"' };
    }
    const count = r.uint32();
    if (count !== 1) return { ok: false, problem: 'the key file holds more than one key' };
    const outerPublic = readPublicKeyBlob(r.string());
    if (!outerPublic.ok) return outerPublic;
    const priv = new SshReader(r.string());
    if (priv.uint32() !== priv.uint32()) return { ok: false, problem: 'the private key file is damaged (check numbers differ)' };
    const type = priv.text();
    if (type !== KEY_TYPE) return { ok: false, problem: `the key is of type "${type.slice(0, 40)}"; only ssh-ed25519 keys are supported` };
    const publicKey = priv.string();
    const secret = priv.string();
    if (publicKey.length !== 32 || secret.length !== 64) return { ok: false, problem: 'the private key file is damaged (wrong key length)' };
    const seed = secret.slice(0, 32);
    if (!equalBytes(secret.slice(32), publicKey) || !equalBytes(publicKey, outerPublic.value)) {
      return { ok: false, problem: 'the private key file is damaged (its public and private parts do not match)' };
    }
    return { ok: true, value: { seed, publicKey } };
  } catch (e) {
    if (e instanceof TruncatedError) return { ok: false, problem: 'the private key file is damaged (cut short)' };
    throw e;
  }
}

/** ASCII view of bytes, for comparing a magic string. */
const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
