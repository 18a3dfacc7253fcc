// Needling records from table rows: each row of a needling table is one muscle (or several in one
// cell), with details from the row's columns whatever they are called.
import { columnKind, NEEDLE_ONLY_COLUMN_KINDS, NEEDLING_COLUMN_KINDS, type ColumnKind } from '../../lexicon/columns';
import { needleTechniqueRe, needlingHeadingRe, needlingTermRe } from '../../lexicon/needling';
import { otherTreatmentRe } from '../../lexicon/treatments';
import type { Vocabulary } from '../../vocab';
import { findNeedleCount, findNeedles, findSides, parseSideCell, parseTwitchCell, type NeedleToken } from '../tokens';
import type { Cell, Unit } from '../units';
import { detailsOf, fill, hasDose, withoutBlankFields } from './details';
import { assignSides } from './sides';
import type { Details, NeedlingRecord } from './types';
import { likelyMuscle } from './unknown';
import { mergeRestatements } from './restatements';

export interface TableShape {
  needling: boolean;
  kinds: Map<string, ColumnKind | undefined>;
  /** A "#" column numbering the rows 1, 2, 3…: a row number, not a needle count. */
  rowNumber?: string;
  /** A table of fields and values whose muscle rows record the needling: its other rows are fields, not muscles. */
  musclesAsFields?: boolean;
}

// Words in a muscle cell that are not a muscle: totals, blanks, dashes.
const notAMuscleCell = /^(?:total|totals|sum|none|nil|n\/?a|na|other|[-−–—.?]*)$/i;

/**
 * "| Name | Side | Needle | Twitch |": a needling table whose header names its muscle column in words
 * no list holds has its muscles in the first unnamed column where at least half the filled cells name one.
 */
function musclesColumn(vocab: Vocabulary, rows: readonly Unit[], kinds: Map<string, ColumnKind | undefined>): string | undefined {
  for (const [header, kind] of kinds) {
    if (kind !== undefined) continue;
    const filled = rows.map((r) => r.cells!.find((c) => c.column === header)?.text.trim() ?? '').filter((t) => /\p{L}/u.test(t));
    if (filled.length && filled.filter((t) => vocab.scanMuscles(t).length).length * 2 >= filled.length) return header;
  }
  return undefined;
}

export function tableShape(vocab: Vocabulary, rows: readonly Unit[], underNeedling: boolean): TableShape {
  // Every row's columns, not the first row's: a short (ragged) first row lacks the later columns.
  const kinds = new Map<string, ColumnKind | undefined>();
  for (const r of rows) for (const c of r.cells!) if (!kinds.has(c.column)) kinds.set(c.column, columnKind(c.column));
  if (![...kinds.values()].includes('muscle') && [...kinds.values()].some((k) => k && NEEDLE_ONLY_COLUMN_KINDS.has(k))) {
    const header = musclesColumn(vocab, rows, kinds);
    if (header !== undefined) kinds.set(header, 'muscle');
  }
  const fieldsNameMuscles = ![...kinds.values()].includes('muscle') && musclesAsFields(vocab, rows, kinds);
  preferNamingColumn(vocab, rows, kinds);
  const found = [...kinds.values()];
  const hasMuscle = found.includes('muscle');
  // A count column counts needles when its header says so ("Needles", "# needles"), not a bare "#".
  const needlingColumns = found.some((k) => k && NEEDLING_COLUMN_KINDS.has(k)) || [...kinds].some(([header, k]) => k === 'count' && /needle/i.test(header));
  const exam = found.includes('exam');
  const needling = hasMuscle && (needlingColumns || fieldsNameMuscles || (!exam && (underNeedling || needlingHeadingRe.test(rows[0].heading))));
  return { needling, kinds, rowNumber: rowNumberColumn(rows, kinds), ...(fieldsNameMuscles ? { musclesAsFields: true } : {}) };
}

/** A field's value that records needling: a dose or a twitch seen. */
const recordsNeedling = (value: string) => hasDose(value) || parseTwitchCell(value)?.present === true;

/**
 * "| Field | Value |" with a row per muscle needled ("| R extensor digitorum | 0.25 x 30 mm, LTR x2 |"): a table of two columns
 * whose fields are named in the first is a needling table where a field is only a muscle and its value records a dose or a
 * twitch; the first column is then its muscle column (its other rows, "Consent", "Set-up", "Needles", name none).
 */
function musclesAsFields(vocab: Vocabulary, rows: readonly Unit[], kinds: Map<string, ColumnKind | undefined>): boolean {
  if (kinds.size !== 2) return false;
  const [field, value] = [...kinds.keys()];
  const recorded = rows.some((r) => {
    const name = r.cells!.find((c) => c.column === field)?.text ?? '';
    const found = vocab.scanMuscles(name);
    return found.length > 0 && !stripSides(name.replace(/[*_`]/g, '').replace(found[0].text, '')) && recordsNeedling(r.cells!.find((c) => c.column === value)?.text ?? '');
  });
  if (recorded) kinds.set(field, 'muscle');
  return recorded;
}

/**
 * "| Site | Muscle | Side |" with sites numbered 1, 2, …: of two columns whose headers may hold the muscle, the one whose
 * cells name muscles is the muscle column (the first, when they tie); the other is read as the row's other text.
 */
function preferNamingColumn(vocab: Vocabulary, rows: readonly Unit[], kinds: Map<string, ColumnKind | undefined>): void {
  const headers = [...kinds].filter(([, k]) => k === 'muscle').map(([h]) => h);
  if (headers.length < 2) return;
  const naming = (header: string) => rows.filter((r) => vocab.scanMuscles(r.cells!.find((c) => c.column === header)?.text ?? '').length > 0).length;
  const counts = headers.map(naming);
  const best = headers[counts.indexOf(Math.max(...counts))];
  for (const h of headers) if (h !== best) kinds.set(h, undefined);
}

function rowNumberColumn(rows: readonly Unit[], kinds: Map<string, ColumnKind | undefined>): string | undefined {
  const header = [...kinds.keys()].find((c) => /^(?:#|no\.?)$/.test(c.trim()));
  if (!header || rows.length < 2) return undefined;
  const values = rows.map((r) => r.cells!.find((c) => c.column === header)?.text.trim());
  return values.every((v, k) => v === String(k + 1) || v === `${k + 1}.`) ? header : undefined;
}

const cellOf = (cells: readonly Cell[], shape: TableShape, kind: ColumnKind) => cells.find((c) => shape.kinds.get(c.column) === kind && c.column !== shape.rowNumber);

function lengthOnly(text: string): NeedleToken | undefined {
  const m = /^\s*(\d{2,3})\s*(?:mm)?\s*$/.exec(text);
  return m ? { start: 0, end: text.length, lengthMm: parseInt(m[1], 10) } : undefined;
}

function gaugeOnly(text: string): NeedleToken | undefined {
  const t = text.trim();
  const mm = /^0?[.,](\d{1,3})\s*(?:mm)?$/.exec(t);
  if (mm) return { start: 0, end: text.length, diameterMm: parseFloat('0.' + mm[1]) };
  const g = /^(\d{2})\s*(?:g|ga|gauge)?$/i.exec(t);
  return g ? { start: 0, end: text.length, gauge: parseInt(g[1], 10) } : undefined;
}

const negativeCell = /^\s*(?:[-−–]|no|none|nil|n\/a|0|not recognised|not recognized|absent)?\s*$/i;

/** Details of a row from its columns, then from anything else written in the row. */
function rowDetails(cells: readonly Cell[], shape: TableShape, rowText: string): Details {
  // "| LTR: ___ |": a field the form left blank in its cell states nothing.
  const text = (kind: ColumnKind) => {
    const cell = cellOf(cells, shape, kind)?.text;
    return cell === undefined ? undefined : withoutBlankFields(cell);
  };
  const needleText = text('needle');
  const length = text('length');
  const gauge = text('gauge');
  let needle = needleText !== undefined ? findNeedles(needleText)[0] ?? lengthOnly(needleText) : undefined;
  if (!needle && length !== undefined) {
    const len = findNeedles(length)[0] ?? lengthOnly(length);
    const g = gauge !== undefined ? findNeedles(gauge)[0] ?? gaugeOnly(gauge) : undefined;
    if (len) needle = { ...len, diameterMm: len.diameterMm ?? g?.diameterMm, gauge: len.gauge ?? g?.gauge };
  }
  const countText = text('count');
  const twitchText = text('twitch');
  const referral = text('referral');
  const tolerance = text('tolerance');
  const response = text('response');
  const fromColumns: Details = {
    needle,
    needles: countText !== undefined && /^\s*\d{1,2}\s*$/.test(countText) ? parseInt(countText, 10) : undefined,
    techniques: [],
    twitch: twitchText !== undefined ? parseTwitchCell(twitchText) : undefined,
    referral: referral !== undefined ? !negativeCell.test(referral) : false,
    tolerance: tolerance !== undefined ? Boolean(tolerance.trim()) : false,
    otherResponse: response !== undefined ? Boolean(response.trim()) && !negativeCell.test(response) : false,
  };
  // Other columns (notes, response, technique) and the row as a whole fill the rest.
  const rest = detailsOf(rowText);
  return fill(fromColumns, { ...rest, needles: rest.needles ?? (countText === undefined ? findNeedleCount(rowText) : undefined) });
}

const stripSides = (text: string) => {
  let out = text;
  for (const s of findSides(text).reverse()) out = out.slice(0, s.start) + out.slice(s.end);
  return out.replace(/^[\s,:;()-]+|(?<![\s,:;()-])[\s,:;()-]+$/g, '').replace(/\s+/g, ' ');
};

/** A cell that says nothing of needling: no needling word, needle technique or dose. */
const namesNoNeedling = (text: string) => !needlingTermRe.test(text) && !needleTechniqueRe.test(text) && !hasDose(text);

/**
 * "| Soft tissue | R neck/shoulder girdle | STM, 8 min |", "| Neuromuscular re-ed | TMJ | … |": a row whose modality
 * names something other than needling records no needling. So does a row whose technique is another treatment's and
 * that says nothing of needling ("| C2-3 PA mobs, gr III | L upper cervical | 6 min |"); "pincer grip" is how a needle went.
 */
function anotherTreatment(cells: readonly Cell[], shape: TableShape): boolean {
  const modality = cellOf(cells, shape, 'modality')?.text ?? '';
  if (/\p{L}/u.test(modality)) return namesNoNeedling(modality);
  // The whole row, not the technique alone: "| ultrasound-guided, needle onto rib | 0.25 x 25 mm |" is needling.
  const technique = cellOf(cells, shape, 'technique')?.text ?? '';
  return otherTreatmentRe.test(technique) && namesNoNeedling(cells.map((c) => c.text).join(' | '));
}

export function recordsFromRow(vocab: Vocabulary, u: Unit, index: number, shape: TableShape): NeedlingRecord[] {
  const cells = u.cells!;
  const mCell = cellOf(cells, shape, 'muscle');
  const written = mCell?.text.replace(/[*_`]/g, '').trim() ?? '';
  if (!mCell || !/\p{L}/u.test(written) || notAMuscleCell.test(written) || anotherTreatment(cells, shape)) return [];
  // "| Needles in/out | 6 in / 6 out |", "| Tolerance | well |" under the muscles: a field named as a column would be, not a muscle.
  if (columnKind(written) !== undefined && !vocab.scanMuscles(written).length) return [];
  // In a table of fields, a field whose value records no needling ("| Consent | … |", "| Needles | 3 in, 3 out |") is no muscle.
  if (shape.musclesAsFields && !recordsNeedling(cells.find((c) => c !== mCell)?.text ?? '')) return [];
  const base = { unit: index, evidence: 'table-row' as const, ...rowDetails(cells, shape, cells.map((c) => c.text).join(' | ')) };
  const sideCell = cellOf(cells, shape, 'side');
  const sideText = sideCell?.text.replace(/[*_`]/g, '').trim();
  const cellSide = sideCell ? parseSideCell(sideCell.text) : undefined;
  const sideCellAt = sideCell && !sideText ? sideCell.start : undefined;
  const sideAmbiguous = sideCell && cellSide && /b\/l/i.test(sideCell.text) ? true : undefined;
  // "vastus medialis (VMO fibres)" in the muscle cell is one record, as on a line.
  const mentions = mergeRestatements(mCell.text, vocab.scanMuscles(mCell.text), vocab);
  // "vastus medialus (VMO fibres)": a name the cell opens with, restated in brackets, is the record, misspelt or not.
  const restated = mentions.length === 1 && /\(\s*$/.test(mCell.text.slice(0, mentions[0].start));
  const opening = restated ? stripSides(mCell.text.slice(0, mentions[0].start).replace(/\(\s*$/, '')) : '';
  if (!mentions.length || (/\p{L}{3}/u.test(opening) && vocab.suggest(opening, 3).length)) {
    const phrase = mentions.length ? opening : stripSides(written);
    const lead = mCell.text.indexOf(phrase);
    const start = mCell.start + Math.max(0, lead);
    const suggestions = vocab.suggest(phrase, 3);
    return [{
      ...base, kind: 'unknown', start, end: start + (lead >= 0 ? phrase.length : mCell.text.length), written: lead >= 0 ? phrase : written,
      suggestions, likely: likelyMuscle(vocab, phrase, suggestions), known: vocab.isKnownTerm(phrase) || undefined,
      side: cellSide ?? findSides(mCell.text)[0]?.side, sideInsertAt: start, sideCellAt,
    }];
  }
  const sides = assignSides(mCell.text, mentions);
  return mentions.map((m, i): NeedlingRecord => {
    const at = { start: mCell.start + m.start, end: mCell.start + m.end, written: m.text, sideInsertAt: mCell.start + m.start, sideCellAt };
    const side = { side: cellSide ?? sides[i]?.side, sideAmbiguous: sideAmbiguous ?? sides[i]?.ambiguous };
    if (m.kind === 'muscle') return { ...base, ...at, ...side, kind: 'muscle', muscle: m.muscle! };
    if (m.kind === 'group') return { ...base, ...at, ...side, kind: 'group', group: m.group! };
    return { ...base, ...at, ...side, kind: 'ambiguous', candidates: m.candidates ?? [] };
  });
}
