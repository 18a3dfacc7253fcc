#!/usr/bin/env node
// Blind QA: lints every note of test/fixtures/blind/<batch>/notes with the default configuration
// and compares the findings with the batch's answer keys (keys/<writer>.json). Prints precision
// and recall per rule and per batch; `--json FILE` also writes them for the regression test.
//
// Matching: rules about the whole note (NOTE_RULES) match once per note whatever their line;
// every other finding matches on rule and line. Severity comes from each rule's default, so
// "errors and warnings" and "all" (with info) are both reported.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const verbose = args.includes('--verbose') || args.includes('-v');
const only = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--json');

const NOTE_RULES = new Set(['consent-missing', 'consent-not-given', 'aftercare-missing', 'pneumothorax-not-discussed', 'needle-count',
  'soap-section-missing', 'front-matter-invalid', 'code-block-unclosed']);

const out = await build({
  stdin: { contents: "export { lint } from './src/core/engine/lint'; export { rules } from './src/core/rules';", resolveDir: root, loader: 'ts' },
  bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { lint, rules } = mod.exports;
const severity = new Map(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));

const blindDir = join(root, 'test/fixtures/blind');
const batches = readdirSync(blindDir).filter((d) => existsSync(join(blindDir, d, 'keys')) && (!only.length || only.includes(d))).sort();

const keyOf = (rule, line) => (NOTE_RULES.has(rule) ? `${rule}@note` : `${rule}@${line}`);

function scoreBatch(batch) {
  const dir = join(blindDir, batch);
  const keys = {};
  for (const f of readdirSync(join(dir, 'keys')).filter((f) => f.endsWith('.json')).sort()) Object.assign(keys, JSON.parse(readFileSync(join(dir, 'keys', f), 'utf8')));
  const perRule = new Map();
  const stat = (rule) => perRule.get(rule) ?? perRule.set(rule, { tp: 0, fp: 0, fn: 0 }).get(rule);
  const mismatches = [];
  let compliant = 0, compliantWithEW = 0, infoOnCompliant = 0;
  for (const [file, entry] of Object.entries(keys)) {
    const text = readFileSync(join(dir, 'notes', file), 'utf8');
    const { findings } = lint(text);
    const actual = new Map();
    for (const f of findings) {
      const k = keyOf(f.ruleId, f.range.start.line + 1);
      if (NOTE_RULES.has(f.ruleId) && actual.has(k)) continue;
      actual.set(k, [...(actual.get(k) ?? []), f]);
    }
    const expected = new Map();
    for (const e of entry.findings) {
      const k = keyOf(e.rule, e.line);
      if (NOTE_RULES.has(e.rule) && expected.has(k)) continue;
      expected.set(k, [...(expected.get(k) ?? []), e]);
    }
    for (const k of new Set([...actual.keys(), ...expected.keys()])) {
      const rule = k.split('@')[0];
      const a = actual.get(k)?.length ?? 0;
      const e = expected.get(k)?.length ?? 0;
      const s = stat(rule);
      s.tp += Math.min(a, e);
      if (a > e) {
        s.fp += a - e;
        mismatches.push({ file, kind: 'FP', key: k, detail: actual.get(k)[0].message });
      }
      if (e > a) {
        s.fn += e - a;
        mismatches.push({ file, kind: 'FN', key: k, detail: expected.get(k)[0].why ?? '' });
      }
    }
    if (!entry.findings.length) {
      compliant++;
      if (findings.some((f) => f.severity !== 'info')) compliantWithEW++;
      infoOnCompliant += findings.filter((f) => f.severity === 'info').length;
    }
  }
  const sum = (pred) => [...perRule].filter(([r]) => pred(r)).reduce((t, [, s]) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    batch, notes: Object.keys(keys).length, compliant, compliantWithErrorsOrWarnings: compliantWithEW, infoPerCompliantNote: compliant ? infoOnCompliant / compliant : 0,
    errorsAndWarnings: metrics(sum((r) => severity.get(r) !== 'info')), all: metrics(sum(() => true)),
    rules: Object.fromEntries([...perRule].sort().map(([r, s]) => [r, { severity: severity.get(r) ?? '?', ...metrics(s) }])),
    mismatches,
  };
}

function metrics({ tp, fp, fn }) {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const pct = (x) => x.toFixed(2);
const results = batches.map(scoreBatch);
for (const r of results) {
  console.log(`\n${r.batch}: ${r.notes} notes (${r.compliant} compliant)`);
  console.log('  rule                          sev      tp  fp  fn  precision recall');
  for (const [rule, s] of Object.entries(r.rules)) {
    console.log(`  ${rule.padEnd(30)}${s.severity.padEnd(8)}${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(6)}`);
  }
  if (verbose) for (const m of r.mismatches) console.log(`    ${m.kind} ${m.file} ${m.key}: ${m.detail.slice(0, 140)}`);
}
console.log('');
for (const r of results) {
  const ew = r.errorsAndWarnings;
  const all = r.all;
  console.log(`${r.batch}: errors+warnings precision ${pct(ew.precision)} recall ${pct(ew.recall)}; with info precision ${pct(all.precision)} recall ${pct(all.recall)}; compliant notes with an error or warning ${r.compliantWithErrorsOrWarnings} of ${r.compliant}; info per compliant note ${r.infoPerCompliantNote.toFixed(2)}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
