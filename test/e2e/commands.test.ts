// Palette commands, called with arguments so no prompt opens.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, ourDiagnostics, waitFor, workspaceRoot } from './helpers';
import { MESSY, TMP_DIR, codeOf, exists, lint, readText, removeTmp, writeNote } from './notes';

describe('commands', () => {
  const notesDir = () => vscode.Uri.joinPath(workspaceRoot(), 'notes');
  before(activateExtension);
  after(async () => {
    await removeTmp();
    try { await vscode.workspace.fs.delete(notesDir(), { recursive: true, useTrash: false }); } catch { /* none */ }
  });

  it('are contributed with the "Dry Needling SOAP" category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['dnSoap.newNote', 'dnSoap.insertNeedlingRecord', 'dnSoap.lintWorkspace', 'dnSoap.showRuleDocumentation', 'dnSoap.applySafeFixes']) {
      assert.ok(all.includes(id), `${id} not registered`);
    }
    const pkg = vscode.extensions.getExtension('dn-soap-tools.dry-needling-soap')!.packageJSON;
    for (const c of pkg.contributes.commands) assert.strictEqual(c.category, 'Dry Needling SOAP');
  });

  it('New Note creates <notesFolder>/<date>-<id>.soap.md from the template with the cursor at the first field', async () => {
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean }>('dnSoap.newNote', { patient: 'E2E 01', date: '2025-03-04', template: 'visit' });
    assert.ok(result?.created);
    const uri = vscode.Uri.joinPath(notesDir(), '2025-03-04-E2E-01.soap.md');
    assert.strictEqual(result.uri, uri.toString());
    const text = await readText(uri);
    assert.match(text, /^---\npatient: E2E 01\ndate: 2025-03-04\n/);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), uri.toString());
    assert.strictEqual(editor.document.languageId, 'dn-soap');
    const cursor = editor.selection.start; // the first field, selected as a tab stop
    assert.strictEqual(editor.document.lineAt(cursor.line - 2).text, '## Subjective', 'cursor under the first section heading');
    assert.strictEqual(cursor.character, 0);
    await vscode.commands.executeCommand('leaveSnippet');
  });

  it('New Note never overwrites an existing note: it opens it unchanged', async () => {
    const uri = vscode.Uri.joinPath(notesDir(), '2025-03-04-E2E-01.soap.md');
    const written = '## S\nAlready written by the clinician.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(written));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean }>('dnSoap.newNote', { patient: 'E2E 01', date: '2025-03-04' });
    assert.strictEqual(result?.created, false, 'created');
    assert.strictEqual(await readText(uri), written, 'on disk');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'opened');
    // The editor may still hold the copy the last test opened until it hears of the write on disk.
    await waitFor(() => vscode.window.activeTextEditor?.document.getText() === written, 'the note as written on disk in the editor', 5_000);
  });

  it('Insert Needling Record adds a list line, or a row with the table\'s columns inside a needling table', async () => {
    await writeNote('insert.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/insert.soap.md`);
    const lines = MESSY.split('\n');
    const listLine = lines.indexOf('- R infraspinatis 0.30x50 mm, LTR x1');
    editor.selection = new vscode.Selection(listLine, 5, listLine, 5);
    assert.ok(await vscode.commands.executeCommand('dnSoap.insertNeedlingRecord', { muscle: 'levator-scapulae', side: 'R', needle: '0.25×30 mm' }));
    assert.strictEqual(editor.document.lineAt(listLine + 1).text, '- R levator scapulae 0.25×30 mm');
    const row = listLine + 5; // the gluteus medius row, one line further down now
    assert.strictEqual(editor.document.lineAt(row).text, '| gluteus medius | L | 0.30x60 | +x2 |');
    editor.selection = new vscode.Selection(row, 3, row, 3);
    assert.ok(await vscode.commands.executeCommand('dnSoap.insertNeedlingRecord', { muscle: 'UT', side: 'L', needle: '0.25×30 mm' }));
    assert.strictEqual(editor.document.lineAt(row + 1).text, '| upper trapezius | L | 0.25×30 | ‹ltr› |');
    const records = lint(editor.document.getText()).note.records.map((r) => `${r.side ?? '?'} ${r.muscle?.id ?? r.written}`);
    assert.ok(records.includes('R levator-scapulae') && records.includes('L upper-trapezius'), records.join(', '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Lint All Notes puts findings of unopened notes into the Problems panel', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const a = await writeNote('batch-a.soap.md', MESSY);
    const b = await writeNote('batch-b.soap.md', MESSY.replace('levator scapulae', 'R levator scapulae'));
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('dnSoap.lintWorkspace');
    assert.ok(result && result.files >= 3, `linted ${result?.files} files`); // the two above + visit-clean + any left by other suites
    assert.strictEqual(result.cancelled, false);
    const expected = (text: string) => lint(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();
    const got = (uri: vscode.Uri) => ourDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort();
    assert.deepStrictEqual(got(a), expected(MESSY));
    assert.ok(got(a).includes('side-missing@9'));
    assert.deepStrictEqual(got(b), expected(MESSY.replace('levator scapulae', 'R levator scapulae')));
    assert.ok(!got(b).some((x) => x.startsWith('side-missing')));
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === a.toString()), 'the note was read, not opened');
  });

  it('Show Rule Documentation opens a read-only document for the rule', async () => {
    const uri = await vscode.commands.executeCommand<string>('dnSoap.showRuleDocumentation', 'DN001');
    assert.ok(uri);
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    assert.strictEqual(vscode.Uri.parse(uri).scheme, 'dn-soap-rule');
    assert.match(doc.getText(), /consent-missing/);
    assert.ok(doc.getText().length > 100);
    assert.ok(!(await exists(vscode.Uri.joinPath(workspaceRoot(), 'consent-missing.md'))));
  });
});
