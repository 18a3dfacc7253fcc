#!/usr/bin/env node
// Runs the extension's mocha suite inside a REAL VS Code extension host without a desktop
// VS Code: code-server (VS Code server build, Node 24) hosts the extension, headless
// Chromium (playwright-core) plays the workbench. Recipe and pitfalls:
// /work/shared/docs/real-editor-tests.md (sections 3, 4.2, 5).
//
// Usage: node scripts/run-code-server-tests.mjs [folder] [--extensionDevelopmentPath=P]...
//                                                [--extensionTestsPath=P] [other flags ignored]
// Defaults: extension = repo root, tests = dist/test/e2e/index.js,
//           folder = test/e2e/fixtures/workspace. VS Code-style args let it stand in for the
//           VS Code binary (scripts/code-shim.sh, @vscode/test-electron).
//
// Exit codes: 0 pass; 1 failing tests / test module failed to load / no `run` export;
//   2 setup error (missing code-server, Node 24, Chromium, tests, or the browser did not
//   launch); 3 code-server died or did not answer; 4 no result within TEST_TIMEOUT_MS.
// Env: TEST_TIMEOUT_MS (900000: the suite takes ~190 s on an idle 2-core machine and went past
//   300 s under load; a hung test is caught sooner by mocha's 30 s per-test timeout), DN_TEST_HOST_DIR, CODE_SERVER_DIR, CODE_SERVER_NODE,
//   CHROMIUM_PATH, SUMMARY_FILE (writes {passes,failures,...} JSON), VERBOSE=1 (unfiltered
//   workbench log + browser console), KEEP_LOGS=1 (keep + print the code-server log),
//   TIMESTAMPS=1. Every env var reaches the extension host (e.g. DN_E2E_FORCE_FAIL).
// Tests ask the runner for screenshots (DN_E2E_SCREENSHOT) and for key presses on the workbench
// page (DN_E2E_KEYS) by logging a line; see "screenshots for tests" and "keystrokes for tests".
// The last line printed is always the plain "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const t0 = Date.now();
const env = process.env;
const VERBOSE = env.VERBOSE === '1';
const TIMESTAMPS = env.TIMESTAMPS === '1';
const TIMEOUT_MS = Number(env.TEST_TIMEOUT_MS) > 0 ? Number(env.TEST_TIMEOUT_MS) : 900_000;
const hostDir = env.DN_TEST_HOST_DIR || join(homedir(), '.cache', 'dn-soap-test-host');
const csDir = env.CODE_SERVER_DIR || join(hostDir, 'node_modules', 'code-server');
const node24 = env.CODE_SERVER_NODE || join(hostDir, 'node_modules', 'node', 'bin', 'node');
const chromiumPath = env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) || '/usr/bin/chromium';

const stamp = () => (TIMESTAMPS ? `[${((Date.now() - t0) / 1000).toFixed(1)}s] ` : '');
const info = (msg) => process.stdout.write(`${stamp()}${msg}\n`);
const note = (msg) => process.stderr.write(`${stamp()}run-code-server-tests: ${msg}\n`);

// ---------------------------------------------------------------- arguments
const devPaths = [];
let testsPath;
let folder;
{
  const argv = process.argv.slice(2);
  const takesValue = new Set(['--extensionDevelopmentPath', '--extensionTestsPath', '--user-data-dir', '--extensions-dir', '--locale', '--log']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      let value = eq < 0 ? undefined : a.slice(eq + 1);
      if (value === undefined && takesValue.has(name)) value = argv[++i];
      if (name === '--extensionDevelopmentPath' && value) devPaths.push(resolve(toPath(value)));
      else if (name === '--extensionTestsPath' && value) testsPath = resolve(toPath(value));
      // every other flag (--no-sandbox, --user-data-dir=..., --disable-extensions ...) is ignored
    } else if (!a.startsWith('-') && folder === undefined) {
      folder = resolve(toPath(a));
    }
  }
}
function toPath(v) { return v.startsWith('file://') ? fileURLToPath(v) : v; }
if (!devPaths.length) devPaths.push(root);
testsPath ??= join(root, 'dist', 'test', 'e2e', 'index.js');
folder ??= join(root, 'test', 'e2e', 'fixtures', 'workspace');

// ---------------------------------------------------------------- state + cleanup
let cs;              // code-server ChildProcess (own process group)
let browser;         // playwright Browser
let tmp;             // temp dir (config, user data, extensions, log)
let csLogPath;
let summaryLine;     // "N passed, N failed" from the test host, held back
let finishing = false;

/**
 * Debian's Chromium starts chrome_crashpad_handler daemons that re-parent to PID 1, outside our
 * tree. Chromium's XDG_CONFIG_HOME is inside our temp dir, so ours are the ones whose
 * --database is under it.
 */
function ourCrashpadHandlers() {
  if (!tmp) return [];
  const out = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (cmd.includes('chrome_crashpad_handler') && cmd.includes(`--database=${tmp}/`)) out.push(Number(name));
    } catch { /* gone */ }
  }
  return out;
}

/** pid -> ppid for every process, read from /proc. */
function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state ppid ...
      if (rest[0] !== 'Z') table.set(Number(name), Number(rest[1]));
    } catch { /* gone */ }
  }
  return table;
}
function descendants(pid) {
  const table = processTable();
  const out = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const [child, parent] of table) if (parent === p) { out.push(child); queue.push(child); }
  }
  return out;
}
const alive = (pid) => { try { process.kill(pid, 0); return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '); } catch { return false; } };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const withTimeout = (p, ms) => Promise.race([p, sleep(ms)]);

async function cleanup() {
  // Everything we started, as seen right now (Chromium, code-server and their children).
  const ours = descendants(process.pid);
  if (browser) await withTimeout(browser.close().catch(() => {}), 5000);
  if (cs?.pid) {
    const csTree = [cs.pid, ...descendants(cs.pid)];
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (const p of csTree) { try { process.kill(p, 'SIGTERM'); } catch { /* gone */ } }
    for (let i = 0; i < 50 && csTree.some(alive); i++) await sleep(100);
  }
  // Whatever still lives (slow to die, or moved to another process group): SIGKILL.
  const left = [...new Set([...ours, ...descendants(process.pid), ...ourCrashpadHandlers()])].filter((p) => p !== process.pid && alive(p));
  if (cs?.pid) { try { process.kill(-cs.pid, 'SIGKILL'); } catch { /* gone */ } }
  for (const p of left) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
  if (left.length) for (let i = 0; i < 20 && left.some(alive); i++) await sleep(100);
  if (tmp) {
    if (env.KEEP_LOGS === '1') {
      if (csLogPath && existsSync(csLogPath)) {
        note(`code-server log (${csLogPath}):`);
        process.stderr.write(readFileSync(csLogPath, 'utf8'));
      }
      note(`kept ${tmp}`);
    } else {
      try { rmSync(tmp, { recursive: true, force: true }); } catch { /* best effort */ }
    }
  }
}

const REASONS = { 1: 'tests failed (or the test module could not be loaded)', 2: 'setup error', 3: 'code-server died or did not answer', 4: `no result within ${TIMEOUT_MS} ms (TEST_TIMEOUT_MS)` };

async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  clearTimeout(overallTimer);
  if (why) note(why);
  await cleanup().catch((e) => note(`cleanup: ${e?.message ?? e}`));
  let passes = 0;
  let failures = 0;
  const m = summaryLine && /^(\d+) passed, (\d+) failed/.exec(summaryLine);
  if (m) { passes = Number(m[1]); failures = Number(m[2]); }
  // A run that failed without a mocha count (load error, crash, timeout) counts as one failure.
  if (code !== 0 && failures === 0) failures = 1;
  if (env.SUMMARY_FILE) {
    try {
      writeFileSync(env.SUMMARY_FILE, JSON.stringify({ passes, failures, exitCode: code, ...(code ? { reason: REASONS[code] ?? `exit ${code}` } : {}) }));
    } catch (e) { note(`cannot write SUMMARY_FILE: ${e.message}`); }
  }
  note(`exit ${code}${code ? ` (${REASONS[code] ?? 'interrupted'})` : ''} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.stdout.write(`${passes} passed, ${failures} failed\n`);
  process.exit(code);
}

const overallTimer = setTimeout(() => finish(4, `timeout: no result from the extension host within ${TIMEOUT_MS} ms`), TIMEOUT_MS);
process.on('SIGINT', () => finish(130, 'interrupted (SIGINT)'));
process.on('SIGTERM', () => finish(143, 'terminated (SIGTERM)'));
process.on('SIGHUP', () => finish(129, 'hangup (SIGHUP)'));
process.on('uncaughtException', (e) => finish(2, `runner error: ${e?.stack ?? e}`));
process.on('unhandledRejection', (/** @type {any} */ e) => finish(2, `runner error: ${e?.stack ?? e}`));

// ---------------------------------------------------------------- log filtering (P8)
// Workbench chatter that shares the channel with the extension host's console output.
// Matched against the first line of a message; a match drops the whole message (stack included).
const NOISE = [
  /^Resolv(?:ing|ed) connection token/, /^Creating a socket/, /^\[AgentHost/, /^\[ChatModelSelection\]/,
  /^\[reconnection-grace-time\]/, /^\[Service Worker\]/, /^\[AccountPolicyGate\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^Canceled(?::|$)/, /^No search provider registered for scheme/, /^Started local extension host/, /^Extension host with pid/,
  /^\[(?:LocalProcess|RemoteExtensionHost|ExtensionService)/, /^Settings Sync/, /^\[perf\]/, /^Creation of workbench contribution /,
  /^Timed out waiting for authentication provider /,
];
const isNoise = (firstLine) => NOISE.some((re) => re.test(firstLine));

// ---------------------------------------------------------------- screenshots for tests
// A test asks for one by logging "DN_E2E_SCREENSHOT <name> [<width>x<height>] [<css selector>]":
// the page is saved as test-results/<name>.png (at that viewport size, if given), the last
// webview as <name>.webview.png, the first element matching the selector in any frame as
// <name>.element.png, the HTML of every frame as <name>.frames.html (for DOM checks); then
// <name>.done tells the test it may read them.
let page;
async function capture(name, size, selector) {
  const dir = join(root, 'test-results');
  const base = join(dir, name.replace(/[^\w.-]/g, '_'));
  const before = page.viewportSize();
  try {
    mkdirSync(dir, { recursive: true });
    if (size) { await page.setViewportSize(size); await sleep(1500); }
    await page.screenshot({ path: `${base}.png` });
    const webview = page.locator('iframe.webview.ready').last();
    if (await webview.count()) await webview.screenshot({ path: `${base}.webview.png` }).catch(() => {});
    const frames = [];
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      frames.push(`<!-- frame -->\n${await f.content().catch(() => '')}`);
      const element = selector ? f.locator(selector).first() : undefined;
      if (element && !existsSync(`${base}.element.png`) && await element.count().catch(() => 0)) await element.screenshot({ path: `${base}.element.png` }).catch(() => {});
    }
    // Not in a webview: the workbench's own widgets (the suggest list, the quick-fix menu, an editor).
    const own = selector && !existsSync(`${base}.element.png`) ? page.locator(selector).first() : undefined;
    if (own && await own.count().catch(() => 0)) await own.screenshot({ path: `${base}.element.png` }).catch(() => {});
    writeFileSync(`${base}.frames.html`, frames.join('\n'));
  } catch (e) { note(`screenshot ${name}: ${e?.message ?? e}`); }
  if (size && before) await page.setViewportSize(before).catch(() => {});
  writeFileSync(`${base}.done`, '');
}

// ---------------------------------------------------------------- keystrokes for tests
// The suite runs in the extension host and cannot press keys; a test types as a clinician does by
// logging "DN_E2E_KEYS <id> <json>", where the JSON is a list of steps played in order on the
// workbench page's keyboard:
//   { "type": "text", "delay"?: ms per key }   { "press": "Tab" | "Enter" | "Control+." | ... }
//   { "wait": ms }   { "waitFor": "<css selector>", "text"?: "...", "state"?: "visible"|"hidden", "timeout"?: ms }
//   { "pressUntil": "ArrowDown", "selector": "<css>", "text"?: "...", "max"?: n, "interval"?: ms }  (presses until it shows)
//   { "pressIf": "Tab", "selector": "<css>", "text"?: "..." }  (presses once if it shows now)
// then writes test-results/<id>.keys.json: { "ok": true } or { "ok": false, "step": n, "error": "..." }.
// A failed step also leaves <id>.fail.png and <id>.fail.html (the page) for the reader.
// Requests are played one after another, never interleaved.
let keysQueue = Promise.resolve();
// About 12 characters a second: a quick typist, and the pace the editor's suggest list is built for.
const KEY_DELAY_MS = 80;

async function playKeys(id, json) {
  const out = join(root, 'test-results', `${id}.keys.json`);
  let result = { ok: true };
  let steps;
  try { steps = JSON.parse(json); } catch (e) { steps = undefined; result = { ok: false, step: -1, error: `bad steps: ${e.message}` }; }
  for (let i = 0; steps && i < steps.length && result.ok; i++) {
    const s = steps[i];
    try {
      if (typeof s.type === 'string') await page.keyboard.type(s.type, { delay: s.delay ?? KEY_DELAY_MS });
      else if (typeof s.press === 'string') await page.keyboard.press(s.press, { delay: 10 });
      else if (typeof s.wait === 'number') await sleep(s.wait);
      else if (typeof s.waitFor === 'string') {
        let target = page.locator(s.waitFor);
        if (s.text) target = target.filter({ hasText: s.text });
        await target.first().waitFor({ state: s.state ?? 'visible', timeout: s.timeout ?? 10_000 });
      } else if (typeof s.pressUntil === 'string') {
        let target = page.locator(s.selector);
        if (s.text) target = target.filter({ hasText: s.text });
        for (let n = 0; !(await target.first().isVisible()); n++) {
          if (n >= (s.max ?? 10)) throw new Error(`${s.selector} "${s.text ?? ''}" not shown after ${n} × ${s.pressUntil}`);
          await page.keyboard.press(s.pressUntil, { delay: 10 });
          await target.first().waitFor({ state: 'visible', timeout: s.interval ?? 150 }).catch(() => {});
        }
      } else if (typeof s.pressIf === 'string') {
        let target = page.locator(s.selector);
        if (s.text) target = target.filter({ hasText: s.text });
        if (await target.first().isVisible()) await page.keyboard.press(s.pressIf, { delay: 10 });
      } else throw new Error(`unknown step ${JSON.stringify(s)}`);
    } catch (e) {
      result = { ok: false, step: i, error: String(e?.message ?? e).split('\n')[0] };
      const fail = join(root, 'test-results', `${id}.fail`);
      await page.screenshot({ path: `${fail}.png` }).catch(() => {});
      await page.content().then((html) => writeFileSync(`${fail}.html`, html)).catch(() => {});
    }
  }
  try { mkdirSync(dirname(out), { recursive: true }); writeFileSync(out, JSON.stringify(result)); } catch (e) { note(`keys ${id}: ${e?.message ?? e}`); }
}

function onHostLog(type, args) {
  // The hook gets console.* arguments unformatted (mocha logs '%s%s', ...): format like console does.
  const text = format(...(Array.isArray(args) ? args : [args]));
  const shot = /^DN_E2E_SCREENSHOT ([\w.-]+)(?: (\d+)x(\d+))?(?: (.+))?$/.exec(text.trim());
  if (shot && page) { void capture(shot[1], shot[2] ? { width: Number(shot[2]), height: Number(shot[3]) } : undefined, shot[4]); return; }
  const keys = /^DN_E2E_KEYS ([\w.-]+) (\[[\s\S]*\])$/.exec(text.trim());
  if (keys && page) { keysQueue = keysQueue.then(() => playKeys(keys[1], keys[2])); return; }
  if (!VERBOSE && isNoise(text.trimStart().split('\n', 1)[0])) return;
  const out = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (/^\d+ passed, \d+ failed$/.test(line.trim())) { summaryLine = line.trim(); continue; } // printed last
    out.write(`${stamp()}${line}\n`);
  }
}

// ---------------------------------------------------------------- main
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => { const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address()); srv.close(() => res(port)); });
  });
}

async function waitHealthy(port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (cs.exitCode !== null || cs.signalCode !== null) return false;
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return true;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  return false;
}

function csLogTail(n = 40) {
  try { return readFileSync(csLogPath, 'utf8').trimEnd().split('\n').slice(-n).join('\n'); } catch { return '(no log)'; }
}

async function main() {
  const setupHint = 'run `bash scripts/setup-code-server.sh` (or `npm run setup:code-server`)';
  const entry = join(csDir, 'out', 'node', 'entry.js');
  if (!existsSync(entry)) return finish(2, `code-server not found at ${csDir}: ${setupHint}`);
  if (!existsSync(node24)) return finish(2, `Node 24 for code-server not found at ${node24}: ${setupHint}`);
  if (!existsSync(chromiumPath)) return finish(2, `Chromium not found at ${chromiumPath}: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(testsPath) && !existsSync(`${testsPath}.js`)) return finish(2, `extensionTestsPath ${testsPath} does not exist: run \`node scripts/build.mjs\` first`);
  for (const p of devPaths) if (!existsSync(join(p, 'package.json'))) return finish(2, `extensionDevelopmentPath ${p} has no package.json`);
  if (!existsSync(folder)) return finish(2, `workspace folder ${folder} does not exist`);
  let chromium;
  try { ({ chromium } = await import('playwright-core')); } catch (e) { return finish(2, `playwright-core is not installed (npm ci): ${e.message}`); }

  tmp = mkdtempSync(join(tmpdir(), 'dn-soap-e2e-'));
  const port = await freePort();
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(join(tmp, 'extensions'), { recursive: true });
  writeFileSync(join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`); // P6
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'git.enabled': false,
    'github.gitAuthentication': false,
    'remote.autoForwardPorts': false,
    'security.workspace.trust.enabled': false,
  }, null, 2));

  csLogPath = join(tmp, 'code-server.log');
  const logFd = openSync(csLogPath, 'a');
  cs = spawn(node24, [entry,
    '--config', join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', join(tmp, 'extensions'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver', // P1: without it the payload is ignored
    '--vscode-option', 'disable-experiments',
  ], {
    cwd: tmp,
    detached: true, // own process group, so the whole tree can be signalled at once
    stdio: ['ignore', logFd, logFd],
    env: {
      ...env, PATH: `${dirname(node24)}:${env.PATH ?? ''}`,
      EXTENSIONS_GALLERY: '{}', // P7: no marketplace lookups
      DN_E2E_SCREENSHOTS: '1', // tests may ask for screenshots (capture above)
      DN_E2E_KEYS: '1', // tests may type on the page's keyboard (playKeys above)
      // P6: keep code-server's default config.yaml and coder-logs out of the user's home.
      // (VS Code's @vscode/deviceid also writes under XDG_CACHE_HOME.)
      XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data'), XDG_CACHE_HOME: join(tmp, 'xdg-cache'),
    },
  });
  closeSync(logFd);
  cs.on('error', (e) => finish(3, `cannot start code-server: ${e.message}`));
  cs.on('exit', (code, signal) => {
    if (!finishing) finish(3, `code-server exited early (code ${code}, signal ${signal}); last log lines:\n${csLogTail()}`);
  });

  if (!(await waitHealthy(port, 30_000))) {
    return finish(3, `code-server did not answer on 127.0.0.1:${port}/healthz within 30 s; last log lines:\n${csLogTail()}`);
  }
  if (finishing) return;
  if (VERBOSE) note(`code-server up on 127.0.0.1:${port}`);

  try {
    browser = await chromium.launch({
      executablePath: chromiumPath, headless: true, timeout: 60_000,
      // Chromium's config/crash-report/dconf dirs go to the temp dir, not the user's home.
      env: { ...env, XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_CACHE_HOME: join(tmp, 'xdg-cache') },
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'], // P13
      // (Not --disable-crashpad-for-testing: with it the workbench page load aborts.)
    });
  } catch (e) {
    return finish(2, `Chromium did not launch (${chromiumPath}): ${e.message.split('\n')[0]}`);
  }
  if (finishing) return;
  page = await browser.newPage();
  if (VERBOSE) page.on('console', (m) => note(`[browser ${m.type()}] ${m.text()}`));
  page.on('crash', () => finish(2, 'the workbench page crashed in Chromium'));
  await page.exposeFunction('codeAutomationLog', (type, args) => onHostLog(type, args));
  await page.exposeFunction('codeAutomationExit', (code) => {
    // Let any log line still in flight through before finishing.
    setTimeout(() => finish(Number(code) === 0 ? 0 : 1), 200);
  });

  const remote = (p) => `vscode-remote://remote${p}`;
  const payload = [
    ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'], ['skipReleaseNotes', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  if (VERBOSE) note(`opening ${url}`);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  } catch (e) {
    if (!finishing) return finish(3, `workbench page did not load: ${e.message.split('\n')[0]}`);
  }
  // From here the extension host runs the suite and calls codeAutomationExit.
}

main().catch((e) => finish(2, `runner error: ${e?.stack ?? e}`));
