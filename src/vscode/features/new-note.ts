import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';

// Dry Needling: New Note. Never overwrites: an existing note for the patient and date is opened as it is.

export interface NewNoteArgs {
  patient?: string;
  date?: string;
}

export const newNoteFeature: Feature = {
  name: 'New Note command',
  register({ context }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.newNote', (args?: NewNoteArgs) => newNote(args)));
  },
};

async function newNote(args: NewNoteArgs = {}): Promise<{ uri: string; created: boolean } | undefined> {
  const core = await loadCore();
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage('Open a folder first: new notes are created in its notes folder (dnSoap.notesFolder).');
    return undefined;
  }
  const patient = args.patient ?? (await vscode.window.showInputBox({
    title: 'New dry-needling note', prompt: 'Patient identifier (used in the file name; letters, digits, "-" and "_")',
    placeHolder: 'e.g. P1234', ignoreFocusOut: true,
    validateInput: (v) => (core.fileSafeId(v) ? undefined : 'Enter an identifier with at least one letter or digit.'),
  }));
  if (patient === undefined || !core.fileSafeId(patient)) return undefined;
  const date = args.date ?? (await vscode.window.showInputBox({
    title: 'New dry-needling note', prompt: 'Visit date (YYYY-MM-DD)', value: core.todayIso(), ignoreFocusOut: true,
    validateInput: (v) => (core.isIsoDate(v.trim()) ? undefined : 'Enter a date as YYYY-MM-DD, e.g. 2025-03-04.'),
  }));
  if (date === undefined || !core.isIsoDate(date.trim())) return undefined;

  const settings = vscode.workspace.getConfiguration('dnSoap', folder.uri);
  const notesFolder = (settings.get<string>('notesFolder') ?? 'notes').trim().replace(/^[\\/]+|[\\/]+$/g, '');
  const dir = notesFolder ? vscode.Uri.joinPath(folder.uri, ...notesFolder.split(/[\\/]+/)) : folder.uri;
  const uri = vscode.Uri.joinPath(dir, core.noteFileName(date.trim(), patient));

  if (await exists(uri)) {
    // Never overwrite a clinical record: open it as it is.
    await vscode.window.showTextDocument(uri, { preview: false });
    void vscode.window.showInformationMessage('A note for this patient and date already exists. It was opened unchanged.');
    return { uri: uri.toString(), created: false };
  }
  const template = await readTemplate(folder.uri, settings.get<string>('template') ?? '');
  const { text, cursor } = core.renderTemplate(template, { patient: patient.trim(), date: date.trim() });
  // createFile without overwrite fails rather than replace a note that appeared meanwhile.
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('The new note could not be created. Check that the notes folder is writable.');
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await editor.document.save();
  const pos = editor.document.positionAt(cursor);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos));
  return { uri: uri.toString(), created: true };
}

async function readTemplate(root: vscode.Uri, setting: string): Promise<string> {
  const path = setting.trim();
  if (!path) return '';
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, ...path.split(/[\\/]+/))));
  } catch {
    void vscode.window.showWarningMessage('The note template set in dnSoap.template could not be read; the built-in template was used.');
    return '';
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
