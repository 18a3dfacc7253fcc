// The facts of one visit note that the course of care needs: who and when (from the front
// matter the clinician or the template wrote), what kind of note it is, the outcome scores with
// their before/after pairs, the muscles needled by side, adverse events and the consent on file.
// Facts hold identifiers, dates, numbers and vocabulary ids: never the note's own sentences.
import type { ResolvedConfig } from '../config/config';
import { parseFrontMatter } from '../model/front-matter';
import type { Note } from '../model/note';
import type { Region } from '../vocab/types';
import { adverseEvents as adverseEventTerms } from '../vocab/adverse-events';
import { outcomeMeasures } from '../vocab/outcomes';
import { findDates, readDate, type DateOrder } from './dates';
import {
  adverseLabelRe, allRegionsRe, arrowBetweenRe, clinicianKeys, consentDateKeys, consentReconfirmedRe, consentRegionWords, consentSignedRe,
  dateKeys, dischargePlanRe, episodeKeys, kindKeys, kindWords, negatedEventRe, newConsentFormRe, noDischargeRe, noEventRe, notCurrentScoreRe, patientKeys, payerKeys,
  plannedKeys, pocEndKeys, pocStartKeys, postLabelRe, recertifiedRe, visitKeys, type VisitKind,
} from '../lexicon/course';

export type { VisitKind } from '../lexicon/course';

export type VisitProblemKind =
  | 'front-matter-invalid' | 'patient-unreadable' | 'visit-unreadable' | 'date-unreadable' | 'score-out-of-range';

/** Something about one note that keeps it from its place in the course; shown, never guessed around. */
export interface VisitProblem {
  kind: VisitProblemKind;
  /** Plain words, naming the field or measure but never quoting note text. */
  message: string;
  /** 1-based line in the note. */
  line: number;
}

/** What the cheap pass reads: the front matter only. */
export interface VisitHeader {
  level: 'header';
  /** The patient identifier as written (trimmed), if any. */
  patient?: string;
  episode?: string;
  /** Visit n of m. */
  number?: number;
  planned?: number;
  /** ISO date of the visit. */
  date?: string;
  clinician?: string;
  /** Payer profile name, lower case, as written in the front matter. */
  payer?: string;
  /** Plan-of-care certification dates written in the front matter. */
  planOfCare?: { start?: string; end?: string };
  kinds: VisitKind[];
  problems: VisitProblem[];
}

export interface VisitScore {
  /** Measure id (vocab/outcomes.ts); a VAS in cm is converted to mm. */
  measure: string;
  /** Before treatment (or the only score of the visit). */
  pre?: number;
  /** After treatment, when written as a before → after pair or on a post-treatment line. */
  post?: number;
  line: number;
}

export interface NeedledMuscle {
  /** Vocabulary id. */
  muscle: string;
  name: string;
  region: Region;
  side?: 'L' | 'R' | 'B';
  /** Needles written for this muscle and side in the visit, summed over its records. */
  needles?: number;
  /** Local twitch responses: present at all, and the count when written. */
  twitch?: { present: boolean; count?: number };
  referral: boolean;
  /** The muscle lies over the lung or pleura. */
  lung: boolean;
  line: number;
}

export interface AdverseEventFact {
  id: string;
  name: string;
  severity: 'minor' | 'major';
  line: number;
}

export interface ConsentFact {
  /** ISO date a consent was signed or newly obtained, as stated in this note. */
  signed?: string;
  /** "Consent signed today" in a note without a date. */
  signedThisVisit?: boolean;
  /** Body regions the consent statement names; `all` when it covers every region. */
  regions: Region[];
  all: boolean;
  line: number;
}

export interface Visit extends Omit<VisitHeader, 'level'> {
  level: 'full';
  scores: VisitScore[];
  needled: NeedledMuscle[];
  adverseEvents: AdverseEventFact[];
  consent?: ConsentFact;
}

export type IndexedVisit = VisitHeader | Visit;

type Data = Record<string, unknown>;

const pick = (data: Data, keys: readonly string[]): { key: string; value: unknown } | undefined => {
  for (const k of keys) if (data[k] !== undefined && data[k] !== null && data[k] !== '') return { key: k, value: data[k] };
  return undefined;
};

const asText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
};

/** Line (1-based) of a front matter key, for problems and links. */
function keyLine(fmText: string | undefined, key: string, firstLine: number): number {
  if (!fmText) return firstLine;
  const lines = fmText.split(/\r\n|\r|\n/);
  const i = lines.findIndex((l) => l.trim().toLowerCase().startsWith(key + ':'));
  return i < 0 ? firstLine : firstLine + i;
}

const visitRe = /^\s*(?:visit\s*)?(?:#|no\.?\s*)?(\d{1,3})\s*(?:(?:of|\/|out of)\s*(\d{1,3}))?\s*$/i;

/** Reads the header from parsed front matter data; `fmText` (the YAML) only places problems on lines. */
export function headerFromData(data: Data | undefined, order: DateOrder, fmText?: string, error?: string): VisitHeader {
  const header: VisitHeader = { level: 'header', kinds: [], problems: [] };
  if (error) header.problems.push({ kind: 'front-matter-invalid', message: `The front matter cannot be read (${error}), so this note's patient and visit are unknown.`, line: 1 });
  if (!data) return header;
  const line = (key: string) => keyLine(fmText, key, 2);
  const patient = pick(data, patientKeys);
  if (patient) {
    const text = asText(patient.value);
    if (text) header.patient = text;
    else header.problems.push({ kind: 'patient-unreadable', message: `"${patient.key}" is not a single identifier, so the note is not placed in a course.`, line: line(patient.key) });
  }
  const episode = pick(data, episodeKeys);
  if (episode) header.episode = asText(episode.value);
  const visit = pick(data, visitKeys);
  if (visit) {
    const m = typeof visit.value === 'number' ? [String(visit.value), String(visit.value)] : visitRe.exec(String(visit.value));
    if (m && Number.isInteger(+m[1]) && +m[1] > 0) {
      header.number = +m[1];
      if (typeof visit.value !== 'number' && m[2] !== undefined) header.planned = +m[2] || undefined;
    } else {
      header.problems.push({ kind: 'visit-unreadable', message: `The visit number cannot be read; write it as "visit: 3 of 8".`, line: line(visit.key) });
    }
  }
  const planned = pick(data, plannedKeys);
  if (planned && header.planned === undefined && Number.isInteger(Number(planned.value)) && Number(planned.value) > 0) header.planned = Number(planned.value);
  const date = pick(data, dateKeys);
  if (date) {
    const r = readDate(date.value, order);
    if (r.ok) header.date = r.iso;
    else header.problems.push({ kind: 'date-unreadable', message: `The visit date is ${r.problem}.`, line: line(date.key) });
  }
  const clinician = pick(data, clinicianKeys);
  if (clinician) header.clinician = asText(clinician.value);
  const payer = pick(data, payerKeys);
  if (payer) header.payer = asText(payer.value)?.toLowerCase();
  const start = pick(data, pocStartKeys);
  const end = pick(data, pocEndKeys);
  const startDate = start ? readDate(start.value, order) : undefined;
  const endDate = end ? readDate(end.value, order) : undefined;
  if (startDate?.ok || endDate?.ok) header.planOfCare = { start: startDate?.ok ? startDate.iso : undefined, end: endDate?.ok ? endDate.iso : undefined };
  const kind = pick(data, kindKeys);
  const kindText = kind ? asText(kind.value) : undefined;
  if (kindText) for (const w of kindWords) if (w.re.test(kindText)) addKind(header.kinds, w.kind);
  return header;
}

function addKind(kinds: VisitKind[], kind: VisitKind): void {
  if (!kinds.includes(kind)) kinds.push(kind);
}

const frontMatterRe = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The cheap pass: the header of a note from its text, reading only the front matter. */
export function readHeader(text: string, order: DateOrder = 'month-first'): VisitHeader {
  const m = frontMatterRe.exec(text.slice(0, 64 * 1024));
  if (!m) return headerFromData(undefined, order);
  const fm = parseFrontMatter(m[1], 0, 0, 0);
  return headerFromData(fm.data, order, m[1], fm.error?.message);
}

// ---------------------------------------------------------------------------------------------
// The full facts, from a built note

const memo = new WeakMap<Note, { order: DateOrder; visit: Visit }>();

/** The facts of a note (computed once per note and date order, shared by every rule). */
export function visitOf(note: Note, config: Pick<ResolvedConfig, 'course'>): Visit {
  const order = config.course.dateOrder;
  const hit = memo.get(note);
  if (hit && hit.order === order) return hit.visit;
  const visit = buildVisit(note, order);
  memo.set(note, { order, visit });
  return visit;
}

function buildVisit(note: Note, order: DateOrder): Visit {
  const fmText = note.frontMatter ? note.text.slice(note.frontMatter.start, note.frontMatter.end).replace(/^\uFEFF?---[^\n]*\n/, '') : undefined;
  const header = headerFromData(note.frontMatter?.data, order, fmText, note.frontMatter?.error?.message);
  const lineOf = (offset: number) => note.lines.positionAt(offset).line + 1;
  const visit: Visit = { ...header, level: 'full', kinds: [...header.kinds], problems: [...header.problems], scores: [], needled: [], adverseEvents: [], consent: undefined };
  readKinds(note, visit);
  readScores(note, visit, lineOf);
  readNeedling(note, visit, lineOf);
  readAdverseEvents(note, visit);
  visit.consent = readConsent(note, visit, order, lineOf);
  return visit;
}

/** Headings, the title and labelled lines name the kind of note; a discharge plan or recertification may stand anywhere outside the Subjective. */
function readKinds(note: Note, visit: Visit): void {
  for (const u of note.units) {
    const section = u.section >= 0 ? note.sections[u.section]?.kind : undefined;
    if (section === 'subjective') continue;
    if (u.kind === 'heading') {
      for (const w of kindWords) if (w.re.test(u.text) && !/\b(?:due|next|planned|scheduled|to be)\b/i.test(u.text)) addKind(visit.kinds, w.kind);
    } else {
      const label = /^\W*([A-Za-z][\w /&-]{0,30}?)\s*:\s*(.*)$/.exec(u.text);
      if (label && !/\b(?:due|next|planned|scheduled|date|to be)\b/i.test(label[1]) && !/^\W*(?:due|next|planned|scheduled|to be|pending|not)\b/i.test(label[2])) {
        for (const w of kindWords) {
          // "IE:" or "Eval:" often refers back to the evaluation; only the later kinds are read from a label.
          if (w.kind !== 'evaluation' && w.re.test(label[1])) addKind(visit.kinds, w.kind);
        }
        if (/^(?:visit|note|encounter|session)?\s*type$/i.test(label[1].trim())) for (const w of kindWords) if (w.re.test(label[2])) addKind(visit.kinds, w.kind);
      }
    }
    if (u.kind !== 'heading' && dischargePlanRe.test(u.text) && !noDischargeRe.test(u.text)) addKind(visit.kinds, 'discharge-plan');
    if (recertifiedRe.test(u.text)) addKind(visit.kinds, 'recertification');
  }
}

const measureRange = new Map(outcomeMeasures.map((m) => [m.id, m]));

function readScores(note: Note, visit: Visit, lineOf: (o: number) => number): void {
  type Read = { measure: string; value: number; start: number; end: number; unit: number; current: boolean };
  const reads: Read[] = [];
  for (const s of note.scores) {
    let measure = s.measure;
    let value = s.value;
    if (measure === 'vas' && s.scale === 'cm') value *= 10;
    if (measure === 'ndi' && s.outOf !== 50 && value > 50) measure = 'ndi-percent';
    const range = measureRange.get(measure);
    if (!range) continue;
    const max = s.outOf !== undefined && s.outOf < range.max && measure !== 'vas' ? s.outOf : range.max;
    if (value < range.min || value > max) {
      visit.problems.push({ kind: 'score-out-of-range', message: `One ${range.name} score is outside its scale (${range.min}–${max}) and is left out of the charts.`, line: lineOf(s.start) });
      continue;
    }
    const u = note.units[s.unit];
    const before = note.text.slice(Math.max(u?.start ?? 0, s.start - 24), s.start);
    const after = note.text.slice(s.end, Math.min(s.end + 24, (u?.start ?? 0) + (u?.text.length ?? 0)));
    const goal = /\bgoals?\b/i.test(u?.text ?? '') && /\bgoals?\b/i.test(note.text.slice(Math.max(u?.start ?? 0, s.start - 60), s.start));
    if (goal) continue;
    // Only the score's own clause qualifies it: "7/10 at worst, 4/10 now".
    const clause = before.split(/[,;]|\.\s/).pop()! + ' ' + after.split(/[,;]|\.(?:\s|$)/)[0];
    reads.push({ measure, value, start: s.start, end: s.end, unit: s.unit, current: !notCurrentScoreRe.test(clause) });
  }
  const byMeasure = new Map<string, Read[]>();
  for (const r of reads) {
    const list = byMeasure.get(r.measure);
    if (list) list.push(r);
    else byMeasure.set(r.measure, [r]);
  }
  for (const [measure, list] of byMeasure) {
    let post: Read | undefined;
    let pairedPre: Read | undefined;
    for (let i = 1; i < list.length; i++) {
      if (list[i].unit === list[i - 1].unit && arrowBetweenRe.test(note.text.slice(list[i - 1].end, list[i].start))) {
        pairedPre = list[i - 1];
        post = list[i];
      }
    }
    if (!post) {
      const onPostLine = list.filter((r) => postLabelRe.test(note.units[r.unit]?.text ?? '')).pop();
      if (onPostLine && onPostLine !== list[0]) post = onPostLine;
    }
    const pre = list.find((r) => r !== post && r.current && !postLabelRe.test(note.units[r.unit]?.text ?? '')) ?? pairedPre ?? (list[0] !== post ? list[0] : undefined);
    visit.scores.push({ measure, pre: pre?.value, post: post?.value, line: lineOf((pre ?? post ?? list[0]).start) });
  }
}

function readNeedling(note: Note, visit: Visit, lineOf: (o: number) => number): void {
  const byKey = new Map<string, NeedledMuscle>();
  for (const r of note.records) {
    if (r.kind !== 'muscle' || !r.muscle) continue;
    const key = `${r.muscle.id}|${r.side ?? ''}`;
    const known = byKey.get(key);
    const twitch = r.twitch ? { present: r.twitch.present, count: r.twitch.count } : undefined;
    if (!known) {
      byKey.set(key, {
        muscle: r.muscle.id, name: r.muscle.name, region: r.muscle.region, side: r.side, needles: r.needles, twitch,
        referral: r.referral, lung: r.muscle.risks.includes('lung'), line: lineOf(r.start),
      });
      continue;
    }
    if (r.needles !== undefined) known.needles = (known.needles ?? 0) + r.needles;
    if (twitch) {
      const count = known.twitch?.count !== undefined || twitch.count !== undefined ? (known.twitch?.count ?? 0) + (twitch.count ?? 0) : undefined;
      known.twitch = { present: Boolean(known.twitch?.present || twitch.present), count };
    }
    known.referral ||= r.referral;
  }
  visit.needled = [...byKey.values()];
}

const aeMatchers = adverseEventTerms.map((e) => ({
  event: e,
  re: new RegExp(`\\b(?:${[e.name, ...e.aliases].map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?')).join('|')})\\b`, 'gi'),
}));

function readAdverseEvents(note: Note, visit: Visit): void {
  for (const u of note.units) {
    const label = adverseLabelRe.exec(u.text);
    if (!label) continue;
    const value = u.text.slice(label.index + label[0].length);
    for (const clause of value.split(/[;.,]\s*|\s+but\s+/)) {
      if (noEventRe.test(clause) && !/\bexcept\b/i.test(clause)) continue;
      for (const { event, re } of aeMatchers) {
        for (const m of clause.matchAll(re)) {
          if (negatedEventRe.test(clause.slice(0, m.index))) continue;
          if (!visit.adverseEvents.some((a) => a.id === event.id)) visit.adverseEvents.push({ id: event.id, name: event.name, severity: event.severity, line: u.line + 1 });
        }
      }
    }
  }
}

function readConsent(note: Note, visit: Visit, order: DateOrder, lineOf: (o: number) => number): ConsentFact | undefined {
  let fact: ConsentFact | undefined;
  const take = (text: string, line: number) => {
    const regions = consentRegionWords.filter((w) => w.re.test(text)).map((w) => w.region);
    const all = allRegionsRe.test(text);
    let signed: string | undefined;
    let thisVisit = false;
    // Clause by clause: "written consent signed 2025-02-25; verbal consent re-confirmed today".
    for (const clause of text.split(/[;\n]|\.\s/)) {
      if (!consentSignedRe.test(clause) || (consentReconfirmedRe.test(clause) && !newConsentFormRe.test(clause))) continue;
      const dates = findDates(clause, order).map((d) => d.iso).filter((d) => !visit.date || d <= visit.date);
      if (dates.length) signed = [signed, ...dates].filter(Boolean).sort().pop();
      else if (/\btoday\b|\bthis (?:visit|session)\b/i.test(clause)) thisVisit = true;
    }
    if (thisVisit && visit.date) signed = [signed, visit.date].filter(Boolean).sort().pop();
    if (!fact) fact = { regions: [], all: false, line };
    fact.regions = [...new Set([...fact.regions, ...regions])];
    fact.all ||= all;
    if (signed && (!fact.signed || signed > fact.signed)) fact.signed = signed;
    if (thisVisit && !visit.date) fact.signedThisVisit = true;
  };
  const data = note.frontMatter?.data;
  if (data) {
    const dated = pick(data, consentDateKeys);
    if (dated && dated.key !== 'consent') {
      const r = readDate(dated.value, order);
      if (r.ok) take(`consent signed ${r.iso}`, 1);
    }
  }
  for (const s of note.consent) {
    if (s.status !== 'given') continue;
    take(s.text, s.unit >= 0 ? lineOf(s.start) : 1);
  }
  return fact;
}
