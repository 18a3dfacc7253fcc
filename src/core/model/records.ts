import type { Muscle } from '../vocab/types';
import { tokenise, type MuscleMention, type Vocabulary } from '../vocab';
import type { Section } from './sections';
import {
  findNeedleCount, findNeedles, findSides, findTechniques, findTwitches, hasNeedlingCue, hasNeedlingTechnique, hasReferral, hasTolerance,
  parseSideCell, parseTwitchCell, type NeedleToken, type Side,
} from './tokens';
import type { Cell, Unit } from './units';

// A needling record is one needled muscle as written in a table row, a list item or a
// sentence, with the details found next to it (side, needle, count, technique, responses).

export interface NeedlingRecord {
  /** Index of the unit (table row, list item or line) holding the muscle. */
  unit: number;
  /** Offsets of the muscle as written. */
  start: number;
  end: number;
  written: string;
  kind: 'muscle' | 'ambiguous' | 'group' | 'unknown';
  muscle?: Muscle;
  candidates?: Muscle[];
  /** For unknown muscles: close vocabulary entries. */
  suggestions?: Muscle[];
  side?: Side;
  sideAmbiguous?: boolean;
  needle?: NeedleToken;
  needles?: number;
  techniques: string[];
  twitch?: { present: boolean; count?: number };
  referral: boolean;
  tolerance: boolean;
  /** Offset where a side can be inserted (just before the muscle). */
  sideInsertAt: number;
  /** Offset of an empty Side table cell, where a side goes instead of before the muscle. */
  sideCellAt?: number;
  /** An unrecognised name the clinic vocabulary lists (`vocabulary.terms`): a record, never a finding. */
  known?: boolean;
}

const col = (cells: Cell[], ...keys: RegExp[]) => cells.find((c) => keys.some((k) => k.test(c.column)));
const muscleCol = /muscle|target|structure|^site$|location/;
const sideCol = /^side$|laterality|^lat\.?$|^l\/r$|^r\/l$/;
const needleCol = /needle|\bsize\b|gauge|\bmm\b|\blength\b/;
const countCol = /^n$|^#|^no\.?$|count|qty|number|^needles$|^# needles$|^n needles$/;
const twitchCol = /ltr|twitch|response/;
const referralCol = /referr|recogn|familiar|concordant/;
const toleranceCol = /toleran/;
const techniqueCol = /technique|method|dose/;
const futureRe = /\b(?:next (?:visit|session|time|week)|will|plan(?:ned)? to|consider|to be|may|would|if|trial of|candidate for|discussed|educated on|continue)\b/i;

function tableIsNeedling(rows: Unit[]): boolean {
  const cols = rows[0].cells!.map((c) => c.column);
  const needlingCols = cols.filter((c) => needleCol.test(c) || twitchCol.test(c) || techniqueCol.test(c) || referralCol.test(c)).length;
  if (needlingCols > 0) return true;
  const heading = rows[0].heading;
  return /needl|\bdn\b|procedure|treatment|intervention/.test(heading);
}

function recordFromRow(vocab: Vocabulary, u: Unit, index: number): NeedlingRecord[] {
  const cells = u.cells!;
  const mCell = col(cells, muscleCol);
  if (!mCell || !mCell.text.trim()) return [];
  const sideCell = col(cells, sideCol);
  const needleCell = col(cells, needleCol);
  const countCell = col(cells, countCol);
  const twitchCell = col(cells, twitchCol);
  const refCell = col(cells, referralCol);
  const tolCell = col(cells, toleranceCol);
  const rowText = u.text;
  const base = {
    unit: index,
    needle: needleCell ? (findNeedles(needleCell.text)[0] ?? lenOnly(needleCell.text)) : findNeedles(rowText)[0],
    needles: countCell && /^\s*\d{1,2}\s*$/.test(countCell.text) ? parseInt(countCell.text, 10) : findNeedleCount(rowText),
    techniques: findTechniques(rowText).map((t) => t.text),
    twitch: twitchCell ? parseTwitchCell(twitchCell.text) : findTwitches(rowText)[0],
    referral: refCell ? !/^\s*(?:[-−–]|no|none|nil|n\/a|0)?\s*$/i.test(refCell.text) : hasReferral(rowText),
    tolerance: tolCell ? Boolean(tolCell.text.trim()) : hasTolerance(rowText),
  };
  const mentions = vocab.scanMuscles(mCell.text);
  const cellSide = sideCell ? parseSideCell(sideCell.text) : undefined;
  if (mentions.length === 0) {
    const written = mCell.text.replace(/[*_`]/g, '').trim();
    const phrase = stripSides(written);
    if (vocab.isKnownTerm(phrase)) return [];
    return [{
      ...base, start: mCell.start, end: mCell.start + mCell.text.length, written, kind: 'unknown',
      suggestions: vocab.suggest(phrase, 3), side: cellSide ?? findSides(mCell.text)[0]?.side, sideInsertAt: mCell.start,
    }];
  }
  const sides = assignSides(mCell.text, mentions);
  return mentions.map((m, i) => ({
    ...base, ...fromMention(m, mCell.start), side: cellSide ?? sides[i]?.side, sideAmbiguous: sideCell ? /b\/l/i.test(sideCell.text) : sides[i]?.ambiguous,
  }));
}

function lenOnly(text: string): NeedleToken | undefined {
  const m = text.match(/^\s*(\d{2,3})\s*$/);
  return m ? { start: 0, end: text.length, lengthMm: parseInt(m[1], 10) } : undefined;
}

function stripSides(text: string): string {
  let out = text;
  for (const s of findSides(text).reverse()) out = out.slice(0, s.start) + out.slice(s.end);
  return out.replace(/^[\s,:;()-]+|[\s,:;()-]+$/g, '').replace(/\s+/g, ' ');
}

function fromMention(m: MuscleMention, base: number) {
  return {
    start: base + m.start, end: base + m.end, written: m.text, kind: m.kind, muscle: m.muscle,
    candidates: m.candidates, sideInsertAt: base + m.start,
  } as const;
}

const between = /^[\s,:;(\-–]*$/;
const joiner = /^\s*(?:,|and|&|\+|\/)\s*$/i;

/** Pairs each mention with the side written next to it ("R UT", "UT (L)", "L & R UT"). */
export function assignSides(text: string, mentions: MuscleMention[]): Array<{ side: Side; ambiguous?: boolean } | undefined> {
  const sides = findSides(text).filter((s) => !mentions.some((m) => s.start < m.end && s.end > m.start));
  const out: Array<{ side: Side; ambiguous?: boolean } | undefined> = [];
  mentions.forEach((m, i) => {
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    const before = sides.filter((s) => s.end <= m.start && s.start >= prevEnd && /^[\s.,:/&+-]*(?:(?:and|sided?)\s*)?$/i.test(text.slice(s.end, m.start)) && m.start - s.end <= 8);
    let side: { side: Side; ambiguous?: boolean } | undefined;
    if (before.length) {
      // "L & R UT", "L/R UT" read as both sides.
      const distinct = new Set(before.map((s) => s.side));
      side = { side: distinct.size > 1 ? 'B' : before[before.length - 1].side, ambiguous: before.some((s) => s.ambiguous) };
    } else {
      const nextStart = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
      const after = sides.find((s) => s.start >= m.end && s.start < nextStart && between.test(text.slice(m.end, s.start)) && s.start - m.end <= 4);
      if (after) side = { side: after.side, ambiguous: after.ambiguous };
    }
    // "R UT, levator scapulae and rhomboid major": a side carries over a plain list.
    if (!side && i > 0 && out[i - 1] && joiner.test(text.slice(mentions[i - 1].end, m.start))) side = out[i - 1];
    out.push(side);
  });
  if (mentions.length === 1 && !out[0] && sides.length === 1) out[0] = { side: sides[0].side, ambiguous: sides[0].ambiguous };
  return out;
}

interface Scope {
  /** Text searched for details: the unit, its continuation lines and child items without muscles. */
  text: string;
  cue: boolean;
  side?: Side;
}

function scopeOf(units: Unit[], index: number, children: Map<number, number[]>, byBlock: Map<number, number[]>, hasMuscle: boolean[]): Scope {
  const u = units[index];
  const parts = [u.text];
  for (const j of byBlock.get(u.block) ?? []) if (j !== index && !hasMuscle[j]) parts.push(units[j].text);
  const stack = [...(children.get(u.block) ?? [])];
  while (stack.length) {
    const b = stack.pop()!;
    for (const j of byBlock.get(b) ?? []) if (!hasMuscle[j]) parts.push(units[j].text);
    stack.push(...(children.get(b) ?? []));
  }
  const text = parts.join(' \n ');
  let parentText = '';
  let side: Side | undefined;
  for (let p = u.parentItem; p >= 0;) {
    const pu = (byBlock.get(p) ?? []).map((j) => units[j]);
    if (!pu.length) break;
    parentText += ' ' + pu.map((x) => x.text).join(' ');
    side ??= parseSideCell(pu[0].text.replace(/\b(?:side|sided)\b|[:]/gi, ''));
    p = pu[0].parentItem;
  }
  const cue = findNeedles(text).length > 0 || findTwitches(text).length > 0 || hasNeedlingCue(text) || findNeedleCount(text) !== undefined
    || findTechniques(text).length > 0 || hasNeedlingCue(parentText) || /needl|\bdn\b|procedure|treatment|intervention/.test(u.heading);
  return { text, cue, side };
}

export function findRecords(units: Unit[], sections: Section[], vocab: Vocabulary, mentions: MuscleMention[][]): NeedlingRecord[] {
  const records: NeedlingRecord[] = [];
  const byBlock = new Map<number, number[]>();
  const children = new Map<number, number[]>();
  units.forEach((u, i) => {
    if (!byBlock.has(u.block)) {
      byBlock.set(u.block, []);
      if (u.parentItem >= 0) children.set(u.parentItem, [...(children.get(u.parentItem) ?? []), u.block]);
    }
    byBlock.get(u.block)!.push(i);
  });
  const hasMuscle = mentions.map((m) => m.length > 0);
  const tables = new Map<number, boolean>();
  units.forEach((u, i) => {
    if (u.kind === 'row') {
      if (!tables.has(u.block)) tables.set(u.block, tableIsNeedling((byBlock.get(u.block) ?? []).map((j) => units[j])));
      if (tables.get(u.block)) records.push(...recordFromRow(vocab, u, i));
      return;
    }
    if (u.kind === 'heading' || mentions[i].length === 0) return;
    const kind = u.section >= 0 ? sections[u.section].kind : 'other';
    const scope = scopeOf(units, i, children, byBlock, hasMuscle);
    const strong = findNeedles(scope.text).length > 0 || findTwitches(scope.text).length > 0;
    if (!scope.cue) return;
    if (kind === 'subjective' && !strong) return;
    if ((kind === 'plan' || kind === 'assessment') && !strong && futureRe.test(u.text)) return;
    if (/\bconsent|\baftercare\b/i.test(u.text) && !strong) return;
    const sides = assignSides(u.text, mentions[i]);
    const needle = findNeedles(scope.text)[0];
    const twitch = findTwitches(scope.text)[0];
    const detail = {
      unit: i, needle, needles: findNeedleCount(scope.text), techniques: findTechniques(scope.text).map((t) => t.text),
      twitch: twitch ? { present: twitch.present, count: twitch.count } : undefined,
      referral: hasReferral(scope.text), tolerance: hasTolerance(scope.text),
    };
    mentions[i].forEach((m, k) => {
      const side = sides[k] ?? (scope.side ? { side: scope.side } : undefined);
      records.push({ ...detail, ...fromMention(m, u.start), side: side?.side, sideAmbiguous: side?.ambiguous });
    });
  });
  return records;
}
