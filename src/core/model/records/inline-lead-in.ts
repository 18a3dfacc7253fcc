// A needling lead-in written on the same line as its muscles ("DN prone, L side, 0.30x50 mm:
// masseter …"): where it ends, the side it gives, and the items after its colon.
import { needlingHeadingLineRe, needlingLeadInLineRe, treatmentSectionLabelRe } from '../../lexicon/labels';
import type { MuscleMention, Vocabulary } from '../../vocab';
import { spanAt, type Span } from '../clauses';
import { hasStrongDetail } from './details';
import { sideOfText, type SideAssignment } from './sides';
import { unknownNames, type DoseClause, type UnknownName } from './unknown';

/**
 * "DN prone: biceps femoras 0.30x60 mm LTR x3; L semitendinosus …": the words right after an inline
 * lead-in's colon stand where a record's name does, as an item's first words do under a lead-in.
 */
export function withNameAfterLeadIn(vocab: Vocabulary, text: string, ms: readonly MuscleMention[], leadInEnd: number, found: UnknownName[]): UnknownName[] {
  if (leadInEnd < 0) return found;
  const gap = /^\s*/.exec(text.slice(leadInEnd))![0].length;
  const at = leadInEnd + gap;
  if (ms.some((m) => m.start === at) || found.some((x) => x.start === at)) return found;
  const taken = ms.filter((m) => m.start >= leadInEnd).map((m) => ({ start: m.start - leadInEnd, end: m.end - leadInEnd }));
  const first = unknownNames(vocab, text.slice(leadInEnd), taken, true).find((x) => x.start === gap);
  if (!first) return found;
  return [...found, { ...first, start: first.start + leadInEnd, end: first.end + leadInEnd }].sort((a, b) => a.start - b.start);
}

/**
 * "DN R side, 0.25x30 mm: ECRL, LTR x2; extensor digitorium, LTR x1; supinator": the items after a lead-in's colon, cut by
 * semicolons, that name no known muscle and record a dose or response: their heads are tried as names, as a bullet's would be.
 */
export function leadInItems(text: string, ms: readonly MuscleMention[], leadInEnd: number): DoseClause[] {
  if (leadInEnd < 0 || !text.includes(';', leadInEnd)) return [];
  const items: DoseClause[] = [];
  let start = leadInEnd;
  let k = 0; // the mentions come in order: one walk finds those in each item
  for (const part of text.slice(leadInEnd).split(';')) {
    const end = start + part.length;
    while (k < ms.length && ms[k].end <= start) k++;
    const namesKnown = k < ms.length && ms[k].start < end;
    if (!namesKnown && hasStrongDetail(part)) items.push({ start: start + (/^\s*/.exec(part)?.[0].length ?? 0), end, nameAt: 'item-head' });
    start = end + 1;
  }
  return items;
}

/** The end of the first item between a lead-in's colon and `listEnd` (items cut by semicolons) that records a dose or response; `listEnd` if none. */
export function firstRecordedItemEnd(text: string, leadInEnd: number, listEnd: number): number {
  for (let start = leadInEnd; start < listEnd;) {
    const cut = text.indexOf(';', start);
    const end = cut < 0 || cut > listEnd ? listEnd : cut;
    if (hasStrongDetail(text.slice(start, end))) return end;
    start = end + 1;
  }
  return listEnd;
}

/** Clauses and lead-in items in order, an item standing for the clauses inside it. Both come in order: one walk. */
export function withItems(clauses: DoseClause[], items: DoseClause[]): DoseClause[] {
  if (!items.length) return clauses;
  let k = 0;
  const kept = clauses.filter((c) => {
    while (k < items.length && items[k].end < c.end) k++;
    return !(k < items.length && c.start >= items[k].start - 1 && c.end <= items[k].end);
  });
  return [...kept, ...items].sort((a, b) => a.start - b.start);
}

/** How far ahead a lead-in's label and details are looked for: a line may be a whole dictated note. */
export const LEAD_IN_WINDOW = 300;

/** Where a needling lead-in written before the muscles on the same line ends (after its colon), or -1. */
export function inlineLeadInEnd(text: string, ms: readonly MuscleMention[], start = 0): number {
  // The lead-in may follow a treatment label: "Tx: DN supine, L side: masseter …".
  const head = text.slice(start, start + LEAD_IN_WINDOW);
  const label = treatmentSectionLabelRe.exec(head);
  const from = label && !needlingLeadInLineRe.test(head) ? label[0].length : 0;
  const leadIn = needlingLeadInLineRe.exec(head.slice(from));
  // A lead-in longer than a label: a region may sit before its colon, as on a short one ("DN L upper back, prone, …, needle angled tangential:").
  if (!leadIn) return needlingHeadingLineRe.test(head.slice(from)) ? detailsEnd(text, ms, start + from, true) : -1;
  const end = start + from + leadIn[0].length;
  // "**Dry needling:** supine, R side: masseter …": a needling label, then the lead-in's details up to a second colon.
  const details = detailsEnd(text, ms, end);
  return details > 0 ? details : end;
}

/**
 * The end of a lead-in's details: the first colon after `from` (not a time's), when no muscle (nor region, unless
 * `regions`) and no sentence end comes before it ("TDN left-sided, prone, arm off the table, needle onto rib: rhomboid major …"). -1 if none.
 */
function detailsEnd(text: string, ms: readonly MuscleMention[], from: number, regions = false): number {
  const details = /^[^:\n]{1,200}:(?!\d)(?:\*\*|__)?/.exec(text.slice(from, from + LEAD_IN_WINDOW));
  if (!details || /[.!?]\s+[A-Z]/.test(details[0])) return -1;
  const end = from + details[0].length;
  return ms.some((m) => m.start >= from && m.start < end && !(regions && m.kind === 'group')) ? -1 : end;
}

/** "DN supine, L side: masseter 0.25x30 + temporalis 0.20x25": a lead-in's side is that of the muscles after its colon. */
export function withLeadInSide(
  text: string, spans: readonly Span[], found: ReadonlyArray<{ start: number }>, ms: readonly MuscleMention[], sides: Array<SideAssignment | undefined>, start: number,
): Array<SideAssignment | undefined> {
  if (sides.every(Boolean)) return sides;
  let colon = inlineLeadInEnd(text, ms, start);
  // "Right side, in prone, 0.30 x 50 mm: medial gastrocnemius …" under a needling heading: the line's own lead-in names no needling.
  const plain = colon < 0 ? /^[^:\n]{1,80}:/.exec(text) : null;
  if (plain && !ms.some((m) => m.start < plain[0].length) && found[0].start >= plain[0].length) {
    colon = plain[0].length;
    start = 0;
  } else if (colon < 0) {
    // "Tx: Consent: … explained. DN supine, L side: masseter …": the lead-in opens a later sentence of a dense line.
    const clause = spanAt(spans, found[sides.findIndex((sd) => !sd)].start);
    if (!clause || clause.start <= start) return sides;
    start = clause.start;
    colon = inlineLeadInEnd(text, ms, start);
  }
  if (colon < 0) return sides;
  const side = sideOfText(text.slice(start, colon), ms.filter((m) => m.start >= start && m.end <= colon && m.kind !== 'group'));
  return side ? sides.map((sd, k) => sd ?? (found[k].start >= colon ? side : undefined)) : sides;
}
