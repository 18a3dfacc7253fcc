import type { ResolvedConfig } from '../core/config/config';
import { localDay } from '../core/sign/visit-time';
import { hashText } from './cache';
import type { Scanned } from './course-scan';

// The key a note's findings are cached under. Findings depend on the note's text, the
// configuration (each configuration has its own cache file), the earlier notes of its course
// and, for one rule, the clock: note-unsigned raises an unsigned note once the clinic's hours
// have passed since the visit (only when the configuration lists `clinicians`) and an unsigned
// addendum below a signature once its hours have passed (any signed note), with the hours
// overdue in the message. Those notes' keys include the current local hour, so their results are
// reused within the hour they were made and never later. (A visit time with minutes, 10:30, can
// make such a finding appear up to one hour late on a cached run; --no-cache checks to the minute.)

/** The hour `now` falls in, local time: `2026-11-30T14`. */
export const clockHour = (now: Date): string => `${localDay(now)}T${String(now.getHours()).padStart(2, '0')}`;

/** Whether a note's findings can change with the time of day alone (see above). */
export const dependsOnClock = (s: Pick<Scanned, 'mayBeSigned'>, config: ResolvedConfig): boolean => config.clinicians.length > 0 || s.mayBeSigned;

export function resultKey(s: Scanned, courseDependency: string | undefined, config: ResolvedConfig, now: Date): string {
  const parts = [courseDependency, dependsOnClock(s, config) ? `clock:${clockHour(now)}` : undefined].filter((p) => p !== undefined);
  return parts.length ? hashText(`${s.hash}\u0000${parts.join('\u0000')}`) : s.hash;
}
