import * as vscode from 'vscode';

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
