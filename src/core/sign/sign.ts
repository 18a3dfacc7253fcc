// Signing, as a pure plan: from the note's text, the signer, the time and (optionally) a key,
// either the one insertion that appends the signature block, or a refusal in plain words.
// Signing only appends: the text above the block is never changed.
import type { OffsetEdit } from '../types';
import { appendBlock } from './append';
import { renderBlock } from './block';
import { toBase64 } from './bytes';
import { digestOf } from './digest';
import { sealOf, statementOf, type Meaning, type SignatureFields, type Signs } from './fields';
import { eolOf } from './lines';
import { fingerprint, type PrivateKey } from './ssh-key';
import { sshsigSign } from './sshsig';
import { isoWithOffset } from './time';
import { oneLine, type Signer } from './signer';
import { TAMPERING, verifyText, type Verification } from './verify';
import { addendumKindOf } from './addendum';

export interface SignRequest {
  text: string;
  signer: Signer;
  meaning: Meaning;
  now: Date;
  /** Minutes east of UTC; default: the machine's offset at `now`. */
  offsetMinutes?: number;
  key?: PrivateKey;
  /** Error-level findings in the note as it is now (the caller lints it). */
  errors: number;
  /** The clinician's reason for signing although errors remain. */
  overrideReason?: string;
}

export type Refusal = 'empty' | 'no-signer' | 'changed' | 'errors' | 'already-signed' | 'not-signed-yet' | 'addendum-unsigned' | 'same-signer';

export type SignPlan =
  | { kind: 'sign'; edit: OffsetEdit; fields: SignatureFields; signs: Signs }
  | { kind: 'refused'; refusal: Refusal; message: string };

const refuse = (refusal: Refusal, message: string): SignPlan => ({ kind: 'refused', refusal, message });

export function planSignature(req: SignRequest, verification: Verification = verifyText(req.text)): SignPlan {
  const { text, signer, meaning } = req;
  if (!text.trim()) return refuse('empty', 'The note is empty: there is nothing to sign.');
  if (!oneLine(signer.name)) return refuse('no-signer', 'No signer name: set dnSoap.signer or list clinicians in .dnlintrc.json.');
  if (TAMPERING.has(verification.status)) {
    return refuse('changed', 'Signed text was changed: move the change into a correction addendum (or restore the signed text) before signing.');
  }
  const blocks = verification.checks.map((c) => c.block);
  const last = blocks[blocks.length - 1];
  const tail = verification.tail;
  let signs: Signs = 'note';
  if (meaning === 'co-signer') {
    const authors = verification.checks.filter((c) => c.kind === 'valid' && c.block.fields.meaning === 'author');
    if (!authors.length) return refuse('not-signed-yet', 'Not signed by its author yet: a co-signature follows the author\'s signature.');
    if (tail) return refuse('addendum-unsigned', 'The addendum below the last signature is not signed by its author yet.');
    const first = authors[0].kind === 'valid' ? authors[0].block.fields : undefined;
    if (first && sameClinician(first, signer)) return refuse('same-signer', 'You signed this note as its author: a co-signature must come from another clinician.');
    signs = last && last.kind === 'block' ? last.fields.signs : 'note';
  } else if (blocks.length) {
    if (!tail) return refuse('already-signed', 'This note is already signed. Add an addendum for anything new, or co-sign it.');
    signs = addendumKindOf(text.slice(tail.start, tail.end));
  }
  const override = req.errors > 0 ? oneLine(req.overrideReason ?? '') : '';
  if (req.errors > 0 && !override) {
    return refuse('errors', `${req.errors} error${req.errors === 1 ? '' : 's'} remain${req.errors === 1 ? 's' : ''}: fix ${req.errors === 1 ? 'it' : 'them'}, or give a reason to sign anyway.`);
  }

  const eol = eolOf(text);
  const fields: SignatureFields = {
    signs, meaning, name: oneLine(signer.name), credentials: oneLine(signer.credentials ?? ''),
    at: isoWithOffset(req.now, req.offsetMinutes), digest: '', seal: '',
  };
  if (signer.role && oneLine(signer.role)) fields.role = oneLine(signer.role);
  if (signer.id && oneLine(signer.id)) fields.id = oneLine(signer.id);
  // The digest covers exactly what will stand above the block, including the blank line before it.
  const placed = appendBlock(text, '', eol);
  fields.digest = digestOf(text + placed.newText);
  if (last && last.kind === 'block') fields.prev = last.fields.digest;
  if (override) fields.override = { errors: req.errors, reason: override };
  fields.seal = sealOf(fields);
  if (req.key) fields.sshsig = toBase64(sshsigSign(statementOf(fields), req.key));
  const block = renderBlock(fields, eol, req.key ? fingerprint(req.key.publicKey) : undefined);
  return { kind: 'sign', edit: appendBlock(text, block, eol), fields, signs };
}

function sameClinician(a: Pick<SignatureFields, 'name' | 'id'>, b: Signer): boolean {
  if (a.id !== undefined && b.id) return a.id === oneLine(b.id);
  return a.name.toLowerCase() === oneLine(b.name).toLowerCase();
}
