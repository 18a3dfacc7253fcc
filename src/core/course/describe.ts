// Course problems in plain words, for the timeline, the report and the clinic summary. Notes are
// named by the caller (a file name in the CLI, a link in the editor); note text is never quoted.
import type { CourseProblem } from './index';
import { listWords, plural } from '../util/words';

export function describeProblem(p: CourseProblem, name: (path: string) => string): string {
  const names = (paths: readonly string[]) => listWords(paths.map(name));
  switch (p.kind) {
    case 'visit-number-conflict':
      return `Visit ${p.number} is claimed by ${plural(p.paths.length, 'note')}: ${names(p.paths)}. Give each visit its own number.`;
    case 'visit-number-missing':
      return `${plural(p.paths.length, 'note has', 'notes have')} no visit number while the others do: ${names(p.paths)}. Add "visit: n of m".`;
    case 'visit-gap':
      return `No note for visit ${listWords(p.numbers.map(String))}. A visit without a note, or a note outside this folder?`;
    case 'date-duplicate':
      return `${plural(p.paths.length, 'note')} of this episode are dated ${p.date}: ${names(p.paths)}. Is one of them a second visit on one day, or a copy?`;
    case 'date-missing':
      return `${plural(p.paths.length, 'note has', 'notes have')} no readable date: ${names(p.paths)}. Add "date: 2025-03-04".`;
    case 'order-conflict':
      return `Visit numbers and dates disagree: ${name(p.paths[0])} has a later visit number but an earlier date than ${name(p.paths[1])}.`;
    case 'other-patient-in-folder':
      // Not named: this text can go into one patient's report, and the other patient's file names may identify them.
      return `${plural(p.paths.length, 'note')} of another patient ${p.paths.length === 1 ? 'is' : 'are'} in the folder that holds this patient's notes. Filed in the wrong folder?`;
    case 'note':
      return `${name(p.path)}: ${p.problem.message}`;
  }
}

/** The note a problem is mainly about (for a link), if one. */
export function problemPath(p: CourseProblem): string | undefined {
  switch (p.kind) {
    case 'note': return p.path;
    case 'visit-number-conflict': case 'date-duplicate': case 'visit-number-missing': case 'date-missing': return p.paths[0];
    case 'order-conflict': return p.paths[0];
    default: return undefined;
  }
}
