// What in a note calls for a line of its own on the handout: blood thinners (bruising, pressure),
// a faint or near-faint today (no driving), a first visit (what dry needling is), the next visit.
// All the words live here, as data, so a reviewer can read and extend them in one place.

import type { Note } from '../model/note';

export type TriggerId = 'anticoagulants' | 'vasovagal' | 'firstVisit';

export interface TriggerSpec {
  id: TriggerId;
  /** What the trigger means, in plain words (docs, tests). */
  what: string;
  /** Phrases that set it, case-insensitive; a space also matches a hyphen or several spaces, a trailing plural "s" is optional. */
  phrases: readonly string[];
  /** Words that, earlier in the same clause, say the opposite ("no anticoagulants", "denies dizziness"). */
  negations: readonly string[];
  /** Words that, anywhere in the same sentence, show it is about risks or advice, not an event ("risks incl. fainting reviewed"). */
  notAnEvent?: readonly string[];
  /** Weaker phrases that count only when the same sentence ties them to the treatment ("light-headed after needling"). */
  weak?: { phrases: readonly string[]; context: readonly string[] };
  /** SOAP sections whose lines do not count: the history in Subjective is not today's reaction. */
  skipSections?: readonly ('subjective' | 'objective' | 'assessment' | 'plan')[];
}

/** A sentence that discloses risks or gives advice names a faint without one having happened. */
const RISK_TALK = ['risk', 'risks', 'consent', 'consented', 'possible', 'possibly', 'may', 'might', 'can', 'could', 'reviewed', 'discussed', 'explained',
  'educated', 'education', 'advised', 'advice', 'warned', 'informed', 'counselled', 'counseled', 'instructed', 'watch for', 'signs of', 'what to do',
  'in case', 'should', 'history of', 'hx of', 'prior', 'previous', 'previously', 'screen', 'screening', 'aftercare', 'expect', 'expected'];

/** Answers after a label that mean "none": "Anticoagulants: none", "blood thinners - no", "warfarin (-)". */
const NONE_AFTER = /^\s*(?:[:=\-–—]\s*)?(?:none|no|nil|n\/a|na|neg(?:ative)?|denied|denies|not taking|nkda|\(-\)|-ve|x)\b|^\s*\(-\)/i;

const COMMON_NEGATIONS = ['no', 'not', 'nil', 'denies', 'denied', 'without', 'negative for', 'never', 'nor', 'neither', 'free of', 'ruled out', 'rule out', 'r/o', 'stopped', 'discontinued', 'off', 'held', 'if'];

export const triggerSpecs: readonly TriggerSpec[] = [
  {
    id: 'anticoagulants',
    what: 'The patient takes a blood thinner (anticoagulant or antiplatelet): bruising is more likely, so press on a bleeding spot longer.',
    phrases: [
      'anticoagulant', 'anticoagulated', 'anticoagulation', 'anti-coagulant', 'blood thinner', 'blood thinning medication', 'antiplatelet', 'anti-platelet',
      'DOAC', 'NOAC', 'warfarin', 'coumadin', 'apixaban', 'eliquis', 'rivaroxaban', 'xarelto', 'dabigatran', 'pradaxa', 'edoxaban', 'savaysa', 'lixiana',
      'heparin', 'enoxaparin', 'lovenox', 'clexane', 'dalteparin', 'fragmin', 'clopidogrel', 'plavix', 'ticagrelor', 'brilinta', 'prasugrel', 'effient',
      'dipyridamole', 'daily aspirin', 'low-dose aspirin', 'low dose aspirin', 'aspirin 75', 'aspirin 81', 'aspirin 100',
    ],
    negations: COMMON_NEGATIONS,
  },
  {
    id: 'vasovagal',
    what: 'The patient fainted, nearly fainted or felt light-headed during or after needling today: no driving today.',
    phrases: [
      'vasovagal', 'vaso-vagal', 'syncope', 'syncopal', 'presyncope', 'pre-syncope', 'presyncopal', 'near-syncope', 'near syncope', 'near-faint', 'near faint',
      'fainted', 'felt faint', 'feeling faint', 'became faint', 'pale and clammy', 'clammy and pale', 'passed out', 'lost consciousness',
    ],
    // Dizziness is also a neck patient's complaint and an exam finding: it counts only when tied to the treatment.
    weak: {
      phrases: ['fainting', 'faint', 'light-headed', 'lightheaded', 'light headed', 'lightheadedness', 'light-headedness', 'dizzy', 'dizziness', 'woozy'],
      context: ['needling', 'needled', 'needle', 'needles', 'DN', 'TDN', 'dry needling', 'treatment', 'tx', 'session', 'procedure', 'during', 'post', 'post-DN', 'post-tx', 'after'],
    },
    negations: COMMON_NEGATIONS,
    notAnEvent: RISK_TALK,
    skipSections: ['subjective'],
  },
  {
    id: 'firstVisit',
    what: 'This was the patient\'s first dry needling visit: the handout explains what dry needling is.',
    phrases: [
      'first visit', 'first session', 'first appointment', 'first treatment', 'first DN', 'first dry needling', 'first time dry needling',
      'first time having dry needling', 'first time with dry needling', 'first time DN', 'first exposure to dry needling', 'first exposure to DN',
      'initial visit', 'initial session', 'initial evaluation', 'initial eval', 'initial assessment', 'initial consultation', 'initial appointment',
      'new patient', 'new pt', 'needle naive', 'needle-naive', 'DN naive', 'DN-naive', 'naive to dry needling', 'naive to needling', 'naive to DN',
      'never had dry needling', 'never had DN', 'never had needling', 'no previous dry needling', 'no prior dry needling', 'no previous DN', 'no prior DN',
      'visit 1 of', 'visit #1', 'session 1 of', 'tx 1 of', 'treatment 1 of',
    ],
    // "since the first visit", "at her initial evaluation", "not his first session".
    negations: ['not', 'since', 'after', 'from', 'at the', 'at her', 'at his', 'at their', 'during the', 'during her', 'during his', 'on the', 'compared to', 'compared with', 'vs', 'last', 'previous', 'prior', 'before'],
  },
];

/** Labels that introduce the next visit, and the visit itself in the clinician's words. */
const NEXT_VISIT_LABEL = String.raw`(?:next (?:visit|session|appointment|appt|treatment|tx)|follow[- ]?up|f\/u|review(?:ed)?|re-?assess(?:ment)?|return(?: to clinic)?|RTC|see (?:again|pt|patient)|recheck|NV)`;
const UNIT = String.raw`(?:days?|d|weeks?|wks?|w|months?|mo)`;
const WHEN = String.raw`(?:in\s+)?(?:\d{1,2}(?:\s*[-–]\s*\d{1,2})?|one|two|three|four|five|six)\s*${UNIT}\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow`;
const nextVisitRe = new RegExp(String.raw`\b${NEXT_VISIT_LABEL}\b\s*(?:[:=\-–—]\s*|\s+(?:in|on|at)\s+|\s+)?(${WHEN})`, 'i');

export interface Triggers {
  anticoagulants: boolean;
  vasovagal: boolean;
  firstVisit: boolean;
  /** When the next visit is, as the note says it ("in 1 week", "2025-03-11"). */
  nextVisit?: NextVisit;
}

/** The next visit: a calendar date, an interval from today, or a weekday, kept in a form any language can say. */
export type NextVisit =
  | { kind: 'date'; iso: string }
  | { kind: 'interval'; amount: string; unit: 'day' | 'week' | 'month' }
  | { kind: 'weekday'; day: number }
  | { kind: 'tomorrow' };

function phraseRe(phrases: readonly string[]): RegExp {
  const body = phrases
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+'))
    .sort((a, b) => b.length - a.length)
    .join('|');
  return new RegExp(String.raw`(?<![\w-])(?:${body})s?(?![\w])`, 'gi');
}

function negationRe(words: readonly string[]): RegExp {
  const body = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(String.raw`(?:^|[^\w/])(?:${body})(?![\w])`, 'i');
}

const compiled = triggerSpecs.map((spec) => ({
  spec, phrase: phraseRe(spec.phrases), negation: negationRe(spec.negations), notAnEvent: spec.notAnEvent ? negationRe(spec.notAnEvent) : undefined,
  weak: spec.weak ? { phrase: phraseRe(spec.weak.phrases), context: negationRe(spec.weak.context) } : undefined,
}));

/** The sentence (between full stops, semicolons and line ends) around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.;!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[.;!?\n]/.test(text[to])) to++;
  return text.slice(from, to);
}

/** A clause: the text between sentence stops, semicolons, commas and " - " separators around [start, end). */
function clauseBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && !/[.;,!?\n(]/.test(text[from - 1]) && !/\s[-–—]\s$/.test(text.slice(Math.max(0, from - 3), from))) from--;
  return text.slice(from, start);
}

/** True when `text` states the trigger (a phrase not negated in its clause and not answered "none"). */
export function statesTrigger(id: TriggerId, text: string): boolean {
  const c = compiled.find((x) => x.spec.id === id)!;
  const stated = (re: RegExp, needsContext?: RegExp) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = clauseBefore(text, m.index);
      if (c.negation.test(before)) continue;
      if (NONE_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      if (c.notAnEvent?.test(sentence)) continue;
      if (needsContext && !needsContext.test(sentence.replace(m[0], ' '))) continue;
      return true;
    }
    return false;
  };
  return stated(c.phrase) || (!!c.weak && stated(c.weak.phrase, c.weak.context));
}

const WORD_NUMBERS: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6' };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function parseWhen(raw: string): NextVisit | undefined {
  const s = raw.trim().toLowerCase().replace(/^in\s+/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return { kind: 'date', iso: s };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})$/.exec(s);
  if (us) {
    // Month/day order is the US convention; a day above 12 in the first place means day/month.
    let [month, day] = [Number(us[1]), Number(us[2])];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    const year = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    return { kind: 'date', iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  if (s === 'tomorrow') return { kind: 'tomorrow' };
  const wd = WEEKDAYS.findIndex((d) => s.endsWith(d));
  if (wd >= 0) return { kind: 'weekday', day: wd };
  const iv = /^(\d{1,2}(?:\s*[-–]\s*\d{1,2})?|one|two|three|four|five|six)\s*([a-z]+)$/.exec(s);
  if (!iv) return undefined;
  const amount = (WORD_NUMBERS[iv[1]] ?? iv[1]).replace(/\s*[-–]\s*/, '–');
  const unit = /^d/.test(iv[2]) ? 'day' : /^w/.test(iv[2]) ? 'week' : /^mo/.test(iv[2]) ? 'month' : undefined;
  return unit ? { kind: 'interval', amount, unit } : undefined;
}

/** The next visit stated in `text`, if any. */
export function findNextVisit(text: string): NextVisit | undefined {
  const m = nextVisitRe.exec(text);
  return m ? parseWhen(m[1]) : undefined;
}

const FIRST_VISIT_FIELD = /^\s*(?:1|#1|1st|first|initial)\b(?:\s*(?:of|\/)\s*\d+)?\s*$/i;
const NEXT_VISIT_KEYS = ['next_visit', 'next visit', 'nextVisit', 'next-visit', 'follow_up', 'followup', 'follow-up'];

/** The triggers a note states, read from its lines (code blocks and comments excluded) and its front matter. */
export function findTriggers(note: Note): Triggers {
  const texts = note.units.map((u) => u.text);
  const fm = note.frontMatter?.data ?? {};
  const fmText = (key: string) => {
    const v = fm[key];
    return typeof v === 'string' || typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
  };
  for (const [key, value] of Object.entries(fm)) {
    if (typeof value === 'string') texts.push(`${key}: ${value}`);
  }
  const sectionKind = (i: number) => (i >= 0 ? note.sections[i]?.kind : undefined);
  const any = (id: TriggerId) => {
    const skip = new Set<string>(triggerSpecs.find((s) => s.id === id)!.skipSections ?? []);
    // Units first (their section is known), then the front matter's values.
    return note.units.some((u) => !skip.has(sectionKind(u.section) ?? '') && statesTrigger(id, u.text))
      || texts.slice(note.units.length).some((t) => statesTrigger(id, t));
  };
  const visit = fmText('visit') ?? fmText('visit_number') ?? fmText('session');
  let nextVisit: NextVisit | undefined;
  for (const key of NEXT_VISIT_KEYS) {
    const v = fmText(key);
    if (v && (nextVisit = parseWhen(v))) break;
  }
  if (!nextVisit) {
    // The Plan is where the next visit is stated; elsewhere "review" often means something else.
    const isPlan = (i: number) => i >= 0 && (note.sections[i].kind === 'plan' || !!note.sections[i].also?.includes('plan'));
    const inPlan = note.units.filter((u) => isPlan(u.section)).map((u) => u.text);
    const planTexts = inPlan.length ? inPlan : texts;
    for (const t of planTexts) if ((nextVisit = findNextVisit(t))) break;
  }
  return {
    anticoagulants: any('anticoagulants'),
    vasovagal: any('vasovagal'),
    firstVisit: (visit !== undefined && FIRST_VISIT_FIELD.test(visit)) || any('firstVisit'),
    ...(nextVisit ? { nextVisit } : {}),
  };
}
