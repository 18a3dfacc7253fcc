// The patient index: every note of a workspace or folder by path, grouped by patient and episode
// from the identifiers the notes carry. Pure and incremental: `upsert` and `remove` touch one
// entry and mark its course for re-sorting, which happens when that course is next read. Notes
// without an identifier are listed as such, never assigned to a patient; clashes between notes
// (two notes for visit 3, two on one date, a note of another patient among one patient's notes)
// are reported as problems, never merged away.
import type { IndexedVisit, VisitHeader, VisitProblem } from './visit';

export interface CourseEntry {
  path: string;
  visit: IndexedVisit;
}

export type CourseProblem =
  | { kind: 'visit-number-conflict'; number: number; paths: string[] }
  | { kind: 'visit-number-missing'; paths: string[] }
  | { kind: 'visit-gap'; numbers: number[] }
  | { kind: 'date-duplicate'; date: string; paths: string[] }
  | { kind: 'date-missing'; paths: string[] }
  | { kind: 'order-conflict'; paths: [string, string] }
  | { kind: 'other-patient-in-folder'; folder: string; paths: string[] }
  | { kind: 'note'; path: string; problem: VisitProblem };

export interface Course {
  /** Group key: normalised patient identifier and episode. */
  key: string;
  /** The identifier as first written in the course's notes. */
  patient: string;
  episode?: string;
  /** Oldest first: by date, then visit number, then path. Notes with neither date nor number come last. */
  entries: readonly CourseEntry[];
  problems: readonly CourseProblem[];
}

export interface CourseSummary {
  key: string;
  patient: string;
  episode?: string;
  notes: number;
  /** Dates of the first and last dated visit. */
  first?: string;
  last?: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toUpperCase();

/** The course a header belongs to, or undefined for a note without a patient identifier. */
export function courseKey(header: Pick<VisitHeader, 'patient' | 'episode'>): string | undefined {
  if (!header.patient) return undefined;
  return `${norm(header.patient)}\u0000${header.episode ? norm(header.episode) : ''}`;
}

/** Folder part of a path or URI ("a/b/c.md" → "a/b"). */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

const patientOf = (key: string) => key.slice(0, key.indexOf('\u0000'));

export class CourseIndex {
  private readonly entries = new Map<string, { visit: IndexedVisit; key?: string }>();
  private readonly groups = new Map<string, Set<string>>();
  private readonly sorted = new Map<string, Course>();
  /** Notes per folder and patient, for the "other patient in this folder" check. */
  private readonly folders = new Map<string, Map<string, number>>();
  private readonly folderPaths = new Map<string, Set<string>>();
  private readonly unidentifiedPaths = new Set<string>();

  get size(): number {
    return this.entries.size;
  }

  upsert(path: string, visit: IndexedVisit): void {
    const before = this.entries.get(path);
    const key = courseKey(visit);
    if (before) this.detach(path, before.key);
    this.entries.set(path, { visit, key });
    if (!key) {
      this.unidentifiedPaths.add(path);
      return;
    }
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new Set()));
    group.add(path);
    this.sorted.delete(key);
    const counts = this.folders.get(folderOf(path)) ?? new Map<string, number>();
    this.folders.set(folderOf(path), counts);
    const inFolder = this.folderPaths.get(folderOf(path)) ?? new Set<string>();
    this.folderPaths.set(folderOf(path), inFolder.add(path));
    const patient = patientOf(key);
    counts.set(patient, (counts.get(patient) ?? 0) + 1);
    this.invalidateFolder(folderOf(path));
  }

  remove(path: string): void {
    const before = this.entries.get(path);
    if (!before) return;
    this.detach(path, before.key);
    this.entries.delete(path);
  }

  private detach(path: string, key: string | undefined): void {
    this.unidentifiedPaths.delete(path);
    if (!key) return;
    const group = this.groups.get(key);
    group?.delete(path);
    if (group && !group.size) this.groups.delete(key);
    this.sorted.delete(key);
    const counts = this.folders.get(folderOf(path));
    const patient = patientOf(key);
    const inFolder = this.folderPaths.get(folderOf(path));
    inFolder?.delete(path);
    if (inFolder && !inFolder.size) this.folderPaths.delete(folderOf(path));
    if (counts) {
      const n = (counts.get(patient) ?? 1) - 1;
      if (n > 0) counts.set(patient, n);
      else counts.delete(patient);
      if (!counts.size) this.folders.delete(folderOf(path));
    }
    this.invalidateFolder(folderOf(path));
  }

  /** A change of who is in a folder can change the folder problems of every course with notes there. */
  private invalidateFolder(folder: string): void {
    const counts = this.folders.get(folder);
    if (!counts || counts.size < 2) {
      // Only courses that had a folder problem need re-reading; they are few.
      for (const [key, course] of this.sorted) if (course.problems.some((p) => p.kind === 'other-patient-in-folder' && p.folder === folder)) this.sorted.delete(key);
      return;
    }
    for (const key of this.sorted.keys()) if (counts.has(patientOf(key))) this.sorted.delete(key);
  }

  get(path: string): IndexedVisit | undefined {
    return this.entries.get(path)?.visit;
  }

  keyOf(path: string): string | undefined {
    return this.entries.get(path)?.key;
  }

  paths(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Notes that name no patient (or whose identifier cannot be read): listed, never assigned. */
  unidentified(): string[] {
    return [...this.unidentifiedPaths].sort();
  }

  courses(): CourseSummary[] {
    const out: CourseSummary[] = [];
    for (const key of this.groups.keys()) {
      const c = this.course(key)!;
      const dates = c.entries.map((e) => e.visit.date).filter((d): d is string => Boolean(d));
      out.push({ key, patient: c.patient, episode: c.episode, notes: c.entries.length, first: dates[0], last: dates[dates.length - 1] });
    }
    return out.sort((a, b) => a.patient.localeCompare(b.patient) || (a.episode ?? '').localeCompare(b.episode ?? ''));
  }

  /** The courses of one patient identifier (every episode). */
  coursesOf(patient: string): Course[] {
    const p = norm(patient);
    return [...this.groups.keys()].filter((k) => patientOf(k) === p).map((k) => this.course(k)!);
  }

  courseOf(path: string): Course | undefined {
    const key = this.keyOf(path);
    return key ? this.course(key) : undefined;
  }

  course(key: string): Course | undefined {
    const known = this.sorted.get(key);
    if (known) return known;
    const group = this.groups.get(key);
    if (!group) return undefined;
    const entries = [...group].map((path) => ({ path, visit: this.entries.get(path)!.visit })).sort(byVisit);
    const first = entries[0].visit;
    const course: Course = { key, patient: first.patient!, episode: first.episode, entries, problems: this.problemsOf(key, entries) };
    this.sorted.set(key, course);
    return course;
  }

  /** The entries before `path` in its course, oldest first. */
  earlier(path: string): CourseEntry[] {
    const course = this.courseOf(path);
    if (!course) return [];
    const i = course.entries.findIndex((e) => e.path === path);
    return course.entries.slice(0, Math.max(0, i));
  }

  private problemsOf(key: string, entries: CourseEntry[]): CourseProblem[] {
    const problems: CourseProblem[] = [];
    for (const e of entries) for (const p of e.visit.problems) problems.push({ kind: 'note', path: e.path, problem: p });
    const byNumber = new Map<number, string[]>();
    const byDate = new Map<string, string[]>();
    for (const e of entries) {
      if (e.visit.number !== undefined) append(byNumber, e.visit.number, e.path);
      if (e.visit.date) append(byDate, e.visit.date, e.path);
    }
    for (const [number, paths] of byNumber) if (paths.length > 1) problems.push({ kind: 'visit-number-conflict', number, paths });
    for (const [date, paths] of byDate) if (paths.length > 1) problems.push({ kind: 'date-duplicate', date, paths });
    if (byNumber.size) {
      const unnumbered = entries.filter((e) => e.visit.number === undefined).map((e) => e.path);
      if (unnumbered.length) problems.push({ kind: 'visit-number-missing', paths: unnumbered });
      const max = Math.max(...byNumber.keys());
      const gaps: number[] = [];
      for (let n = 1; n < max; n++) if (!byNumber.has(n)) gaps.push(n);
      if (gaps.length) problems.push({ kind: 'visit-gap', numbers: gaps });
    }
    const undated = entries.filter((e) => !e.visit.date).map((e) => e.path);
    if (undated.length) problems.push({ kind: 'date-missing', paths: undated });
    // Dates and visit numbers must run the same way.
    const numbered = entries.filter((e) => e.visit.date && e.visit.number !== undefined);
    for (let i = 1; i < numbered.length; i++) {
      const a = numbered[i - 1];
      const b = numbered[i];
      if (a.visit.date! < b.visit.date! && a.visit.number! > b.visit.number!) problems.push({ kind: 'order-conflict', paths: [a.path, b.path] });
    }
    // A folder that holds mostly this patient's notes and some of another patient's.
    const patient = patientOf(key);
    const folders = new Set(entries.map((e) => folderOf(e.path)));
    for (const folder of folders) {
      const counts = this.folders.get(folder);
      if (!counts || counts.size < 2) continue;
      const mine = counts.get(patient) ?? 0;
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      if (mine < 3 || mine / total < 0.75) continue;
      const others: string[] = [];
      for (const path of this.folderPaths.get(folder) ?? []) {
        const other = this.entries.get(path)?.key;
        if (other && patientOf(other) !== patient) others.push(path);
      }
      problems.push({ kind: 'other-patient-in-folder', folder, paths: others.sort() });
    }
    return problems;
  }
}

function append<K>(map: Map<K, string[]>, key: K, path: string): void {
  const list = map.get(key);
  if (list) list.push(path);
  else map.set(key, [path]);
}

function byVisit(a: CourseEntry, b: CourseEntry): number {
  const da = a.visit.date ?? '\uffff';
  const db = b.visit.date ?? '\uffff';
  if (da !== db) return da < db ? -1 : 1;
  const na = a.visit.number ?? Number.MAX_SAFE_INTEGER;
  const nb = b.visit.number ?? Number.MAX_SAFE_INTEGER;
  if (na !== nb) return na - nb;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
