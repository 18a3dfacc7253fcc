// Insert Needling Record, as plain data: which muscles match what the clinician typed (exact
// shorthand first), what a needle size typed as "0.30x60" means, the text of one record (a list
// line or a row with the table's own columns) and where it goes in the note. The editor command
// asks the questions; everything it writes is decided here. A step the clinician skips becomes a
// field (‹needle size›) that stays a placeholder-unfilled error until written: nothing is guessed.

import { columnKind } from '../lexicon/columns';
import type { Note } from '../model/note';
import { toPlain } from './prepared';
import type { Muscle } from '../vocab/types';
import { techniques } from '../vocab/techniques';

export type Side = 'L' | 'R' | 'B';

// ---------------------------------------------------------------------------------------------
// Muscles

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Muscles for what the clinician typed, best first: an exact shorthand ("UT", then "ut"), an
 * exact name or synonym, names and synonyms that start with it, then word starts and substrings.
 * An empty query lists every muscle by name.
 */
export function rankMuscles(muscles: readonly Muscle[], query: string, limit = 60): Muscle[] {
  const raw = query.trim();
  if (!raw) return [...muscles].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
  const q = fold(raw);
  const scored: Array<{ m: Muscle; score: number }> = [];
  for (const m of muscles) {
    const phrases = [m.name, ...m.synonyms].map(fold);
    let score = 0;
    if (m.shorthand.includes(raw)) score = 100;
    else if (m.shorthand.some((s) => s.toLowerCase() === raw.toLowerCase())) score = 90;
    else if (phrases[0] === q) score = 85;
    else if (phrases.includes(q)) score = 80;
    else if (phrases[0].startsWith(q)) score = 70;
    else if (phrases.some((p) => p.startsWith(q))) score = 60;
    else if (m.shorthand.some((s) => s.toLowerCase().startsWith(raw.toLowerCase()))) score = 50;
    else if (phrases.some((p) => p.split(' ').some((w) => w.startsWith(q)))) score = 40;
    else if (wordInitials(q, phrases)) score = 30;
    else if (phrases.some((p) => p.includes(q))) score = 20;
    if (score) scored.push({ m, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.m.name.localeCompare(b.m.name)).slice(0, limit).map((s) => s.m);
}

/** "glut med" → gluteus medius: every typed word starts a word of the phrase, in order. */
function wordInitials(q: string, phrases: string[]): boolean {
  const typed = q.split(' ');
  if (typed.length < 2) return false;
  return phrases.some((p) => {
    const words = p.split(' ');
    let i = 0;
    for (const w of words) if (i < typed.length && w.startsWith(typed[i])) i++;
    return i === typed.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Needle sizes

export const NEEDLE_SIZES = ['0.16×15 mm', '0.20×25 mm', '0.25×25 mm', '0.25×30 mm', '0.25×40 mm', '0.30×40 mm', '0.30×50 mm', '0.30×60 mm', '0.30×75 mm'];

/**
 * A needle size as typed, written the standard way: "0.30x60", ".3 x 60mm", "0.30*60" and
 * "0,30×60" all read as "0.30×60 mm". Undefined for anything that is not diameter × length.
 */
export function parseNeedleSize(input: string): string | undefined {
  const m = /^\s*(0?[.,]\d{1,3})\s*(?:mm)?\s*[x×X*]\s*(\d{1,3})\s*(?:mm)?\s*$/.exec(input);
  if (!m) return undefined;
  const diameter = parseFloat(m[1].replace(',', '.'));
  const length = parseInt(m[2], 10);
  if (!(diameter >= 0.1 && diameter <= 0.5) || length < 7 || length > 150) return undefined;
  return `${diameter.toFixed(2)}×${length} mm`;
}

/** Needle sizes for what was typed: the typed size itself first, then the usual sizes that match. */
export function needleChoices(query: string): string[] {
  const typed = parseNeedleSize(query);
  const q = query.trim().toLowerCase().replace(/[x*]/g, '×').replace(/\s+/g, '').replace(/mm$/, '');
  const usual = NEEDLE_SIZES.filter((s) => !q || s.replace(/\s+/g, '').startsWith(q) || s.replace(/\s+/g, '').includes(q));
  return typed ? [typed, ...usual.filter((s) => s !== typed)] : usual;
}

// ---------------------------------------------------------------------------------------------
// Technique and response

/** Techniques offered, from the vocabulary. */
export const TECHNIQUE_CHOICES: readonly string[] = techniques.map((t) => t.name);

/** Responses offered: twitch counts as notes write them, then the other responses. */
export const RESPONSE_CHOICES: readonly string[] = [
  'LTR x1', 'LTR x2', 'LTR x3', 'LTR x4', 'LTR x5', '+LTR', 'no LTR', 'familiar pain reproduced', 'referred pain', 'no response',
];

/** The clinician's last answer first, so Enter repeats it; the others keep their order. */
export function lastFirst(choices: readonly string[], last: string | undefined): string[] {
  if (!last) return [...choices];
  return [last, ...choices.filter((c) => c !== last)];
}

// ---------------------------------------------------------------------------------------------
// The record's text

export interface RecordFields {
  /** Canonical muscle name. */
  muscle: string;
  /** A side, or a field such as ‹R|L|B› when the clinician left it to fill in; absent = not written. */
  side?: Side | string;
  /** e.g. "0.25×30 mm", or a field. */
  needle?: string;
  technique?: string;
  response?: string;
}

/** "- R upper trapezius 0.25×30 mm, pistoning, LTR x2": the line completions and snippets write too. */
export function recordListLine(r: RecordFields, bullet = '- '): string {
  const head = [r.side, r.muscle, r.needle].filter(Boolean).join(' ');
  return bullet + [head, r.technique, r.response].filter(Boolean).join(', ');
}

// A column for free text, left empty: "Notes", "Comments".
const freeCol = /note|comment|remark/;

/** A choice field ‹a|b› as a hint field ‹a or b›: a "|" would split a table cell. */
const cellSafe = (text: string) => text.replace(/‹([^‹›\r\n]*)›/g, (_, inner: string) => `‹${inner.split('|').map((c) => c.trim()).join(' or ')}›`);

/** A row for a table with these (lower-case) column headers; a clinical column it cannot fill gets a field to fill in. */
export function recordTableRow(r: RecordFields, columns: string[]): string {
  const row = tableRow(r, columns);
  return `| ${row.map(cellSafe).join(' | ')} |`;
}

// Columns are read as the note reader reads them (lexicon/columns), so a row goes where the record will be found.
function tableRow(r: RecordFields, columns: string[]): string[] {
  const kinds = columns.map((c) => columnKind(c));
  const hasSide = kinds.includes('side');
  let muscleAt = kinds.indexOf('muscle');
  if (muscleAt < 0) muscleAt = 0;
  // A column headed in millimetres ("Needle (mm)", "Length (mm)") gets the bare number.
  const bare = (value: string, c: string) => (/mm/.test(c) ? value.replace(/\s*mm$/, '') : value);
  const field = (c: string) => `‹${c.replace(/[‹›|]/g, '')}›`;
  return columns.map((c, i) => {
    if (i === muscleAt) return hasSide || !r.side ? r.muscle : `${r.side} ${r.muscle}`;
    switch (kinds[i]) {
      case 'side': return r.side ?? '‹R, L or B›';
      case 'count': return `‹${c || 'needles'}›`;
      case 'needle': return r.needle ? bare(r.needle, c) : '‹needle size›';
      case 'length': {
        const length = r.needle && /×(\d{1,3}) mm$/.exec(r.needle)?.[1];
        return length ? bare(`${length} mm`, c) : field(c);
      }
      case 'technique': return r.technique ?? '‹technique›';
      case 'twitch': case 'response': case 'referral': case 'tolerance': return r.response ?? field(c);
      default: return freeCol.test(c) || !c.trim() ? '' : field(c);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Where it goes

export interface InsertPlan {
  /** Offsets of the text replaced (equal for a plain insertion). */
  start: number;
  end: number;
  text: string;
  /** Offset, in the document after the edit, of the first character of the record (after the line break). */
  recordStart: number;
  /** Length of the record's own text (the bullet line or the row). */
  recordLength: number;
  /** Why the record is not where the cursor was, in plain words; undefined when it is. */
  moved?: string;
  form: 'row' | 'item';
}

/** The lines of a document with their start offsets; line ends as written. */
function splitLines(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: m.index, text: m[1] });
    if (!m[2]) break;
  }
  return out;
}

const delimiterRe = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const pipeLine = (s: string) => /^\s{0,3}\|/.test(s) || (s.includes('|') && !/^\s*$/.test(s) && /\|\s*$/.test(s));
const bulletRe = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)/;

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

interface Table {
  header: number;
  delimiter: number;
  last: number;
  columns: string[];
}

/** The GFM table holding a line, found from the text (header, delimiter, body), or undefined. */
function tableAt(lines: Array<{ text: string }>, line: number): Table | undefined {
  if (!lines[line] || !pipeLine(lines[line].text)) return undefined;
  let top = line;
  while (top > 0 && pipeLine(lines[top - 1].text)) top--;
  let bottom = line;
  while (bottom + 1 < lines.length && pipeLine(lines[bottom + 1].text)) bottom++;
  const delimiter = delimiterRe.test(lines[top + 1]?.text ?? '') ? top + 1 : -1;
  if (delimiter < 0 || delimiter > bottom) return undefined;
  return { header: top, delimiter, last: bottom, columns: cellsOf(lines[top].text).map((c) => c.toLowerCase()) };
}

/** A row with nothing written in it: every cell empty or a field (the template's placeholder row). */
const blankRow = (line: string) => cellsOf(line).every((c) => !c || /^(?:‹[^›]*›\s*)+$/.test(c));

export interface PlanInput {
  /** The note as linted (sections, records, code blocks). */
  note: Note;
  /** 0-based line of the cursor. */
  line: number;
  fields: RecordFields;
}

/**
 * Where the record goes and the text to insert. At the cursor when it is somewhere a needling
 * record counts (a needling table or list, the Objective, a treatment section); from Subjective,
 * Assessment or Plan, where a muscle reads as history or plan, after the last needled muscle or
 * at the end of the Objective instead. In a table, it fills the template's blank row first.
 */
export function planRecordInsert({ note, line, fields }: PlanInput): InsertPlan {
  const lines = splitLines(note.text);
  const eol = note.eol;
  const at = Math.max(0, Math.min(line, lines.length - 1));
  const target = placeFor(note, lines, at);
  return insertAt(lines, target.line, fields, eol, target.moved);
}

function sectionKindAt(note: Note, offset: number): string | undefined {
  let kind: string | undefined;
  for (const s of note.sections) if (s.labelStart <= offset) kind = s.kind;
  return kind;
}

function placeFor(note: Note, lines: Array<{ start: number; text: string }>, line: number): { line: number; moved?: string } {
  const offset = lines[line].start;
  const kind = sectionKindAt(note, offset);
  const inOpaque = note.opaque.some(([a, b]) => offset >= a && offset < b) || note.comments.some((c) => offset >= c.start && offset < c.end);
  const readsAsNeedling = !inOpaque && (kind === undefined || kind === 'objective' || kind === 'other' || tableAt(lines, line) !== undefined);
  if (readsAsNeedling) return { line };
  const last = note.records.length ? note.records[note.records.length - 1] : undefined;
  if (last) {
    return { line: note.lines.positionAt(last.start).line, moved: 'after the last needled muscle' };
  }
  const objective = note.sections.find((s) => s.kind === 'objective');
  if (objective) {
    const units = note.units.slice(objective.firstUnit, objective.endUnit);
    const lastUnit = units[units.length - 1];
    const end = lastUnit ? note.lines.positionAt(lastUnit.start + lastUnit.text.length).line : note.lines.positionAt(objective.labelEnd).line;
    return { line: end, moved: 'at the end of the Objective' };
  }
  return { line };
}

function insertAt(lines: Array<{ start: number; text: string }>, line: number, fields: RecordFields, eol: string, moved?: string): InsertPlan {
  const plan = insertPrepared(lines, line, fields, eol, moved);
  // Fields go in as they read (‹R or L or B›); only the record's own text can hold them.
  const at = plan.recordStart - plan.start;
  const plain = toPlain(plan.text.slice(at, at + plan.recordLength));
  return { ...plan, text: plan.text.slice(0, at) + plain + plan.text.slice(at + plan.recordLength), recordLength: plain.length };
}

function insertPrepared(lines: Array<{ start: number; text: string }>, line: number, fields: RecordFields, eol: string, moved?: string): InsertPlan {
  const lineEnd = (i: number) => lines[i].start + lines[i].text.length;
  const table = tableAt(lines, line);
  if (table) {
    const row = recordTableRow(fields, table.columns);
    // The template's blank row is replaced, once: the first row still all fields.
    for (let i = table.delimiter + 1; i <= table.last; i++) {
      if (blankRow(lines[i].text)) {
        return { start: lines[i].start, end: lineEnd(i), text: row, recordStart: lines[i].start, recordLength: row.length, moved, form: 'row' };
      }
    }
    const after = line <= table.delimiter ? table.last : line;
    const start = lineEnd(after);
    return { start, end: start, text: eol + row, recordStart: start + eol.length, recordLength: row.length, moved, form: 'row' };
  }

  const current = lines[line].text;
  const bullet = bulletRe.exec(current);
  if (bullet) {
    // After the item and its continuation lines (indented under it, not a bullet of its own level).
    const indent = bullet[1].length;
    let last = line;
    while (last + 1 < lines.length) {
      const next = lines[last + 1].text;
      if (!next.trim()) break;
      if (/^\s*/.exec(next)![0].length <= indent) break;
      last++;
    }
    const marker = /\d/.test(bullet[2]) ? `${Number(bullet[2].slice(0, -1)) + 1}${bullet[2].slice(-1)}` : bullet[2];
    const record = recordListLine(fields, `${bullet[1]}${marker}${bullet[3]}`);
    const start = lineEnd(last);
    return { start, end: start, text: eol + record, recordStart: start + eol.length, recordLength: record.length, moved, form: 'item' };
  }

  const record = recordListLine(fields);
  // A paragraph line straight after the record would be read as part of its list item.
  const nextText = lines[line + 1]?.text ?? '';
  const needsGapAfter = (i: number) => {
    const t = lines[i]?.text ?? '';
    return t.trim() !== '' && !bulletRe.test(t) && !/^\s{0,3}#/.test(t);
  };
  if (!current.trim()) {
    const start = lines[line].start;
    const lead = line > 0 && needsGapAfter(line - 1) ? eol : '';
    const tail = needsGapAfter(line + 1) ? eol : '';
    return { start, end: start, text: lead + record + tail, recordStart: start + lead.length, recordLength: record.length, moved, form: 'item' };
  }
  const start = lineEnd(line);
  // After a paragraph line a blank line keeps the record from joining it; after a heading none is needed.
  const lead = /^\s{0,3}#/.test(current) ? eol : eol + eol;
  const tail = nextText.trim() && needsGapAfter(line + 1) ? eol : '';
  return { start, end: start, text: lead + record + tail, recordStart: start + lead.length, recordLength: record.length, moved, form: 'item' };
}
