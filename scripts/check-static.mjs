#!/usr/bin/env node
// Static checks that `npm test` runs before the test suites, each counted as one test:
// the type check (whole project; the core alone without Node types; scripts and benchmarks),
// the linter with its architecture boundaries, and generated files being current.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
/** @param {string} name */
const bin = (name) => `node_modules/.bin/${name}`;
/** @type {Array<[name: string, command: string, args: string[]]>} */
const checks = [
  ['type check: src, test', bin('tsc'), ['--noEmit', '-p', '.']],
  ['type check: src/core without Node types', bin('tsc'), ['--noEmit', '-p', 'src/core']],
  ['type check: scripts and bench (JavaScript with JSDoc types)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.scripts.json']],
  ['lint and architecture boundaries (eslint)', bin('eslint'), ['--max-warnings', '0', 'src', 'test']],
  ['generated rule docs and configuration schema are current', process.execPath, ['scripts/gen-docs.mjs', '--check']],
];
let passes = 0;
let failures = 0;
for (const [name, cmd, args] of checks) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status === 0) {
    passes++;
    console.log(`  ✓ ${name}`);
  } else {
    failures++;
    console.log(`  ✗ ${name}\n${(r.stdout + r.stderr).trim().split('\n').slice(0, 40).map((l) => '      ' + l).join('\n')}`);
  }
}
if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passes, failures }));
console.log(`${passes} passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
