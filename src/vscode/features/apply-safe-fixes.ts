import * as vscode from 'vscode';
import { safeFixEdits, workspaceEditFor } from './code-actions';
import type { Feature } from '../feature';
import { isNote, type Linter } from '../linter';
import { openQuietly } from '../open-quietly';

export const applySafeFixesFeature: Feature = {
  name: 'Apply All Safe Fixes command',
  register({ context, linter }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.applySafeFixes', (uri?: vscode.Uri | string) => applySafeFixes(linter, uri)));
  },
};

async function applySafeFixes(linter: Linter, target?: vscode.Uri | string): Promise<number> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const doc = uri ? await openQuietly(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isNote(doc)) return 0;
  const state = await linter.stateFor(doc);
  if (!state) return 0;
  const { edits, count } = await safeFixEdits(state);
  if (!edits.length) {
    void vscode.window.showInformationMessage('No safe fixes to apply in this note.');
    return 0;
  }
  return (await vscode.workspace.applyEdit(workspaceEditFor(doc, edits))) ? count : 0;
}
