import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { utf8ToBytes } from './bytes';
import { canonicalForm } from './canonical';

/** SHA-256 of the text's canonical form (UTF-8), as 64 lower-case hex digits. */
export function digestOf(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalForm(text))));
}

export const DIGEST_RE = /^[0-9a-f]{64}$/;
