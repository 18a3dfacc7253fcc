import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { Muscle } from '../core/vocab/types';
import { safeFixEdits, workspaceEditFor } from './code-actions';
import type { ConfigStore } from './config-store';
import { loadCore } from './core';
import { isNote, toDiagnostic, type Linter } from './linter';
import type { BillingStatusBar } from './status-bar';

// Palette commands (category "Dry Needling"). Each takes optional arguments so tests and
// keybindings can skip the prompts; without them it asks through input boxes and pickers.
// Nothing here logs note text or file names.

export const RULE_DOC_SCHEME = 'dn-soap-rule';

export interface NewNoteArgs {
  patient?: string;
  date?: string;
}

export interface InsertRecordArgs {
  /** Muscle id or name. */
  muscle?: string;
  side?: 'L' | 'R' | 'B' | '';
  needle?: string;
}

export function registerCommands(context: vscode.ExtensionContext, linter: Linter, configs: ConfigStore, status: BillingStatusBar): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('dnSoap.newNote', (args?: NewNoteArgs) => newNote(args));
  reg('dnSoap.insertNeedlingRecord', (args?: InsertRecordArgs) => insertNeedlingRecord(configs, args));
  reg('dnSoap.lintWorkspace', () => lintWorkspace(linter, configs));
  reg('dnSoap.showRuleDocumentation', (ruleId?: string) => showRuleDocumentation(ruleId));
  reg('dnSoap.applySafeFixes', (uri?: vscode.Uri | string) => applySafeFixes(linter, uri));
  // Internal, for the integration tests: the status bar text ('' when hidden).
  reg('dnSoap._statusText', () => status.text);
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, new RuleDocProvider(context.extensionUri)));
}

// ---------------------------------------------------------------- New Note

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

// ---------------------------------------------------------------- Insert Needling Record

async function insertNeedlingRecord(configs: ConfigStore, args: InsertRecordArgs = {}): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNote(editor.document)) {
    void vscode.window.showInformationMessage('Open a dry-needling note (*.soap.md) to insert a needling record.');
    return false;
  }
  const core = await loadCore();
  const doc = editor.document;
  const { config } = await configs.configFor(doc.uri);
  const vocab = config.vocabulary;

  let muscle: Muscle | undefined;
  if (args.muscle !== undefined) muscle = vocab.byId(args.muscle) ?? vocab.lookupMuscle(args.muscle);
  else {
    const picked = await vscode.window.showQuickPick(
      vocab.muscles.map((m) => ({ label: m.name, description: [...m.shorthand, ...m.synonyms.slice(0, 3)].join(', '), muscle: m })),
      { title: 'Insert needling record (1/3): muscle', placeHolder: 'Type a name or shorthand, e.g. "upper trap" or "UT"', matchOnDescription: true },
    );
    muscle = picked?.muscle;
  }
  if (!muscle) return false;

  let side = args.side;
  if (side === undefined) {
    const picked = await vscode.window.showQuickPick(
      [{ label: 'R', description: 'right', value: 'R' as const }, { label: 'L', description: 'left', value: 'L' as const },
        { label: 'B', description: 'bilateral', value: 'B' as const }, { label: 'Not recorded', description: '', value: '' as const }],
      { title: 'Insert needling record (2/3): side', matchOnDescription: true },
    );
    if (!picked) return false;
    side = picked.value;
  }
  let needle = args.needle;
  if (needle === undefined) {
    const picked = await vscode.window.showQuickPick(
      [...core.NEEDLE_SIZES.map((n) => ({ label: n })), { label: 'Not recorded' }],
      { title: 'Insert needling record (3/3): needle (diameter × length)' },
    );
    if (!picked) return false;
    needle = picked.label === 'Not recorded' ? '' : picked.label;
  }
  const fields = { muscle: muscle.name, side: side || undefined, needle: needle || undefined };

  // Parse the text as it is now (an explicit command, so no debounce): is the cursor in a table row?
  const note = core.lint(doc.getText(), config).note;
  const line = editor.selection.active.line;
  const lineText = doc.lineAt(line).text;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const row = note.units.find((u) => u.line === line && u.kind === 'row' && u.cells?.length);
  let insertAt: vscode.Position;
  let text: string;
  if (row) {
    // In a needling table: a new row below the current one, with the table's columns.
    insertAt = doc.lineAt(line).range.end;
    text = eol + core.recordTableRow(fields, row.cells!.map((c) => c.column));
  } else {
    const bullet = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(lineText)?.[1]?.replace(/\d+/, (n) => String(Number(n) + 1)) ?? '- ';
    const lineOut = core.recordListLine(fields, bullet);
    if (!lineText.trim()) {
      insertAt = new vscode.Position(line, 0);
      text = lineOut;
    } else {
      insertAt = doc.lineAt(line).range.end;
      text = eol + lineOut;
    }
  }
  const ok = await editor.edit((b) => b.insert(insertAt, text));
  if (ok) {
    const end = doc.positionAt(doc.offsetAt(insertAt) + text.length);
    editor.selection = new vscode.Selection(end, end);
  }
  return ok;
}

// ---------------------------------------------------------------- Lint All Notes

async function lintWorkspace(linter: Linter, configs: ConfigStore): Promise<{ files: number; findings: number; cancelled: boolean; skipped: number }> {
  const result = { files: 0, findings: 0, cancelled: false, skipped: 0 };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Dry Needling: checking notes', cancellable: true },
    async (progress, token) => {
      const uris = await vscode.workspace.findFiles('**/*.soap.md', '**/node_modules/**', undefined, token);
      const { lint } = await loadCore();
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({ message: `${result.files + 1} of ${uris.length}`, increment: 100 / Math.max(1, uris.length) });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        // A note deleted or moved since the search, a binary file or a crash in a rule skips that
        // note only; the others are still checked and one message (no file names) says so.
        let findings: Finding[];
        try {
          const bytes = open ? undefined : await vscode.workspace.fs.readFile(uri);
          if (bytes?.subarray(0, 8192).includes(0)) throw new Error('binary');
          const text = open ? open.getText() : new TextDecoder().decode(bytes);
          const { config } = await configs.configFor(uri);
          findings = lint(text, config).findings;
        } catch {
          result.skipped++;
          linter.diagnostics.delete(uri);
          continue;
        }
        linter.diagnostics.set(uri, findings.map(toDiagnostic));
        result.files++;
        result.findings += findings.length;
        // Yield to the extension host between notes so typing elsewhere stays responsive.
        await new Promise((r) => setTimeout(r, 0));
      }
    },
  );
  if (result.skipped) {
    const n = result.skipped;
    void vscode.window.showWarningMessage(`${n} ${n === 1 ? 'note was' : 'notes were'} not checked: deleted or moved during the check, unreadable, or not a text file. The other notes were checked.`);
  }
  if (result.files) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return result;
}

// ---------------------------------------------------------------- Show Rule Documentation

async function showRuleDocumentation(ruleId?: string): Promise<string | undefined> {
  const { rules, ruleById } = await loadCore();
  let id = ruleId ? ruleById(ruleId)?.meta.id : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, description: r.meta.code, detail: r.meta.title })),
      { title: 'Dry Needling: rule documentation', matchOnDescription: true, matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return undefined;
  const uri = vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${id}.md` });
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri.toString();
}

/** Read-only rule docs: the extension's docs/rules/<id>.md, or one made from the rule's own description. */
class RuleDocProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const { ruleById } = await loadCore();
    const rule = ruleById(id);
    if (!rule) return `# Unknown rule\n\nThere is no rule called "${id}".\n`;
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${rule.meta.id}.md`)));
    } catch {
      const m = rule.meta;
      return [`# ${m.id} (${m.code})`, '', m.title, '', `Default severity: ${m.defaultSeverity}.`, '', '## Why it matters', '', m.rationale, '',
        '## Raises a finding', '', '```markdown', m.example.bad, '```', '', '## Does not', '', '```markdown', m.example.good, '```', ''].join('\n');
    }
  }
}

// ---------------------------------------------------------------- Apply All Safe Fixes

async function applySafeFixes(linter: Linter, target?: vscode.Uri | string): Promise<number> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const doc = uri ? await openQuietly(uri) : vscode.window.activeTextEditor?.document;
  if (!doc || !isNote(doc)) return 0;
  const state = await linter.stateFor(doc);
  if (!state) return 0;
  const { edits, count } = await safeFixEdits(state);
  if (!edits.length) {
    void vscode.window.showInformationMessage('No safe fixes to apply in this note.');
    return 0;
  }
  return (await vscode.workspace.applyEdit(workspaceEditFor(doc, edits))) ? count : 0;
}

/**
 * Opens a note given by URI; undefined (and a message without the file name) if it cannot be
 * opened. VS Code's own error quotes the path, and a note's file name may name the patient.
 */
export async function openQuietly(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    void vscode.window.showWarningMessage('The note could not be opened: it may have been moved or deleted.');
    return undefined;
  }
}
