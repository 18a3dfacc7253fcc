// dnSoap.completenessChecks "onSave": while a note has unsaved edits, the checks that something
// is written at all (consent, aftercare, a count…) wait; the others show as the clinician types.
// Saving shows them; "live" (the default) shows everything while typing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitForDiagnostics, workspaceRoot } from './helpers';
import { codeOf, MESSY, removeTmp, TMP_DIR, writeNote } from './notes';

const COMPLETENESS = ['consent-missing', 'aftercare-missing', 'needle-count', 'pneumothorax-not-discussed'];
const ids = (ds: vscode.Diagnostic[]) => new Set(ds.map(codeOf));
const showsAll = (ds: vscode.Diagnostic[]) => COMPLETENESS.every((id) => ids(ds).has(id));
const showsNone = (ds: vscode.Diagnostic[]) => !COMPLETENESS.some((id) => ids(ds).has(id));

describe('completeness checks on save', function () {
  this.timeout(60_000);
  const settingsFile = () => vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');
  let original: Uint8Array;
  const setMode = (mode: 'live' | 'onSave' | undefined) => vscode.workspace.getConfiguration('dnSoap').update('completenessChecks', mode, vscode.ConfigurationTarget.Workspace);

  before(async () => {
    await activateExtension();
    original = await vscode.workspace.fs.readFile(settingsFile());
  });
  after(async () => {
    await setMode(undefined);
    await vscode.workspace.fs.writeFile(settingsFile(), original);
    await closeAllEditors();
    await removeTmp();
  });

  it('"onSave": held back while the note has unsaved edits, shown once it is saved; other checks stay live', async () => {
    await setMode('onSave');
    const uri = await writeNote('complete/draft.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/complete/draft.soap.md`);
    // Opened from disk, the note is saved: everything shows.
    await waitForDiagnostics(uri, showsAll);
    // A keystroke makes it a draft: the completeness findings wait, the side and the spelling do not.
    const line = MESSY.split('\n').indexOf('- levator scapulae 0.25x30 mm, LTR x1');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line + 1, 0), '- infraspinatis 0.25x30 mm\n')));
    const draft = await waitForDiagnostics(uri, (ds) => showsNone(ds) && ds.filter((d) => codeOf(d) === 'unknown-muscle').length === 2);
    assert.ok(ids(draft).has('side-missing') && ids(draft).has('cpt-muscle-count'), [...ids(draft)].join(', '));
    // No quick fix and no hover for a finding that is not shown.
    const lead = new vscode.Range(line - 3, 0, line - 3, 5);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, lead)) ?? [];
    assert.ok(!actions.some((a) => /consent/i.test(a.title)), actions.map((a) => a.title).join(' | '));
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, lead.start)) ?? [];
    assert.ok(!hovers.some((h) => h.contents.some((c) => /No consent documented/.test(typeof c === 'string' ? c : c.value))));
    // Saved: they show.
    assert.ok(await editor.document.save());
    await waitForDiagnostics(uri, showsAll);
    // Undo to the text on disk is no draft either.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' ')));
    await waitForDiagnostics(uri, showsNone);
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, showsAll);
  });

  it('"live" (the default): everything shows while typing', async () => {
    await setMode(undefined);
    assert.strictEqual(vscode.workspace.getConfiguration('dnSoap').get('completenessChecks'), 'live');
    const uri = await writeNote('complete/live.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/complete/live.soap.md`);
    await waitForDiagnostics(uri, showsAll);
    const line = MESSY.split('\n').indexOf('- levator scapulae 0.25x30 mm, LTR x1');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(line + 1, 0), '- L infraspinatis 0.25x30 mm\n')));
    assert.ok(editor.document.isDirty);
    // The draft is checked (a second unknown muscle shows) with the completeness findings still there.
    await waitForDiagnostics(uri, (ds) => showsAll(ds) && ds.filter((d) => codeOf(d) === 'unknown-muscle').length === 2);
    // Switching to "onSave" applies at once to the open draft.
    await setMode('onSave');
    await waitForDiagnostics(uri, showsNone);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
