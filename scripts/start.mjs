#!/usr/bin/env node
// `npm start`: opens this extension in a real VS Code (code-server, the VS Code server build
// installed by scripts/setup-code-server.sh) on the examples/ folder, in your browser.
// No desktop VS Code needed. Ctrl-C stops code-server and everything it started.
//
// The extension is linked into a temporary extensions directory (code-server has no
// --extensionDevelopmentPath), so `npm run build` + "Developer: Reload Window" pick up changes. Env: PORT (default 8080), DN_TEST_HOST_DIR,
// CODE_SERVER_DIR, CODE_SERVER_NODE (same as the test runner).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const hostDir = env.DN_TEST_HOST_DIR || join(homedir(), '.cache', 'dn-soap-test-host');
const csDir = env.CODE_SERVER_DIR || join(hostDir, 'node_modules', 'code-server');
const node24 = env.CODE_SERVER_NODE || join(hostDir, 'node_modules', 'node', 'bin', 'node');
const entry = join(csDir, 'out', 'node', 'entry.js');
const port = Number(env.PORT) || 8080;
const folder = join(root, 'examples');

if (!existsSync(entry) || !existsSync(node24)) {
  console.log('code-server is not installed yet; running scripts/setup-code-server.sh (about 2 minutes, once)…');
  const r = spawnSync('bash', [join(root, 'scripts', 'setup-code-server.sh')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
{ // always rebuild: 0.5 s, and a stale bundle would show old behaviour
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const tmp = mkdtempSync(join(tmpdir(), 'dn-soap-start-'));
const userData = join(tmp, 'user-data');
mkdirSync(join(userData, 'User'), { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none', 'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
}, null, 2));
writeFileSync(join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

// code-server has no --extensionDevelopmentPath: the extension goes into a fresh extensions
// directory as a symlink to this checkout, so a rebuild + "Developer: Reload Window" picks up changes.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
mkdirSync(join(tmp, 'extensions'), { recursive: true });
symlinkSync(root, join(tmp, 'extensions', `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');

const cs = spawn(node24, [entry,
  '--config', join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userData, '--extensions-dir', join(tmp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override', '--ignore-last-opened',
  folder,
], {
  detached: true, // own process group: Ctrl-C stops the whole tree
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...env, PATH: `${dirname(node24)}:${env.PATH ?? ''}`, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: join(tmp, 'xdg-config'), XDG_DATA_HOME: join(tmp, 'xdg-data') },
});
cs.stdout.on('data', (d) => { if (/error/i.test(String(d))) process.stderr.write(d); });
cs.stderr.on('data', (d) => process.stderr.write(d));

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  const group = -/** @type {number} */ (cs.pid); // spawned detached: its own process group
  try { process.kill(group, 'SIGTERM'); } catch { /* gone */ }
  const killer = setTimeout(() => { try { process.kill(group, 'SIGKILL'); } catch { /* gone */ } }, 5000);
  cs.once('exit', () => {
    clearTimeout(killer);
    rmSync(tmp, { recursive: true, force: true });
    process.exit(code);
  });
  if (cs.exitCode !== null || cs.signalCode !== null) cs.emit('exit');
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => stop(0));
cs.on('exit', (code) => { if (!stopping) { console.error(`code-server exited (code ${code})`); stopping = true; rmSync(tmp, { recursive: true, force: true }); process.exit(code || 1); } });

// Wait until it answers, then print the address.
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
for (let i = 0; i < 150 && !stopping; i++) {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
    if (r.ok) {
      console.log(`\nDry Needling SOAP Notes is running in VS Code (code-server) on the examples folder:\n\n  ${url}\n\nOpen it in a browser. Ctrl-C to stop.`);
      break;
    }
  } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 200));
}
