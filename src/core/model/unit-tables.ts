// Tables as units: a needling table's rows under their columns, a form table's rows as labelled
// lines, a sideways table's muscle columns as rows, and a sentence typed under a table as a line.
import type { Table } from '../parse/blocks';
import { billingColumnRe } from '../lexicon/columns';
import { formRowText, isFieldLabel, isFormTable } from './form-table';
import { transposedMuscleRow } from './transposed-table';
import { cellLineBreaks, cleanHtml } from './html-text';
import type { Cell } from './units';
import { cellText, endOff, lineOf, off, pushLines, type Ctx } from './unit-context';
import { withoutClosingMark } from '../util/trailing-spaces';

/** A form table's rows as labelled lines, each its own block (the header too when it names a field). */
function visitFormTable(ctx: Ctx, table: Table): void {
  for (const row of table.children) {
    if (!row.children.length || (row === table.children[0] && !isFieldLabel(cellText(ctx, row.children[0])))) continue;
    const first = row.children[0];
    const start = off(first) + (ctx.text.slice(off(first), endOff(first)).match(/^\|?\s*/)?.[0].length ?? 0);
    const source = withoutClosingMark(ctx.text.slice(start, endOff(row)), '|');
    const text = formRowText(cleanHtml(cellLineBreaks(source)));
    ctx.out.units.push({
      kind: 'line', text, start, line: lineOf(row), lastLine: lineOf(row), block: ++ctx.block, first: true,
      depth: 0, parentItem: -1, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
}

/** A sideways needling table: one row unit per muscle column, its cells named by the first column. */
function visitTransposedTable(ctx: Ctx, table: Table, muscleRow: number): void {
  const block = ++ctx.block;
  const head = table.children[muscleRow];
  const rows = table.children.slice(muscleRow + 1);
  const cellAt = (c: (typeof head.children)[number]) => {
    const raw = ctx.text.slice(off(c), endOff(c));
    const lead = raw.match(/^\|?\s*/)?.[0].length ?? 0;
    return { text: cleanHtml(withoutClosingMark(raw.slice(lead), '|')), start: off(c) + lead };
  };
  const names = table.children.slice(muscleRow).map((r) => (r.children[0] ? cellText(ctx, r.children[0]).toLowerCase() : ''));
  for (let k = 1; k < head.children.length; k++) {
    const muscle = cellAt(head.children[k]);
    if (!muscle.text) continue;
    const cells: Cell[] = [{ ...muscle, column: names[0] }];
    rows.forEach((r, j) => {
      if (r.children[k]) cells.push({ ...cellAt(r.children[k]), column: names[j + 1] });
    });
    // The unit's text is the muscle's own cell, so offsets into it stay offsets into the note.
    ctx.out.units.push({
      kind: 'row', text: muscle.text, start: muscle.start, line: lineOf(head), lastLine: lineOf(head), block, first: k === 1,
      depth: 0, parentItem: -1, cells, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
}

/** `html`: rows read from an EMR's HTML table, which has no pipes and whose row text keeps its tags until cleaned. */
export function visitTable(ctx: Ctx, table: Table, html = false): void {
  // GFM reads a line typed straight under a table as one more row; the clinician meant a sentence.
  const isSentence = (row: Table['children'][number]) => !html && !ctx.text.slice(off(row), endOff(row)).includes('|');
  const pushSentence = (row: Table['children'][number]) =>
    pushLines(ctx, off(row), endOff(row), lineOf(row), { kind: 'line', block: ++ctx.block, depth: 0, parentItem: -1, section: -1, heading: ctx.heading });
  // The table's shape is read from its own rows: sentences under it ("Needles 3 in, 3 out.") are no attribute rows.
  const piped: Table = { ...table, children: table.children.filter((r) => !isSentence(r)) };
  const [head, ...rows] = table.children;
  const firstCells = piped.children.map((r) => (r.children[0] ? cellText(ctx, r.children[0]) : ''));
  const muscleRow = head ? transposedMuscleRow(firstCells, head.children.length) : undefined;
  // "| Service | CPT | Units | Minutes |": a billing grid's rows are rows under their columns, whatever its first cells name.
  const billingGrid = Boolean(head && head.children.filter((c) => billingColumnRe.test(cellText(ctx, c))).length >= 2);
  if (muscleRow !== undefined || (!billingGrid && isFormTable(firstCells))) {
    if (muscleRow !== undefined) visitTransposedTable(ctx, piped, muscleRow);
    else visitFormTable(ctx, piped);
    table.children.filter(isSentence).forEach(pushSentence);
    return;
  }
  const block = ++ctx.block;
  const columns = head ? head.children.map((c) => cellText(ctx, c).toLowerCase()) : [];
  for (const row of rows) {
    const raw = html ? cleanHtml(ctx.text.slice(off(row), endOff(row))) : ctx.text.slice(off(row), endOff(row));
    // An HTML row's tags are blanked to spaces; its text starts where its first word does.
    const lead = html ? raw.length - raw.trimStart().length : 0;
    const start = off(row) + lead;
    const source = html ? raw.trim() : raw;
    if (isSentence(row)) {
      pushSentence(row);
      continue;
    }
    const cells = row.children.map((c, i) => {
      const raw = ctx.text.slice(off(c), endOff(c));
      const lead = raw.match(/^\|?\s*/)?.[0].length ?? 0;
      // A field left as inserted (‹muscle›) states nothing, as on a line.
      const text = cleanHtml(withoutClosingMark(raw.slice(lead), '|'));
      return { text, start: off(c) + lead, column: columns[i] ?? '' };
    });
    ctx.out.units.push({
      kind: 'row', text: source, start, line: lineOf(row), lastLine: lineOf(row), block, first: row === rows[0],
      depth: 0, parentItem: -1, cells, section: -1, heading: ctx.heading, topStart: ctx.topStart,
    });
  }
}
