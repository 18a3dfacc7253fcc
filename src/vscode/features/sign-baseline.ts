import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { DIAGNOSTIC_SOURCE, isNote, ruleDocUri, type Linter } from '../linter';

// The signed text as the editor last saw it verify (when the note was opened, saved or
// signed): the correction quick fix restores it, since a digest alone cannot give it back.
// It only ever grows: a save after a signature was deleted does not become the new baseline.
// Kept in memory for open notes only; never written anywhere.
//
// It also catches what no digest can: a signature (with its addendum) removed from the end of
// the note. The rule cannot see it, so this feature reports it under the same rule id.

export class Baselines implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly removed = vscode.languages.createDiagnosticCollection('dn-soap-signing');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(linter: Linter) {
    this.disposables.push(
      this.removed,
      vscode.workspace.onDidOpenTextDocument((d) => void this.consider(d)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.consider(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.texts.delete(d.uri.toString());
        this.removed.delete(d.uri);
      }),
      linter.onDidLint((d) => void this.checkRemoved(d)),
    );
    // Notes already open: after activation returns (activation loads nothing).
    setTimeout(() => { for (const d of vscode.workspace.textDocuments) void this.consider(d); }, 0);
  }

  /** The verified signed text of the note, if the editor holds one. */
  get(doc: vscode.TextDocument): string | undefined {
    return this.texts.get(doc.uri.toString());
  }

  /** Takes the note's text as the baseline if its signatures verify and it keeps all signed text of the last baseline. */
  async consider(doc: vscode.TextDocument, text = doc.getText()): Promise<void> {
    if (!isNote(doc) || !text.includes('dn-signature')) return;
    const core = await loadCore();
    const v = core.verifyText(text);
    if (!v.checks.length || core.TAMPERING.has(v.status)) return;
    const key = doc.uri.toString();
    const old = this.texts.get(key);
    if (old !== undefined && core.signedChanges(old, text)?.hunks.length) return;
    this.texts.set(key, text);
  }

  private async checkRemoved(doc: vscode.TextDocument): Promise<void> {
    const baseline = this.texts.get(doc.uri.toString());
    if (baseline === undefined || !isNote(doc)) return;
    const core = await loadCore();
    const text = doc.getText();
    const v = core.verifyText(text);
    const changes = core.TAMPERING.has(v.status) ? undefined : core.signedChanges(baseline, text);
    if (!changes?.hunks.length) {
      this.removed.delete(doc.uri);
      return;
    }
    // The signed text of the baseline is not all there, yet what remains verifies: signatures were removed.
    const at = doc.positionAt(changes.hunks[0].bStart < changes.b.length ? changes.b[changes.hunks[0].bStart].start : text.length);
    const d = new vscode.Diagnostic(new vscode.Range(at, doc.lineAt(Math.min(at.line, doc.lineCount - 1)).range.end),
      'Signed text removed after signing. A signature, or signed text with it, was removed since the note was opened; a signed note changes only by addendum. Undo, or use the quick fix "Move my change into a correction addendum".',
      vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: 'signed-note-changed', target: ruleDocUri('signed-note-changed') };
    this.removed.set(doc.uri, [d]);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

let store: Baselines | undefined;

/** The baselines of open notes (made when the extension activates). */
export function baselines(): Baselines {
  if (!store) throw new Error('signing baselines used before activation');
  return store;
}

export const signBaselineFeature: Feature = {
  name: 'signed-text baselines for corrections',
  register({ context, linter }) {
    store = new Baselines(linter);
    context.subscriptions.push(store);
  },
};
