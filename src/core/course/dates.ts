// Calendar dates as clinicians write them, read without guessing: ISO (2025-03-04) always; a
// slashed date (03/04/2025) in the clinic's order (month first unless configured), and refused
// when its numbers fit neither; "4 March 2025" and "March 4, 2025". Arithmetic in whole days, UTC.

export type DateOrder = 'month-first' | 'day-first';

export type DateReading = { ok: true; iso: string } | { ok: false; problem: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return undefined; // 31 April
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const monthOf = (word: string) => {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
};

/** A date found inside a line of text: its ISO form and where it was written. */
export interface DateMention {
  iso: string;
  index: number;
  length: number;
}

const isoRe = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const slashRe = /(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])/g;
const dayMonthRe = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/gi;
const monthDayRe = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;

/** Every readable date in a line of text, left to right. Ambiguous or impossible dates are skipped. */
export function findDates(text: string, order: DateOrder = 'month-first'): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(isoRe)) {
    const v = iso(+m[1], +m[2], +m[3]);
    if (v) out.push({ iso: v, index: m.index!, length: m[0].length });
  }
  for (const m of text.matchAll(slashRe)) {
    const r = slashed(+m[1], +m[2], m[3], order);
    if (r.ok) out.push({ iso: r.iso, index: m.index!, length: m[0].length });
  }
  for (const m of text.matchAll(dayMonthRe)) {
    const v = iso(+m[3], monthOf(m[2])!, +m[1]);
    if (v) out.push({ iso: v, index: m.index!, length: m[0].length });
  }
  for (const m of text.matchAll(monthDayRe)) {
    const v = iso(+m[3], monthOf(m[1])!, +m[2]);
    if (v) out.push({ iso: v, index: m.index!, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

function slashed(a: number, b: number, year: string, order: DateOrder): DateReading {
  const y = year.length === 2 ? 2000 + +year : +year;
  const [m, d] = order === 'month-first' ? [a, b] : [b, a];
  const v = iso(y, m, d);
  if (v) return { ok: true, iso: v };
  return { ok: false, problem: `not a ${order === 'month-first' ? 'month/day/year' : 'day/month/year'} date` };
}

/** Reads a front matter date value: the whole value must be one date. */
export function readDate(value: unknown, order: DateOrder = 'month-first'): DateReading {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { ok: true, iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return { ok: false, problem: 'not a date' };
  const text = String(value).trim();
  const found = findDates(text, order);
  if (found.length === 1) {
    // "2025-03-04 (Tue)" is a date; "2025-03-04 and 2025-03-11" or "visit 3, 2025-03-04" is not one date.
    const rest = text.slice(0, found[0].index) + text.slice(found[0].index + found[0].length);
    if (!/\d/.test(rest)) return { ok: true, iso: found[0].iso };
  }
  const s = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/.exec(text);
  if (s) return slashed(+s[1], +s[2], s[3], order);
  return { ok: false, problem: 'not a date in a form the linter reads (write it as 2025-03-04)' };
}

const dayMs = 86_400_000;
const toDays = (isoDate: string) => Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / dayMs;

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round(toDays(b) - toDays(a));
}

export function addDays(isoDate: string, days: number): string {
  return new Date((toDays(isoDate) + days) * dayMs).toISOString().slice(0, 10);
}

/** The calendar date of a moment, in UTC (what "today" means for a note checked now). */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
