// dn-lint report --patient ID: one patient's course of care (scores per visit against the
// smallest change that matters, needling by muscle and side, adverse events, what is due, and
// problems in the notes) as HTML, CSV or JSON, for a referrer or a payer letter. Reads notes
// only; writes the report to stdout or to a new file (--out), never over an existing one.

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../core/config/config';
import { isoDay } from '../core/course/dates';
import { describeProblem } from '../core/course/describe';
import { CourseIndex, type Course } from '../core/course/index';
import { renderTimelineHtml, type TimelineOptions } from '../core/course/timeline';
import { timelineOptions } from '../core/course/timeline-input';
import { readHeader, type Visit } from '../core/course/visit';
import { discoverFiles, readNote } from './files';
import { displayPath } from './format';
import { visitOfText } from './lint-files';
import { configSource, loadConfigSaying } from './load-config';
import { discoveryMessages } from './lint-run';
import { sayFor } from './say';

export const REPORT_USAGE = `Usage: dn-lint report --patient <id> [options] [file|folder|glob]...

One patient's course of care from their notes (default: the notes under the
current folder): outcome scores per visit against the smallest change that
matters, needling by muscle and side, adverse events, what is due at the latest
visit, and problems in the notes (two notes for one visit, missing dates, ...).
Notes are matched by the patient identifier in their front matter (patient:,
patient_id:, mrn:). Notes are never modified.

Options:
  -p, --patient <id>      the patient identifier (required)
  -e, --episode <name>    only this episode of care (default: every episode)
  -f, --format <format>   html (default), csv or json
  -o, --out <file>        write the report to this new file (never over an
                          existing one) instead of the standard output
  -c, --config <path>     configuration file (default: the nearest .dnlintrc.json)
  -h, --help              show this help

Exit codes: 0 report written, 2 usage error, no notes for the patient, a note
            that could not be read, or an existing --out file.`;

type Format = 'html' | 'csv' | 'json';

interface ReportArgs {
  patient: string;
  episode?: string;
  format: Format;
  out?: string;
  config?: string;
  targets: string[];
  help: boolean;
}

function parse(argv: string[]): ReportArgs | string {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        patient: { type: 'string', short: 'p' }, episode: { type: 'string', short: 'e' }, format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' }, config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return (e as Error).message;
  }
  if (values.help) return { patient: '', format: 'html', targets: [], help: true };
  const format = (values.format as string | undefined) ?? 'html';
  if (format !== 'html' && format !== 'csv' && format !== 'json') return `--format must be "html", "csv" or "json", not "${format}"`;
  const patient = (values.patient as string | undefined)?.trim();
  if (!patient) return '--patient <id> is required';
  return {
    patient, episode: (values.episode as string | undefined)?.trim() || undefined, format, out: values.out as string | undefined,
    config: values.config as string | undefined, targets: positionals.length ? positionals : ['.'], help: false,
  };
}

export interface CourseReport {
  courses: Course[];
  visits: Map<string, Visit>;
  /** Notes that could not be read, with the reason (never note content). */
  unreadable: Array<{ path: string; problem: string }>;
}

/** Finds the patient's courses among `paths` and reads the full facts of their notes only. */
export async function collectCourses(paths: readonly string[], config: ResolvedConfig, patient: string, episode?: string): Promise<CourseReport> {
  const index = new CourseIndex();
  const unreadable: CourseReport['unreadable'] = [];
  for (const path of paths) {
    const r = await readNote(path, 20 * 1024 * 1024);
    if (!r.ok) unreadable.push({ path, problem: r.problem });
    else index.upsert(path, readHeader(r.text, config.course.dateOrder));
  }
  const wanted = episode?.replace(/\s+/g, ' ').toUpperCase();
  const courses = index.coursesOf(patient).filter((c) => !wanted || (c.episode ?? '').replace(/\s+/g, ' ').toUpperCase() === wanted);
  const visits = new Map<string, Visit>();
  for (const c of courses) {
    for (const e of c.entries) {
      const r = await readNote(e.path, 20 * 1024 * 1024);
      const v = r.ok ? visitOfText(r.text, config) : undefined;
      if (v) visits.set(e.path, v);
    }
  }
  return { courses, visits, unreadable };
}

const csvCell = (v: unknown): string => {
  let s = v === undefined || v === null ? '' : String(v);
  // A cell a spreadsheet would run as a formula is written as text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const CSV_COLUMNS = ['patient', 'episode', 'visit', 'planned', 'date', 'note_kinds', 'record', 'name', 'side', 'before', 'after', 'needles', 'twitch_responses', 'referral', 'over_lung', 'severity', 'note'];

export function reportCsv(report: CourseReport, name: (path: string) => string): string {
  const rows: unknown[][] = [CSV_COLUMNS];
  for (const c of report.courses) {
    for (const e of c.entries) {
      const v = report.visits.get(e.path);
      if (!v) continue;
      const base = [c.patient, c.episode ?? '', v.number ?? '', v.planned ?? '', v.date ?? '', v.kinds.join(' ')];
      const note = name(e.path);
      if (!v.scores.length && !v.needled.length && !v.adverseEvents.length) rows.push([...base, 'visit', '', '', '', '', '', '', '', '', '', note]);
      for (const s of v.scores) rows.push([...base, 'score', s.measure.toUpperCase(), '', s.pre ?? '', s.post ?? '', '', '', '', '', '', note]);
      for (const m of v.needled) {
        rows.push([...base, 'needling', m.name, m.side ?? '', '', '', m.needles ?? '', m.twitch?.present ? (m.twitch.count ?? 'yes') : m.twitch ? 0 : '', m.referral ? 'yes' : '', m.lung ? 'yes' : '', '', note]);
      }
      for (const a of v.adverseEvents) rows.push([...base, 'adverse-event', a.name, '', '', '', '', '', '', '', a.severity, note]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function reportJson(report: CourseReport, config: ResolvedConfig, name: (path: string) => string, today: string): string {
  const out = report.courses.map((c) => {
    const timeline = timelineOptions({ course: c, full: (p) => report.visits.get(p), config, today, href: () => '', name });
    return {
      patient: c.patient,
      episode: c.episode ?? null,
      visits: c.entries.filter((e) => report.visits.has(e.path)).map((e) => {
        const v = report.visits.get(e.path)!;
        return {
          note: name(e.path), visit: v.number ?? null, planned: v.planned ?? null, date: v.date ?? null, clinician: v.clinician ?? null, kinds: v.kinds,
          scores: v.scores.map((s) => ({ measure: s.measure, before: s.pre ?? null, after: s.post ?? null })),
          needled: v.needled.map((m) => ({ muscle: m.muscle, name: m.name, side: m.side ?? null, needles: m.needles ?? null, twitch: m.twitch ?? null, referral: m.referral, overLung: m.lung })),
          adverseEvents: v.adverseEvents.map((a) => ({ event: a.id, name: a.name, severity: a.severity })),
          consent: v.consent ? { signed: v.consent.signed ?? null, regions: v.consent.regions, allRegions: v.consent.all } : null,
        };
      }),
      due: (timeline.due ?? []).map((d) => d.text),
      problems: c.problems.map((p) => describeProblem(p, name)),
    };
  });
  return JSON.stringify({ generated: today, courses: out }, null, 2) + '\n';
}

export function reportHtml(report: CourseReport, config: ResolvedConfig, name: (path: string) => string, today: string): string {
  const clinic = [config.clinic.name, config.clinic.address, config.clinic.phone].filter(Boolean).join(' · ');
  const pages: TimelineOptions[] = report.courses.map((c, k) => {
    // Points link to their visit's row in the report itself: a referrer has no access to the notes.
    const rowOf = new Map(c.entries.filter((e) => report.visits.has(e.path)).map((e, i) => [e.path, i + 1]));
    const prefix = `e${k + 1}-`;
    return {
      ...timelineOptions({ course: c, full: (p) => report.visits.get(p), config, today, href: (p) => `#${prefix}visit-${rowOf.get(p) ?? 1}`, name }),
      idPrefix: prefix, heading: clinic || undefined, generated: `report of ${today}`,
    };
  });
  return renderTimelineHtml(pages);
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  const { err, usageError } = sayFor('report');
  const args = parse(argv);
  if (typeof args === 'string') {
    return usageError(args);
  }
  if (args.help) {
    process.stdout.write(REPORT_USAGE + '\n');
    return 0;
  }
  const shown = (p: string) => displayPath(p, cwd);
  const loaded = loadConfigSaying(args.config, cwd, shown, err);
  if (!loaded) return 2;
  const { config } = loaded;
  const out = args.out ? resolve(cwd, args.out) : undefined;
  if (out && existsSync(out)) {
    err(`${shown(out)} already exists; choose a new file name (a report never replaces a file)`);
    return 2;
  }
  if (out && !existsSync(dirname(out))) {
    err(`${shown(dirname(out))}: no such folder`);
    return 2;
  }
  // One clinic's settings for the whole run (--config, or the one that applies in the current folder).
  const found = await discoverFiles(args.targets, { cwd, configs: configSource(loaded) });
  for (const m of discoveryMessages(found, shown, 'checked')) err(m);
  const report = await collectCourses(found.files, config, args.patient, args.episode);
  for (const u of report.unreadable) err(`${shown(u.path)}: ${u.problem}`);
  if (!report.courses.length) {
    // The identifier is the user's own input, so it may be named back.
    err(`no notes with patient "${args.patient}"${args.episode ? ` and episode "${args.episode}"` : ''} in the notes given (the identifier is read from the front matter: patient:, patient_id:, mrn:)`);
    return 2;
  }
  const today = isoDay(new Date());
  const text = args.format === 'csv' ? reportCsv(report, shown) : args.format === 'json' ? reportJson(report, config, shown, today) : reportHtml(report, config, shown, today);
  if (out) {
    try {
      writeFileSync(out, text, { flag: 'wx' });
    } catch (e) {
      err(`${shown(out)}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return 2;
    }
    process.stderr.write(`dn-lint report: wrote ${shown(out)}\n`);
  } else {
    process.stdout.write(text);
  }
  return found.problems.length || report.unreadable.length ? 2 : 0;
}
