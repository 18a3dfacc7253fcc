// Signing times: the clinician's local wall-clock time with its UTC offset, so a reader sees
// the time they saw and the instant is still exact. Stored ISO 8601 (`2026-11-30T14:05:09-05:00`),
// shown as `2026-11-30 14:05 −05:00`. The clock is always passed in (tests control it).

export interface Instant {
  /** Milliseconds since the epoch. */
  epochMs: number;
  /** Minutes east of UTC (−300 for UTC−05:00). */
  offsetMinutes: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local offset of the machine at that instant, in minutes east of UTC. */
export const localOffset = (now: Date): number => -now.getTimezoneOffset();

function offsetText(minutes: number, minus: string): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? minus : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO 8601 local time with offset, to the second. */
export function isoWithOffset(now: Date, offsetMinutes = localOffset(now)): string {
  const wall = new Date(now.getTime() + offsetMinutes * 60_000);
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${offsetText(offsetMinutes, '-')}`;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})([+-])(\d{2}):(\d{2})$/;

/** Reads a time written by isoWithOffset; undefined when it is not one (or not a real date). */
export function parseIso(text: string): Instant | undefined {
  const m = ISO_RE.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, sign, oh, om] = [+m[1], +m[2], +m[3], +m[4], +m[5], +m[6], m[7], +m[8], +m[9]];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59 || oh > 14 || om > 59) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(wall).getUTCDate() !== d) return undefined; // 31 February
  const offsetMinutes = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  return { epochMs: wall - offsetMinutes * 60_000, offsetMinutes };
}

/** `2026-11-30 14:05 −05:00` for a stored ISO time (minutes, a true minus sign). */
export function shownTime(iso: string): string {
  const m = ISO_RE.exec(iso);
  if (!m) return iso;
  return `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]} ${m[7] === '-' ? '\u2212' : '+'}${m[8]}:${m[9]}`;
}

/** The shown time of an instant. */
export function shownNow(now: Date, offsetMinutes = localOffset(now)): string {
  return shownTime(isoWithOffset(now, offsetMinutes));
}

/** Reads a shown time (`2026-11-30 14:05 −05:00`, an ASCII minus too) back; undefined when there is none. */
export function parseShown(text: string): Instant | undefined {
  const m = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) ([+\-\u2212])(\d{2}:\d{2})/.exec(text);
  return m ? parseIso(`${m[1]}T${m[2]}:00${m[3] === '+' ? '+' : '-'}${m[4]}`) : undefined;
}
