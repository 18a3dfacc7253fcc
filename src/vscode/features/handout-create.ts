// "Dry Needling: Create Patient Handout" and its quick fix on aftercare-missing. From the open
// note, the aftercare handout for this visit: written as <note>.handout.md beside the note (a new
// name if that exists: nothing is replaced) or, for an unsaved note, opened as an untitled
// Markdown document; and the line "Aftercare handout given: …" inserted into the note as one
// undoable edit.
import * as vscode from 'vscode';
import type { Feature, Services } from '../feature';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID } from '../linter';
import { baseName, freeUri, handoutSetup, noteDocument, templateProblemMessage } from './handout-common';

export interface CreateHandoutArgs {
  /** The note (default: the active editor's). */
  uri?: string;
  /** Where the handout goes (default: a file beside a saved note, an untitled document for an unsaved one). */
  target?: 'file' | 'untitled';
  /** The date to record, ISO (tests); default today. */
  now?: string;
}

export interface CreateHandoutResult {
  handoutUri: string;
  noteLine: string;
  redFlagsIncluded: boolean;
  grade: number;
  lineInserted: boolean;
}

export async function createHandoutFor(services: Services, args: CreateHandoutArgs = {}): Promise<CreateHandoutResult | undefined> {
  const doc = await noteDocument(args.uri);
  if (!doc) return undefined;
  const { core, config, templateText } = await handoutSetup(services, doc);
  const r = core.createHandout(doc.getText(), config, { ...(templateText !== undefined ? { templateText } : {}), ...(args.now ? { now: new Date(args.now) } : {}) });
  if (!r.ok) {
    void vscode.window.showErrorMessage(templateProblemMessage(r.problem));
    return undefined;
  }
  const version = doc.version;
  // The same line already in the note (the command run twice on one day) is not added again.
  const lineInserted = !doc.getText().includes(r.noteLine);
  const target = args.target ?? (doc.isUntitled || doc.uri.scheme === 'untitled' ? 'untitled' : 'file');
  let handoutUri: vscode.Uri;
  if (target === 'file') {
    handoutUri = await freeUri(vscode.Uri.joinPath(doc.uri, '..'), `${baseName(doc.uri)}.handout`, '.md');
    // Create (never over an existing file), then fill. Its own edit: undo in the note then undoes only the note's line.
    const create = new vscode.WorkspaceEdit();
    create.createFile(handoutUri, { overwrite: false, ignoreIfExists: false });
    create.insert(handoutUri, new vscode.Position(0, 0), core.handoutFileText(r.markdown));
    if (!(await vscode.workspace.applyEdit(create))) {
      void vscode.window.showErrorMessage('The handout could not be saved. Check the note\'s folder is writable.');
      return undefined;
    }
  } else {
    handoutUri = (await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown })).uri;
  }
  if (lineInserted) {
    if (doc.version !== version) {
      void vscode.window.showWarningMessage('The note changed while the handout was made; the handout line was not added. Run the command again.');
      return undefined;
    }
    const line = new vscode.WorkspaceEdit();
    line.insert(doc.uri, doc.positionAt(r.noteEdit.start), r.noteEdit.newText);
    if (!(await vscode.workspace.applyEdit(line))) {
      void vscode.window.showErrorMessage('The handout was made, but the line recording it could not be added to the note.');
      return undefined;
    }
  }
  const handout = await vscode.workspace.openTextDocument(handoutUri);
  if (target === 'file') await handout.save();
  await vscode.window.showTextDocument(handout, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
  const notices = r.notices.length ? ` ${r.notices.join(' ')}` : '';
  void vscode.window.showInformationMessage(`Handout made, reading grade ${r.readability.grade}.${notices}`, 'Print Preview', 'Export PDF').then((choice) => {
    if (choice === 'Print Preview') void vscode.commands.executeCommand('dnSoap.previewHandout', handoutUri);
    if (choice === 'Export PDF') void vscode.commands.executeCommand('dnSoap.exportHandoutPdf', { uri: handoutUri.toString() });
  });
  return { handoutUri: handoutUri.toString(), noteLine: r.noteLine, redFlagsIncluded: r.redFlagsIncluded, grade: r.readability.grade, lineInserted };
}

/** The quick fix on "aftercare missing": make the handout, which records the advice in the note. */
class HandoutQuickFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diagnostic = context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === 'aftercare-missing');
    if (!diagnostic) return [];
    const action = new vscode.CodeAction('Create patient handout and record it in the note', vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.command = { command: 'dnSoap.createHandout', title: 'Create Patient Handout', arguments: [{ uri: doc.uri.toString() }] };
    return [action];
  }
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : c === undefined ? undefined : String(c);
}

export const handoutCreateFeature: Feature = {
  name: 'Create Patient Handout command and quick fix',
  register(services) {
    services.context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.createHandout', (args?: CreateHandoutArgs | vscode.Uri) =>
        createHandoutFor(services, args instanceof vscode.Uri ? { uri: args.toString() } : args)),
      vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new HandoutQuickFix(), HandoutQuickFix.metadata),
    );
  },
};
