// Runs the unit suites (core, CLI, grammar, PDF) with mocha and measures line coverage of
// src/core with c8 (V8's own coverage mapped back to the TypeScript through the bundles' inline
// source maps). Prints the coverage summary, the src/core files under the target with the lines
// no test runs, and a plain "N passed, N failed" line last, which is what CI reads.
// COVERAGE=0 runs the tests alone (a quicker loop while working on one suite).
import { transformSync } from 'esbuild';
import Mocha from 'mocha';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

/** src/core is held to this share of its lines run by the unit tests (issue 13). */
const CORE_LINE_TARGET = 90;
const COVERAGE_DIR = 'coverage';

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.js') ? [p] : [];
  });
}

/** @param {string} dir @returns {string[]} the TypeScript sources under dir, relative to the root */
function walkSources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walkSources(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** @param {{passes: number, failures: number, pending: number}} s */
function finish(s) {
  if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify(s));
  if (s.pending) console.log(`${s.pending} pending tests are not counted as passed`);
  console.log(`${s.passes} passed, ${s.failures} failed`);
  process.exitCode = s.failures || s.passes === 0 ? 1 : 0;
}

/** Runs mocha here; resolves to the counts. */
function runTests() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: process.env.MOCHA_REPORTER || 'dot', grep: process.env.MOCHA_GREP });
  // The long-run tests first, on a fresh process: they bound the engine's time on a long run, not the harness's. Run last, after
  // every other suite (a heap of 1.3 GB), they take up to three times as long (BENCHMARKS.md).
  const files = walk('dist/test/unit').sort();
  const first = (/** @type {string} */ f) => (/robustness[\\/]long-runs\.test\.js$/.test(f) ? 0 : 1);
  for (const f of [...files].sort((a, b) => first(a) - first(b))) mocha.addFile(join(root, f));
  return new Promise((res) => {
    const runner = mocha.run((failures) => res({ passes: runner.stats?.passes ?? 0, failures, pending: runner.stats?.pending ?? 0 }));
  });
}

/** @param {number[]} lines sorted @returns {string} "3-7, 12, 40-41" */
function ranges(lines) {
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    out.push(i === j ? `${lines[i]}` : `${lines[i]}-${lines[j]}`);
    i = j;
  }
  return out.join(', ');
}

/**
 * Maps V8's raw coverage of the test bundles back to src/core through their inline source maps
 * (v8-to-istanbul, as c8 does) and writes the istanbul JSON and HTML reports. Done here rather than
 * with c8's Report class, whose include filter sees those relative paths and so reported every
 * line of src/core as run.
 * @param {string} rawDir
 */
async function writeCoverage(rawDir) {
  const v8toIstanbul = (await import('v8-to-istanbul')).default;
  const libCoverage = (await import('istanbul-lib-coverage')).default;
  const libReport = (await import('istanbul-lib-report')).default;
  const reports = (await import('istanbul-reports')).default;
  const map = libCoverage.createCoverageMap();
  const core = join(root, 'src/core') + '/';
  for (const file of readdirSync(rawDir)) {
    /** @type {{result: Array<{url: string, functions: any[]}>}} */
    const raw = JSON.parse(readFileSync(join(rawDir, file), 'utf8'));
    for (const script of raw.result) {
      if (!script.url.startsWith('file://') || !script.url.includes('/dist/test/unit/')) continue;
      const bundle = fileURLToPath(script.url);
      // v8-to-istanbul asks with the source map's relative path while applying ranges and with
      // the resolved one while reporting: both must be kept, or the report shows every line as run.
      const converter = v8toIstanbul(bundle, 0, undefined, (path) => !resolve(dirname(bundle), path).startsWith(core));
      await converter.load();
      converter.applyCoverage(script.functions);
      map.merge(converter.toIstanbul());
      converter.destroy();
    }
  }
  const context = libReport.createContext({ dir: COVERAGE_DIR, coverageMap: map });
  for (const name of ['json', 'html']) reports.create(/** @type {any} */ (name)).execute(context);
}

/** Reads the istanbul JSON and prints the src/core line figure and what is not covered. */
function printCoverage() {
  /** @type {Record<string, {statementMap: Record<string, {start: {line: number}}>, s: Record<string, number>}>} */
  const data = JSON.parse(readFileSync(join(COVERAGE_DIR, 'coverage-final.json'), 'utf8'));
  let total = 0;
  let run = 0;
  /** @type {Array<{file: string, pct: number, missing: number[]}>} */
  const files = [];
  for (const [abs, cov] of Object.entries(data)) {
    const file = relative(root, abs);
    if (!file.startsWith('src/core/')) continue;
    /** @type {Map<number, boolean>} */
    const lines = new Map();
    for (const [id, loc] of Object.entries(cov.statementMap)) {
      const line = loc.start.line;
      lines.set(line, (lines.get(line) ?? false) || cov.s[id] > 0);
    }
    const covered = [...lines.values()].filter(Boolean).length;
    total += lines.size;
    run += covered;
    const missing = [...lines].filter(([, hit]) => !hit).map(([line]) => line).sort((a, b) => a - b);
    files.push({ file, pct: lines.size ? (100 * covered) / lines.size : 100, missing });
  }
  // A file no test bundle loads is not in V8's data at all: it counts with none of its lines run,
  // unless it holds only types or re-exports (nothing of its own is left to run once compiled).
  const reported = new Set(files.map((f) => f.file));
  for (const file of walkSources('src/core')) {
    if (reported.has(file)) continue;
    const source = readFileSync(file, 'utf8');
    const compiled = transformSync(source, { loader: 'ts' }).code.replace(/^export \{\s*\};?\s*$/m, '').trim();
    // Nothing left, or only re-exports ("export * from './x'"), which the bundles resolve away.
    if (compiled.split('\n').every((l) => !l.trim() || /^export (?:\*|\{[^}]*\}) from /.test(l.trim()))) continue;
    const lines = source.split('\n').map((l, i) => [l.trim(), i + 1]).filter(([l]) => l && !/^(\/\/|\*|\/\*\*?|import |export type |\}$)/.test(String(l))).map(([, n]) => Number(n));
    total += lines.length;
    files.push({ file, pct: 0, missing: lines });
  }
  const pct = total ? (100 * run) / total : 0;
  console.log(`\ncoverage of src/core: ${pct.toFixed(1)}% of lines (${run} of ${total}) in ${files.length} files; target ${CORE_LINE_TARGET}%`);
  const under = files.filter((f) => f.pct < CORE_LINE_TARGET).sort((a, b) => a.pct - b.pct);
  if (under.length) {
    console.log(`files under ${CORE_LINE_TARGET}%, with the lines no unit test runs:`);
    for (const f of under) console.log(`  ${f.pct.toFixed(0).padStart(3)}%  ${f.file}: ${ranges(f.missing)}`);
  }
  console.log(`(full report: ${COVERAGE_DIR}/index.html)`);
  return pct;
}

if (process.env.COVERAGE === '0' || process.env.NODE_V8_COVERAGE) {
  // The tests themselves: alone, or as the child whose coverage the parent reports.
  const summary = await runTests();
  if (process.env.DN_UNIT_RESULT) writeFileSync(process.env.DN_UNIT_RESULT, JSON.stringify(summary));
  else finish(summary);
} else {
  const v8dir = mkdtempSync(join(tmpdir(), 'dn-soap-v8-'));
  const result = join(v8dir, 'result.json');
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], {
    stdio: 'inherit', env: { ...process.env, NODE_V8_COVERAGE: join(v8dir, 'raw'), DN_UNIT_RESULT: result },
  });
  /** @type {{passes: number, failures: number, pending: number}} */
  let summary = { passes: 0, failures: 1, pending: 0 };
  if (existsSync(result)) summary = JSON.parse(readFileSync(result, 'utf8'));
  else console.error(`unit tests did not finish (exit ${child.status ?? child.signal})`);
  try {
    await writeCoverage(join(v8dir, 'raw'));
    printCoverage();
  } catch (e) {
    // A broken report never hides the test result; it is said plainly.
    console.error(`coverage could not be measured: ${/** @type {Error} */ (e).message}`);
  } finally {
    if (!process.env.DN_KEEP_V8) rmSync(v8dir, { recursive: true, force: true });
    else console.log(`raw coverage kept in ${v8dir}`);
  }
  finish(summary);
}
