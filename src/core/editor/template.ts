// Text of a new note. A custom template (setting dnSoap.template) may use ${patient},
// ${date} and ${cursor}; the first ${cursor} is where the editor puts the cursor.

export const DEFAULT_TEMPLATE = [
  '---',
  'patient: ${patient}',
  'date: ${date}',
  '---',
  '',
  '# Dry needling visit',
  '',
  '## Subjective',
  '',
  '${cursor}',
  '',
  '## Objective',
  '',
  '## Assessment',
  '',
  '## Plan',
  '',
].join('\n');

export interface NewNote {
  text: string;
  /** Offset of the cursor in `text`. */
  cursor: number;
}

export function renderTemplate(template: string, fields: { patient: string; date: string }, eol: '\n' | '\r\n' = '\n'): NewNote {
  const normalised = (template || DEFAULT_TEMPLATE).replace(/\r\n?|\n/g, eol);
  let text = normalised.replace(/\$\{patient\}/g, fields.patient).replace(/\$\{date\}/g, fields.date);
  let cursor = text.indexOf('${cursor}');
  if (cursor >= 0) text = text.replace(/\$\{cursor\}/g, '');
  else cursor = text.length;
  return { text, cursor };
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

// ---------------------------------------------------------------------------------------
// One needling record, as a list line or as a row of the needling table the cursor is in.

export const NEEDLE_SIZES = ['0.16×15 mm', '0.20×25 mm', '0.25×25 mm', '0.25×30 mm', '0.25×40 mm', '0.30×50 mm', '0.30×60 mm', '0.30×75 mm'];

export interface RecordFields {
  /** Canonical muscle name. */
  muscle: string;
  side?: 'L' | 'R' | 'B';
  /** e.g. "0.25×30 mm". */
  needle?: string;
}

export function recordListLine(r: RecordFields, bullet = '- '): string {
  return `${bullet}${r.side ? `${r.side} ` : ''}${r.muscle}${r.needle ? `, ${r.needle}` : ''}`;
}

/** A row for a table with these (lower-case) column headers; columns it cannot fill stay empty. */
export function recordTableRow(r: RecordFields, columns: string[]): string {
  const sideCol = /^side$|laterality|^lat\.?$|^l\/r$|^r\/l$/;
  const muscleCol = /muscle|target|structure|^site$|location/;
  const hasSide = columns.some((c) => sideCol.test(c));
  let muscleAt = columns.findIndex((c) => muscleCol.test(c));
  if (muscleAt < 0) muscleAt = 0;
  const cells = columns.map((c, i) => {
    if (i === muscleAt) return hasSide || !r.side ? r.muscle : `${r.side} ${r.muscle}`;
    if (sideCol.test(c)) return r.side ?? '';
    // A column headed "Needle (mm)" gets the bare size.
    if (/needle|size|gauge|mm/.test(c)) return /mm/.test(c) ? (r.needle ?? '').replace(/\s*mm$/, '') : (r.needle ?? '');
    return '';
  });
  return `| ${cells.join(' | ')} |`;
}
