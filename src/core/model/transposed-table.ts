// A needling table written sideways: one row per attribute ("Muscle", "Side", "Needle", "LTR")
// and one column per muscle. Each muscle's column is read as the row it would have been, with
// its cells named by the attribute in the first column, so a transposed table and an ordinary
// one give the same records.
import { columnKind, type ColumnKind } from '../lexicon/columns';

/** What a needling record's row may say besides the muscle. */
const ATTRIBUTES: ReadonlySet<ColumnKind> = new Set(['side', 'needle', 'length', 'gauge', 'count', 'twitch', 'referral', 'tolerance', 'technique', 'response']);

/**
 * The row (index into the first column's cells, header first) that names the muscles, when the
 * table is sideways: a "Muscle" row and at least two rows of a needling record's attributes.
 * The header may be that row, or only column numbers or letters above it.
 */
export function transposedMuscleRow(firstColumn: readonly string[], columns: number): number | undefined {
  if (columns < 2) return undefined;
  // The muscles' row is labelled "Muscle", or it is the header with its first cell left empty ("| | ECRB | Supinator |").
  const labelled = firstColumn.findIndex((c) => columnKind(c) === 'muscle');
  const muscleRow = labelled < 0 && firstColumn.length && !firstColumn[0].trim() ? 0 : labelled;
  if (muscleRow < 0 || firstColumn.slice(0, muscleRow).some((c) => c.trim())) return undefined;
  const attributes = firstColumn.filter((c) => {
    const kind = columnKind(c);
    return kind !== undefined && ATTRIBUTES.has(kind);
  }).length;
  // "| Muscle | Details |" over a row per muscle, then "| Needles in/out | … |" and "| Tolerance | … |": an ordinary table
  // with a field or two under its muscles. Sideways, the first column is mostly attributes' names.
  const below = firstColumn.slice(muscleRow + 1).filter((c) => c.trim());
  const named = below.filter((c) => columnKind(c) !== undefined).length;
  return attributes >= 2 && named > below.length - named ? muscleRow : undefined;
}
