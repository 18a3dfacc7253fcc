// Statements the quick fixes prepare for the clinician to complete.

import type { Note } from '../model/note';
import type { FixSpec } from './rule';
import { escapeSnippetText, toPlain, toSnippet } from '../util/prepared-text';
import type { Vocabulary } from '../vocab';
import { afterLastRecord, insertBlock, lungRecords } from './helpers';

// Prepared statements: the clinician states each fact by filling its ‹field› (a choice is
// written ‹a|b›). Nothing here asserts that consent was given, advice was given or a count was
// made; a field left as it is stays a placeholder-unfilled error.

export const CONSENT_STATEMENT =
  'Consent: ‹written|verbal› consent to dry needling ‹obtained today|on file, dated …›; risks discussed: ‹the risks you named›; questions answered: ‹yes|no›.';

export const AFTERCARE_STATEMENT =
  'Aftercare given ‹verbally|in writing|verbally and in writing›: ‹what you told the patient to expect and do (soreness, bruising, activity, when to call)›.';

export const RED_FLAG_STATEMENT =
  'Pneumothorax warning signs: ‹explained: breathlessness or chest pain in the next 2 days means emergency care|not explained›.';

/** A needle count with the number inserted taken from the records where every one states it; the number removed is the clinician's. */
export function needleCountStatement(note: Note): string {
  const counts = note.records.map((r) => r.needles);
  const inserted = counts.length && counts.every((n) => n !== undefined) ? String(counts.reduce((a, b) => a! + b!, 0)) : '‹number›';
  return `Needle count: ${inserted} in / ‹number› out; ‹all needles removed|needles unaccounted for: …›.`;
}

/** A fix that inserts a prepared statement as its own block at `offset` (a snippet in the editor). */
export function prepared(note: Note, title: string, offset: number, ...lines: string[]): FixSpec {
  const edit = insertBlock(note, offset, lines.map(toPlain));
  const plain = lines.map(toPlain).join(note.eol);
  const at = edit.newText.indexOf(plain);
  const snippet = escapeSnippetText(edit.newText.slice(0, at)) + toSnippet(lines.join(note.eol)) + escapeSnippetText(edit.newText.slice(at + plain.length));
  return { title, edits: [{ ...edit, snippet }] };
}

/** Aftercare after the needling, with the pneumothorax warning line when a muscle over the lung was needled. */
export function aftercareFix(note: Note, vocab: Vocabulary): FixSpec {
  const lines = [AFTERCARE_STATEMENT];
  if (lungRecords(note, vocab).length) lines.push(RED_FLAG_STATEMENT);
  return prepared(note, 'Prepare an aftercare statement to complete', afterLastRecord(note), ...lines);
}
