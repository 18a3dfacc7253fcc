import type { ResolvedConfig } from '../core/config/config';
import { CourseIndex } from '../core/course/index';
import { readHeader, type VisitHeader } from '../core/course/visit';
import { mayHoldSignature } from '../core/sign/block';
import { hashText } from './cache';

// The CLI's cheap first pass over the notes it was given: each note's front matter (patient,
// episode, visit, date) and a hash of its text, never the text itself. From these it knows every
// note's course before any note is linted, and which earlier notes a note's result depends on.

export interface Scanned {
  header: VisitHeader;
  /** Hash of the note's text. */
  hash: string;
  /** The text may hold a signature block (then an unsigned addendum below it is due after some hours). */
  mayBeSigned: boolean;
}

export interface CoursePlan {
  index: CourseIndex;
  /** For a note in a course: the indices (into the paths) of its course, oldest first, and its place there. */
  courseOf(i: number): { members: number[]; at: number } | undefined;
  /**
   * What a note's result depends on besides its own text and the configuration: the texts of
   * the earlier notes of its course (their hashes, in order), and the day when the note has no
   * date of its own. The course context is built from exactly these, so the same key means the
   * same context. Undefined for a note outside any course.
   */
  dependencyKey(i: number, today: string): string | undefined;
}

export function planCourses(paths: readonly string[], scanned: ReadonlyArray<Scanned | undefined>): CoursePlan {
  const index = new CourseIndex();
  const position = new Map<string, number>();
  scanned.forEach((s, i) => {
    if (!s) return;
    index.upsert(paths[i], s.header);
    position.set(paths[i], i);
  });
  const members = new Map<string, number[]>();
  const courseOf = (i: number) => {
    const key = index.keyOf(paths[i]);
    if (!key) return undefined;
    let list = members.get(key);
    if (!list) members.set(key, (list = index.course(key)!.entries.map((e) => position.get(e.path)!)));
    return { members: list, at: list.indexOf(i) };
  };
  return {
    index,
    courseOf,
    dependencyKey(i, today) {
      const c = courseOf(i);
      if (!c) return undefined;
      const earlier = c.members.slice(0, c.at).map((j) => scanned[j]!.hash).join(',');
      return `course:${earlier}|${scanned[i]!.header.date ? '' : today}`;
    },
  };
}

/** Header and hash of one note's text. */
export function scan(text: string, config: ResolvedConfig): Scanned {
  return { header: readHeader(text, config.course.dateOrder), hash: hashText(text), mayBeSigned: mayHoldSignature(text) };
}
