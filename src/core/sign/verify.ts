// Checks every signature block of a note: the text above each still has the digest it was
// signed with (a change of any character but line ends, a byte-order mark, trailing spaces
// and blank lines at the end shows), each block links to the one before it (a removed or
// reordered addendum shows), the block itself is intact, and a key signature, when there is
// one, is valid and made by a key the clinic lists for that clinician.
import { scanBlocks, type MalformedBlock, type ParsedBlock } from './block';
import { digestOf } from './digest';
import { equalBytes } from './bytes';
import { statementOf } from './fields';
import { sshsigVerify } from './sshsig';
import { fingerprint } from './ssh-key';

/** A clinician whose keys the clinic lists (an allowed-signers list). */
export interface AllowedSigner {
  name: string;
  id?: string;
  keys: readonly Uint8Array[];
}

export type KeyCheck =
  | { kind: 'none' }
  /** Signed with a key the clinic lists for this clinician. */
  | { kind: 'verified'; fingerprint: string }
  /** A valid signature by a key the clinic does not list for the named clinician. */
  | { kind: 'unknown-key'; fingerprint: string; owner?: string };

export type BlockCheck =
  | { kind: 'valid'; block: ParsedBlock; key: KeyCheck }
  /** The text above no longer has the digest it was signed with. */
  | { kind: 'changed'; block: ParsedBlock }
  /** The link to the previous block is wrong: an addendum or signature was removed, added or moved. */
  | { kind: 'chain-broken'; block: ParsedBlock; problem: string }
  /** The key signature does not match what the block records. */
  | { kind: 'bad-key-signature'; block: ParsedBlock; fingerprint: string }
  | { kind: 'malformed'; block: MalformedBlock };

export type NoteStatus = 'signed' | 'unsigned' | 'unsigned-addendum' | 'unverifiable' | 'malformed' | 'badly-chained' | 'tampered';

export interface Verification {
  status: NoteStatus;
  checks: BlockCheck[];
  /** End of the last signature block (0 when there is none): text after it is not signed. */
  signedEnd: number;
  /** Text after the last signature that is not blank: an addendum still to sign. */
  tail?: { start: number; end: number };
}

/** Statuses that mean the signed record was changed: the CLI exits 1 for these. */
export const TAMPERING: ReadonlySet<NoteStatus> = new Set(['tampered', 'badly-chained', 'malformed']);

export function verifyText(text: string, signers: readonly AllowedSigner[] = []): Verification {
  const blocks = scanBlocks(text);
  const checks: BlockCheck[] = [];
  let previous: ParsedBlock | undefined;
  let previousMalformed = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'malformed') {
      checks.push({ kind: 'malformed', block });
      previous = undefined;
      previousMalformed = true;
      return;
    }
    const chain = chainProblem(block, i, previous, previousMalformed);
    previous = block;
    previousMalformed = false;
    if (chain) return checks.push({ kind: 'chain-broken', block, problem: chain });
    if (digestOf(text.slice(0, block.start)) !== block.fields.digest) return checks.push({ kind: 'changed', block });
    if (!block.key) return checks.push({ kind: 'valid', block, key: { kind: 'none' } });
    if (!keySignatureValid(block)) return checks.push({ kind: 'bad-key-signature', block, fingerprint: block.key.fingerprint });
    checks.push({ kind: 'valid', block, key: keyOwner(block, signers) });
  });
  const signedEnd = blocks.length ? blocks[blocks.length - 1].end : 0;
  const rest = text.slice(signedEnd);
  const tail = blocks.length && rest.trim() ? { start: signedEnd + (rest.length - rest.trimStart().length), end: text.length } : undefined;
  return { status: statusOf(checks, tail !== undefined), checks, signedEnd, tail };
}

function chainProblem(block: ParsedBlock, index: number, previous: ParsedBlock | undefined, previousMalformed: boolean): string | undefined {
  const prev = block.fields.prev;
  if (index === 0) return prev === undefined ? undefined : 'it follows a signature that is no longer in the note';
  if (previousMalformed) return undefined; // the damaged block is reported itself
  if (prev === undefined) return 'it was the first signature of a note, and other signatures now stand above it';
  if (previous && prev !== previous.fields.digest) return 'the signature it followed was removed, or signatures were moved';
  return undefined;
}

// Ed25519 verification is the costly part of a check; a note being typed is checked again and
// again with the same blocks, so results are remembered (bounded).
const verified = new Map<string, boolean>();

function keySignatureValid(block: ParsedBlock): boolean {
  const statement = statementOf(block.fields);
  const memoKey = `${block.fields.sshsig}\n${statement}`;
  let ok = verified.get(memoKey);
  if (ok === undefined) {
    ok = sshsigVerify(block.key!, statement);
    if (verified.size > 1000) verified.clear();
    verified.set(memoKey, ok);
  }
  return ok;
}

function keyOwner(block: ParsedBlock, signers: readonly AllowedSigner[]): KeyCheck {
  const key = block.key!;
  const fp = fingerprint(key.publicKey);
  const owners = signers.filter((s) => s.keys.some((k) => equalBytes(k, key.publicKey)));
  const f = block.fields;
  const isSigner = (s: AllowedSigner) => (f.id !== undefined && s.id !== undefined ? s.id === f.id : s.name === f.name);
  if (owners.some(isSigner)) return { kind: 'verified', fingerprint: fp };
  return { kind: 'unknown-key', fingerprint: fp, owner: owners[0]?.name };
}

function statusOf(checks: BlockCheck[], tail: boolean): NoteStatus {
  if (!checks.length) return 'unsigned';
  // The first failure says what happened; the signatures after it fail with it (each covers the text above).
  const first = checks.find((c) => c.kind !== 'valid');
  if (checks.some((c) => c.kind === 'bad-key-signature')) return 'tampered';
  if (first?.kind === 'changed') return 'tampered';
  if (first?.kind === 'chain-broken') return 'badly-chained';
  if (first?.kind === 'malformed') return 'malformed';
  if (checks.some((c) => c.kind === 'valid' && c.key.kind === 'unknown-key')) return 'unverifiable';
  return tail ? 'unsigned-addendum' : 'signed';
}
