// What a rule may know about the rest of the patient's course of care when it checks one note:
// the earlier visits of the same patient and episode, as the patient index (course/index.ts)
// sees them. The CLI and the editor build it from the notes around the one being checked; a note
// checked on its own has none, and the course rules then stay silent.
import type { ResolvedConfig } from '../config/config';
import { buildNote } from '../model/note';
import type { Course } from './index';
import { visitOf, type Visit } from './visit';

/** Plain data (it crosses to the CLI's worker threads and keys its result cache). */
export interface CourseContext {
  readonly kind: 'course';
  /** The patient identifier as written in the course's first note. */
  readonly patient: string;
  readonly episode?: string;
  /** Visits of this patient and episode before the note being checked, oldest first, with their full facts. */
  readonly earlier: readonly Visit[];
}

/**
 * The context for the note at `path`. `full` gives the facts of an earlier note; when one is
 * not known the result is undefined rather than a course with a hole in it.
 */
export function contextFor(course: Course, path: string, full: (path: string) => Visit | undefined): CourseContext | undefined {
  const at = course.entries.findIndex((e) => e.path === path);
  if (at < 0) return undefined;
  const earlier: Visit[] = [];
  for (const e of course.entries.slice(0, at)) {
    const v = e.visit.level === 'full' ? e.visit : full(e.path);
    if (!v) return undefined;
    earlier.push(v);
  }
  return { kind: 'course', patient: course.patient, episode: course.episode, earlier };
}

/** A context from the texts of earlier notes (rule examples, tests): no index, no files. */
export function contextFromTexts(earlier: readonly string[], config: ResolvedConfig): CourseContext | undefined {
  const visits = earlier.map((text) => visitOf(buildNote(text, config.vocabulary), config));
  const first = visits.find((v) => v.patient);
  if (!first) return undefined;
  return { kind: 'course', patient: first.patient!, episode: first.episode, earlier: visits };
}

/** The facts of one note from its text (the editor's index, for a note it has not linted). */
export function visitOfText(text: string, config: ResolvedConfig): Visit {
  return visitOf(buildNote(text, config.vocabulary), config);
}
