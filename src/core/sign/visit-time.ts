// When the visit was, from the note's front matter (`date: 2026-11-30`, with `time: "14:05"`
// or `date: 2026-11-30 14:05`), as local time: the unsigned-note policy counts hours from it.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}))?/;
const TIME_RE = /^(\d{1,2}):(\d{2})/;

/** The visit's local date and time, or undefined when the front matter gives no date. */
export function visitTime(data: Record<string, unknown> | undefined): Date | undefined {
  if (!data) return undefined;
  const raw = data.date;
  let y: number, mo: number, d: number, h = 0, mi = 0;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    [y, mo, d] = [raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate()];
  } else if (typeof raw === 'string') {
    const m = DATE_RE.exec(raw.trim());
    if (!m) return undefined;
    [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (m[4] !== undefined) [h, mi] = [+m[4], +m[5]];
  } else {
    return undefined;
  }
  const t = typeof data.time === 'string' ? TIME_RE.exec(data.time.trim()) : undefined;
  if (t) [h, mi] = [+t[1], +t[2]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const when = new Date(y, mo - 1, d, h, mi);
  return when.getDate() === d ? when : undefined;
}

/** The visit's local calendar day, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
