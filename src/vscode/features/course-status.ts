// "$(history) Visit 4 of 8" in the status bar for a note that names a patient: a click opens the
// Patient Timeline. Read from the note's own front matter; the index is not needed for it.
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { isNote } from '../linter';

class CourseStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dnSoap.course', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[] = [this.item];
  text = '';

  constructor(onDidLint: vscode.Event<vscode.TextDocument>) {
    this.item.name = 'Patient timeline';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      onDidLint((doc) => { if (doc === vscode.window.activeTextEditor?.document) void this.update(); }),
    );
    void this.update();
  }

  private async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isNote(doc)) return this.hide();
    const { readHeader } = await loadCore();
    if (doc !== vscode.window.activeTextEditor?.document) return;
    const h = readHeader(doc.getText());
    if (!h.patient) return this.hide();
    this.text = `$(history) ${h.number !== undefined ? `Visit ${h.number}${h.planned ? ` of ${h.planned}` : ''}` : 'Patient timeline'}`;
    this.item.text = this.text;
    this.item.tooltip = `Open the patient timeline (${h.patient}${h.episode ? `, episode ${h.episode}` : ''}): scores per visit, needling, what is due`;
    this.item.command = { title: 'Show Patient Timeline', command: 'dnSoap.showPatientTimeline', arguments: [doc.uri] };
    this.item.show();
  }

  private hide(): void {
    this.text = '';
    this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export const courseStatusFeature: Feature = {
  name: 'patient status bar entry',
  register({ context, linter }) {
    // Created on the first note shown, not at activation.
    let status: CourseStatus | undefined;
    const start = () => {
      if (status || !vscode.window.activeTextEditor || !isNote(vscode.window.activeTextEditor.document)) return;
      status = new CourseStatus(linter.onDidLint);
      context.subscriptions.push(status);
    };
    context.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(start),
      linter.onDidLint(() => start()),
      // For the real-editor tests.
      vscode.commands.registerCommand('dnSoap._courseStatusText', () => status?.text ?? ''),
    );
  },
};
