// "Dry Needling: Open Preview": the note rendered as sanitised HTML in a webview beside the
// editor. The webview runs no scripts and may load nothing (enableScripts false, no local
// resource roots, CSP meta in the page); it follows the note as it is edited, debounced.
import * as vscode from 'vscode';
import { openQuietly } from '../open-quietly';

import { loadCore } from '../core';
import type { Feature } from '../feature';

const DEBOUNCE_MS = 250;

class NotePreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  lastHtml = '';

  constructor(readonly panel: vscode.WebviewPanel, private doc: vscode.TextDocument, private readonly onDispose: () => void) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document.languageId === 'dn-soap' && editor.document !== this.doc) this.show(editor.document);
      }),
    );
  }

  show(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    return this.render();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), DEBOUNCE_MS);
  }

  async render(): Promise<void> {
    const { renderPreviewHtml } = await loadCore();
    if (this.disposed) return;
    // The title names no file: a file name may identify the patient.
    this.lastHtml = renderPreviewHtml(this.doc.getText(), { title: 'Dry needling note preview' });
    this.panel.webview.html = this.lastHtml;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

export function registerPreview(context: vscode.ExtensionContext): void {
  let current: NotePreview | undefined;
  let lastHtml = '';

  const open = async (uri?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> => {
    const doc = uri ? await openQuietly(uri) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      if (uri) return undefined; // openQuietly said why
      void vscode.window.showInformationMessage('Open a dry needling note to preview it.');
      return undefined;
    }
    if (current) {
      current.panel.reveal(vscode.ViewColumn.Beside, true);
      await current.show(doc);
    } else {
      const panel = vscode.window.createWebviewPanel('dnSoap.preview', 'Note Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [], retainContextWhenHidden: false,
      });
      const preview = new NotePreview(panel, doc, () => {
        lastHtml = preview.lastHtml;
        if (current === preview) current = undefined;
      });
      current = preview;
      await preview.render();
    }
    return current?.panel;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('dnSoap.openPreview', open),
    // For the real-editor tests: the HTML last rendered into the preview.
    vscode.commands.registerCommand('dnSoap._previewHtml', () => current?.lastHtml ?? lastHtml),
    { dispose: () => current?.dispose() },
  );
}

export const previewFeature: Feature = {
  name: 'note preview',
  register({ context }) {
    registerPreview(context);
  },
};
