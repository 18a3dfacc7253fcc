#!/usr/bin/env node
// `npm test`: build, unit tests, then the real-editor suite in code-server.
// Streams each stage's output and prints ONE final plain line "N passed, N failed" that sums
// both suites; it is the very last line of output. Exits non-zero if any stage failed,
// errored, timed out, could not run at all, or ran zero tests.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const tmp = mkdtempSync(join(tmpdir(), 'dn-soap-test-all-'));
let child;
let interrupted = false;

const say = (msg) => process.stderr.write(`test-all: ${msg}\n`);

function run(cmd, args, extraEnv = {}) {
  return new Promise((res) => {
    child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...extraEnv } });
    child.on('error', (e) => { say(`cannot start ${cmd}: ${e.message}`); res(127); });
    child.on('exit', (code, signal) => { child = undefined; res(code ?? (signal ? 128 : 1)); });
  });
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    interrupted = true;
    if (child) { try { child.kill(sig); } catch { /* gone */ } } // the stage cleans up its own processes
  });
}

function readSummary(file) {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8'));
    return { passes: Number(s.passes) || 0, failures: Number(s.failures) || 0 };
  } catch { return undefined; }
}

const stages = [];
/** Records a stage; a stage that failed without reporting a failing test counts as one failure. */
function record(name, code, summary) {
  const passes = summary?.passes ?? 0;
  let failures = summary?.failures ?? 0;
  let ok = code === 0 && failures === 0 && passes > 0;
  let why = '';
  if (code !== 0) why = `exit ${code}`;
  else if (!summary) why = 'no summary written';
  else if (passes === 0 && failures === 0) why = 'ran zero tests';
  if (!ok && failures === 0) failures = 1;
  stages.push({ name, passes, failures, ok, why });
}

async function main() {
  say('stage 1/4: build');
  const buildCode = await run(process.execPath, ['scripts/build.mjs']);
  if (buildCode !== 0 || interrupted) {
    record('build', buildCode || 1, undefined);
    return;
  }

  say('stage 2/4: static checks (types, lint, boundaries, generated files)');
  const staticSummary = join(tmp, 'static.json');
  const staticCode = await run(process.execPath, ['scripts/check-static.mjs'], { SUMMARY_FILE: staticSummary });
  record('static', staticCode, readSummary(staticSummary));
  if (interrupted) return;

  say('stage 3/4: unit tests');
  const unitSummary = join(tmp, 'unit.json');
  const unitCode = await run(process.execPath, ['scripts/test-unit.mjs'], { SUMMARY_FILE: unitSummary });
  record('unit', unitCode, readSummary(unitSummary));
  if (interrupted) return;

  say('stage 4/4: real-editor tests (code-server)');
  const hostDir = process.env.DN_TEST_HOST_DIR || join(homedir(), '.cache', 'dn-soap-test-host');
  const csEntry = join(process.env.CODE_SERVER_DIR || join(hostDir, 'node_modules', 'code-server'), 'out', 'node', 'entry.js');
  const node24 = process.env.CODE_SERVER_NODE || join(hostDir, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(csEntry) || !existsSync(node24)) {
    say(`code-server test host missing in ${hostDir}; running scripts/setup-code-server.sh`);
    const setupCode = await run('bash', ['scripts/setup-code-server.sh']);
    if (setupCode !== 0 || interrupted) {
      record('e2e', setupCode || 1, undefined);
      say('setup-code-server.sh failed: the real-editor suite could not run (counted as a failure)');
      return;
    }
  }
  const e2eSummary = join(tmp, 'e2e.json');
  const e2eCode = await run(process.execPath, ['scripts/run-code-server-tests.mjs'], { SUMMARY_FILE: e2eSummary });
  record('e2e', e2eCode, readSummary(e2eSummary));
}

main()
  .catch((e) => { say(`error: ${e?.stack ?? e}`); stages.push({ name: 'test-all', passes: 0, failures: 1, ok: false, why: 'runner error' }); })
  .finally(() => {
    rmSync(tmp, { recursive: true, force: true });
    if (interrupted) stages.push({ name: 'interrupted', passes: 0, failures: 1, ok: false, why: 'signal' });
    for (const s of stages) say(`${s.name}: ${s.passes} passed, ${s.failures} failed${s.ok ? '' : ` - FAILED${s.why ? ` (${s.why})` : ''}`}`);
    const passes = stages.reduce((n, s) => n + s.passes, 0);
    const failures = stages.reduce((n, s) => n + s.failures, 0);
    const ok = stages.length >= 2 && stages.every((s) => s.ok);
    // stderr is flushed before the final stdout line, so it really is the last line.
    process.stdout.write(`${passes} passed, ${failures} failed\n`);
    process.exitCode = ok ? 0 : 1;
  });
