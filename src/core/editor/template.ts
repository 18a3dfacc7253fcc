// Text of a new note, from a built-in template (templates/) or the clinic's own. A template is
// prepared text (see prepared.ts): fields ‹what to fill› become tab stops in the editor and stay
// placeholder-unfilled errors until written. It may use ${patient}, ${date} and ${cursor}; the
// first ${cursor} is where writing starts (the first tab stop after it, or the cursor itself).

import { escapeSnippetText, fieldsOf, toPlain, toSnippet } from './prepared';
import { DEFAULT_NOTE_TEMPLATE } from './templates';

export { NOTE_TEMPLATES, DEFAULT_NOTE_TEMPLATE, templateById, type NoteTemplate } from './templates';

/** The built-in default: the whole visit. */
export const DEFAULT_TEMPLATE = DEFAULT_NOTE_TEMPLATE.text;

export interface NewNote {
  /** The note as it reads (choice fields show their options). */
  text: string;
  /** Offset of the cursor in `text`. */
  cursor: number;
  /** The same note as a snippet: fields are tab stops, numbered from the cursor on. */
  snippet: string;
}

export interface TemplateFields {
  patient: string;
  date: string;
}

const CURSOR = '${cursor}';

/** A value for a front matter line: plain when YAML reads it back as the same text, quoted otherwise ("0731", "yes", "J: Doe"). */
export function yamlScalar(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const plain = /^[A-Za-z][\w ./-]*$/.test(value) && !/\s$/.test(value) && !/^(?:true|false|yes|no|on|off|null|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Replaces ${patient} and ${date}: in the front matter as YAML values, elsewhere as written. */
function fillVariables(text: string, fields: TemplateFields): string {
  // What the clinician typed is never read as a field or a snippet marker.
  const clean = (v: string) => v.replace(/[‹›\r\n]/g, '').trim();
  const patient = clean(fields.patient);
  const date = clean(fields.date);
  const fm = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n)((?:---|\.\.\.)[ \t]*(?:\r?\n|$))/.exec(text);
  const fill = (part: string, yaml: boolean) => part.replace(/\$\{(patient|date)\}/g, (_, name: string) => {
    const v = name === 'patient' ? patient : date;
    return yaml ? yamlScalar(v) : v;
  });
  if (!fm) return fill(text, false);
  return fm[1] + fill(fm[2], true) + fm[3] + fill(text.slice(fm[0].length), false);
}

export function renderTemplate(template: string, fields: TemplateFields, eol: '\n' | '\r\n' = '\n'): NewNote {
  const normalised = (template || DEFAULT_TEMPLATE).replace(/\r\n?|\n/g, eol);
  const filled = fillVariables(normalised, fields);
  const at = filled.indexOf(CURSOR);
  const before = at >= 0 ? filled.slice(0, at) : filled;
  const after = at >= 0 ? filled.slice(at).replace(/\$\{cursor\}/g, '') : '';
  const beforeClean = before.replace(/\$\{cursor\}/g, '');
  const text = toPlain(beforeClean) + toPlain(after);
  const cursor = toPlain(beforeClean).length;
  return { text, cursor, snippet: snippetFrom(beforeClean, after, at >= 0) };
}

/**
 * Tab stops start at the cursor and wrap round to the fields above it (the front matter), so Tab
 * walks the note from where writing starts. ${cursor} is a tab stop of its own unless a field
 * follows it at once; a template without fields just puts the cursor there.
 */
function snippetFrom(before: string, after: string, hasCursor: boolean): string {
  const afterCount = fieldsOf(after).length;
  const total = afterCount + fieldsOf(before).length;
  if (!total) return escapeSnippetText(before) + (hasCursor ? '$0' : '') + escapeSnippetText(after);
  const own = hasCursor && fieldsOf(after)[0]?.start !== 0 ? 1 : 0;
  return toSnippet(before, afterCount + own + 1) + (own ? '${1}' : '') + toSnippet(after, own + 1);
}

/** A patient identifier made safe for a file name (letters, digits, "-" and "_"); '' if nothing is left. */
export function fileSafeId(id: string): string {
  return id.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

/** True for an existing calendar date written YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** "2025-03-04-P1234.soap.md". */
export function noteFileName(date: string, patient: string): string {
  return `${date}-${fileSafeId(patient)}.soap.md`;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
