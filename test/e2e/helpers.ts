// Shared helpers for the real-editor (extension host) tests.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dn-soap-tools.dry-needling-soap';
export const LANGUAGE_ID = 'dn-soap';
export const DIAGNOSTIC_SOURCE = 'dn-soap';

/** Root of the fixture workspace opened for the tests (test/e2e/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open (expected test/e2e/fixtures/workspace)');
  return folder.uri;
}

/**
 * Opens a note and shows it in an editor.
 * - A workspace-relative path (e.g. 'visit-clean.soap.md') opens that fixture file.
 * - Anything containing a newline is treated as note text and opened as an untitled
 *   document in the dn-soap language.
 */
export async function openNote(relPathOrContent: string): Promise<vscode.TextEditor> {
  let doc: vscode.TextDocument;
  if (relPathOrContent.includes('\n')) {
    doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: relPathOrContent });
  } else {
    const uri = path.isAbsolute(relPathOrContent)
      ? vscode.Uri.file(relPathOrContent)
      : vscode.Uri.joinPath(workspaceRoot(), ...relPathOrContent.split(/[\\/]/));
    doc = await vscode.workspace.openTextDocument(uri);
  }
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Our diagnostics for a document (other extensions' diagnostics are filtered out). */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

/**
 * Resolves with our diagnostics for `uri` as soon as `predicate` holds for them (checked now
 * and on every onDidChangeDiagnostics event for that uri). Rejects after timeoutMs with the
 * last diagnostics seen, which makes failures readable.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      sub.dispose();
      clearTimeout(timer);
      fn();
    };
    const check = () => {
      const diags = ourDiagnostics(uri);
      if (predicate(diags)) finish(() => resolve(diags));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => finish(() => {
      const seen = ourDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code ?? ''} ${d.message}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for dn-soap diagnostics on ${key}; last seen:\n  ${seen.join('\n  ') || '(none)'}`));
    }), timeoutMs);
    check();
  });
}

/** The extension, activated (activates it if needed). */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this extension host`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Replaces the whole text of the editor's document; resolves once the edit is applied. */
export async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const all = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
  const ok = await editor.edit((b) => b.replace(all, text));
  assert.ok(ok, 'editor.edit() was rejected');
}

/** Polls `cond` every `intervalMs` until true; for state that has no change event. */
export async function waitFor(cond: () => boolean, what: string, timeoutMs = 10_000, intervalMs = 50): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Closes all editors (use in afterEach to keep tests independent). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
