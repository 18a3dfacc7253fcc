// "Export Handout as PDF" and "Export Note as PDF": PDFKit in the extension host (no browser, no
// download), A4 or Letter and large print from the clinic's configuration. A save dialog picks the
// file; an existing file is replaced only after the clinician confirms.
import * as vscode from 'vscode';
import type { Feature, Services } from '../feature';
import { LANGUAGE_ID } from '../linter';
import { baseName, handoutSetup, loadPdf, noteDocument, templateProblemMessage } from './handout-common';
import { exists } from '../uri-exists';

export interface ExportArgs {
  /** The note or handout (default: the active editor's document). */
  uri?: string;
  /** Where to write, skipping the save dialog (tests, scripts). */
  target?: string;
  /** With `target`: replace an existing file (default: refuse). */
  replace?: boolean;
  now?: string;
}

export interface ExportResult {
  pdfUri: string;
  bytes: number;
  ms: number;
}

async function sourceDocument(uri?: string): Promise<vscode.TextDocument | undefined> {
  if (uri) return noteDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && (doc.languageId === LANGUAGE_ID || doc.languageId === 'markdown')) return doc;
  void vscode.window.showInformationMessage('Open a dry needling note or a handout first.');
  return undefined;
}

/** The file to write: `args.target`, or the clinician's choice in a save dialog; never an existing file without consent. */
async function chooseTarget(doc: vscode.TextDocument, suffix: string, args: ExportArgs): Promise<vscode.Uri | undefined> {
  if (args.target) {
    const uri = vscode.Uri.parse(args.target);
    if ((await exists(uri)) && !args.replace) {
      void vscode.window.showWarningMessage('A file with that name exists; it was not replaced.');
      return undefined;
    }
    return uri;
  }
  const folder = doc.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  const name = doc.isUntitled ? 'note' : baseName(doc.uri).replace(/\.handout$/, '');
  const uri = await vscode.window.showSaveDialog({
    title: suffix === '.handout.pdf' ? 'Export handout as PDF' : 'Export note as PDF',
    filters: { PDF: ['pdf'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name + suffix) } : {}),
  });
  if (!uri) return undefined;
  if (await exists(uri)) {
    const replace = await vscode.window.showWarningMessage('Replace the existing PDF?', { modal: true, detail: 'A file with this name already exists.' }, 'Replace');
    if (replace !== 'Replace') return undefined;
  }
  return uri;
}

async function write(uri: vscode.Uri, bytes: Uint8Array, started: number): Promise<ExportResult | undefined> {
  try {
    await vscode.workspace.fs.writeFile(uri, bytes);
  } catch {
    void vscode.window.showErrorMessage('The PDF could not be saved. Check the folder is writable.');
    return undefined;
  }
  return { pdfUri: uri.toString(), bytes: bytes.length, ms: Date.now() - started };
}

export async function exportHandoutPdf(services: Services, args: ExportArgs = {}): Promise<ExportResult | undefined> {
  const doc = await sourceDocument(args.uri);
  if (!doc) return undefined;
  const { core, config, templateText } = await handoutSetup(services, doc);
  let markdown: string;
  let title: string;
  let language: 'en' | 'es' = config.handout.language;
  const noteEdit = new vscode.WorkspaceEdit();
  if (doc.languageId === LANGUAGE_ID) {
    // From a note: the handout is made now, and the note records that it was given.
    const r = core.createHandout(doc.getText(), config, { ...(templateText !== undefined ? { templateText } : {}), ...(args.now ? { now: new Date(args.now) } : {}) });
    if (!r.ok) {
      void vscode.window.showErrorMessage(templateProblemMessage(r.problem));
      return undefined;
    }
    ({ markdown } = r);
    ({ title, language } = r.meta);
    if (!doc.getText().includes(r.noteLine)) noteEdit.insert(doc.uri, doc.positionAt(r.noteEdit.start), r.noteEdit.newText);
  } else {
    // A handout already made (and perhaps edited): printed as it reads.
    markdown = doc.getText();
    title = /^#\s+(.+)$/m.exec(markdown)?.[1].trim() ?? 'Aftercare';
  }
  const target = await chooseTarget(doc, '.handout.pdf', args);
  if (!target) return undefined;
  const started = Date.now();
  const bytes = await loadPdf().handoutPdf(markdown, { paperSize: config.handout.paperSize, largePrint: config.handout.largePrint, title, language });
  const result = await write(target, bytes, started);
  if (result && noteEdit.size) await vscode.workspace.applyEdit(noteEdit);
  if (result) void vscode.window.showInformationMessage('Handout saved as PDF.');
  return result;
}

export async function exportNotePdf(services: Services, args: ExportArgs = {}): Promise<ExportResult | undefined> {
  const doc = await noteDocument(args.uri);
  if (!doc) return undefined;
  const { config } = await handoutSetup(services, doc);
  const target = await chooseTarget(doc, '.pdf', args);
  if (!target) return undefined;
  const started = Date.now();
  const bytes = await loadPdf().notePdf(doc.getText(), { paperSize: config.handout.paperSize, largePrint: config.handout.largePrint });
  const result = await write(target, bytes, started);
  if (result) void vscode.window.showInformationMessage('Note saved as PDF.');
  return result;
}

export const handoutExportFeature: Feature = {
  name: 'PDF export of handouts and notes',
  register(services) {
    services.context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.exportHandoutPdf', (args?: ExportArgs | vscode.Uri) => exportHandoutPdf(services, args instanceof vscode.Uri ? { uri: args.toString() } : args)),
      vscode.commands.registerCommand('dnSoap.exportNotePdf', (args?: ExportArgs | vscode.Uri) => exportNotePdf(services, args instanceof vscode.Uri ? { uri: args.toString() } : args)),
    );
  },
};
