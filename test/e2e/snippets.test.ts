// Snippets expand in a real editor: the whole visit note by name, and a needling row.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, closeAllEditors, openNote, waitFor } from './helpers';

describe('snippets', () => {
  before(activateExtension);
  // The expanded notes are unsaved edits: revert them so closing asks nothing.
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
  after(closeAllEditors);

  it('"Dry needling visit note" expands into a full SOAP note with table, consent, aftercare and billing', async () => {
    const editor = await openNote('\n');
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: 'Dry needling visit note' });
    await waitFor(() => editor.document.getText().includes('## Billing'), 'the snippet to be inserted');
    const text = editor.document.getText();
    for (const part of ['---\npatient_id: EX-0001', '## Subjective', '## Objective', '## Assessment', '## Plan',
      '| Muscle | Side | Needle (mm) | n | Technique | Approach | LTR | Response |', '| upper trapezius | R | 0.25×25 mm | 1 | pistoning |',
      'Consent: written dry needling consent on file', 'Aftercare:', 'pneumothorax', 'Needles: 1 in / 1 out, all needles removed', 'CPT: 20560 · Dx: M79.12']) {
      assert.ok(text.includes(part), `missing ${JSON.stringify(part)} in:\n${text}`);
    }
    // Date variables were resolved by VS Code.
    assert.match(text, /^date: \d{4}-\d{2}-\d{2}$/m);
  });

  it('a needling table row snippet offers the side as a choice and lands in the table', async () => {
    const editor = await openNote('## Dry needling\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: 'Needling record (table)' });
    await waitFor(() => editor.document.getText().includes('| Muscle |'), 'the table snippet');
    assert.match(editor.document.getText(), /\| upper trapezius \| R \| 0\.25×25 mm \| 1 \| pistoning \|/);
  });
});
