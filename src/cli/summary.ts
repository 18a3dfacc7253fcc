// dn-lint summary <folder>: a clinic's view of its notes. Lints every note with its patient's
// course (as the plain CLI does) and counts findings per rule and per clinician, plus how many
// notes name no patient. Names clinicians (staff) and rules, never patients or note text.

import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { courseKey } from '../core/course/index';
import { ruleById } from '../core/rules';
import type { Severity } from '../core/types';
import { discoverFiles } from './files';
import { displayPath } from './format';
import { discoveryMessages, lintDiscovered, NOTHING_CHECKED } from './lint-run';
import { configSource, loadExplicitConfig } from './load-config';
import { sayFor } from './say';

export const SUMMARY_USAGE = `Usage: dn-lint summary [options] <file|folder|glob>...

Lints the notes (each with its patient's earlier notes, as dn-lint does) and
counts the findings per rule and per clinician (front matter clinician:), with
the number of notes, patients and notes that name no patient. For a clinic's
audit; notes are never modified.

Options:
  -f, --format <format>   text (default), json or csv
  -c, --config <path>     configuration file (default: the nearest .dnlintrc.json)
      --no-cache          check every note afresh
  -h, --help              show this help

Exit codes: 0 summary printed, 2 usage error, a note that could not be read,
            or no notes at all.`;


interface Counts {
  findings: number;
  notes: Set<number>;
  bySeverity: Record<Severity, number>;
}

const blank = (): Counts => ({ findings: 0, notes: new Set(), bySeverity: { error: 0, warning: 0, info: 0 } });

export interface ClinicSummary {
  notes: number;
  unreadable: number;
  patients: number;
  withoutPatient: number;
  rules: Array<{ rule: string; code: string; findings: number; notes: number; error: number; warning: number; info: number }>;
  clinicians: Array<{ clinician: string; notes: number; notesWithFindings: number; findings: number; error: number; warning: number; info: number; topRules: string[] }>;
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  const { err, usageError } = sayFor('summary');
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { format: { type: 'string', short: 'f' }, config: { type: 'string', short: 'c' }, 'no-cache': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(SUMMARY_USAGE + '\n');
    return 0;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'csv') {
    return usageError(`--format must be "text", "json" or "csv", not "${format}"`);
  }
  if (!positionals.length) {
    return usageError('no files or folders given');
  }
  const shown = (p: string) => displayPath(p, cwd);
  // --config names one file for every note; otherwise each note gets the nearest .dnlintrc.json.
  const explicit = values.config ? loadExplicitConfig(values.config as string, cwd, shown) : undefined;
  if (explicit?.fatal) {
    err(`--config ${explicit.fatal}`);
    return 2;
  }
  for (const p of explicit?.problems ?? []) err(p);
  const found = await discoverFiles(positionals, { cwd, configs: configSource(explicit) });
  for (const m of discoveryMessages(found, shown)) err(m);
  if (!found.files.length) {
    err(NOTHING_CHECKED);
    return 2;
  }

  const clinicianOf: string[] = [];
  const patients = new Set<string>();
  let withoutPatient = 0;
  const results = await lintDiscovered(found, {
    version, maxFileBytes: 20 * 1024 * 1024, noCache: values['no-cache'] === true,
    onHeader: (i, header) => {
      clinicianOf[i] = header.clinician?.trim() || '(no clinician named)';
      const key = courseKey(header);
      if (key) patients.add(key.slice(0, key.indexOf('\u0000')));
      else withoutPatient++;
    },
  });
  for (const r of results) if (r.error) err(`${shown(r.path)}: ${r.error}`);

  const byRule = new Map<string, Counts>();
  const byClinician = new Map<string, Counts & { all: Set<number>; rules: Map<string, number> }>();
  results.forEach((r, i) => {
    if (r.error) return;
    const who = clinicianOf[i] ?? '(no clinician named)';
    const c = byClinician.get(who) ?? { ...blank(), all: new Set<number>(), rules: new Map<string, number>() };
    byClinician.set(who, c);
    c.all.add(i);
    for (const f of r.findings) {
      const rule = byRule.get(f.ruleId) ?? blank();
      byRule.set(f.ruleId, rule);
      rule.findings++;
      rule.notes.add(i);
      rule.bySeverity[f.severity]++;
      c.findings++;
      c.notes.add(i);
      c.bySeverity[f.severity]++;
      c.rules.set(f.ruleId, (c.rules.get(f.ruleId) ?? 0) + 1);
    }
  });
  const summary: ClinicSummary = {
    notes: results.filter((r) => !r.error).length,
    unreadable: results.filter((r) => r.error).length,
    patients: patients.size,
    withoutPatient,
    rules: [...byRule].map(([rule, c]) => ({ rule, code: ruleById(rule)?.meta.code ?? '', findings: c.findings, notes: c.notes.size, ...c.bySeverity }))
      .sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    clinicians: [...byClinician].map(([clinician, c]) => ({
      clinician, notes: c.all.size, notesWithFindings: c.notes.size, findings: c.findings, ...c.bySeverity,
      topRules: [...c.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([id, n]) => `${id} (${n})`),
    })).sort((a, b) => a.clinician.localeCompare(b.clinician)),
  };
  process.stdout.write(format === 'json' ? JSON.stringify(summary, null, 2) + '\n' : format === 'csv' ? summaryCsv(summary) : summaryText(summary));
  return found.problems.length || summary.unreadable ? 2 : 0;
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => String(r[k]).length)));
  const line = (r: Array<string | number>) => r.map((c, k) => (typeof c === 'number' ? String(c).padStart(widths[k]) : String(c).padEnd(widths[k]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function summaryText(s: ClinicSummary): string {
  return [
    `${s.notes} notes, ${s.patients} patients; ${s.withoutPatient} notes name no patient${s.unreadable ? `; ${s.unreadable} could not be read` : ''}.`,
    '',
    'Findings per rule',
    s.rules.length ? table(['rule', 'code', 'findings', 'notes', 'error', 'warning', 'info'], s.rules.map((r) => [r.rule, r.code, r.findings, r.notes, r.error, r.warning, r.info])) : '(none)',
    '',
    'Findings per clinician',
    table(['clinician', 'notes', 'with findings', 'findings', 'error', 'warning', 'info', 'most frequent'],
      s.clinicians.map((c) => [c.clinician, c.notes, c.notesWithFindings, c.findings, c.error, c.warning, c.info, c.topRules.join(', ')])),
    '',
  ].join('\n');
}

const cell = (v: string | number) => {
  let t = String(v);
  if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[",\n\r]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

export function summaryCsv(s: ClinicSummary): string {
  const rows: Array<Array<string | number>> = [['table', 'name', 'notes', 'findings', 'error', 'warning', 'info']];
  for (const r of s.rules) rows.push(['rule', r.rule, r.notes, r.findings, r.error, r.warning, r.info]);
  for (const c of s.clinicians) rows.push(['clinician', c.clinician, c.notes, c.findings, c.error, c.warning, c.info]);
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
