// A form written as a table: the first column names each field ("Subjective", "Consent",
// "Dry needling") and the next holds what the clinician wrote. Such a row says what a labelled
// line says, so it is read as one: "Consent : Written consent on file", with the same offsets
// (the pipe between label and entry becomes the colon, later pipes end a clause).
import { detailLabelRe, muscleListLabelRe, statementLabelRe } from '../lexicon/labels';
import { needlingTermRe } from '../lexicon/needling';
import { matchLabel } from './sections';

/** A first-column cell that names a field of a visit note. */
export function isFieldLabel(cell: string): boolean {
  // An aside in brackets says how, not which field: "DN (L side-lying, pillow between knees)" is the needling's field.
  const text = cell.replace(/[*_]/g, '').replace(/\s*\([^()\n]{0,80}\)\s*/g, ' ').trim();
  if (!text || text.length > 40 || text.split(/\s+/).length > 5) return false;
  const labelled = `${text}:`;
  return Boolean(matchLabel(labelled)) || statementLabelRe.test(labelled) || detailLabelRe.test(labelled) || muscleListLabelRe.test(labelled) || needlingTermRe.test(text);
}

/** Rows (first cells) of a table that read as a form: at least two, and most of its rows, name fields. */
export function isFormTable(firstCells: readonly string[]): boolean {
  const labels = firstCells.filter(isFieldLabel).length;
  return labels >= 2 && labels * 2 >= firstCells.length;
}

/** The row from its first cell on, as a labelled line of the same length. */
export function formRowText(row: string): string {
  let seen = 0;
  return row.replace(/(?<!\\)\|/g, () => (seen++ === 0 ? ':' : ';'));
}
