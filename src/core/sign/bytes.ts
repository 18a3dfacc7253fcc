// Byte helpers the signing code needs and the core may not take from Node (no Buffer): base64,
// UTF-8 both ways, and the SSH wire format (RFC 4251 uint32 and length-prefixed strings) that
// OpenSSH keys and SSHSIG signatures are written in.
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export { concatBytes, utf8ToBytes };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += b === undefined ? '=' : ALPHABET[(n >> 6) & 63];
    out += c === undefined ? '=' : ALPHABET[n & 63];
  }
  return out;
}

/** Decodes standard base64 (whitespace ignored, padding optional); undefined when it is not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    const v = INDEX.get(ch);
    if (v === undefined) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** UTF-8 bytes to text; invalid sequences become U+FFFD (the text is only ever shown or compared). */
export function utf8ToText(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (need < 0) {
      out += '\ufffd';
      i++;
      continue;
    }
    let cp = need === 0 ? b : b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i++;
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

/** Builds SSH wire-format data. */
export class SshWriter {
  private readonly parts: Uint8Array[] = [];

  uint32(n: number): this {
    this.parts.push(new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]));
    return this;
  }

  /** A length-prefixed string: text is written as UTF-8. */
  string(value: Uint8Array | string): this {
    const bytes = typeof value === 'string' ? utf8ToBytes(value) : value;
    return this.uint32(bytes.length).raw(bytes);
  }

  raw(bytes: Uint8Array | string): this {
    this.parts.push(typeof bytes === 'string' ? utf8ToBytes(bytes) : bytes);
    return this;
  }

  bytes(): Uint8Array {
    return concatBytes(...this.parts);
  }
}

/** Thrown by SshReader when the data ends early; callers turn it into a plain-words problem. */
export class TruncatedError extends Error {}

/** Reads SSH wire-format data. */
export class SshReader {
  private at = 0;

  constructor(private readonly data: Uint8Array) {}

  get done(): boolean {
    return this.at >= this.data.length;
  }

  uint32(): number {
    if (this.at + 4 > this.data.length) throw new TruncatedError('data ends early');
    const d = this.data;
    const n = ((d[this.at] << 24) | (d[this.at + 1] << 16) | (d[this.at + 2] << 8) | d[this.at + 3]) >>> 0;
    this.at += 4;
    return n;
  }

  string(): Uint8Array {
    return this.raw(this.uint32());
  }

  text(): string {
    return utf8ToText(this.string());
  }

  raw(length: number): Uint8Array {
    if (this.at + length > this.data.length) throw new TruncatedError('data ends early');
    const out = this.data.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }

  rest(): Uint8Array {
    return this.raw(this.data.length - this.at);
  }
}
