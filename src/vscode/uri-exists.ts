import * as vscode from 'vscode';

/** Whether a file or folder is at `uri`: new notes and handouts never overwrite one that is. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
