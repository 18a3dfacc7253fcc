// What every course reminder rule starts from: this note's facts, the earlier visits of its
// course and the day it is checked. Undefined when the note was checked without a course (on its
// own, or with no patient identifier): the rules then stay silent rather than guess.
import type { ResolvedConfig } from '../config/config';
import type { Note } from '../model/note';
import type { CourseContext } from './context';
import { isoDay } from './dates';
import { visitOf, type Visit } from './visit';

export interface ReminderInput {
  current: Visit;
  earlier: readonly Visit[];
  /** The day the note is checked (used for a note without a date). */
  today: string;
}

export function reminderInput(note: Note, ctx: { course?: CourseContext; now: Date; config: ResolvedConfig }): ReminderInput | undefined {
  if (!ctx.course || ctx.course.kind !== 'course') return undefined;
  const current = visitOf(note, ctx.config);
  if (!current.patient) return undefined;
  return { current, earlier: ctx.course.earlier, today: isoDay(ctx.now) };
}

/** A number option, or its default when absent or not a number. */
export function numberOption(options: Record<string, unknown>, name: string, fallback: number): number {
  const v = options[name];
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback;
}
