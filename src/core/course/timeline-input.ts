// From a course in the patient index to what the timeline page shows: the visits with their
// links, what is due at the latest visit, and the course's problems in plain words. Shared by the
// editor's Patient Timeline and the CLI's report so both say the same thing.
import type { ResolvedConfig } from '../config/config';
import { describeProblem, problemPath } from './describe';
import { dueAt } from './due';
import type { Course } from './index';
import type { TimelineItem, TimelineOptions, TimelineVisit } from './timeline';
import type { Visit } from './visit';

export interface TimelineSource {
  course: Course;
  /** Full facts of a note of the course (undefined: it could not be read). */
  full: (path: string) => Visit | undefined;
  config: ResolvedConfig;
  /** ISO date of today, for a latest note without a date. */
  today: string;
  href: (path: string, line?: number) => string;
  /** How a note is named in problem texts. */
  name: (path: string) => string;
  /** Links on problem texts (the editor); none in a report for a referrer. */
  linkProblems?: boolean;
}

export function timelineOptions(src: TimelineSource): TimelineOptions {
  const visits: TimelineVisit[] = [];
  const problems: TimelineItem[] = [];
  for (const e of src.course.entries) {
    const visit = e.visit.level === 'full' ? e.visit : src.full(e.path);
    if (!visit) {
      problems.push({ text: `${src.name(e.path)}: could not be read, so it is left out.` });
      continue;
    }
    visits.push({ visit, href: (line) => src.href(e.path, line) });
  }
  for (const p of src.course.problems) {
    const path = problemPath(p);
    problems.push({ text: describeProblem(p, src.name), href: src.linkProblems && path ? src.href(path) : undefined });
  }
  const latest = visits[visits.length - 1];
  const latestPath = src.course.entries[src.course.entries.length - 1]?.path;
  const due: TimelineItem[] = latest
    ? dueAt(visits.slice(0, -1).map((v) => v.visit), latest.visit, src.config, src.today).map((d) => ({ text: d.text, href: latestPath ? src.href(latestPath) : undefined }))
    : [];
  return { patient: src.course.patient, episode: src.course.episode, visits, due, problems };
}
