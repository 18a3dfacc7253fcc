#!/usr/bin/env node
// Blind QA: scores the linter on each batch of test/fixtures/blind (scoring in test/blind/score.ts).
// Prints precision and recall per rule and per batch; `-v` lists every mismatch; `--json FILE`
// also writes the scores. Usage: node scripts/qa.mjs [batch…] [-v] [--json FILE]
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const verbose = args.includes('--verbose') || args.includes('-v');
const only = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--json');

const out = await build({
  stdin: {
    contents: "export { lint } from './src/core/engine/lint'; export { rules } from './src/core/rules'; export { scoreBatch, batchesIn } from './test/blind/score';",
    resolveDir: root, loader: 'ts',
  },
  bundle: true, write: false, platform: 'node', format: 'cjs', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { lint, rules, scoreBatch, batchesIn } = mod.exports;
const severity = new Map(rules.map((r) => [r.meta.id, r.meta.defaultSeverity]));

const blindDir = join(root, 'test/fixtures/blind');
const batches = batchesIn(blindDir).filter((d) => !only.length || only.includes(d));

const pct = (x) => x.toFixed(2);
const results = batches.map((b) => scoreBatch(lint, severity, join(blindDir, b), b));
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
