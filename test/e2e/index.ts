// Mocha entry for the real-editor suite. The extension host (VS Code desktop via
// @vscode/test-electron, or code-server via scripts/run-code-server-tests.mjs) requires this
// file as `extensionTestsPath` and awaits run(): resolve = pass, reject = failure.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // One retry absorbs the editor's timing under load (a webview or file watcher slow to answer);
  // a test that fails twice fails, and every retry is printed so flakiness stays visible.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, retries: 1, grep: process.env.MOCHA_GREP || undefined });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  // DN_E2E_FORCE_FAIL=1: one sentinel test fails, to check the failure path end to end.
  if (process.env.DN_E2E_FORCE_FAIL === '1') {
    Mocha.Suite.create(mocha.suite, 'sentinel').addTest(new Mocha.Test('sentinel: DN_E2E_FORCE_FAIL=1 makes this test fail', () => {
      throw new Error('forced failure (DN_E2E_FORCE_FAIL=1)');
    }));
  }

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // Plain line for CI readers; the code-server runner holds it back and prints it last.
        console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
        if (failures) reject(new Error(`${failures} test(s) failed.`));
        else if (!files.length) reject(new Error(`no *.test.js files in ${__dirname}`));
        else resolve();
      });
      runner.on('retry', (test: Mocha.Test, err: Error) => console.log(`retrying once: ${test.fullTitle()} (${String(err?.message ?? err).split('\n')[0]})`));
    } catch (err) {
      console.error(err);
      reject(err);
    }
  });
}
