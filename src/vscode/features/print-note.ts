// Dry Needling SOAP: Save Note for Printing. A webview cannot print (no script runs in the
// preview, and VS Code gives webviews no print command), and opening a browser from the
// extension could send the note off the machine in a web build. So the preview's page, with a
// print stylesheet and a line saying how to print, is saved beside the note as an HTML file the
// clinician opens in their own browser and prints. It runs no script and loads nothing (the
// preview's CSP), and never replaces a file: a second print gets the next free name.
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { isNote } from '../linter';
import { openQuietly } from '../open-quietly';

export const printNoteFeature: Feature = {
  name: 'Save Note for Printing command',
  register({ context, configs }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.printNote', async (target?: vscode.Uri | string): Promise<string | undefined> => {
      const doc = target ? await openQuietly(typeof target === 'string' ? vscode.Uri.parse(target) : target) : noteOnScreen();
      if (!doc) {
        if (!target) void vscode.window.showInformationMessage('Open a dry-needling note (*.soap.md) to save it for printing.');
        return undefined;
      }
      const core = await loadCore();
      const { config } = await configs.configFor(doc.uri);
      const html = core.renderPreviewHtml(doc.getText(), { title: 'Dry needling note', print: true, vocabulary: config.vocabulary });
      const uri = await freeName(doc);
      if (!uri) return undefined;
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(html));
      } catch {
        void vscode.window.showErrorMessage('The page for printing could not be saved. Check that the folder is writable.');
        return undefined;
      }
      // The message names no file: a note's file name may name the patient.
      const reveal = vscode.env.uiKind === vscode.UIKind.Desktop ? ['Show in Folder'] : [];
      void vscode.window.showInformationMessage('Saved a page to print beside the note (its name ends in .print.html). Open it in your browser and print it (Ctrl+P). Export Note as PDF makes a PDF instead.', ...reveal)
        .then((choice) => (choice ? vscode.commands.executeCommand('revealFileInOS', uri) : undefined));
      return uri.toString();
    }));
  },
};

/** The note in the editor, or the one beside the preview when the preview has focus. */
function noteOnScreen(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (active && isNote(active)) return active;
  return vscode.window.visibleTextEditors.map((e) => e.document).find(isNote);
}

/** "<note>.print.html" beside the note, or "<note>.print-2.html"… when taken; a save dialog for an unsaved note. */
async function freeName(doc: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  if (doc.isUntitled) {
    return vscode.window.showSaveDialog({ title: 'Save the note for printing', filters: { 'Web page': ['html'] }, saveLabel: 'Save for printing' });
  }
  const dir = vscode.Uri.joinPath(doc.uri, '..');
  const base = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1).replace(/(?:\.soap)?\.md$/i, '');
  for (let n = 1; n < 1000; n++) {
    const uri = vscode.Uri.joinPath(dir, `${base}.print${n === 1 ? '' : `-${n}`}.html`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
  void vscode.window.showErrorMessage('The page for printing could not be saved: too many earlier prints beside this note.');
  return undefined;
}
