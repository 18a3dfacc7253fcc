// Plain words for what verification found, shared by `dn-lint verify` and the editor.
import { shownTime } from './time';
import { signerLabel } from './signer';
import type { SignatureFields } from './fields';
import type { BlockCheck, NoteStatus } from './verify';

export const STATUS_WORDS: Record<NoteStatus, string> = {
  signed: 'signed',
  unsigned: 'unsigned',
  'unsigned-addendum': 'addendum not signed',
  unverifiable: 'key not in the clinic\'s list',
  malformed: 'signature damaged',
  'badly-chained': 'signatures out of order or missing',
  tampered: 'changed after signing',
};

const WHAT: Record<SignatureFields['signs'], string> = { note: 'note', addendum: 'addendum', 'late-entry': 'late entry', correction: 'correction' };

/** "note signed by Jane Doe, PT, DPT (author) 2026-11-30 14:05 −05:00" */
export function describeSignature(f: SignatureFields): string {
  const verb = f.meaning === 'co-signer' ? 'co-signed' : 'signed';
  return `${WHAT[f.signs]} ${verb} by ${signerLabel(f)} (${f.meaning}) ${shownTime(f.at)}`;
}

/** What is wrong with one block, in a few words and then in a sentence; undefined when it is fine. */
export function describeProblem(check: BlockCheck): { what: string; detail: string } | undefined {
  switch (check.kind) {
    case 'valid':
      return check.key.kind === 'unknown-key'
        ? { what: STATUS_WORDS.unverifiable, detail: `signed with key ${check.key.fingerprint}, which the clinic does not list for ${check.block.fields.name}${check.key.owner ? ` (it is ${check.key.owner}'s)` : ''}` }
        : undefined;
    case 'changed':
      return { what: STATUS_WORDS.tampered, detail: 'the text above this signature changed after it was signed' };
    case 'chain-broken':
      return { what: STATUS_WORDS['badly-chained'], detail: check.problem };
    case 'bad-key-signature':
      return { what: STATUS_WORDS.tampered, detail: `the key signature (key ${check.fingerprint}) does not match: the signature's details were changed` };
    case 'malformed':
      return { what: STATUS_WORDS.malformed, detail: check.block.problem };
  }
}
