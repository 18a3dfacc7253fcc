// Reads a note for what calls for a line of its own on the handout (the words are in
// lexicon/handout-triggers.ts): blood thinners, a faint today, a first visit, the next visit.

import type { Note } from '../model/note';
import { NONE_AFTER, nextVisitRe, triggerSpecs, type TriggerId } from '../lexicon/handout-triggers';
import { withSpelledNumbersAsDigits } from '../lexicon/numbers';

export type { TriggerId, TriggerSpec } from '../lexicon/handout-triggers';
export { triggerSpecs } from '../lexicon/handout-triggers';

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
  const iv = /^(\d{1,2}(?:\s*[-–]\s*\d{1,2})?)\s*([a-z]+)$/.exec(withSpelledNumbersAsDigits(s));
  if (!iv) return undefined;
  const amount = iv[1].replace(/\s*[-–]\s*/, '–');
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
