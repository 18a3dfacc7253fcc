// Snippets expand in a real editor as prepared text: every clinical statement is a field ‹…›
// that the extension reports (placeholder-unfilled) until the clinician fills it in.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { LANGUAGE_ID, activateExtension, closeAllEditors, openNote, waitFor, waitForDiagnostics } from './helpers';
import { codeOf } from './notes';

describe('snippets', () => {
  before(activateExtension);
  // The expanded notes are unsaved edits: revert them so closing asks nothing.
  afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
  after(closeAllEditors);

  it('"Dry needling visit note" expands into the whole visit with blanks to fill, the first one selected', async () => {
    const editor = await openNote('\n');
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: 'Dry needling visit note' });
    await waitFor(() => editor.document.getText().includes('## Billing'), 'the snippet to be inserted');
    const text = editor.document.getText();
    for (const part of ['---\npatient_id: ‹patient id›', '## Subjective', '## Objective', '## Assessment', '## Plan',
      '| Muscle | Side | Needle (mm) | n | Technique | LTR | Response |', '| ‹muscle› | ‹R, L or B› | ‹diameter×length› | ‹needles› | ‹technique› |',
      'Consent: ‹written or verbal› consent to dry needling ‹obtained today or on file›', 'Needles: ‹count› in / ‹count› out',
      'Aftercare given ‹verbally or in writing›: ‹what you told the patient›', 'CPT: ‹dry needling code for the muscle count› · Dx: ‹ICD-10 code›']) {
      assert.ok(text.includes(part), `missing ${JSON.stringify(part)} in:\n${text}`);
    }
    // The visit date is today's (VS Code's date variables); the first field waits, selected, for typing.
    assert.match(text, /^date: \d{4}-\d{2}-\d{2}$/m);
    assert.strictEqual(editor.document.getText(editor.selection), '‹patient id›');
    const blanks = text.match(/‹[^‹›\n]*›/g)!.length;
    // Every blank is reported until it is filled in.
    await waitForDiagnostics(editor.document.uri, (ds) => ds.filter((d) => codeOf(d) === 'placeholder-unfilled').length === blanks);
  });

  it('a needling table row snippet offers the side as a choice and lands in the table', async () => {
    const editor = await openNote('## Dry needling\n\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: 'Needling record (table)' });
    await waitFor(() => editor.document.getText().includes('| Muscle |'), 'the table snippet');
    assert.match(editor.document.getText(), /\| ‹muscle› \| ‹R, L or B› \| ‹diameter×length› \| ‹needles› \| ‹technique› \| ‹twitches or none› \| ‹referral, tolerance› \|/);
  });
});
