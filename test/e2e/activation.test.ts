// First real-editor test: the extension is installed in the host and activates when a
// dry-needling SOAP note (*.soap.md) is opened. Diagnostics/completion tests live in
// their own files.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, closeAllEditors, openNote, waitFor } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('the extension is present in the extension host', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found; installed: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
    assert.strictEqual(ext.packageJSON.name, 'dry-needling-soap');
  });

  it('activates when a *.soap.md note is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const editor = await openNote('visit-clean.soap.md');
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID,
      `visit-clean.soap.md opened as '${editor.document.languageId}': package.json needs contributes.languages for '${LANGUAGE_ID}' (*.soap.md)`);
    // Activation has no event; poll the flag (it flips shortly after the document opens).
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate on opening a ${LANGUAGE_ID} document`, 15_000);
  });
});
