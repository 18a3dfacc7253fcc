import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built CLI; tests run from the project root (scripts/test-unit.mjs changes into it). */
export const CLI = resolve('dist/cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI's result cache for these tests, never the user's own (~/.cache/dn-lint); removed when the test process ends. */
let testCache: string | undefined;
export function testCacheDir(): string {
  if (!testCache) {
    const dir = (testCache = mkdtempSync(join(tmpdir(), 'dnlint-test-cache-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return testCache;
}

/** The environment a spawned CLI runs in: this process's, with the tests' cache unless a test chose its own. */
export const cliEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DNLINT_CACHE_DIR: process.env.DNLINT_CACHE_DIR ?? testCacheDir() });

export function runCli(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: cliEnv() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder with the given files (string or bytes); call cleanup() in after(). */
export function tempTree(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dnlint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Complete except for consent, so consent-missing (an error) is its only finding. */
export const NEEDLED_NO_CONSENT = [
  '## Subjective', 'Neck pain 5/10.', '', '## Objective', 'DN R upper trapezius 0.25x30 mm, pistoning, LTR x3.', '',
  'Needles: 1 in / 1 out, all removed.', '',
  '## Assessment', 'Myofascial neck pain.', '',
  '## Plan', 'Aftercare: soreness for 24-72 h is expected; shortness of breath or chest pain means emergency care.', 'Review in 1 week.', '',
].join('\n');

export const NO_NEEDLING = ['## Subjective', 'Neck pain 5/10.', '', '## Objective', 'Cervical rotation R 60 degrees.', '',
  '## Assessment', 'Neck pain.', '', '## Plan', 'Exercises, review in 1 week.', ''].join('\n');
