// What is due at a visit, decided from the visit and the earlier visits of its course. The
// reminder rules report these decisions in the open note; the timeline lists them for the latest
// visit. Each decision says what it counted from, so a clinician can check it.
import type { CourseConfig, PayerProfile } from '../config/course';
import type { Region } from '../vocab/types';
import { addDays, daysBetween } from './dates';
import type { Visit, VisitKind } from './visit';
import { regionNames } from '../lexicon/course';

export interface Payer {
  name: string;
  profile: PayerProfile;
}

/** The payer named by this note or the latest earlier note that names one, else the clinic's default. */
export function payerOf(earlier: readonly Visit[], current: Visit, course: CourseConfig): Payer {
  const named = [current, ...[...earlier].reverse()].find((v) => v.payer && course.profiles[v.payer]);
  const name = named?.payer ?? course.payer;
  return { name, profile: course.profiles[name] ?? course.profiles.generic ?? { progressReportEvery: 0, planOfCareDays: 0 } };
}

const has = (v: Visit, ...kinds: VisitKind[]) => kinds.some((k) => v.kinds.includes(k));
const REPORTS: VisitKind[] = ['evaluation', 're-evaluation', 'progress-report', 'discharge'];

export type Due =
  | { due: false }
  /** `kind` names the rule's headline in its `messages`, filled with `fields`; `message` is the full reminder (timeline, details). */
  | { due: true; kind: string; fields?: Record<string, number>; message: string };

const none: Due = { due: false };

// ---------------------------------------------------------------------------------------------
// Progress report

/**
 * Treatment days in the current reporting period, counting this visit. The evaluation day is day
 * 1 of the first period; after a progress report (or re-evaluation) the next visit is day 1.
 * Visit numbers count the days when both ends have one (a missing note still was a visit).
 */
export function treatmentDay(earlier: readonly Visit[], current: Visit): { day: number; since: string } | undefined {
  let anchorAt = -1;
  for (let i = earlier.length - 1; i >= 0; i--) if (has(earlier[i], ...REPORTS)) { anchorAt = i; break; }
  const anchor = anchorAt >= 0 ? earlier[anchorAt] : undefined;
  const anchorIsEvaluation = anchor ? has(anchor, 'evaluation') && !has(anchor, 're-evaluation', 'progress-report') : false;
  const since = !anchor ? 'the start of the course on record' : anchorIsEvaluation ? 'the evaluation' : has(anchor, 're-evaluation') ? 'the re-evaluation' : 'the last progress report';
  if (!anchor) {
    // No evaluation on record. If the notes start at visit 1 (or carry no numbers) they are the
    // whole course and count from its start; if they start later, the earlier reports are unknown.
    const first = earlier[0] ?? current;
    if (first.number !== undefined && first.number > 1) return undefined;
    return { day: current.number ?? earlier.length + 1, since };
  }
  if (anchor.number !== undefined && current.number !== undefined && current.number > anchor.number) {
    return { day: current.number - anchor.number + (anchorIsEvaluation ? 1 : 0), since };
  }
  return { day: earlier.length - anchorAt + (anchorIsEvaluation ? 1 : 0), since };
}

export function progressReportDue(earlier: readonly Visit[], current: Visit, payer: Payer, remindVisitsBefore: number): Due {
  const every = payer.profile.progressReportEvery;
  if (!every || has(current, ...REPORTS)) return none;
  const counted = treatmentDay(earlier, current);
  if (!counted) return none;
  const { day, since } = counted;
  if (day < every - remindVisitsBefore) return none;
  const who = payer.name === 'medicare' ? 'Medicare requires' : `The ${payer.name} profile requires`;
  if (day < every) {
    return {
      due: true, kind: every - day === 1 ? 'soonOne' : 'soon', fields: { visits: every - day },
      message: `Progress report due in ${every - day} visit${every - day === 1 ? '' : 's'}: this is treatment day ${day} since ${since}. ${who} one at least every ${every} treatment days.`,
    };
  }
  return {
    due: true, kind: day === every ? 'now' : 'overdue',
    message: `${day === every ? 'Progress report due at this visit' : 'Progress report overdue'}: this is treatment day ${day} since ${since}, and no progress report is recorded. ${who} one at least every ${every} treatment days; write it in this note (a "Progress report" heading).`,
  };
}

// ---------------------------------------------------------------------------------------------
// Plan of care

export interface PlanOfCare {
  start: string;
  /** Last day the plan is certified for. */
  end: string;
  /** Where the start came from, in words. */
  from: string;
}

/** The certification period the visit falls in, or undefined when the course has no dates. */
export function planOfCare(earlier: readonly Visit[], current: Visit, payer: Payer): PlanOfCare | undefined {
  const days = payer.profile.planOfCareDays;
  const visits = [...earlier, current];
  let start: string | undefined;
  let from = '';
  const evaluation = visits.find((v) => has(v, 'evaluation') && v.date);
  if (evaluation) {
    start = evaluation.date;
    from = `the evaluation on ${evaluation.date}`;
  } else {
    // Without the evaluation, the first visit on record starts the plan only if it is visit 1 (or unnumbered).
    const first = visits.find((v) => v.date);
    if (first && (first.number === undefined || first.number === 1)) {
      start = first.date;
      from = `the first visit on record (${first.date})`;
    }
  }
  let writtenEnd: string | undefined;
  for (const v of visits) {
    if (has(v, 'recertification') && v.date && v !== current && (!start || v.date > start)) {
      start = v.date;
      from = `the recertification on ${v.date}`;
      writtenEnd = undefined;
    }
    if (v.planOfCare?.start && (!start || v.planOfCare.start >= start)) {
      start = v.planOfCare.start;
      from = `the plan of care start written on ${v.planOfCare.start}`;
    }
    if (v.planOfCare?.end) writtenEnd = v.planOfCare.end;
  }
  if (!start) return undefined;
  if (writtenEnd && writtenEnd >= start) return { start, end: writtenEnd, from: `${from}; certified through ${writtenEnd} as written` };
  if (!days) return undefined;
  return { start, end: addDays(start, days - 1), from };
}

export function planOfCareDue(earlier: readonly Visit[], current: Visit, payer: Payer, today: string, remindDaysBefore: number): Due {
  if (has(current, 'recertification')) return none;
  const poc = planOfCare(earlier, current, payer);
  if (!poc) return none;
  const on = current.date ?? today;
  const left = daysBetween(on, poc.end);
  if (left > remindDaysBefore) return none;
  if (left > 0) {
    return {
      due: true, kind: left === 1 ? 'soonOne' : 'soon', fields: { days: left },
      message: `Plan of care ends in ${left} day${left === 1 ? '' : 's'} (certified through ${poc.end}, counted from ${poc.from}): have it recertified before then.`,
    };
  }
  if (left === 0) {
    return { due: true, kind: 'today', message: `Plan of care ends today (certified through ${poc.end}, counted from ${poc.from}): have it recertified before the next visit.` };
  }
  return {
    due: true, kind: 'lapsed',
    message: `Plan of care needs recertification: it was certified through ${poc.end} (counted from ${poc.from}), ${-left} day${left === -1 ? '' : 's'} before this visit, and no recertification is recorded.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Last planned visit

export function reevaluationDue(earlier: readonly Visit[], current: Visit, remindVisitsBefore: number): Due {
  const n = current.number;
  const planned = current.planned ?? [...earlier].reverse().find((v) => v.planned)?.planned;
  if (n === undefined || !planned || n < planned - remindVisitsBefore) return none;
  const done = (v: Visit) => has(v, 're-evaluation', 'discharge', 'discharge-plan');
  if (done(current)) return none;
  const window = earlier.filter((v) => v.number !== undefined && v.number >= planned - remindVisitsBefore && v.number < n && (v.planned ?? planned) === planned);
  if (window.some(done)) return none;
  if (n < planned) {
    return {
      due: true, kind: 'near',
      message: `Visit ${n} of ${planned}: the last planned visit is ${planned - n === 1 ? 'next' : `in ${planned - n} visits`}. Plan the re-evaluation or the discharge.`,
    };
  }
  if (n === planned) {
    return {
      due: true, kind: 'last',
      message: `Visit ${n} of ${planned} is the last planned visit, and no re-evaluation or discharge plan is recorded. Re-evaluate and update the plan of care, or write the discharge plan.`,
    };
  }
  return {
    due: true, kind: 'beyond',
    message: `Visit ${n} is beyond the ${planned} planned visits, and no re-evaluation or discharge plan is recorded. Re-evaluate and update the number of planned visits, or write the discharge plan.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Consent

export interface ConsentOnFile {
  signed?: string;
  regions: Set<Region>;
  all: boolean;
}

export function consentOnFile(earlier: readonly Visit[], current: Visit): ConsentOnFile {
  const out: ConsentOnFile = { regions: new Set(), all: false };
  for (const v of [...earlier, current]) {
    const c = v.consent;
    if (!c) continue;
    const signed = c.signed ?? (c.signedThisVisit && v === current ? v.date : undefined);
    if (signed && (!out.signed || signed > out.signed)) out.signed = signed;
    for (const r of c.regions) out.regions.add(r);
    out.all ||= c.all;
  }
  return out;
}

export function consentAgeDue(earlier: readonly Visit[], current: Visit, validDays: number, today: string): Due {
  if (!validDays || !current.needled.length || current.consent?.signedThisVisit) return none;
  const onFile = consentOnFile(earlier, current);
  if (!onFile.signed) return none;
  const age = daysBetween(onFile.signed, current.date ?? today);
  if (age < validDays) return none;
  return {
    due: true, kind: 'old',
    message: `Consent older than clinic policy: the consent on file was signed on ${onFile.signed}, ${age} days before this visit, and the clinic renews consent after ${validDays} days. Obtain and record a new signed consent.`,
  };
}

/** Regions needled at this visit that no earlier visit needled and no consent names (only once earlier visits needled something). */
export function uncoveredRegions(earlier: readonly Visit[], current: Visit): Region[] {
  if (!earlier.some((v) => v.needled.length) || current.consent?.signedThisVisit) return [];
  const onFile = consentOnFile(earlier, current);
  if (onFile.all) return [];
  const covered = new Set<Region>(onFile.regions);
  for (const v of earlier) for (const m of v.needled) covered.add(m.region);
  if (current.consent?.signed && current.date && current.consent.signed === current.date) return [];
  return [...new Set(current.needled.map((m) => m.region))].filter((r) => !covered.has(r));
}

export const regionName = (r: Region) => regionNames[r];

// ---------------------------------------------------------------------------------------------
// The same muscle, session after session, with nothing measured changing

export interface Streak {
  muscle: string;
  name: string;
  side?: 'L' | 'R' | 'B';
  visits: Visit[];
  /** "NPRS 5 each time", or "no score recorded". */
  scores: string;
}

const sideWord = (s?: 'L' | 'R' | 'B') => (s === 'L' ? 'left ' : s === 'R' ? 'right ' : s === 'B' ? 'bilateral ' : '');
export const muscleLabel = (name: string, side?: 'L' | 'R' | 'B') => sideWord(side) + name;

export function unchangedStreaks(earlier: readonly Visit[], current: Visit, sessions: number): Streak[] {
  if (sessions < 2) return [];
  const out: Streak[] = [];
  for (const m of current.needled) {
    const visits = [current];
    for (let i = earlier.length - 1; i >= 0; i--) {
      if (!earlier[i].needled.some((x) => x.muscle === m.muscle && x.side === m.side)) break;
      visits.unshift(earlier[i]);
    }
    if (visits.length < sessions) continue;
    const window = visits.slice(-sessions);
    const measures = new Set(window.flatMap((v) => v.scores.map((s) => s.measure)));
    let changed = false;
    const described: string[] = [];
    for (const measure of measures) {
      const values = window.map((v) => v.scores.find((s) => s.measure === measure)?.pre).filter((x): x is number => x !== undefined);
      if (new Set(values).size > 1) changed = true;
      else if (values.length) described.push(`${measure.toUpperCase()} ${values[0]} each time it was recorded`);
    }
    if (changed) continue;
    out.push({ muscle: m.muscle, name: m.name, side: m.side, visits: window, scores: described.length ? described.join(', ') : 'no outcome score recorded' });
  }
  return out;
}
