// Dry Needling SOAP: New Note. Builds the whole visit from a template (the clinic's, set in
// dnSoap.template as a file or a folder of them, or a built-in one: visit, initial evaluation,
// follow-up, re-evaluation, discharge), in a new file whose fields are tab stops from the
// Subjective on. Never overwrites: an existing note for the patient and date is opened as it is.
import * as vscode from 'vscode';
import { loadCore, type Core } from '../core';
import type { Feature } from '../feature';
import { exists } from '../uri-exists';

export interface NewNoteArgs {
  patient?: string;
  date?: string;
  /** A built-in template id ("visit", "initial-evaluation", "follow-up", "re-evaluation", "discharge") or a clinic template's file name. */
  template?: string;
}

export interface NewNoteResult {
  uri: string;
  created: boolean;
}

export const newNoteFeature: Feature = {
  name: 'New Note command',
  register({ context }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.newNote', (args?: NewNoteArgs) => newNote(args)));
  },
};

/** The workspace folder new notes go in, or undefined (with a message) when no folder is open. */
export function notesFolder(): { root: vscode.Uri; dir: vscode.Uri } | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showErrorMessage('Open a folder first: new notes are created in its notes folder (dnSoap.notesFolder).');
    return undefined;
  }
  const setting = (vscode.workspace.getConfiguration('dnSoap', folder.uri).get<string>('notesFolder') ?? 'notes').trim().replace(/^[\\/]+|[\\/]+$/g, '');
  return { root: folder.uri, dir: setting ? vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]+/)) : folder.uri };
}

export async function askPatient(core: Core, value?: string): Promise<string | undefined> {
  const patient = await vscode.window.showInputBox({
    title: 'New dry-needling note', prompt: 'Patient identifier (used in the file name; letters, digits, "-" and "_")',
    placeHolder: 'e.g. P1234', value, ignoreFocusOut: true,
    validateInput: (v) => (core.fileSafeId(v) ? undefined : 'Enter an identifier with at least one letter or digit.'),
  });
  return patient !== undefined && core.fileSafeId(patient) ? patient.trim() : undefined;
}

export async function askDate(core: Core): Promise<string | undefined> {
  const date = await vscode.window.showInputBox({
    title: 'New dry-needling note', prompt: 'Visit date (YYYY-MM-DD)', value: core.todayIso(), ignoreFocusOut: true,
    validateInput: (v) => (core.isIsoDate(v.trim()) ? undefined : 'Enter a date as YYYY-MM-DD, e.g. 2025-03-04.'),
  });
  return date !== undefined && core.isIsoDate(date.trim()) ? date.trim() : undefined;
}

async function newNote(args: NewNoteArgs = {}): Promise<NewNoteResult | undefined> {
  const core = await loadCore();
  const where = notesFolder();
  if (!where) return undefined;
  const patient = args.patient?.trim() || (await askPatient(core));
  if (!patient || !core.fileSafeId(patient)) return undefined;
  const date = args.date?.trim() || (await askDate(core));
  if (!date || !core.isIsoDate(date)) return undefined;

  const uri = vscode.Uri.joinPath(where.dir, core.noteFileName(date, patient));
  if (await exists(uri)) return openExisting(uri);
  // Called with a patient and date (a script, a test), it asks nothing: the default template.
  const template = await chooseTemplate(core, where.root, args.template, args.patient !== undefined && args.date !== undefined);
  if (template === undefined) return undefined;
  return createNote(core, uri, template, { patient, date });
}

/** Opens a note that is already there, unchanged. */
export async function openExisting(uri: vscode.Uri): Promise<NewNoteResult> {
  await vscode.window.showTextDocument(uri, { preview: false });
  void vscode.window.showInformationMessage('A note for this patient and date already exists. It was opened unchanged.');
  return { uri: uri.toString(), created: false };
}

/**
 * Creates the note file and writes the template into it as one snippet (fields are tab stops,
 * the first one selected), then saves it. The file is created without overwrite, so a note that
 * appeared meanwhile is never replaced.
 */
export async function createNote(core: Core, uri: vscode.Uri, template: string, fields: { patient: string; date: string }): Promise<NewNoteResult | undefined> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
  if (!(await vscode.workspace.applyEdit(edit))) {
    if (await exists(uri)) return openExisting(uri);
    void vscode.window.showErrorMessage('The new note could not be created. Check that the notes folder is writable.');
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const eol = editor.document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const { snippet } = core.renderTemplate(template, fields, eol);
  // Into an empty file at column 0: the snippet's own indentation is kept as written.
  const ok = await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0), { undoStopBefore: true, undoStopAfter: false });
  if (!ok) {
    void vscode.window.showErrorMessage('The template could not be written into the new note. The empty note was kept; nothing else changed.');
    return { uri: uri.toString(), created: true };
  }
  await editor.document.save();
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return { uri: uri.toString(), created: true };
}

/** The template text: the clinic's file, one of the clinic's folder, or a built-in one. Undefined = cancelled. */
async function chooseTemplate(core: Core, root: vscode.Uri, wanted: string | undefined, quiet: boolean): Promise<string | undefined> {
  const setting = (vscode.workspace.getConfiguration('dnSoap', root).get<string>('template') ?? '').trim();
  if (setting) {
    const clinic = await clinicTemplates(root, setting);
    if (clinic.length === 1 && clinic[0].kind === 'file') return clinic[0].text;
    if (clinic.length) {
      const byName = wanted ? clinic.find((t) => t.name.toLowerCase() === wanted.toLowerCase().replace(/\.md$/, '')) : undefined;
      if (byName) return byName.text;
      if (quiet) return clinic[0].text;
      const picked = await vscode.window.showQuickPick(clinic.map((t) => ({ label: t.name, description: 'clinic template', text: t.text })), {
        title: 'New dry-needling note: template', placeHolder: 'Which kind of visit?', ignoreFocusOut: true,
      });
      return picked?.text;
    }
    void vscode.window.showWarningMessage('The note template set in dnSoap.template could not be read; a built-in template is used.');
  }
  const builtIn = wanted ? core.templateById(wanted) : undefined;
  if (builtIn) return builtIn.text;
  if (quiet) return core.NOTE_TEMPLATES[0].text;
  const picked = await vscode.window.showQuickPick(core.NOTE_TEMPLATES.map((t) => ({ label: t.name, description: t.description, text: t.text })), {
    title: 'New dry-needling note: template', placeHolder: 'Which kind of visit? (Enter: a whole visit note)', ignoreFocusOut: true, matchOnDescription: true,
  });
  return picked?.text;
}

interface ClinicTemplate {
  kind: 'file' | 'folder';
  name: string;
  text: string;
}

/** The clinic's template file, or every Markdown file of the clinic's template folder (by name). */
async function clinicTemplates(root: vscode.Uri, setting: string): Promise<ClinicTemplate[]> {
  const uri = vscode.Uri.joinPath(root, ...setting.split(/[\\/]+/));
  const read = async (u: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) {
      const entries = (await vscode.workspace.fs.readDirectory(uri)).filter(([n, t]) => t & vscode.FileType.File && /\.md$/i.test(n)).sort(([a], [b]) => a.localeCompare(b));
      const out: ClinicTemplate[] = [];
      for (const [n] of entries) {
        try {
          out.push({ kind: 'folder', name: n.replace(/(?:\.soap)?\.md$/i, ''), text: await read(vscode.Uri.joinPath(uri, n)) });
        } catch { /* an unreadable file is left out of the list */ }
      }
      return out;
    }
    return [{ kind: 'file', name: setting, text: await read(uri) }];
  } catch {
    return [];
  }
}
