// "Dry Needling: Open Preview": the note rendered as sanitised HTML in a webview beside the
// editor. The webview runs no scripts and may load nothing (enableScripts false, no local
// resource roots, CSP meta in the page); it follows the note as it is edited, debounced.
import * as vscode from 'vscode';
import { openQuietly } from '../open-quietly';

import { loadCore } from '../core';
import type { Feature } from '../feature';
import { LivePanel } from '../live-panel';

const DEBOUNCE_MS = 250;

class NotePreview extends LivePanel {
  constructor(panel: vscode.WebviewPanel, doc: vscode.TextDocument, onDispose: () => void) {
    super(panel, doc, DEBOUNCE_MS, onDispose);
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && editor.document.languageId === 'dn-soap' && editor.document !== this.doc) void this.show(editor.document);
    }));
  }

  async render(): Promise<void> {
    const { renderPreviewHtml } = await loadCore();
    if (this.disposed) return;
    // The title names no file: a file name may identify the patient.
    this.html = renderPreviewHtml(this.doc.getText(), { title: 'Dry needling note preview' });
    this.panel.webview.html = this.html;
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
        lastHtml = preview.html;
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
    vscode.commands.registerCommand('dnSoap._previewHtml', () => current?.html ?? lastHtml),
    { dispose: () => current?.dispose() },
  );
}

export const previewFeature: Feature = {
  name: 'note preview',
  register({ context }) {
    registerPreview(context);
  },
};
