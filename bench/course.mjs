// Course-of-care benchmarks (issue 14): `node bench/course.mjs` (bundles what it needs).
//
//  1. Patient index build over 10,000 generated notes (1,250 patients × 8 visits): read every
//     file and its front matter, place it in the index, then sort every course and find its
//     problems, as the editor does on first need and the CLI before linting.
//  2. Incremental update: one note changes (its patient moves on, or a visit's content changes):
//     re-read it, update the index, re-read its course; and the full facts of that one note.
//  3. Timeline render for one patient of 8 visits: the notes' facts, then the page.
//  4. dn-lint over 1,000 notes, with and without patient identifiers in their front matter
//     (the cost of checking each note with its course), workers on, no cache.
//
// Options (or env BENCH_*): --notes 10000, --runs 5, --cli-notes 1000. Writes
// bench/out/course-results.json and prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { makeRng, noteText } from './notes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return Number(i >= 0 ? process.argv[i + 1] : process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback);
};
const NOTES = option('notes', 10000);
const RUNS = option('runs', 5);
const CLI_NOTES = option('cli-notes', 1000);
const log = (s) => process.stderr.write(`[course bench] ${s}\n`);
mkdirSync(out, { recursive: true });

// ---------- the core, bundled for Node
const bundle = join(out, 'course-core.cjs');
await build({
  stdin: {
    contents: `export { CourseIndex } from './src/core/course/index';
export { readHeader } from './src/core/course/visit';
export { visitOfText } from './src/core/course/context';
export { timelineOptions } from './src/core/course/timeline-input';
export { renderTimelineHtml } from './src/core/course/timeline';
export { defaultConfig } from './src/core/config/config';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning',
});
const core = createRequire(import.meta.url)(bundle);
const config = core.defaultConfig();

// ---------- the corpus: patients of 8 visits, a week apart, in monthly folders
const PER_PATIENT = 8;
function courseNote(rng, patient, n, withPatient = true) {
  const date = new Date(Date.UTC(2025, 0, 6 + 7 * (n - 1) + (patient % 28))).toISOString().slice(0, 10);
  const body = noteText(rng, { visit: n });
  const fm = ['---', ...(withPatient ? [`patient: PT-${String(patient).padStart(5, '0')}`, 'episode: 2025'] : []), `visit: ${n} of ${PER_PATIENT}`, `date: ${date}`, `clinician: J. Doe, DPT`, ...(n === 1 ? ['type: initial evaluation'] : []), '---', ''];
  return fm.join('\n') + body;
}
function corpus(dir, count, withPatient = true) {
  if (existsSync(join(dir, '.complete'))) return;
  rmSync(dir, { recursive: true, force: true });
  const rng = makeRng(20251130 + (withPatient ? 0 : 1));
  for (let i = 0; i < count; i++) {
    const patient = Math.floor(i / PER_PATIENT);
    const sub = join(dir, `month-${String(patient % 12).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `pt-${String(patient).padStart(5, '0')}-v${(i % PER_PATIENT) + 1}.soap.md`), courseNote(rng, patient, (i % PER_PATIENT) + 1, withPatient));
  }
  writeFileSync(join(dir, '.complete'), '');
}
const files = (dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)).sort();

const dir = join(out, `course-${NOTES}`);
log(`generating ${NOTES} notes (${NOTES / PER_PATIENT} patients)`);
corpus(dir, NOTES);
const paths = files(dir);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (fn) => {
  const t = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
};

// ---------- 1. index build
const builds = [];
let index;
for (let run = 0; run < RUNS; run++) {
  const { ms, r } = time(() => {
    const idx = new core.CourseIndex();
    for (const p of paths) idx.upsert(p, core.readHeader(readFileSync(p, 'utf8'), config.course.dateOrder));
    let problems = 0;
    for (const c of idx.courses()) problems += idx.course(c.key).problems.length;
    return { idx, problems };
  });
  builds.push(ms);
  index = r.idx;
  if (run === 0) log(`index: ${index.size} notes, ${index.courses().length} courses, ${r.problems} problems`);
}

// ---------- 2. incremental update
const target = paths[Math.floor(paths.length / 2)];
const text = readFileSync(target, 'utf8');
const moved = text.replace(/^patient: .*$/m, 'patient: PT-MOVED');
const updates = [];
const contentUpdates = [];
for (let run = 0; run < Math.max(RUNS * 20, 100); run++) {
  updates.push(time(() => {
    index.upsert(target, core.readHeader(run % 2 ? text : moved, config.course.dateOrder));
    return index.courseOf(target).entries.length;
  }).ms);
  contentUpdates.push(time(() => core.visitOfText(text, config)).ms);
}
index.upsert(target, core.readHeader(text, config.course.dateOrder));

// ---------- 3. timeline render (one patient, 8 visits)
const course = index.courseOf(target);
const renders = [];
const renderOnly = [];
let html = '';
for (let run = 0; run < Math.max(RUNS * 4, 20); run++) {
  const facts = time(() => new Map(course.entries.map((e) => [e.path, core.visitOfText(readFileSync(e.path, 'utf8'), config)])));
  const page = time(() => core.renderTimelineHtml(core.timelineOptions({ course, full: (p) => facts.r.get(p), config, today: '2025-12-01', href: (p, l) => `#${l ?? 1}`, name: (p) => p })));
  renders.push(facts.ms + page.ms);
  renderOnly.push(page.ms);
  html = page.r;
}

// ---------- 4. the CLI with and without courses
let cli;
const cliBin = join(root, 'dist', 'cli.js');
if (CLI_NOTES > 0 && existsSync(cliBin)) {
  const withDir = join(out, `course-cli-${CLI_NOTES}`);
  const withoutDir = join(out, `course-cli-${CLI_NOTES}-anonymous`);
  corpus(withDir, CLI_NOTES, true);
  corpus(withoutDir, CLI_NOTES, false);
  const runCli = (target) => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cliBin, '--no-cache', '--format', 'json', target], { cwd: root, maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`dn-lint exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  const withCourse = [];
  const without = [];
  for (let run = 0; run < Math.max(2, Math.min(RUNS, 3)); run++) {
    without.push(runCli(withoutDir));
    withCourse.push(runCli(withDir));
  }
  cli = { notes: CLI_NOTES, withCoursesS: median(withCourse), withoutCoursesS: median(without) };
}

const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), load: loadavg().map((x) => x.toFixed(2)).join(' '), node: process.version },
  notes: paths.length,
  patients: index.courses().length,
  indexBuildMs: { median: median(builds), min: Math.min(...builds), runs: builds.length },
  indexBuildPerNoteUs: (median(builds) * 1000) / paths.length,
  incrementalUpdateMs: { median: median(updates), max: Math.max(...updates), runs: updates.length },
  oneNoteFactsMs: { median: median(contentUpdates), max: Math.max(...contentUpdates) },
  timelineMs: { factsAndPage: median(renders), pageOnly: median(renderOnly), htmlKiB: Math.round(html.length / 1024) },
  cli,
};
writeFileSync(join(out, 'course-results.json'), JSON.stringify(results, null, 2));
const row = (what, value) => `| ${what} | ${value} |`;
console.log([
  `Course-of-care benchmarks (${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}, load ${results.machine.load})`, '',
  '| what | figure |', '|---|---|',
  row(`index build, ${paths.length.toLocaleString('en')} notes (${results.patients} patients): read + front matter + courses and problems`, `${results.indexBuildMs.median.toFixed(0)} ms median of ${builds.length} (${results.indexBuildPerNoteUs.toFixed(0)} µs per note)`),
  row('incremental update: one note re-placed, its course re-read', `${results.incrementalUpdateMs.median.toFixed(3)} ms median (max ${results.incrementalUpdateMs.max.toFixed(2)} ms)`),
  row('facts of the one changed note (parse + visit facts)', `${results.oneNoteFactsMs.median.toFixed(1)} ms median`),
  row('timeline, 8 visits: facts of the 8 notes + page', `${results.timelineMs.factsAndPage.toFixed(1)} ms median (page alone ${results.timelineMs.pageOnly.toFixed(2)} ms, ${results.timelineMs.htmlKiB} KiB of HTML)`),
  ...(cli ? [row(`dn-lint over ${cli.notes.toLocaleString('en')} notes, with courses vs no patient identifiers`, `${cli.withCoursesS.toFixed(2)} s vs ${cli.withoutCoursesS.toFixed(2)} s`)] : []),
].join('\n'));
