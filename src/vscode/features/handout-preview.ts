// "Dry Needling: Open Handout Print Preview": the handout as the patient gets it, in a webview
// beside the editor, with the print stylesheet (paper size and large print from the clinic's
// configuration). From a note, the handout is made on the fly (nothing is written); from a
// handout file, its text is shown. No scripts, no local resources, a default-src 'none' policy.
import * as vscode from 'vscode';
import type { Feature, Services } from '../feature';
import { LANGUAGE_ID } from '../linter';
import { LivePanel } from '../live-panel';
import { handoutSetup, noteDocument, templateProblemMessage } from './handout-common';

const DEBOUNCE_MS = 300;

class HandoutPreview extends LivePanel {
  constructor(panel: vscode.WebviewPanel, doc: vscode.TextDocument, private readonly services: Services, onDispose: () => void) {
    super(panel, doc, DEBOUNCE_MS, onDispose);
  }

  async render(): Promise<void> {
    const { core, config, templateText } = await handoutSetup(this.services, this.doc);
    if (this.disposed) return;
    const page = { paperSize: config.handout.paperSize, largePrint: config.handout.largePrint };
    let markdown: string;
    let title: string;
    let language: 'en' | 'es' = config.handout.language;
    if (this.doc.languageId === LANGUAGE_ID) {
      const r = core.createHandout(this.doc.getText(), config, templateText !== undefined ? { templateText } : {});
      if (!r.ok) {
        markdown = `# Handout not made\n\n${r.problem.split('\n').map((l) => l.replace(/[\\`*_[\]<>#|~]/g, '\\$&')).join('\n\n')}\n`;
        title = 'Handout not made';
        void vscode.window.showErrorMessage(templateProblemMessage(r.problem));
      } else {
        ({ markdown } = r);
        ({ title, language } = r.meta);
      }
    } else {
      markdown = this.doc.getText();
      title = /^#\s+(.+)$/m.exec(markdown)?.[1].trim() ?? 'Aftercare';
    }
    this.html = core.renderHandoutHtml(markdown, { title, language, ...page });
    this.panel.webview.html = this.html;
  }
}

export const handoutPreviewFeature: Feature = {
  name: 'handout print preview',
  register(services) {
    let current: HandoutPreview | undefined;
    let lastHtml = '';
    const open = async (uri?: vscode.Uri | string): Promise<vscode.WebviewPanel | undefined> => {
      const active = vscode.window.activeTextEditor?.document;
      const doc = uri ? await noteDocument(uri) : active && (active.languageId === LANGUAGE_ID || active.languageId === 'markdown') ? active : await noteDocument();
      if (!doc) return undefined;
      if (current) {
        current.panel.reveal(vscode.ViewColumn.Beside, true);
        await current.show(doc);
      } else {
        // The title names no file: a file name may identify the patient.
        const panel = vscode.window.createWebviewPanel('dnSoap.handoutPreview', 'Handout Print Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
          enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [], retainContextWhenHidden: false,
        });
        const preview = new HandoutPreview(panel, doc, services, () => {
          lastHtml = preview.html;
          if (current === preview) current = undefined;
        });
        current = preview;
        await preview.render();
      }
      return current?.panel;
    };
    services.context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.previewHandout', open),
      // For the real-editor tests: the HTML last shown in the handout preview.
      vscode.commands.registerCommand('dnSoap._handoutPreviewHtml', () => current?.html ?? lastHtml),
      { dispose: () => current?.dispose() },
    );
  },
};
