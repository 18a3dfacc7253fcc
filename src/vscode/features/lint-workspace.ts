import * as vscode from 'vscode';
import type { Finding } from '../../core/types';
import type { ConfigStore } from '../config-store';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { toDiagnostic, type Linter } from '../linter';

// "Lint All Notes in Workspace": the files the configuration includes, decided by the same core
// lookup as `dn-lint <folder>` (src/core/config/lookup.ts): for each file, the nearest
// .dnlintrc.json up to its workspace folder, its `include` and `exclude` relative to that file's
// folder (the workspace folder without one), and never a handout made from a note.

/** Folders no note lives in; the CLI does not walk them either. */
const NEVER_SEARCHED = '{**/node_modules/**,**/.git/**}';

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  cancelled: boolean;
  /** Notes that could not be read (deleted or moved during the check, binary, a crash in a rule). */
  skipped: number;
  /** The notes checked or tried, in the order checked (for tests; never shown). */
  notes: string[];
  /** Markdown files found that the configuration's `include` left out. */
  notIncluded: number;
}

export const lintWorkspaceFeature: Feature = {
  name: 'Lint All Notes in Workspace command',
  register({ context, linter, configs }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.lintWorkspace', () => lintWorkspace(linter, configs)));
  },
};

async function lintWorkspace(linter: Linter, configs: ConfigStore): Promise<LintWorkspaceResult> {
  const result: LintWorkspaceResult = { files: 0, findings: 0, cancelled: false, skipped: 0, notes: [], notIncluded: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Dry Needling: checking notes', cancellable: true },
    async (progress, token) => {
      const found = await vscode.workspace.findFiles('**/*', NEVER_SEARCHED, undefined, token);
      const { lint, selectFile } = await loadCore();
      const configFor = await configs.session();
      const uris: vscode.Uri[] = [];
      for (const uri of found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
        if (token.isCancellationRequested) break;
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        if (!folder) continue;
        const selection = selectFile(uri.path, (await configFor(uri)).found, folder.uri.path);
        if (selection.kind === 'included') uris.push(uri);
        else if (selection.kind === 'not-included' && /\.(?:md|markdown)$/i.test(uri.path)) result.notIncluded++;
      }
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({ message: `${result.files + 1} of ${uris.length}`, increment: 100 / Math.max(1, uris.length) });
        result.notes.push(uri.toString());
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        // A note deleted or moved since the search, a binary file or a crash in a rule skips that
        // note only; the others are still checked and one message (no file names) says so.
        let findings: Finding[];
        try {
          const bytes = open ? undefined : await vscode.workspace.fs.readFile(uri);
          if (bytes?.subarray(0, 8192).includes(0)) throw new Error('binary');
          const text = open ? open.getText() : new TextDecoder().decode(bytes);
          const { config } = await configFor(uri);
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
      if (token.isCancellationRequested) result.cancelled = true;
    },
  );
  if (result.skipped) {
    const n = result.skipped;
    void vscode.window.showWarningMessage(`${n} ${n === 1 ? 'note was' : 'notes were'} not checked: deleted or moved during the check, unreadable, or not a text file. The other notes were checked.`);
  }
  if (result.files) void vscode.commands.executeCommand('workbench.actions.view.problems');
  else if (!result.skipped && !result.cancelled) {
    // As dn-lint says when nothing was checked: what is missing first, then why.
    const n = result.notIncluded;
    void vscode.window.showInformationMessage(n
      ? `No notes found: "include" in .dnlintrc.json leaves out ${n} Markdown ${n === 1 ? 'file' : 'files'}.`
      : 'No notes found to check in this workspace.');
  }
  return result;
}
