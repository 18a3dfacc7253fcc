// What a signature block records, and how the record is written inside the block's hidden
// marker (`<!-- dn-signature v1 … -->`, one `key: value` per line, text values as JSON strings
// so any name or reason survives). The same serialisation, without the key signature, is the
// statement an Ed25519 key signs.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8ToBytes } from './bytes';

/** What the block signs: the note, or an addendum below the previous signature. */
export type Signs = 'note' | 'addendum' | 'late-entry' | 'correction';
/** Why the clinician signed: as the author, or as the supervising co-signer. */
export type Meaning = 'author' | 'co-signer';

export const SIGNS: readonly Signs[] = ['note', 'addendum', 'late-entry', 'correction'];
export const MEANINGS: readonly Meaning[] = ['author', 'co-signer'];

export interface SignatureFields {
  signs: Signs;
  meaning: Meaning;
  name: string;
  credentials: string;
  /** Free text: "student", "supervising clinician"… */
  role?: string;
  /** The clinic's id for the clinician (from `clinicians` in .dnlintrc.json). */
  id?: string;
  /** ISO 8601 local time with offset (time.ts). */
  at: string;
  /** SHA-256 of the canonical form of everything above the block, hex. */
  digest: string;
  /** The previous block's digest: the chain that makes a removed or moved addendum visible. */
  prev?: string;
  /** Signed while error-level findings remained, with the clinician's reason. */
  override?: { errors: number; reason: string };
  /** SSHSIG signature blob (base64) by the signer's Ed25519 key over the statement. */
  sshsig?: string;
  /** SHA-256 of the statement: a later hand edit of any detail (even one not shown) shows. */
  seal: string;
}

export const MARKER = 'dn-signature';
export const VERSION = 1;

/** JSON string that cannot end or open an HTML comment. */
const quote = (s: string) => JSON.stringify(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

/** The `key: value` lines of the marker, in their fixed order. */
export function fieldLines(f: SignatureFields, withKeySignature = true): string[] {
  const lines = [`signs: ${f.signs}`, `meaning: ${f.meaning}`, `name: ${quote(f.name)}`, `credentials: ${quote(f.credentials)}`];
  if (f.role !== undefined) lines.push(`role: ${quote(f.role)}`);
  if (f.id !== undefined) lines.push(`id: ${quote(f.id)}`);
  lines.push(`at: ${f.at}`, `digest: sha256:${f.digest}`);
  if (f.prev !== undefined) lines.push(`prev: sha256:${f.prev}`);
  if (f.override) lines.push(`override-errors: ${f.override.errors}`, `override-reason: ${quote(f.override.reason)}`);
  if (withKeySignature) {
    lines.push(`seal: sha256:${f.seal}`);
    if (f.sshsig !== undefined) lines.push(`sshsig: ${quote(f.sshsig)}`);
  }
  return lines;
}

/** What the seal covers and a key signs: every recorded detail but the seal and key signature, as plain text. */
export function statementOf(f: Omit<SignatureFields, 'seal' | 'sshsig'>): string {
  return [`${MARKER} v${VERSION}`, ...fieldLines({ ...f, seal: '' }, false)].join('\n') + '\n';
}

export function sealOf(f: Omit<SignatureFields, 'seal' | 'sshsig'>): string {
  return bytesToHex(sha256(utf8ToBytes(statementOf(f))));
}
