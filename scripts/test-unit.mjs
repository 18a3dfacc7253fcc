// Runs the unit suites (core, CLI, grammar) in this Node process with mocha.
// Prints a plain "N passed, N failed" line last, which is what CI reads.
import Mocha from 'mocha';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.test.js') ? [p] : [];
  });
}

const grep = process.env.MOCHA_GREP;
const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: process.env.MOCHA_REPORTER || 'dot', grep });
for (const f of walk('dist/test/unit').sort()) mocha.addFile(join(root, f));

const runner = mocha.run((failures) => {
  const passes = runner.stats?.passes ?? 0;
  const pending = runner.stats?.pending ?? 0;
  if (process.env.SUMMARY_FILE) writeFileSync(process.env.SUMMARY_FILE, JSON.stringify({ passes, failures, pending }));
  if (pending) console.log(`${pending} pending tests are not counted as passed`);
  console.log(`${passes} passed, ${failures} failed`);
  process.exitCode = failures || passes === 0 ? 1 : 0;
});
