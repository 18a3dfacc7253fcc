import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import type { ConfigStore } from '../config-store';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { toDiagnostic, type Linter } from '../linter';

export const lintWorkspaceFeature: Feature = {
  name: 'Lint All Notes in Workspace command',
  register({ context, linter, configs }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.lintWorkspace', () => lintWorkspace(linter, configs)));
  },
};

async function lintWorkspace(linter: Linter, configs: ConfigStore): Promise<{ files: number; findings: number; cancelled: boolean; skipped: number }> {
  const result = { files: 0, findings: 0, cancelled: false, skipped: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Dry Needling: checking notes', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.soap.md', '**/node_modules/**', undefined, token);
      const { lint } = await loadCore();
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({ message: `${result.files + 1} of ${uris.length}`, increment: 100 / Math.max(1, uris.length) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        // A note deleted or moved since the search, a binary file or a crash in a rule skips that
        // note only; the others are still checked and one message (no file names) says so.
        let findings: Finding[];
        try {
          const bytes = open ? undefined : await vscode.workspace.fs.readFile(uri);
          if (bytes?.subarray(0, 8192).includes(0)) throw new Error('binary');
          const text = open ? open.getText() : new TextDecoder().decode(bytes);
          const { config } = await configs.configFor(uri);
          findings = lint(text, config).findings;
        } catch {
          result.skipped++;
          linter.diagnostics.delete(uri);
          continue;
        }
        linter.diagnostics.set(uri, findings.map(toDiagnostic));
        result.files++;
        result.findings += findings.length;
        // Yield to the extension host between notes so typing elsewhere stays responsive.
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  );
  if (result.skipped) {
    const n = result.skipped;
    void vscode.window.showWarningMessage(`${n} ${n === 1 ? 'note was' : 'notes were'} not checked: deleted or moved during the check, unreadable, or not a text file. The other notes were checked.`);
  }
  if (result.files) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return result;
}
