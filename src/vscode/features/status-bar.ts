import * as vscode from 'vscode';
import { loadCore } from '../core';
import { isNote, type Linter } from '../linter';
import type { Feature } from '../feature';

// "DN: 3 muscles → 20561" for the note in the active editor, from core/status.

export class BillingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dnSoap.billing', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly linter: Linter) {
    this.item.name = 'Dry needling billing count';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      linter.onDidLint((doc) => { if (doc === vscode.window.activeTextEditor?.document) void this.update(); }),
    );
    void this.update();
  }

  /** The text shown, '' when hidden. Exposed to tests through the internal dnSoap._statusText command. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isNote(doc)) return this.hide();
    const outcome = this.linter.current(doc);
    if (!outcome) {
      // Not linted yet (or behind the text): lint now; onDidLint brings us back here.
      void this.linter.stateFor(doc);
      return;
    }
    if (outcome.kind === 'too-large') {
      this.show('DN: not checked (large note)', `Live checks are off for notes over ${outcome.limit.toLocaleString('en')} bytes (dnSoap.maxLiveLintBytes).`);
      return;
    }
    const { billingStatus } = await loadCore();
    if (doc !== vscode.window.activeTextEditor?.document) return;
    const s = billingStatus(outcome.state.note, outcome.state.config);
    this.show(s.text, s.tooltip);
  }

  private show(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export const statusBarFeature: Feature = {
  name: 'billing status bar',
  register({ context, linter }) {
    const status = new BillingStatusBar(linter);
    // Internal, for the integration tests: the status bar text ('' when hidden).
    context.subscriptions.push(status, vscode.commands.registerCommand('dnSoap._statusText', () => status.text));
  },
};
