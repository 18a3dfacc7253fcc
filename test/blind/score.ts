// Scores the linter on a blind batch: every note of <batch>/notes linted with the default
// configuration and compared with the batch's answer keys (keys/<writer>.json). Used by
// `npm run qa` (scripts/qa.mjs) and by the regression test that keeps each batch at its score.
//
// Matching: rules about the whole note match once per note whatever their line; every other
// finding matches on rule and line. Severity comes from each rule's default, so "errors and
// warnings" and "all" (with info) are both reported.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Severity } from '../../src/core/types';

export const NOTE_RULES = new Set(['consent-missing', 'consent-not-given', 'aftercare-missing', 'pneumothorax-not-discussed', 'needle-count',
  'soap-section-missing', 'front-matter-invalid', 'code-block-unclosed']);

export interface Metrics { tp: number; fp: number; fn: number; precision: number; recall: number }
export interface Mismatch { file: string; kind: 'FP' | 'FN'; key: string; detail: string }
export interface BatchScore {
  batch: string;
  notes: number;
  compliant: number;
  compliantWithErrorsOrWarnings: number;
  infoPerCompliantNote: number;
  errorsAndWarnings: Metrics;
  all: Metrics;
  rules: Record<string, Metrics & { severity: string }>;
  mismatches: Mismatch[];
}

interface KeyEntry { compliant: boolean; findings: Array<{ rule: string; line: number | null; why?: string }> }
type Lint = (text: string) => { findings: readonly Finding[] };

const keyOf = (rule: string, line: number | null) => (NOTE_RULES.has(rule) ? `${rule}@note` : `${rule}@${line}`);

function metrics({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Metrics {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

function group<T>(items: readonly T[], key: (x: T) => string, oncePerKey: (x: T) => boolean): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    if (oncePerKey(x) && out.has(k)) continue;
    out.set(k, [...(out.get(k) ?? []), x]);
  }
  return out;
}

export function scoreBatch(lint: Lint, severity: ReadonlyMap<string, Severity>, dir: string, batch: string): BatchScore {
  const keys: Record<string, KeyEntry> = {};
  for (const f of readdirSync(join(dir, 'keys')).filter((f) => f.endsWith('.json')).sort()) Object.assign(keys, JSON.parse(readFileSync(join(dir, 'keys', f), 'utf8')));
  const perRule = new Map<string, { tp: number; fp: number; fn: number }>();
  const stat = (rule: string) => perRule.get(rule) ?? perRule.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule)!;
  const mismatches: Mismatch[] = [];
  let compliant = 0;
  let compliantWithEW = 0;
  let infoOnCompliant = 0;
  for (const [file, entry] of Object.entries(keys)) {
    const { findings } = lint(readFileSync(join(dir, 'notes', file), 'utf8'));
    const actual = group(findings, (f) => keyOf(f.ruleId, f.range.start.line + 1), (f) => NOTE_RULES.has(f.ruleId));
    const expected = group(entry.findings, (e) => keyOf(e.rule, e.line), (e) => NOTE_RULES.has(e.rule));
    for (const k of new Set([...actual.keys(), ...expected.keys()])) {
      const s = stat(k.split('@')[0]);
      const a = actual.get(k)?.length ?? 0;
      const e = expected.get(k)?.length ?? 0;
      s.tp += Math.min(a, e);
      if (a > e) {
        s.fp += a - e;
        mismatches.push({ file, kind: 'FP', key: k, detail: actual.get(k)![0].message });
      }
      if (e > a) {
        s.fn += e - a;
        mismatches.push({ file, kind: 'FN', key: k, detail: expected.get(k)![0].why ?? '' });
      }
    }
    if (!entry.findings.length) {
      compliant++;
      if (findings.some((f) => f.severity !== 'info')) compliantWithEW++;
      infoOnCompliant += findings.filter((f) => f.severity === 'info').length;
    }
  }
  const sum = (pred: (rule: string) => boolean) => [...perRule].filter(([r]) => pred(r)).reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    batch, notes: Object.keys(keys).length, compliant, compliantWithErrorsOrWarnings: compliantWithEW, infoPerCompliantNote: compliant ? infoOnCompliant / compliant : 0,
    errorsAndWarnings: metrics(sum((r) => severity.get(r) !== 'info')), all: metrics(sum(() => true)),
    rules: Object.fromEntries([...perRule].sort().map(([r, s]) => [r, { severity: severity.get(r) ?? '?', ...metrics(s) }])),
    mismatches,
  };
}

/** The batches under `blindDir`: folders with answer keys. */
export const batchesIn = (blindDir: string) => readdirSync(blindDir).filter((d) => {
  try {
    return readdirSync(join(blindDir, d)).includes('keys');
  } catch {
    return false;
  }
}).sort();
