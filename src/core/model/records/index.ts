// Needling records: which muscles were needled today, as written in table rows, list items and
// sentences, with the details that belong to each (side, needle, count, technique, response),
// inherited from lead-ins, parent items, table columns and session-wide statements. Every other
// muscle the note names is kept as context with the reason it is not a record.
import { muscleListLabelRe, statementLabelRe } from '../../lexicon/labels';
import { plannedRe } from '../../lexicon/status';
import { needlingTermRe } from '../../lexicon/needling';
import { spinalLevels, type SpinalLevel } from '../../lexicon/places';
import { headingRecord } from './heading-record';
import { LineHits } from './line-hits';
import type { MuscleMention, Vocabulary } from '../../vocab';
import { clauseSpans, spanAt, type Span } from '../clauses';
import type { Section } from '../sections';
import type { Unit } from '../units';
import { detailsOf, fill, EMPTY } from './details';
import { clauseFacts, judgeMention, type ClauseFacts } from './mention-context';
import { findScopes, endsWithColon, type Scopes } from './scope';
import { sessionDetails, sessionNeedles } from './session';
import { assignSides, sideOfText, type SideAssignment } from './sides';
import { recordsFromRow, tableShape, type TableShape } from './table';
import type { ContextMention, Details, Evidence, NeedlingRecord } from './types';
import { likelyMuscle, unknownNames } from './unknown';

export * from './types';
export { assignSides } from './sides';

export interface RecordReading {
  records: NeedlingRecord[];
  context: ContextMention[];
}

type SectionKind = 'subjective' | 'objective' | 'assessment' | 'plan' | 'other';

/** What may stand before a record's muscle name at the start of a line: a number, a side, a bullet. */
const recordShapedStartRe = /^[\s\d.)(*_•-]*(?:(?:L|R|B|Lt|Rt|left|right|bilat\w*|bil)\b\.?\s*)?$/i;

/** What joins the muscles of one list: a comma, a slash, "and", "&" or "+". */
const listJoinRe = /^\s*(?:,|\/|and|&|\+)\s*$/i;
const forAllRe = /\b(?:for all|in all|all muscles|each muscle|every muscle|throughout|for each|for both|all sites|each site)\b/i;

const titleWordsRe = /\b(?:note|visit|session|treatment|tx|follow[- ]?up|f\/u|procedure|daily|progress|eval\w*|re-?eval\w*|initial|discharge|DN|dry needling)\b/i;
const titleShapeRe = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\s[—–|·]\s|\s-\s/;

/** "upper trapezius (UT)", "vastus medialis (VMO fibres)", "glutes (glute med, glute min)": one record, not two. */
function mergeRestatements(text: string, ms: readonly MuscleMention[], vocab: Vocabulary): MuscleMention[] {
  const out: MuscleMention[] = [];
  ms.forEach((m, i) => {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.start) : '';
    if (prev && /^\s*\(\s*$/.test(gap) && prev.muscle && m.muscle && vocab.billingParent(prev.muscle).id === vocab.billingParent(m.muscle).id) return;
    // A group named, then its members: the members are what was needled.
    if (m.kind === 'group' && m.group) {
      const next = ms[i + 1];
      if (next?.muscle && m.group.members.includes(next.muscle.id) && /^\s*[(:\-–]\s*(?:[LR]\.?\s+|left\s+|right\s+)?$/i.test(text.slice(m.end, next.start))) return;
    }
    out.push(m);
  });
  return out;
}

interface Sources {
  units: readonly Unit[];
  sections: readonly Section[];
  vocab: Vocabulary;
  mentions: readonly MuscleMention[][];
  scopes: Scopes;
  byBlock: Map<number, number[]>;
  childBlocks: Map<number, number[]>;
  firstSectionUnit: number;
  /** Sections (by index) with a line that names needling outside a plan. */
  sectionsNamingNeedling: Set<number>;
  /** Lines that are records or were taken in as details of one (continuations, child items): not session-wide statements. */
  absorbed: Set<number>;
}

const sectionKindOf = (src: Sources, u: Unit): SectionKind => (u.section >= 0 ? src.sections[u.section].kind : 'other');

function kindOfSection(src: Sources, index: number): SectionKind {
  const s = index >= 0 ? src.sections[index] : undefined;
  if (!s) return 'other';
  // "A/P" holds the plan too.
  return s.kind === 'assessment' && s.also?.includes('plan') ? 'plan' : s.kind;
}

/** Continuation lines of a paragraph and the child items under an item: they belong to the line when they name no muscle. */
function extraText(src: Sources, i: number): string {
  const u = src.units[i];
  const parts: string[] = [];
  const take = (j: number) => {
    parts.push(src.units[j].text);
    src.absorbed.add(j);
  };
  for (let j = i + 1; j < src.units.length && src.units[j].block === u.block; j++) {
    const v = src.units[j];
    if (src.mentions[j].length || /^\W*[A-Za-z][\w /&.-]{0,25}:/.test(v.text) || endsWithColon(v.text)) break;
    // "Needles 0.25x40 for all, LTRs in all muscles": said of every muscle, not of this line's.
    if (forAllRe.test(v.text)) break;
    take(j);
  }
  const stack = [...(src.childBlocks.get(u.block) ?? [])];
  while (stack.length) {
    const b = stack.shift()!;
    const rows = src.byBlock.get(b) ?? [];
    if (rows.some((j) => src.mentions[j].length)) continue;
    for (const j of rows) take(j);
    stack.push(...(src.childBlocks.get(b) ?? []));
  }
  return parts.join(' \n ');
}

/** Details of each muscle of a line: its own stretch, the next muscle's when its own is empty, then the line's shared text. */
function lineDetails(text: string, at: ReadonlyArray<{ start: number; end: number }>, extra: string): Details[] {
  const own = at.map((m, i) => detailsOf(text.slice(m.end, i + 1 < at.length ? at[i + 1].start : text.length)));
  const shared = detailsOf(text.slice(0, at[0]?.start ?? 0) + ' \n ' + extra);
  const out: Details[] = new Array(at.length);
  for (let i = at.length - 1; i >= 0; i--) {
    const next = i + 1 < at.length && isBare(own[i]) ? out[i + 1] : undefined;
    out[i] = fill(fill(own[i], next ?? EMPTY), shared);
  }
  return out;
}

const isBare = (d: Details) => !d.needle && d.needles === undefined && !d.twitch && !d.techniques.length && !d.referral;

function lineRecords(src: Sources, i: number, records: NeedlingRecord[], context: ContextMention[]): void {
  const u = src.units[i];
  const text = u.text;
  const ms = mergeRestatements(text, src.mentions[i], src.vocab);
  // A dense line holds several sections ("S: … O: … A: … P: …"): each muscle is in the one where it stands.
  const sectionAt = (at: number): SectionKind => {
    let index = u.section;
    for (const mid of u.midSections ?? []) if (mid.at <= at) index = mid.section;
    return kindOfSection(src, index);
  };
  const spans = clauseSpans(text);
  const hits = new LineHits(text);
  const facts = new Map<Span, ClauseFacts>();
  const lineLabelled = statementLabelRe.test(text);
  const factsOf = (span: Span) => {
    let f = facts.get(span);
    if (!f) facts.set(span, (f = clauseFacts(text.slice(span.start, span.end), lineLabelled, span.start === spans[0]?.start, hits)));
    return f;
  };
  const underNeedling = src.scopes.governors[i].some((g) => src.scopes.hosts.has(g));
  const hostOfMuscles = src.scopes.hosts.has(i) && src.scopes.hostsOfMuscles.has(i);
  const titleLine = u.kind === 'line' && i < src.firstSectionUnit && i <= 2 && (titleWordsRe.test(text) || titleShapeRe.test(text));
  const lineNamesNeedling = needlingTermRe.test(text);
  const muscleListLine = muscleListLabelRe.test(text) && (lineNamesNeedling || src.sectionsNamingNeedling.has(u.section));
  // Continuation lines and child items become this line's details only when it names a muscle.
  let extraCache: string | undefined;
  const extra = () => (extraCache ??= extraText(src, i));

  type Found = { start: number; end: number; evidence: Evidence; mention?: MuscleMention; unknown?: ReturnType<typeof unknownNames>[number] };
  const found: Found[] = [];
  const judge = (start: number, end: number, nextStart: number, otherMeaning: boolean, namedAgainUnder = false) => {
    const span = spanAt(spans, start) ?? { start: 0, end: text.length };
    // Under a lead-in, a muscle is a record where a record's name stands: in a list item or row, or
    // first on its line ("glute med 0.30x60" under "DN R side:"), not inside a sentence about it.
    const recordPlace = (u.kind === 'item' && u.first) || recordShapedStartRe.test(text.slice(0, start));
    return judgeMention({
      text, hits, start, end, clauseStart: span.start, clauseEnd: span.end, clause: factsOf(span), ownEnd: nextStart, extra: extra(),
      section: sectionAt(start), underNeedling: underNeedling && recordPlace, hostOfMuscles, namedAgainUnder, titleLine, otherMeaning, lineNamesNeedling, muscleListLine,
    });
  };
  const verdicts = ms.map((m, k) => {
    const otherMeaning = m.kind === 'ambiguous' && Boolean(src.vocab.ambiguous(m.text)?.otherMeanings?.length);
    const namedAgainUnder = Boolean(hostOfMuscles && m.muscle && src.scopes.musclesUnder.get(i)?.has(m.muscle.id));
    return judge(m.start, m.end, k + 1 < ms.length ? ms[k + 1].start : text.length, otherMeaning, namedAgainUnder);
  });
  // "R UT/LS/rhomboid maj": an abbreviation with another meaning reads as a muscle when it is listed with needled muscles.
  verdicts.forEach((v, k) => {
    if (v.needled || v.reason !== 'no-evidence') return;
    const joinedTo = (j: number) => j >= 0 && j < ms.length && verdicts[j].needled
      && listJoinRe.test(j < k ? text.slice(ms[j].end, ms[k].start) : text.slice(ms[k].end, ms[j].start));
    const neighbour = joinedTo(k - 1) ? verdicts[k - 1] : joinedTo(k + 1) ? verdicts[k + 1] : undefined;
    if (neighbour?.needled) verdicts[k] = neighbour;
  });
  ms.forEach((m, k) => {
    const verdict = verdicts[k];
    if (verdict.needled) found.push({ start: m.start, end: m.end, evidence: verdict.evidence, mention: m });
    else context.push({ unit: i, start: u.start + m.start, end: u.start + m.end, written: m.text, muscle: m.muscle, reason: verdict.reason });
  });
  // A misspelt muscle is looked for where needling is recorded: next to a needled muscle, a
  // dose, or as the name an item under a needling lead-in starts with.
  const evidenced = found.length > 0 || spans.some((s) => factsOf(s).strong) || (underNeedling && u.kind !== 'heading');
  if (evidenced) {
    const anyWord = !ms.length && spans.some((sp) => factsOf(sp).strong);
    let k = 0;
    for (const x of unknownNames(src.vocab, text, ms, (underNeedling && !ms.length) || anyWord, anyWord)) {
      if (sectionAt(x.start) === 'subjective') continue;
      // Unknown names come in order, so the next known mention is found by walking forward.
      while (k < ms.length && ms[k].start <= x.end) k++;
      const next = k < ms.length ? ms[k].start : text.length;
      const verdict = judge(x.start, x.end, next, false);
      if (verdict.needled) found.push({ start: x.start, end: x.end, evidence: verdict.evidence, unknown: x });
    }
  }
  if (!found.length) return;
  found.sort((a, b) => a.start - b.start);
  const sides = assignSides(text, found);
  const details = lineDetails(text, found, extra());
  const seen = new Set<string>();
  found.forEach((f, k) => {
    const side = sides[k];
    const base = {
      unit: i, start: u.start + f.start, end: u.start + f.end, evidence: f.evidence, sideInsertAt: u.start + f.start, ...details[k],
      side: side?.side, sideAmbiguous: side?.ambiguous,
    };
    const m = f.mention;
    if (m) {
      // The same muscle named again on the line ("DN R UT …; R UT re-needled") is one record.
      const key = m.muscle ? `${m.muscle.id}|${side?.side ?? ''}` : '';
      if (key && seen.has(key) && f.evidence === 'verb') {
        context.push({ unit: i, start: base.start, end: base.end, written: m.text, muscle: m.muscle, reason: 'repeat' });
        return;
      }
      if (key) seen.add(key);
      if (m.kind === 'muscle') records.push({ ...base, written: m.text, kind: 'muscle', muscle: m.muscle! });
      else if (m.kind === 'group') records.push({ ...base, written: m.text, kind: 'group', group: m.group! });
      else records.push({ ...base, written: m.text, kind: 'ambiguous', candidates: m.candidates ?? [] });
    } else {
      const x = f.unknown!;
      records.push({
        ...base, written: x.written, kind: 'unknown', suggestions: x.suggestions, likely: likelyMuscle(src.vocab, x.written, x.suggestions),
        known: src.vocab.isKnownTerm(x.written) || undefined, side: base.side ?? x.side,
      });
    }
  });
}

const spineMuscle = (r: NeedlingRecord) => r.kind === 'group' || (r.kind === 'muscle' && r.muscle.region === 'back');

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
  const scopes = findScopes(units, sections, mentions);
  const firstSectionUnit = sections.length ? sections[0].firstUnit : units.length;
  const sectionsNamingNeedling = new Set(units.filter((u) => needlingTermRe.test(u.text) && !plannedRe.test(u.text)).map((u) => u.section));
  const src: Sources = { units, sections, vocab, mentions, scopes, byBlock, childBlocks, firstSectionUnit, absorbed: new Set(), sectionsNamingNeedling };
  const records: NeedlingRecord[] = [];
  const context: ContextMention[] = [];
  const tables = new Map<number, TableShape>();

  units.forEach((u, i) => {
    if (u.kind === 'heading') {
      const kind = sectionKindOf(src, u);
      let end = i + 1;
      // The muscle's own lines: up to the next heading, or a labelled statement of the session ("Needles: 4 in / 4 out").
      while (end < units.length && units[end].kind !== 'heading' && !(end > i + 1 && units[end].first && statementLabelRe.test(units[end].text))) end++;
      const body = units.slice(i + 1, end);
      const record = kind === 'subjective' || kind === 'assessment' || kind === 'plan' ? undefined
        : headingRecord(u, i, mentions[i], body, mentions.slice(i + 1, end).reduce((n, ms) => n + ms.length, 0));
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
        shape = tableShape(rows, scopes.governors[i].some((g) => scopes.hosts.has(g)));
        if (sectionKindOf(src, u) === 'subjective') shape = { ...shape, needling: false };
        tables.set(u.block, shape);
      }
      if (shape.needling) records.push(...recordsFromRow(vocab, u, i, shape));
      return;
    }
    lineRecords(src, i, records, context);
  });

  const kept = withoutRepeats(records, context, vocab);
  for (const r of kept) src.absorbed.add(r.unit);
  inherit(src, kept);
  return { records: kept, context };
}

/**
 * A muscle named again later with no dose or twitch of its own ("A: good response to DN of UT")
 * is the record already made, not a second one.
 */
function withoutRepeats(records: NeedlingRecord[], context: ContextMention[], vocab: Vocabulary): NeedlingRecord[] {
  const strong = new Map<string, NeedlingRecord>();
  const keyOf = (r: NeedlingRecord) => (r.kind === 'muscle' ? vocab.billingParent(r.muscle).id : undefined);
  const kept: NeedlingRecord[] = [];
  for (const r of records) {
    const key = keyOf(r);
    const earlier = key ? strong.get(key) : undefined;
    const weak = r.evidence === 'verb' || r.evidence === 'lead-in' || r.evidence === 'response';
    if (earlier && weak && earlier.unit !== r.unit && (!r.side || !earlier.side || r.side === earlier.side) && !r.needle && !r.twitch) {
      context.push({ unit: r.unit, start: r.start, end: r.end, written: r.written, muscle: r.kind === 'muscle' ? r.muscle : undefined, reason: 'repeat' });
      continue;
    }
    if (key && !weak && !strong.has(key)) strong.set(key, r);
    kept.push(r);
  }
  return kept;
}

/** What lead-ins, parent items, headings and session statements add to each record. */
function inherit(src: Sources, records: NeedlingRecord[]): void {
  const { units, mentions, scopes } = src;
  const session = sessionDetails(units, src.sections, src.absorbed);
  const needleFor = sessionNeedles(session);
  // Many records share a lead-in: read each governing line once.
  const governing = new Map<number, { details: Details; side?: ReturnType<typeof sideOfText>; level?: SpinalLevel }>();
  const read = (g: number) => {
    let x = governing.get(g);
    if (!x) governing.set(g, (x = { details: detailsOf(units[g].text), side: sideOfText(units[g].text, mentions[g]), level: spinalLevels(units[g].text)[0] }));
    return x;
  };
  records.forEach((r, n) => {
    const u = units[r.unit];
    const from = [...new Set([...scopes.parents[r.unit], ...scopes.governors[r.unit]])].filter((g) => g !== r.unit);
    let d: Details = r;
    let side: SideAssignment | undefined = r.side ? { side: r.side, ambiguous: r.sideAmbiguous } : undefined;
    for (const g of from) {
      const x = read(g);
      d = fill(d, x.details);
      if (!side && r.sideCellAt === undefined) side = x.side;
    }
    // A heading that names only a side or a region ("### Left", "## R shoulder").
    if (!side && r.sideCellAt === undefined && u.heading && u.heading.length <= 40) side = sideOfText(u.heading);
    if (!d.needle?.lengthMm) {
      const needle = needleFor(r.unit, u.section);
      if (needle) d = { ...d, needle: d.needle && !needle.diameterMm ? { ...needle, diameterMm: d.needle.diameterMm } : needle };
    }
    if (!d.twitch && session.allMuscles.twitch) d = { ...d, twitch: session.allMuscles.twitch };
    if (session.allMuscles.referral) d = { ...d, referral: true };
    if (session.tolerance) d = { ...d, tolerance: true };
    const at = r.start - u.start;
    // The spinal level matters only for back muscles (lung risk, a refused area), so only they look for one.
    const level = !spineMuscle(r) ? undefined : spinalLevels(u.text.slice(Math.max(0, at - 80), r.end - u.start + 80))[0] ?? from.map((g) => read(g).level).find(Boolean) ?? spinalLevels(u.heading)[0];
    const host = scopes.governors[r.unit].find((g) => scopes.hosts.has(g));
    records[n] = { ...r, ...d, side: side?.side, sideAmbiguous: side?.ambiguous, ...(level ? { level } : {}), ...(host !== undefined ? { host } : {}) } as NeedlingRecord;
  });
}
