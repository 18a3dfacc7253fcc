// Benchmark suite: `npm run bench` (builds first). Compares dn-lint with markdownlint-cli2 and the
// markdownlint API side by side, alternating runs so shared-machine noise hits both alike.
//
// Options (or env BENCH_*): --runs N (CLI runs per corpus, default 3; 10k corpus uses --runs10k,
// default 2), --corpora 1000,10000, --typical-runs 200, --huge-runs 3, --peer-huge-runs 2,
// --startup-runs 10, --skip-peer-huge, --check-whole (also lint the 50k note whole, ~20 s).
// BENCH_CLI=<path> times another CLI build. Writes bench/out/results.json and prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleCore } from './bundle.mjs';
import { generateCorpus } from './generate.mjs';
import { generateHuge, generateTypical } from './notes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const node = process.execPath;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  const env = process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`];
  if (i >= 0) return process.argv[i + 1] && !process.argv[i + 1].startsWith('--') ? process.argv[i + 1] : 'true';
  return env ?? fallback;
}
const RUNS = Number(option('runs', 3));
const RUNS_10K = Number(option('runs10k', 2));
const CORPORA = option('corpora', '1000,10000').split(',').filter(Boolean).map(Number);
const TYPICAL_RUNS = option('typical-runs', '200');
const HUGE_RUNS = option('huge-runs', '3');
const PEER_HUGE_RUNS = option('skip-peer-huge', 'false') === 'true' ? '0' : option('peer-huge-runs', '2');
const STARTUP_RUNS = Number(option('startup-runs', 10));
const CHECK_WHOLE = option('check-whole', 'false') === 'true';

const started = Date.now();
const log = (s) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${s}\n`);

// ---------- inputs ----------
mkdirSync(out, { recursive: true });
for (const n of CORPORA) {
  const dir = join(out, `corpus-${n}`);
  if (!existsSync(join(dir, 'batch-00'))) {
    log(`generating ${n} notes`);
    generateCorpus(dir, n);
  }
}
const typicalFile = join(out, 'typical.md');
const hugeFile = join(out, 'huge.md');
if (!existsSync(typicalFile)) writeFileSync(typicalFile, generateTypical());
if (!existsSync(hugeFile)) writeFileSync(hugeFile, generateHuge());
await bundleCore();

// ---------- helpers ----------
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** @returns {'ignore'} */
const devNull = () => 'ignore';

/** Runs a command once; wall from hrtime, CPU and peak RSS from /usr/bin/time when present. */
function measure(args, opts = {}) {
  const timeFile = join(out, `.time-${process.pid}`);
  const cmd = TIME ? TIME : node;
  const argv = TIME ? ['-f', '%U %S %M', '-o', timeFile, node, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env }, stdio: ['ignore', devNull(), 'pipe'], maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu;
  let rssMb;
  if (TIME && existsSync(timeFile)) {
    const [u, s, kb] = (readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    cpu = u + s;
    rssMb = kb / 1024;
    rmSync(timeFile, { force: true });
  }
  const ok = opts.okCodes ? opts.okCodes.includes(r.status) : true;
  if (!ok) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  return { wall, cpu, rssMb, code: r.status };
}

/** @param {Array<number | undefined>} xs */
function stats(xs) {
  const s = /** @type {number[]} */ (xs.filter((x) => x !== undefined)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), min: s[0], max: s[s.length - 1] };
}
const summary = (runs) => ({ wall: stats(runs.map((r) => r.wall)), cpu: stats(runs.map((r) => r.cpu)), rssMb: stats(runs.map((r) => r.rssMb)) });

/** Alternates the commands run by run, after `warm` untimed rounds. Returns per-command summaries and per-pair ratios to `base`. */
function alternate(commands, runs, base, warm = 1) {
  for (let i = 0; i < warm; i++) for (const c of Object.values(commands)) c();
  /** @type {Record<string, Array<{ wall: number, cpu?: number, rssMb?: number }>>} */
  const got = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) for (const [k, c] of Object.entries(commands)) got[k].push(c());
  /** @type {Record<string, any>} */
  const result = Object.fromEntries(Object.entries(got).map(([k, v]) => [k, summary(v)]));
  if (base) {
    result.ratios = {};
    for (const k of Object.keys(commands)) {
      if (k === base) continue;
      result.ratios[`${base}/${k}`] = { wall: stats(got[base].map((b, i) => b.wall / got[k][i].wall)), cpu: stats(got[base].map((b, i) => (b.cpu && got[k][i].cpu ? b.cpu / got[k][i].cpu : undefined))) };
    }
  }
  return result;
}

const CLI = process.env.BENCH_CLI ?? join(root, 'dist/cli.js');
const MDL = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const cacheDir = join(out, 'cache');
const env = { DNLINT_CACHE_DIR: cacheDir };
// Default settings for every file, whatever .dnlintrc.json the repository itself has.
const benchConfig = join(out, 'bench.dnlintrc.json');
writeFileSync(benchConfig, '{}\n');
const ours = (target, cwd, extra = []) => () => measure([CLI, '--config', benchConfig, ...extra, target], { cwd, env, okCodes: [0, 1] });
const peer = (glob, cwd) => () => measure([MDL, glob], { cwd, okCodes: [0, 1] });
/** One untimed run with output captured: the run must exit 0/1 and mention the file count. */
function sanity(args, cwd, n, extraEnv = {}) {
  const r = spawnSync(node, args, { cwd, env: { ...process.env, ...extraEnv }, encoding: 'utf8', maxBuffer: 256 << 20 });
  const text = `${r.stdout}\n${r.stderr}`;
  if (![0, 1].includes(r.status ?? -1) || !text.includes(String(n))) throw new Error(`${args[0]} did not lint ${n} notes (exit ${r.status}): ${text.slice(-400)}`);
}
const loadNow = () => loadavg().map((x) => Number(x.toFixed(2)));

const results = {
  date: new Date().toISOString(),
  machine: { nproc: cpus().length, cpu: cpus()[0]?.model, memGiB: Number((totalmem() / 2 ** 30).toFixed(1)), freeGiB: Number((freemem() / 2 ** 30).toFixed(1)), node: process.version, loadAtStart: loadNow() },
  options: { RUNS, RUNS_10K, CORPORA, TYPICAL_RUNS, HUGE_RUNS, PEER_HUGE_RUNS, STARTUP_RUNS },
  corpora: {},
};

// ---------- CLI throughput ----------
for (const n of CORPORA) {
  const dir = join(out, `corpus-${n}`);
  const runs = n >= 10000 ? RUNS_10K : RUNS;
  sanity([CLI, '--config', benchConfig, '--no-cache', '.'], dir, n, env);
  sanity([MDL, '**/*.md'], dir, n);
  log(`corpus ${n}: dn-lint --no-cache vs markdownlint-cli2 vs floors, ${runs} alternating runs (load ${loadNow().join(' ')})`);
  const cold = alternate({
    ours: ours('.', dir, ['--no-cache']),
    markdownlint: peer('**/*.md', dir),
    readFloor: () => measure([join(here, 'floor-read.mjs'), dir]),
    parseFloor: () => measure([join(here, 'floor-parse.cjs'), dir]),
  }, runs, 'ours', n >= 10000 ? 0 : 1); // the sanity runs above already warmed the page cache
  log(`corpus ${n}: cached re-runs vs read-only floor`);
  rmSync(cacheDir, { recursive: true, force: true });
  measure([CLI, '--config', benchConfig, '.'], { cwd: dir, env, okCodes: [0, 1] }); // fills the cache
  const warm = alternate({ oursCached: ours('.', dir), readFloor: () => measure([join(here, 'floor-read.mjs'), dir]) }, Math.max(runs, 3), 'oursCached');
  const notesPerSec = (s) => (s ? n / s.wall.median : undefined);
  results.corpora[n] = {
    files: n,
    bytes: Number(spawnSync('du', ['-sb', dir]).stdout.toString().split('\t')[0]),
    cold, warm,
    notesPerSec: { ours: notesPerSec(cold.ours), markdownlint: notesPerSec(cold.markdownlint), parseFloor: notesPerSec(cold.parseFloor), readFloor: notesPerSec(cold.readFloor), oursCached: notesPerSec(warm.oursCached) },
    load: loadNow(),
  };
}

// ---------- editor latency ----------
log(`editor latency (load ${loadNow().join(' ')})`);
{
  const r = spawnSync(node, [join(here, 'latency.mjs'), typicalFile, hugeFile, TYPICAL_RUNS, HUGE_RUNS, PEER_HUGE_RUNS], {
    cwd: root, env: { ...process.env, ...(CHECK_WHOLE ? { BENCH_CHECK_WHOLE: '1' } : {}) }, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`latency.mjs failed: ${r.stderr.slice(0, 1000)}`);
  results.latency = JSON.parse(r.stdout);
  results.latency.load = loadNow();
}

// ---------- cold cost ----------
log('activation, bundle size, CLI start-up');
{
  const act = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const r = spawnSync(node, [join(here, 'activate.cjs'), typicalFile], { cwd: root, encoding: 'utf8' });
    if (r.status === 0) act.push(JSON.parse(r.stdout));
  }
  const pick = (k) => stats(act.map((a) => a[k]));
  results.activation = { runs: act.length, requireMs: pick('requireMs'), activationMs: pick('activationMs'), firstLintMs: pick('firstLintMs'), secondLintMs: pick('secondLintMs'), error: act.find((a) => a.error)?.error };
  const ext = join(root, 'dist/extension.js');
  const bundle = (f) => (existsSync(f) ? { bytes: statSync(f).size, gzip: gzipSync(readFileSync(f), { level: 9 }).length } : undefined);
  results.bundle = { extension: bundle(ext), core: bundle(join(root, 'dist/core.js')), cli: bundle(CLI), worker: bundle(join(root, 'dist/worker.js')) };
  const single = dirname(typicalFile);
  results.startup = alternate({
    ours: () => measure([CLI, '--config', benchConfig, '--no-cache', 'typical.md'], { cwd: single, env, okCodes: [0, 1] }),
    markdownlint: () => measure([MDL, 'typical.md'], { cwd: single, okCodes: [0, 1] }),
    bareNode: () => measure(['-e', '0']),
  }, STARTUP_RUNS, 'ours');
}
results.load = loadNow();
results.durationSec = (Date.now() - started) / 1000;
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));

// ---------- table ----------
const f = (x, d = 2) => (x === undefined ? '–' : Number(x).toFixed(d));
const mmm = (s, d = 2) => (s ? `${f(s.median, d)} (${f(s.min, d)}–${f(s.max, d)})` : '–');
const rows = [];
const row = (what, value, target, met) => rows.push([what, value, target, met === undefined ? '' : met ? 'met' : 'NOT met']);
for (const [n, c] of Object.entries(results.corpora)) {
  row(`${n} notes: dn-lint cold wall s`, mmm(c.cold.ours.wall), '', undefined);
  row(`${n} notes: markdownlint-cli2 wall s`, mmm(c.cold.markdownlint.wall), '', undefined);
  row(`${n} notes: read floor / parse floor wall s`, `${mmm(c.cold.readFloor.wall, 3)} / ${mmm(c.cold.parseFloor.wall)}`, '', undefined);
  const speed = c.cold.ratios['ours/markdownlint'].wall;
  row(`${n} notes: dn-lint notes/s (× markdownlint-cli2)`, `${f(c.notesPerSec.ours, 0)} (${f(1 / speed.median)}×, pairs ${f(1 / speed.max)}–${f(1 / speed.min)}×)`, Number(n) >= 10000 ? '≥ 3×' : '', Number(n) >= 10000 ? 1 / speed.median >= 3 : undefined);
  const cached = c.warm.ratios['oursCached/readFloor'].wall;
  row(`${n} notes: cached re-run wall s (× read floor)`, `${mmm(c.warm.oursCached.wall, 3)} (${f(cached.median)}×)`, '≤ 3× read floor', cached.median <= 3);
  row(`${n} notes: peak RSS MiB dn-lint / markdownlint-cli2`, `${f(c.cold.ours.rssMb?.max, 0)} / ${f(c.cold.markdownlint.rssMb?.max, 0)}`, Number(n) >= 10000 ? '< 250 MB' : '', Number(n) >= 10000 ? c.cold.ours.rssMb?.max < 250 : undefined);
}
const L = results.latency;
const E = L.typicalEdited;
row('typical note re-lint after a one-line edit ms wall median / p95 (CPU median)', `${f(E.ours.wall.median)} / ${f(E.ours.wall.p95)} (${f(E.ours.cpu.median)})`, '≤ 5 ms and < markdownlint', E.ours.wall.median <= 5 && E.ours.wall.median < E.markdownlint.wall.median);
row('typical note after a one-line edit: markdownlint API ms median / p95 (CPU)', `${f(E.markdownlint.wall.median)} / ${f(E.markdownlint.wall.p95)} (${f(E.markdownlint.cpu.median)})`, '', undefined);
row('typical note, the same text again: lint / markdownlint ms wall median', `${f(L.typical.ours.wall.median)} / ${f(L.typical.markdownlint.wall.median)}`, '', undefined);
if (L.completion) row('completion at a needling line ms median / p95', `${f(L.completion.withNote.wall.median, 3)} / ${f(L.completion.withNote.wall.p95, 3)} (fresh ${f(L.completion.fresh.wall.median, 3)})`, '< 10 ms', L.completion.withNote.wall.p95 < 10);
const H = L.huge;
const peerHuge = H.markdownlint.wall?.median;
row(`50k-line note: lint cold ms median (CPU)`, `${f(H.oursCold.wall.median, 0)} (${f(H.oursCold.cpu.median, 0)})`, '', undefined);
row(`50k-line note: lint after a one-line edit ms median / p95 (CPU)`, `${f(H.oursEdit.wall.median, 0)} / ${f(H.oursEdit.wall.p95, 0)} (${f(H.oursEdit.cpu.median, 0)})`, '', undefined);
row(`50k-line note: markdownlint API ms (CPU)`, peerHuge ? `${f(peerHuge, 0)} (${f(H.markdownlint.cpu.median, 0)})` : 'skipped', '', undefined);
if (peerHuge) {
  row('50k-line note: speed-up cold / edit (CPU)', `${f(H.markdownlint.cpu.median / H.oursCold.cpu.median, 1)}× / ${f(H.markdownlint.cpu.median / H.oursEdit.cpu.median, 1)}×`, '≥ 10×', H.markdownlint.cpu.median / H.oursCold.cpu.median >= 10);
}
const M = L.modelCost;
row('typical note: lint CPU / parse-only CPU (model and rules on top of the parse)', `${f(M.lint.cpu.median)} / ${f(M.parse.cpu.median)} ms = ${f(M.lint.cpu.median / M.parse.cpu.median)}×`, '≤ 1.3×', M.lint.cpu.median / M.parse.cpu.median <= 1.3);
if (M.mdast) row('typical note: lint CPU / remark\'s full mdast parse CPU (a fixed reference, no target)', `${f(M.lint.cpu.median)} / ${f(M.mdast.cpu.median)} ms = ${f(M.lint.cpu.median / M.mdast.cpu.median)}×`, '', undefined);
row('one 4 MB dictated line: lint s median (CPU)', `${f(L.long.line4mb.wall.median / 1000)} (${f(L.long.line4mb.cpu.median / 1000)})`, '< 5 s', L.long.line4mb.wall.median < 5000);
row('100,000-line note: lint s median (CPU)', `${f(L.long.lines100k.wall.median / 1000)} (${f(L.long.lines100k.cpu.median / 1000)})`, '< 5 s', L.long.lines100k.wall.median < 5000);
const para = (k) => L.long[k].wall.median / 1000;
row('run-on paragraph, 10,000 / 40,000 lines: lint s median (growth for 4× the lines)', `${f(para('paragraph10k'))} / ${f(para('paragraph40k'))} (${f(para('paragraph40k') / para('paragraph10k'))}×)`, '≈ 4× (linear)', para('paragraph40k') / para('paragraph10k') < 6);
if (L.long.findings80k) {
  row('needling list with a finding on every third line, 20,000 / 80,000 lines: lint s median (growth for 4×)', `${f(para('findings20k'))} / ${f(para('findings80k'))} (${f(para('findings80k') / para('findings20k'))}×)`, '≈ 4× (linear)', para('findings80k') / para('findings20k') < 6);
}
const A = results.activation;
// A run whose require or activate threw measured less than the real thing: it never passes.
row('activation ms (require + activate) median', A.error ? `failed: ${A.error}` : mmm(A.activationMs), '< 30 ms', !A.error && A.activationMs?.median < 30);
row('first lint after activation ms median (incl. loading dist/core.js)', mmm(A.firstLintMs), '< 50 ms', A.firstLintMs?.median < 50);
row('bundle dist/extension.js bytes (gzip), loaded at activation', `${results.bundle.extension?.bytes} (${results.bundle.extension?.gzip})`, '< 300 KB', results.bundle.extension?.bytes < 300 * 1024);
row('bundle dist/core.js bytes (gzip), loaded on first lint', `${results.bundle.core?.bytes} (${results.bundle.core?.gzip})`, '', undefined);
row('CLI on one note wall s: dn-lint / markdownlint-cli2 / bare node', `${mmm(results.startup.ours.wall, 3)} / ${mmm(results.startup.markdownlint.wall, 3)} / ${mmm(results.startup.bareNode.wall, 3)}`, '', undefined);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`\nMachine: ${results.machine.nproc} cores, ${results.machine.memGiB} GiB, node ${results.machine.node}; load ${results.machine.loadAtStart.join(' ')} → ${results.load.join(' ')}; ${f(results.durationSec, 0)} s\n`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`);
console.log(`\nwrote ${join(out, 'results.json')}`);
