// Addenda: what changes a signed note. Each is dated with the time it is written (never
// back-dated), attributed, carries the clinician's reason, and is signed on its own.
import type { OffsetEdit } from '../types';
import { appendBlock } from './append';
import type { Signs } from './fields';
import { eolOf } from './lines';
import { oneLine, signerLabel, type Signer } from './signer';
import { shownNow } from './time';
import { TAMPERING, verifyText } from './verify';

export type AddendumKind = Exclude<Signs, 'note'>;

export const ADDENDUM_KINDS: readonly AddendumKind[] = ['late-entry', 'addendum', 'correction'];

export const ADDENDUM_TITLES: Record<AddendumKind, string> = { 'late-entry': 'Late entry', addendum: 'Addendum', correction: 'Correction' };

/** What the clinician is asked to write, as a blank that placeholder-unfilled flags until filled. */
const PLACEHOLDERS: Record<AddendumKind, string> = {
  'late-entry': '‹what happened, when it happened, and why it is recorded late›',
  addendum: '‹the information added, and why›',
  correction: '‹what was wrong in the signed text, and the correct information›',
};

/** `### Late entry · written 2026-12-01 09:10 −05:00 by Jane Doe, PT, DPT` */
export function addendumHeading(kind: AddendumKind, signer: Signer, now: Date, offsetMinutes?: number): string {
  return `### ${ADDENDUM_TITLES[kind]} · written ${shownNow(now, offsetMinutes)} by ${signerLabel({ name: oneLine(signer.name), credentials: oneLine(signer.credentials ?? '') })}`;
}

const HEADING_RE = /^#{1,6}[ \t]+(Late entry|Addendum|Correction)\b/m;

/** The kind of an unsigned addendum from its heading; a plain addendum when it has none. */
export function addendumKindOf(tail: string): AddendumKind {
  const title = HEADING_RE.exec(tail.trimStart())?.[1];
  return (Object.keys(ADDENDUM_TITLES) as AddendumKind[]).find((k) => ADDENDUM_TITLES[k] === title) ?? 'addendum';
}

export type AddendumPlan =
  | { kind: 'insert'; edit: OffsetEdit; /** Offsets of the blank to fill, in the text after the edit. */ blank: { start: number; end: number } }
  | { kind: 'refused'; message: string };

/** The heading, reason and a blank for the text, appended after the last signature. */
export function planAddendum(text: string, kind: AddendumKind, reason: string, signer: Signer, now: Date, offsetMinutes?: number): AddendumPlan {
  const why = oneLine(reason);
  if (!why) return { kind: 'refused', message: 'An addendum needs a reason: say why it is added.' };
  const v = verifyText(text);
  if (v.status === 'unsigned') return { kind: 'refused', message: 'This note is not signed yet: edit it directly.' };
  if (TAMPERING.has(v.status)) return { kind: 'refused', message: 'Signed text was changed: move the change into a correction addendum first.' };
  if (v.tail) return { kind: 'refused', message: 'Sign the addendum already below the signature first: each addendum is signed on its own.' };
  const eol = eolOf(text);
  const heading = addendumHeading(kind, signer, now, offsetMinutes);
  const lines = [heading, '', `**Reason:** ${why}`, '', PLACEHOLDERS[kind]];
  const edit = appendBlock(text, lines.join(eol) + eol, eol);
  const blankStart = edit.start + edit.newText.length - eol.length - PLACEHOLDERS[kind].length;
  return { kind: 'insert', edit, blank: { start: blankStart, end: blankStart + PLACEHOLDERS[kind].length } };
}
