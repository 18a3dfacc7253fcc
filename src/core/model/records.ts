import type { GroupTerm, Muscle } from '../vocab/types';
import { tokenise, type MuscleMention, type Vocabulary } from '../vocab';
import type { Section } from './sections';
import {
  findNeedleCount, findNeedles, findSides, findTechniques, findTwitches, hasNeedlingCue, hasNeedlingTechnique, hasReferral, hasTolerance,
  parseSideCell, parseTwitchCell, type NeedleToken, type Side,
} from './tokens';
import type { Cell, Unit } from './units';

// A needling record is one needled muscle as written in a table row, a list item or a
// sentence, with the details found next to it (side, needle, count, technique, responses).

export interface NeedlingRecord extends Details {
  /** Index of the unit (table row, list item or line) holding the muscle. */
  unit: number;
  /** Offsets of the muscle as written. */
  start: number;
  end: number;
  written: string;
  kind: 'muscle' | 'ambiguous' | 'group' | 'unknown';
  muscle?: Muscle;
  candidates?: Muscle[];
  /** For group terms ("paraspinals"): the group and its member muscles. */
  group?: GroupTerm;
  /** For unknown muscles: close vocabulary entries. */
  suggestions?: Muscle[];
  side?: Side;
  sideAmbiguous?: boolean;
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
// Lines that speak about needling without recording it: planned, declined, earlier visits.
const futureRe = /\b(?:next (?:visit|session|time|week|tx|appointment)|will|plan(?:ned|s)? (?:to|for)|consider(?:ing)?|to be|may|would|if|trial of|candidate for|discussed|educated on|continue|f\/u|follow[- ]up)\b/i;
const notDoneRe = /\b(?:declined|refused|deferred|withheld|held|not (?:performed|done|needled|tolerated today)|no (?:DN|dry needling|needling)|DN not|contraindicated)\b/i;
const examRe = /\b(?:palpable|palpated|palpation|TTP|tender(?:ness)?|taut bands?|trigger points? (?:noted|found|identified|palpated|present)|(?:active|latent) (?:TrPs?|MTrPs?|trigger points?)|MMT|strength|ROM)\b/i;
const pastRe = /\b(?:previous(?:ly)?|prior|last (?:visit|session|time|week|tx)|hx of|history of|in the past|since|after (?:last|previous))\b/i;
// Labels of session lines that name a muscle without needling it again ("Hemostasis: pressure
// at R UT", "Post: PPT R UT 2.1→2.8", "Billing: 20561 (R UT, L G med, R G med)").
const otherLabelRe = /^\W*(?:hemostasis|haemostasis|post(?:[- ]?(?:tx|treatment|needling|dn))?|pre(?:[- ]?(?:tx|treatment|needling|dn))?|re-?test(?:ed)?|re-?assess(?:ment|ed)?|billing|bill(?:ed)?|cpt|codes?|dx|icd(?:-?10)?|diagnos[ie]s|consent|aftercare|after-care|screen(?:ing)?|position(?:ing)?|prep|ae|adverse events?|tolerance|signed|signature|clinician|therapist|provider|date(?:\/time)?|time|goals?|hep|palpation|mmt|strength|rom|ppt|outcomes?|hx|pmh|history|cc|chief complaint|pain|nprs|vas|observation|posture|special tests?|education|assessment|plan|next (?:visit|session)|nv|impression|response|note|comments?|precautions?|needles?(?: count| in\/out)?|sharps|signed off)\b[^:\n]{0,20}:/i;
/** The sentence holding [start, end): between full stops that end a sentence (not decimal points). */
function sentenceAround(text: string, start: number, end: number): string {
  // Scans outwards from the muscle only, so a long paragraph with many muscles stays linear.
  const isStop = (i: number) => text[i] === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1]));
  let from = start;
  while (from > 0 && !isStop(from - 1)) from--;
  let to = end;
  while (to < text.length && !isStop(to)) to++;
  return text.slice(from, to);
}

/**
 * In a dense paragraph, one sentence can examine, plan or look back while another records the
 * needling ("TTP L ECRB/ECRL with taut bands. … Performed TDN to L ECRB .25x40, 2 LTRs"): a muscle in a
 * sentence of the first kind, with no needle or twitch of its own, was not needled.
 */
function notNeedledInSentence(text: string, m: { start: number; end: number }, inPlan: boolean): boolean {
  const sentence = sentenceAround(text, m.start, m.end);
  // The cheap word tests first: most sentences neither examine, plan nor look back.
  const aside = examRe.test(sentence) || pastRe.test(sentence) || futureRe.test(sentence)
    || (inPlan && !/\b(?:performed|completed|done|today|this (?:visit|session)|needled|administered)\b/i.test(sentence));
  return aside && !strongDetails(sentence);
}

/** Start of the sentence or "·"-separated statement holding `pos` (initials such as "J. Doe" do not end one). */
/** The sentence or clause (between full stops and semicolons, not decimal points) holding [start, end). */
function clauseAround(text: string, start: number, end: number): string {
  const stops = [...text.matchAll(/;|\.(?!\d)|(?<!\d)\./g)].map((m) => m.index!);
  const from = Math.max(-1, ...stops.filter((i) => i < start)) + 1;
  const to = Math.min(text.length, ...stops.filter((i) => i >= end));
  return text.slice(from, to);
}

function sentenceStart(text: string, pos: number): number {
  let start = 0;
  for (const m of text.slice(0, pos).matchAll(/(?:(?<!(?:^|[\s.])[A-Z])\.|[·|])\s+(?=[A-Z(*_])/g)) start = m.index! + m[0].length;
  return start;
}
/**
 * A muscle or region named as where pain was felt, not where the needle went: "familiar calf pain
 * reproduced", "referral to R UT", "pain into the glutes".
 */
function describesSymptom(text: string, m: { start: number; end: number }): boolean {
  // "pinpoint bleed at ECRL site" names where something happened, not a muscle needled again.
  if (/^\s*(?:pain|ache|aching|aches|tightness|soreness|symptoms?|region|area|discomfort|(?:insertion |needling |needle )?sites?)\b/i.test(text.slice(m.end))) return true;
  const clause = text.slice(0, m.start).split(/[,;]/).pop() ?? '';
  return /\b(?:referr\w*|refers?|radiat\w*|reproduc\w*|familiar|concordant|spread\w*|pain (?:to|into|in))\b/i.test(clause);
}

const nonNeedlingColumns = /strength|grade|mmt|\brom\b|ppt|score|tender|ttp|palpation|finding/;

function tableIsNeedling(rows: Unit[]): boolean {
  // Every row's columns, not the first row's: a short (ragged) first row lacks the later columns.
  const cols = [...new Set(rows.flatMap((r) => r.cells!.map((c) => c.column)))];
  const needlingCols = cols.filter((c) => (needleCol.test(c) && !nonNeedlingColumns.test(c)) || twitchCol.test(c) || techniqueCol.test(c) || referralCol.test(c)).length;
  if (needlingCols > 0) return true;
  // A "Muscle | Strength" table is an examination, wherever it sits.
  if (cols.some((c) => nonNeedlingColumns.test(c))) return false;
  return /needl|\bdn\b|procedure|treatment|intervention/.test(rows[0].heading);
}

// Words in a Muscle cell that are not a muscle: totals, blanks, dashes.
const notAMuscleCell = /^(?:total|totals|sum|none|nil|n\/?a|na|other|[-−–—.?]*)$/i;

/**
 * A bare "#" column numbering the rows 1, 2, 3… is a row number, not a needle count; "# needles" or
 * a "#" column holding 2, 1, 2 is a count.
 */
function rowNumberColumn(rows: Unit[]): string | undefined {
  const header = rows[0]?.cells?.find((c) => /^(?:#|no\.?)$/.test(c.column));
  if (!header || rows.length < 2) return undefined;
  const values = rows.map((r) => r.cells!.find((c) => c.column === header.column)?.text.trim());
  return values.every((v, k) => v === String(k + 1) || v === `${k + 1}.`) ? header.column : undefined;
}

function recordFromRow(vocab: Vocabulary, u: Unit, index: number, rowNumber?: string): NeedlingRecord[] {
  const cells = u.cells!;
  const mCell = col(cells, muscleCol);
  const written = mCell?.text.replace(/[*_`]/g, '').trim() ?? '';
  if (!mCell || !/[a-z]/i.test(written) || notAMuscleCell.test(written)) return [];
  const sideCell = col(cells, sideCol);
  const countCell = cells.find((c) => countCol.test(c.column) && c.column !== rowNumber);
  const needleCell = cells.find((c) => needleCol.test(c.column) && c !== countCell && !nonNeedlingColumns.test(c.column));
  const twitchCell = col(cells, twitchCol);
  const refCell = col(cells, referralCol);
  const tolCell = col(cells, toleranceCol);
  const rowText = u.text;
  const twitch = twitchCell ? parseTwitchCell(twitchCell.text) : findTwitches(rowText)[0];
  const base = {
    unit: index,
    needle: needleCell ? (findNeedles(needleCell.text)[0] ?? lenOnly(needleCell.text)) : findNeedles(rowText)[0],
    needles: countCell && /^\s*\d{1,2}\s*$/.test(countCell.text) ? parseInt(countCell.text, 10) : findNeedleCount(rowText),
    techniques: findTechniques(rowText).map((t) => t.text),
    twitch: twitch ? { present: twitch.present, count: twitch.count } : undefined,
    referral: refCell ? !/^\s*(?:[-−–]|no|none|nil|n\/a|0|not recognised|not recognized)?\s*$/i.test(refCell.text) : hasReferral(rowText),
    tolerance: tolCell ? Boolean(tolCell.text.trim()) : hasTolerance(rowText),
  };
  const sideCellText = sideCell?.text.replace(/[*_`]/g, '').trim();
  const cellSide = sideCell ? parseSideCell(sideCell.text) : undefined;
  const sideCellAt = sideCell && !sideCellText ? sideCell.start : undefined;
  const mentions = vocab.scanMuscles(mCell.text);
  if (mentions.length === 0) {
    const phrase = stripSides(written);
    const lead = mCell.text.indexOf(phrase);
    const start = mCell.start + (lead >= 0 ? lead : 0);
    return [{
      ...base, start, end: start + (lead >= 0 ? phrase.length : mCell.text.length), written: lead >= 0 ? phrase : written, kind: 'unknown',
      known: vocab.isKnownTerm(phrase) || undefined,
      suggestions: vocab.suggest(phrase, 3), side: cellSide ?? findSides(mCell.text)[0]?.side, sideInsertAt: start, sideCellAt,
    }];
  }
  const sides = assignSides(mCell.text, mentions);
  return mentions.map((m, i) => ({
    ...base, ...fromMention(m, mCell.start), side: cellSide ?? sides[i]?.side,
    sideAmbiguous: sideCell && cellSide ? /b\/l/i.test(sideCell.text) || undefined : sides[i]?.ambiguous, sideCellAt,
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
    candidates: m.candidates, group: m.group, sideInsertAt: base + m.start,
  } as const;
}

const between = /^[\s,:;(\-–]*$/;
const joiner = /^\s*(?:,|and|&|\+|\/)\s*$/i;

/** Pairs each mention with the side written next to it ("R UT", "UT (L)", "L & R UT"). */
export function assignSides(text: string, mentions: Array<{ start: number; end: number }>): Array<{ side: Side; ambiguous?: boolean } | undefined> {
  const sides = findSides(text).filter((s) => !mentions.some((m) => s.start < m.end && s.end > m.start));
  const out: Array<{ side: Side; ambiguous?: boolean } | undefined> = [];
  mentions.forEach((m, i) => {
    const prevEnd = i > 0 ? mentions[i - 1].end : 0;
    const nearest = sides.filter((s) => s.end <= m.start && s.start >= prevEnd && /^[\s.,:/&+-]*(?:(?:and|sided?)\s*)?$/i.test(text.slice(s.end, m.start)) && m.start - s.end <= 8).pop();
    // "L & R UT", "L and R UT": sides joined to the nearest one belong to the same muscle.
    const before = nearest ? [nearest] : [];
    for (let k = sides.indexOf(nearest!) - 1; nearest && k >= 0 && sides[k].start >= prevEnd && /^\s*(?:&|and|\+|,)\s*$/i.test(text.slice(sides[k].end, before[0].start)); k--) before.unshift(sides[k]);
    let side: { side: Side; ambiguous?: boolean } | undefined;
    if (before.length) {
      // "L & R UT", "L/R UT" read as both sides.
      const distinct = new Set(before.map((s) => s.side));
      side = { side: distinct.size > 1 ? 'B' : before[before.length - 1].side, ambiguous: before.some((s) => s.ambiguous) || undefined };
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
  /** Lines that belong to the unit without naming a muscle: paragraph continuation lines and child items. */
  extra: string;
  /** The unit, a parent item or the heading says needling happened here. */
  cue: boolean;
  side?: Side;
}

const labelled = (text: string) => /^\W*[A-Za-z][\w /&.-]{0,25}:/.test(text);

function scopeOf(units: Unit[], index: number, children: Map<number, number[]>, byBlock: Map<number, number[]>, hasMuscle: boolean[]): Scope {
  const u = units[index];
  const parts: string[] = [];
  // Continuation lines of a wrapped paragraph belong to it; a labelled line ("AE: none") is its own statement.
  // A line ending in ":" introduces what follows ("Dry needling, patient prone:"), so it is not a continuation either.
  let continuation = '';
  for (const j of byBlock.get(u.block) ?? []) {
    if (j > index && !hasMuscle[j] && !labelled(units[j].text) && !/:\s*$/.test(units[j].text)) continuation += ' \n ' + units[j].text;
  }
  parts.push(continuation);
  const stack = [...(children.get(u.block) ?? [])];
  while (stack.length) {
    const b = stack.pop()!;
    for (const j of byBlock.get(b) ?? []) if (!hasMuscle[j]) parts.push(units[j].text);
    stack.push(...(children.get(b) ?? []));
  }
  const extra = parts.join(' \n ');
  let parentText = '';
  let side: Side | undefined;
  for (let p = u.parentItem; p >= 0;) {
    const pu = (byBlock.get(p) ?? []).map((j) => units[j]);
    if (!pu.length) break;
    parentText += ' ' + pu.map((x) => x.text).join(' ');
    side ??= parseSideCell(pu[0].text.replace(/\b(?:side|sided)\b|[:]/gi, ''));
    p = pu[0].parentItem;
  }
  const childText = parts.slice(1).join(' \n ');
  const cue = hasDetails(u.text) || hasNeedlingCue(u.text) || strongDetails(continuation) || hasDetails(childText) || hasNeedlingCue(childText)
    || hasNeedlingCue(parentText) || hasNeedlingTechnique(parentText)
    || /needl|\bdn\b|procedure|intervention/.test(u.heading);
  return { extra, cue, side };
}

const strongDetails = (text: string) => findNeedles(text).length > 0 || findTwitches(text).length > 0;
const hasDetails = (text: string) => strongDetails(text) || findNeedleCount(text) !== undefined || hasNeedlingTechnique(text);

/** What a record says about the needling itself. */
export interface Details {
  needle?: NeedleToken;
  needles?: number;
  techniques: string[];
  twitch?: { present: boolean; count?: number };
  referral: boolean;
  tolerance: boolean;
}

function detailsOf(text: string): Details {
  const twitch = findTwitches(text)[0];
  return {
    needle: findNeedles(text)[0], needles: findNeedleCount(text), techniques: findTechniques(text).map((t) => t.text),
    twitch: twitch ? { present: twitch.present, count: twitch.count } : undefined,
    referral: hasReferral(text), tolerance: hasTolerance(text),
  };
}

const isEmpty = (d: Details) => !d.needle && d.needles === undefined && !d.twitch && !d.techniques.length && !d.referral;

/**
 * Details of each muscle of a line. A muscle owns the text from its name to the next muscle
 * ("R UT 0.25x30 LTR x3, L LS 0.25x40 no LTR"); a muscle whose own stretch says nothing shares the
 * next one's ("R UT and L LS, 0.25x30, LTR x2 each"); then the text before the first muscle and
 * the unit's continuation lines and child items fill what is still missing.
 */
function lineDetails(text: string, mentions: Array<{ start: number; end: number }>, extra: string): Details[] {
  const own = mentions.map((m, i) => detailsOf(text.slice(m.end, i + 1 < mentions.length ? mentions[i + 1].start : text.length)));
  const shared = detailsOf(text.slice(0, mentions[0]?.start ?? 0) + ' \n ' + extra);
  const out: Details[] = new Array(mentions.length);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const next = i + 1 < mentions.length && isEmpty(own[i]) ? out[i + 1] : undefined;
    const d = own[i];
    out[i] = {
      needle: d.needle ?? next?.needle ?? shared.needle,
      needles: d.needles ?? next?.needles ?? shared.needles,
      techniques: d.techniques.length ? d.techniques : next?.techniques.length ? next.techniques : shared.techniques,
      twitch: d.twitch ?? next?.twitch ?? shared.twitch,
      referral: d.referral || Boolean(next?.referral) || shared.referral,
      tolerance: d.tolerance || Boolean(next?.tolerance) || shared.tolerance,
    };
  }
  return out;
}

// Words that look like a misspelt muscle only when nothing else explains them.
const ordinaryWords = new Set(('with and the then than from into onto over under toward towards each both side sided left right '
  + 'needle needles needled needling mm gauge patient tolerated pistoning static twitch twitches elicited obtained response responses '
  + 'referral referred familiar pain minutes min sec seconds time times insertion insertions performed completed done today '
  + 'using used technique approach grip pincer flat palpation caudal caudally cranial direction directed medial lateral anterior '
  + 'posterior superior inferior deep superficial local trigger point points band taut active latent good well fair poor '
  + 'none noted also again only all every muscle muscles treated treatment session visit dry procedure').split(' '));

/**
 * A name near needling details that the vocabulary does not know but that is close to a muscle
 * name ("upper trapezuis"). Only words right after a side, or on a line that names no known
 * muscle at all, are tried, so ordinary prose is never read as a misspelt muscle.
 */
function unknownNames(vocab: Vocabulary, text: string, mentions: Array<{ start: number; end: number }>): Array<{ start: number; end: number; written: string; suggestions: ReturnType<Vocabulary['suggest']>; side?: Side }> {
  const words = tokenise(text).filter((w) => !mentions.some((m) => w.start < m.end && w.end > m.start));
  const sides = findSides(text);
  const out: Array<{ start: number; end: number; written: string; suggestions: ReturnType<Vocabulary['suggest']>; side?: Side }> = [];
  const candidate = (w: { text: string }) => /^[a-z]{4,}$/i.test(w.text) && !ordinaryWords.has(w.text.toLowerCase()) && !vocab.isKnownTerm(w.text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!candidate(w)) continue;
    const sideBefore = sides.find((s) => s.end <= w.start && /^[\s.]*$/.test(text.slice(s.end, w.start)) && w.start - s.end <= 2);
    const sideAfter = sides.find((s) => s.start >= w.end && /^[\s(]*$/.test(text.slice(w.end, s.start)) && s.start - w.end <= 2);
    if (mentions.length && !sideBefore) continue;
    // Try the word with its neighbours ("upper trapezuis", "gluteus medis"), longest first.
    const prev = words[i - 1];
    const next = words[i + 1];
    const options: Array<[number, number]> = [];
    const glued = (a: { end: number }, b: { start: number }) => /^[ \t-]{1,2}$/.test(text.slice(a.end, b.start));
    if (prev && glued(prev, w) && /^[a-z]+$/i.test(prev.text) && !sides.some((s) => s.start === prev.start) && next && glued(w, next) && /^[a-z]+$/i.test(next.text)) options.push([prev.start, next.end]);
    if (prev && glued(prev, w) && /^[a-z]+$/i.test(prev.text) && !sides.some((s) => s.start === prev.start && s.end === prev.end)) options.push([prev.start, w.end]);
    if (next && glued(w, next) && /^[a-z]+$/i.test(next.text) && !sides.some((s) => s.start === next.start && s.end === next.end)) options.push([w.start, next.end]);
    options.push([w.start, w.end]);
    for (const [a, b] of options) {
      const phrase = text.slice(a, b);
      const suggestions = vocab.suggest(phrase, 3);
      if (!suggestions.length) continue;
      out.push({ start: a, end: b, written: phrase, suggestions, side: sideBefore?.side ?? sideAfter?.side });
      while (i + 1 < words.length && words[i + 1].end <= b) i++;
      break;
    }
  }
  return out;
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
  const rowNumbers = new Map<number, string | undefined>();
  units.forEach((u, i) => {
    const section = u.section >= 0 ? sections[u.section] : undefined;
    const kind = section?.kind ?? 'other';
    // "A/P" holds the plan too.
    const inPlan = kind === 'plan' || Boolean(section?.also?.includes('plan'));
    if (u.kind === 'row') {
      if (!tables.has(u.block)) {
        const rows = (byBlock.get(u.block) ?? []).map((j) => units[j]);
        tables.set(u.block, kind !== 'subjective' && tableIsNeedling(rows));
        rowNumbers.set(u.block, rowNumberColumn(rows));
      }
      if (tables.get(u.block)) records.push(...recordFromRow(vocab, u, i, rowNumbers.get(u.block)));
      return;
    }
    if (u.kind === 'heading') return;
    // What the patient reports (pain in R upper trap, soreness after last DN) is not needling done.
    if (kind === 'subjective') return;
    const text = u.text;
    const strong = strongDetails(text);
    if (notDoneRe.test(text) && !text.split(/;|\.(?!\d)|(?<!\d)\./).some((c) => !notDoneRe.test(c) && hasDetails(c))) return;
    if (futureRe.test(text) && (!strong || inPlan)) return;
    if (pastRe.test(text) && !strong) return;
    // Examination findings ("Palpable trigger points L medial gastrocnemius") name muscles that were examined.
    if (examRe.test(text) && !strong) return;
    if ((inPlan || kind === 'assessment') && !/\b(?:performed|completed|done|today|this (?:visit|session)|needled|administered)\b/i.test(text)) return;
    // A statement labelled as something else ("Hemostasis: … R UT", "Billing: … R UT") does not record
    // needling, even mid-line after another sentence. An ambiguous token that is also a credential or
    // a common word ("J. Doe, PT") needs needling words on its own line.
    // A line led by such a label ("Aftercare: … Red flags reviewed (pneumothorax risk with infraspinatus)")
    // keeps speaking of that topic in its later sentences, until one records needling again.
    const labelledLine = otherLabelRe.test(text);
    const underLineLabel = (m: { start: number; end: number }) => {
      if (!labelledLine) return false;
      const sentence = sentenceAround(text, m.start, m.end);
      return !strongDetails(sentence) && !hasNeedlingCue(sentence);
    };
    const found = mentions[i].filter((m) => !otherLabelRe.test(text.slice(sentenceStart(text, m.start))) && !underLineLabel(m) && !describesSymptom(text, m)
      && (m.kind !== 'ambiguous' || hasDetails(text) || hasNeedlingCue(text)) && !notNeedledInSentence(text, m, inPlan || kind === 'assessment'));
    const scope = scopeOf(units, i, children, byBlock, hasMuscle);
    if (!scope.cue) return;
    // A misspelt muscle is looked for next to a needle or a twitch; on a line naming no known muscle,
    // a technique word alone ("good response to TrP-DN … 8° gain today") is too little to read prose as a muscle.
    const unknowns = (found.length ? hasDetails(text) : strongDetails(text)) ? unknownNames(vocab, text, found).filter((x) => !notNeedledInSentence(text, x, inPlan || kind === 'assessment')) : [];
    // "DN to R UT 0.25x30, LTR x2. Pt declined e-stim.": only the clause that declines is not done.
    const all = [
      ...found.map((m) => ({ start: m.start, end: m.end, mention: m as MuscleMention | undefined, unknown: undefined as (typeof unknowns)[number] | undefined })),
      ...unknowns.map((x) => ({ start: x.start, end: x.end, mention: undefined, unknown: x })),
    ].filter((x) => !notDoneRe.test(clauseAround(text, x.start, x.end))).sort((a, b) => a.start - b.start);
    if (!all.length) return;
    const sides = assignSides(text, all);
    const details = lineDetails(text, all, scope.extra);
    all.forEach((item, k) => {
      const side = sides[k] ?? (scope.side ? { side: scope.side } : undefined);
      const detail = { unit: i, ...details[k] };
      if (item.mention) {
        records.push({ ...detail, ...fromMention(item.mention, u.start), side: side?.side, sideAmbiguous: side?.ambiguous });
      } else {
        const x = item.unknown!;
        records.push({
          ...detail, start: u.start + x.start, end: u.start + x.end, written: x.written, kind: 'unknown', suggestions: x.suggestions,
          side: side?.side ?? x.side, sideAmbiguous: side?.ambiguous, sideInsertAt: u.start + x.start,
        });
      }
    });
  });
  return records;
}

/**
 * Lines that record a response for the whole session rather than one muscle ("LTRs obtained in
 * all muscles", "familiar pain reproduced throughout"): they name no muscle and are not a plan
 * or the patient's report.
 */
export function sessionResponses(units: Unit[], sections: Section[], mentions: MuscleMention[][]): number[] {
  const out: number[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'heading' || u.kind === 'row' || mentions[i].length) return;
    const kind = u.section >= 0 ? sections[u.section].kind : 'other';
    if (kind === 'subjective' || kind === 'plan' || futureRe.test(u.text)) return;
    const allMuscles = /\b(?:all|each|every|throughout|both|most)\b/i.test(u.text);
    if (allMuscles && (findTwitches(u.text).length > 0 || hasReferral(u.text))) out.push(i);
  });
  return out;
}
