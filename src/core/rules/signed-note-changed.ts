import type { Rule } from './rule';
import { asSentence } from './helpers';
import { verifyWithClinic } from '../sign/allowed';
import { mayHoldSignature } from '../sign/block';
import { SIGNED_EXAMPLE } from '../sign/example';

// A signed note is a legal record: after signing it changes only by addendum. The digest in
// each signature block covers the canonical form of everything above it (see docs/signing.md).

const SIGNED = SIGNED_EXAMPLE;

export const signedNoteChanged: Rule = {
  meta: {
    id: 'signed-note-changed',
    code: 'DN030',
    defaultSeverity: 'error',
    title: 'The text above a signature changed after it was signed, or a signature block is damaged.',
    messages: {
      changed: 'Signed text changed after signing',
      order: 'Signatures out of order or missing',
      key: 'Key signature does not match',
      damaged: 'Signature block damaged',
    },
    rationale:
      'A signed visit note is a legal record. Once signed, it may change only by a dated, signed addendum that shows what changed and why; an edit to the signed text itself, even a correct one, makes the record unreliable and is what auditors and courts look for. The signature block holds a SHA-256 digest of the text above it, so any change shows here at once.',
    example: {
      bad: SIGNED.replace('O: DN R upper', 'O: DN L upper'),
      good: SIGNED,
    },
    decides: [
      'Raised when the text above a signature no longer has the SHA-256 digest recorded in it. Line ends (CRLF or LF), a byte-order mark, spaces at line ends and blank lines just above the signature do not count as changes, so git or another editor converting the file is not tampering; every other character does.',
      'Raised once, on the first signature whose text changed: later signatures cover that text too.',
      'Raised when signatures are out of order or one is missing: each addendum\'s signature records the digest of the signature before it.',
      'Raised when a signature block itself was edited by hand or damaged (its hidden details, or its visible lines no longer matching them), and when its Ed25519 key signature is not valid.',
      'Text below the last signature is not signed yet and may be edited freely (see note-unsigned).',
      'In the editor, the quick fix "Move my change into a correction addendum" puts the signed text back as it was signed and records the change, was → now, in a correction addendum with the reason you type. It is offered when the editor holds a verified copy of the note (it was opened, saved or signed there); otherwise restore the signed text from a copy.',
    ],
    fixable: true,
  },
  check(note, ctx) {
    if (!mayHoldSignature(note.text)) return;
    const v = verifyWithClinic(note.text, ctx.config.clinicians);
    let changedAbove = false;
    for (const c of v.checks) {
      const { start, end } = c.block.headline;
      if (c.kind === 'changed' && !changedAbove) {
        ctx.report({
          start, end,
          message: signedNoteChanged.meta.messages.changed,
          detail: 'The text above this signature no longer matches its SHA-256 digest, and a signed note changes only by addendum: use the quick fix "Move my change into a correction addendum", or undo the change, or restore the signed text from a copy.',
        });
      } else if (c.kind === 'chain-broken') {
        ctx.report({ start, end, message: signedNoteChanged.meta.messages.order, detail: `${asSentence(c.problem)}. Restore the removed or moved addendum from a copy.` });
      } else if (c.kind === 'bad-key-signature') {
        const detail = `The Ed25519 signature (key ${c.fingerprint}) is not valid for this block: its signer, time or digest was changed after signing.`;
        ctx.report({ start, end, message: signedNoteChanged.meta.messages.key, detail });
      } else if (c.kind === 'malformed') {
        ctx.report({ start, end, message: signedNoteChanged.meta.messages.damaged, detail: `${asSentence(c.block.problem)}. A signature cannot be repaired by editing; restore it from a copy.` });
      }
      if (c.kind !== 'valid') changedAbove = true;
    }
  },
};
