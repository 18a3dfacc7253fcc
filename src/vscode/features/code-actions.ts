import * as vscode from 'vscode';
import type { Finding, OffsetEdit } from '../../core/types';
import { CONFIG_FILE } from '../config-store';
import { loadCore } from '../core';
import { DIAGNOSTIC_SOURCE, LANGUAGE_ID, toDiagnostic, type LintState, type Linter } from '../linter';
import type { Feature } from '../feature';

// Quick fixes for findings: the rule's own fixes (first one preferred), "Disable <rule> for
// this line", and for unknown muscles "Add '<term>' to the clinic vocabulary". Plus the
// source.fixAll.dnSoap action that applies only safe fixes. Every change is a WorkspaceEdit,
// so it is undoable; the vocabulary file is created through the edit too, never behind the
// editor's back, and user settings are never touched.

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('dnSoap');

/** Rules whose finding is a word the vocabulary does not know (a clinic may teach it). */
export const UNKNOWN_WORD_RULES = new Set(['unknown-muscle']);

function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

export function workspaceEditFor(doc: vscode.TextDocument, edits: OffsetEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, toRange(doc, e.start, e.end), e.newText);
  return we;
}

/** The safe-fix edits of every finding (first safe fix each), without overlaps. */
export async function safeFixEdits(state: LintState): Promise<{ edits: OffsetEdit[]; count: number }> {
  const { nonOverlapping } = await loadCore();
  const chosen = state.findings.map((f) => f.fixes.find((x) => x.safe)).filter((f) => !!f);
  return { edits: nonOverlapping(chosen.flatMap((f) => f!.edits)), count: chosen.length };
}

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: Linter) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const state = await this.linter.stateFor(doc);
    if (!state) return [];
    const only = context.only;
    const actions: vscode.CodeAction[] = [];
    if (!only || only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(only)) {
      const fixAll = await this.fixAll(doc, state);
      if (fixAll) actions.push(fixAll);
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(only)) return actions;

    // Only findings the editor shows (completeness checks may wait for save): no fix for a problem the clinician cannot see.
    for (const f of this.linter.shown(doc, state)) {
      const fRange = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
      if (!fRange.intersection(range) && !fRange.contains(range)) continue;
      // The context carries the diagnostics shown in the editor; a programmatic request may not, so rebuild it then.
      const diagnostic = context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === f.ruleId && d.range.isEqual(fRange)) ?? toDiagnostic(f);
      actions.push(...(await this.actionsFor(doc, state, f, diagnostic)));
    }
    return actions;
  }

  private async actionsFor(doc: vscode.TextDocument, state: LintState, f: Finding, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
    const core = await loadCore();
    const out: vscode.CodeAction[] = [];
    const quickFix = (title: string, edit: vscode.WorkspaceEdit) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.edit = edit;
      a.diagnostics = [diagnostic];
      out.push(a);
      return a;
    };
    f.fixes.forEach((fix, i) => {
      const prepared = fix.edits.length === 1 ? fix.edits[0] : undefined;
      // A prepared statement goes in as a snippet: the clinician tabs through its fields.
      let a: vscode.CodeAction;
      if (prepared?.snippet !== undefined) out.push((a = preparedAction(doc, fix.title, prepared, diagnostic)));
      else a = quickFix(fix.title, workspaceEditFor(doc, fix.edits));
      if (i === 0) a.isPreferred = true;
    });
    if (UNKNOWN_WORD_RULES.has(f.ruleId)) {
      const term = core.termFromWritten(doc.getText(new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character)));
      const edit = term ? await vocabularyEdit(doc, term) : undefined;
      if (edit) quickFix(`Add '${term}' to the clinic vocabulary`, edit);
    }
    const disable = core.disableRuleFix(state.note, f.ruleId, f.start);
    quickFix(disable.title, workspaceEditFor(doc, disable.edits));
    return out;
  }

  private async fixAll(doc: vscode.TextDocument, state: LintState): Promise<vscode.CodeAction | undefined> {
    const { edits, count } = await safeFixEdits(state);
    if (!edits.length) return undefined;
    const a = new vscode.CodeAction(`Apply all safe dry-needling fixes (${count})`, FIX_ALL_KIND);
    a.edit = workspaceEditFor(doc, edits);
    return a;
  }
}

const INSERT_PREPARED = 'dnSoap._insertPrepared';

function preparedAction(doc: vscode.TextDocument, title: string, edit: OffsetEdit, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  a.command = { title, command: INSERT_PREPARED, arguments: [doc.uri.toString(), doc.version, edit.start, edit.end, edit.snippet] };
  return a;
}

/** Inserts a prepared statement as one undoable snippet edit, if the note has not changed since the fix was offered. */
async function insertPrepared(uri: string, version: number, start: number, end: number, snippet: string): Promise<boolean> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const doc = editor.document;
  if (doc.version !== version) {
    void vscode.window.showInformationMessage('The note changed since this fix was offered; try the fix again.');
    return false;
  }
  return editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Range(doc.positionAt(start), doc.positionAt(end)), { undoStopBefore: true, undoStopAfter: true });
}

function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return typeof c === 'object' && c ? String(c.value) : c === undefined ? undefined : String(c);
}

/** The edit that adds `term` to vocabulary.terms of the workspace root's .dnlintrc.json, creating the file if needed. */
export async function vocabularyEdit(doc: vscode.TextDocument, term: string): Promise<vscode.WorkspaceEdit | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? (doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
  // An open config editor may hold unsaved changes: edit what the user sees.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
  let text: string | undefined = open?.getText();
  if (text === undefined) {
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined;
    }
  }
  const { addVocabularyTerm } = await loadCore();
  const change = addVocabularyTerm(text, term);
  const we = new vscode.WorkspaceEdit();
  if (change.kind === 'create') {
    // Create, then insert: one undoable edit. (createFile's `contents` option fails in web hosts: "Could not revive data transfer file".)
    we.createFile(uri, { overwrite: false, ignoreIfExists: true });
    we.insert(uri, new vscode.Position(0, 0), change.text);
  } else if (change.kind === 'edit') {
    we.replace(uri, new vscode.Range(positionIn(text!, change.edit.start), positionIn(text!, change.edit.end)), change.edit.newText);
  } else {
    return undefined; // already listed, or the file is not valid JSON (its own diagnostics say so)
  }
  return we;
}

export const CODE_ACTION_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** Position of an offset in text that is not open in an editor (line breaks as VS Code counts them). */
function positionIn(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return new vscode.Position(breaks.length, offset - lastBreak - 1);
}

export const codeActionsFeature: Feature = {
  name: 'quick fixes and fix-all',
  register({ context, linter }) {
    context.subscriptions.push(
      vscode.languages.registerCodeActionsProvider(CODE_ACTION_SELECTOR, new CodeActions(linter), CodeActions.metadata),
      vscode.commands.registerCommand(INSERT_PREPARED, insertPrepared),
    );
  },
};
