// Note files the extension tests create in the fixture workspace, and remove again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyEdits, lint } from '../../src/core/engine/lint';
import { ourDiagnostics, waitForDiagnostics, workspaceRoot } from './helpers';

export { applyEdits, lint };

/** Five muscles (R and L UT, levator, a misspelt infraspinatus, L gluteus medius), no consent, no side on one, 20560 billed. */
export const MESSY = [
  '# Visit', '',
  '## S', 'Neck pain 6/10.', '',
  '## O', 'Dry needling performed:',
  '- R upper trapezius 0.25x30 mm, LTR x2',
  '- L upper trapezius 0.25x30 mm, LTR x1',
  '- levator scapulae 0.25x30 mm, LTR x1',
  '- R infraspinatis 0.30x50 mm, LTR x1', '',
  '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| gluteus medius | L | 0.30x60 | +x2 |', '',
  '## P', 'Billing: 20560', '',
].join('\n');

export const TMP_DIR = 'e2e-tmp';

export function tmpUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), TMP_DIR, name);
}

export async function writeNote(name: string, text: string): Promise<vscode.Uri> {
  const uri = tmpUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function removeTmp(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  try {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), TMP_DIR), { recursive: true, useTrash: false });
  } catch { /* not there */ }
}

export async function removeFile(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { useTrash: false });
  } catch { /* not there */ }
}

/** Rule ids of our diagnostics. */
export const ids = (uri: vscode.Uri) => ourDiagnostics(uri).map((d) => codeOf(d)).sort();

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Waits until our diagnostics match what the core finds in the document's current text. */
export async function waitForCurrentFindings(doc: vscode.TextDocument, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(doc.uri, (ds) => {
    const want = lint(doc.getText()).findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`).sort();
    const got = ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort();
    return JSON.stringify(want) === JSON.stringify(got);
  }, timeoutMs);
}

/** Replaces the document text through the editor (undoable, like typing). */
export async function replaceAll(editor: vscode.TextEditor, text: string): Promise<void> {
  const doc = editor.document;
  const ok = await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text));
  assert.ok(ok, 'edit rejected');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export { exists } from '../../src/vscode/uri-exists';
