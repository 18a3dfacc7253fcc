// Runs the real-editor suite through @vscode/test-electron (npm run test:electron).
// - With internet: downloads VS Code (pinned to the version the offline host uses) and runs
//   the suite in Electron.
// - Offline: VSCODE_EXECUTABLE_PATH=$PWD/scripts/code-shim.sh runs it in code-server instead.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // dist/test/runElectron.js -> repo root
  const root = path.resolve(__dirname, '..', '..');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
  try {
    await runTests({
      version: vscodeExecutablePath ? undefined : process.env.VSCODE_VERSION || '1.139.1',
      vscodeExecutablePath,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'dist', 'test', 'e2e', 'index.js'),
      launchArgs: [path.join(root, 'test', 'e2e', 'fixtures', 'workspace'), '--disable-extensions'],
      extensionTestsEnv: { DN_E2E_FORCE_FAIL: process.env.DN_E2E_FORCE_FAIL ?? '' },
    });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}

void main();
