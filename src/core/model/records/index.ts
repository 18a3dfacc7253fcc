// Needling records: which muscles were needled today, as written in table rows, list items,
// headings and sentences, with the details that belong to each (side, needle, count, technique,
// response), inherited from lead-ins, parent items, table columns and session-wide statements.
// Every other muscle the note names is kept as context with the reason it is not a record.
import { detailLabelRe, endsWithColon, statementLabelRe, whoAndWhenLabelRe } from '../../lexicon/labels';
import { pastRe, plannedRe } from '../../lexicon/status';
import { needlingTermRe } from '../../lexicon/needling';
import type { MuscleMention, Vocabulary } from '../../vocab';
import type { Section } from '../sections';
import type { Unit } from '../units';
import { headingRecord } from './heading-record';
import { inherit } from './inherit';
import { lineRecords } from './line-records';
import { hasOtherMeaning, namesBonyPart } from './mention-context';
import { withoutRepeats } from './repeats';
import { findScopes } from './scope';
import { kindOfSection, sectionKindOf, type Sources } from './sources';
import { recordsFromRow, tableShape, type TableShape } from './table';
import type { ContextMention, NeedlingRecord } from './types';

export * from './types';
export { assignSides } from './sides';

export interface RecordReading {
  records: NeedlingRecord[];
  context: ContextMention[];
}

export function findRecords(units: readonly Unit[], sections: readonly Section[], vocab: Vocabulary, mentions: readonly MuscleMention[][]): RecordReading {
  const byBlock = new Map<number, number[]>();
  const childBlocks = new Map<number, number[]>();
  units.forEach((u, i) => {
    if (!byBlock.has(u.block)) {
      byBlock.set(u.block, []);
      if (u.parentItem >= 0) {
        const siblings = childBlocks.get(u.parentItem);
        if (siblings) siblings.push(u.block);
        else childBlocks.set(u.parentItem, [u.block]);
      }
    }
    byBlock.get(u.block)!.push(i);
  });
  // A lead-in's own muscles are a description when the table under it names them too, so its rows count here.
  const scopes = findScopes(units, sections, units.map((u, i) => (u.kind === 'row' ? vocab.scanMuscles(u.text) : mentions[i])));
  const firstSectionUnit = sections.length ? sections[0].firstUnit : units.length;
  let titleZoneEnd = 0;
  for (let lines = 0; titleZoneEnd < firstSectionUnit && lines < 3; titleZoneEnd++) {
    if (!(units[titleZoneEnd].kind === 'line' && whoAndWhenLabelRe.test(units[titleZoneEnd].text))) lines++;
  }
  const sectionsNamingNeedling = new Set(units.filter((u) => needlingTermRe.test(u.text) && !plannedRe.test(u.text)).map((u) => u.section));
  const src: Sources = { units, sections, vocab, mentions, scopes, byBlock, childBlocks, titleZoneEnd, absorbed: new Set(), sectionsNamingNeedling, observingSections: new Map() };
  const records: NeedlingRecord[] = [];
  const context: ContextMention[] = [];
  const tables = new Map<number, TableShape>();

  // "> Last visit (01/21): DN L multifidus, R QL…": a quote of an earlier note records nothing today.
  const quotesPast = (u: Unit) => u.quote !== undefined && pastRe.test(units[u.quote].text.slice(0, 40));
  // Muscles the lines from..to name, leaving out a bony part a short form also names after a vertebra ("toward L3 TP").
  const musclesNamedIn = (from: number, to: number) => {
    let n = 0;
    for (let j = from; j < to; j++) {
      for (const m of mentions[j]) if (!namesBonyPart(hasOtherMeaning(vocab, m), units[j].text.slice(0, m.start))) n++;
    }
    return n;
  };
  units.forEach((u, i) => {
    if (quotesPast(u)) {
      for (const m of mentions[i]) context.push({ unit: i, start: u.start + m.start, end: u.start + m.end, written: m.text, muscle: m.muscle, reason: 'past' });
      src.absorbed.add(i);
      return;
    }
    if (u.kind === 'heading') {
      const kind = sectionKindOf(src, u);
      let end = i + 1;
      // The muscle's own lines: up to the next heading, a labelled statement of the session ("Needles: 4 in / 4 out"), or the
      // next muscle's bold label opening its paragraph ("**R Quadratus Lumborum:**"), a heading in all but form.
      const endsBody = (v: Unit, j: number) => v.kind === 'heading'
        || (j > i + 1 && v.first && (statementLabelRe.test(v.text) || (mentions[j].length > 0 && endsWithColon(v.text) && units[j - 1].block !== v.block)));
      while (end < units.length && !endsBody(units[end], end)) end++;
      const body = units.slice(i + 1, end);
      const record = kind === 'subjective' || kind === 'assessment' || kind === 'plan' ? undefined
        : headingRecord(vocab, u, i, mentions[i], body, musclesNamedIn(i + 1, end));
      if (record) {
        records.push(record);
        for (let j = i + 1; j < end; j++) src.absorbed.add(j);
        return;
      }
      for (const m of mentions[i]) context.push({ unit: i, start: u.start + m.start, end: u.start + m.end, written: m.text, muscle: m.muscle, reason: 'title' });
      return;
    }
    if (u.kind === 'row') {
      let shape = tables.get(u.block);
      if (!shape) {
        const rows = (byBlock.get(u.block) ?? []).map((j) => units[j]);
        shape = tableShape(vocab, rows, scopes.governors[i].some((g) => scopes.hosts.has(g)));
        if (sectionKindOf(src, u) === 'subjective') shape = { ...shape, needling: false };
        tables.set(u.block, shape);
      }
      if (shape.needling) records.push(...recordsFromRow(vocab, u, i, shape));
      return;
    }
    // "**L splenius capitis:**" alone over the list of its needle and response, or over its fields a line each ("Needle: …",
    // "LTR: x2"): a muscle heading in all but form.
    const list = listUnderLabel(units, i) ?? fieldsUnderLabel(units, i);
    if (list && sectionKindOf(src, u) !== 'subjective') {
      const record = headingRecord(vocab, u, i, mentions[i], units.slice(i + 1, list), musclesNamedIn(i + 1, list));
      if (record) {
        records.push(record);
        for (let j = i + 1; j < list; j++) src.absorbed.add(j);
        return;
      }
    }
    lineRecords(src, i, records, context);
  });

  // The Assessment and the Plan sum up what the note recorded; a mid-line "A:" counts from where it stands.
  const sectionOf = (r: NeedlingRecord) => {
    const u = units[r.unit];
    let index = u.section;
    for (const mid of u.midSections ?? []) if (u.start + mid.at <= r.start) index = mid.section;
    return index;
  };
  const inSummary = (r: NeedlingRecord) => {
    const kind = kindOfSection(src, sectionOf(r));
    return kind === 'assessment' || kind === 'plan';
  };
  const kept = withoutRepeats(records, context, vocab, inSummary, sectionOf);
  for (const r of kept) src.absorbed.add(r.unit);
  inherit(src, kept);
  return { records: kept, context };
}

/** A line that opens its paragraph and ends in a colon, over lines that are each a detail's field: the end (exclusive) of those lines. */
function fieldsUnderLabel(units: readonly Unit[], i: number): number | undefined {
  const u = units[i];
  if (u.kind !== 'line' || !endsWithColon(u.text) || units[i - 1]?.block === u.block) return undefined;
  let end = i + 1;
  while (end < units.length && units[end].kind === 'line' && units[end].block === u.block && detailLabelRe.test(units[end].text)) end++;
  const paragraphEnd = end < units.length && units[end].block === u.block ? undefined : end;
  return paragraphEnd !== undefined && paragraphEnd > i + 1 ? paragraphEnd : undefined;
}

/** A line that is a paragraph of its own, ends in a colon and has a list right under it: the end (exclusive) of that list. */
function listUnderLabel(units: readonly Unit[], i: number): number | undefined {
  const u = units[i];
  const next = units[i + 1];
  if (u.kind !== 'line' || !next || next.kind !== 'item' || next.line > u.lastLine + 1 || !endsWithColon(u.text) || units[i - 1]?.block === u.block) return undefined;
  let end = i + 1;
  while (end < units.length && units[end].kind === 'item' && units[end].topStart === next.topStart) end++;
  return end;
}
