// New Note and New Note from Last Visit in the real editor: the whole visit from a template, its
// fields as tab stops from the Subjective on, never over an existing note; the clinic's own
// template folder; a follow-up that carries forward only what a follow-up repeats, to confirm.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';
import { codeOf, lint, readText, tmpUri, writeNote } from './notes';

const notesDir = () => vscode.Uri.joinPath(workspaceRoot(), 'notes');
const noteUri = (name: string) => vscode.Uri.joinPath(notesDir(), name);
const selected = (editor: vscode.TextEditor) => editor.document.getText(editor.selection);
const symbols = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);

async function remove(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    try { await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }); } catch { /* not there */ }
  }
}

describe('new note', function () {
  this.timeout(60_000);
  const created = [noteUri('2025-04-01-E2E-NN.soap.md'), noteUri('2025-04-02-E2E-NN.soap.md'), noteUri('2025-04-03-E2E-NN.soap.md'), noteUri('2025-01-20-E2E-LAST.soap.md')];
  before(async () => {
    await activateExtension();
    await remove(...created);
  });
  after(async () => {
    await closeAllEditors();
    await remove(...created, tmpUri('templates'), tmpUri('last'));
    await vscode.workspace.getConfiguration('dnSoap').update('template', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('builds the whole visit: front matter, S, O with screening, consent and needling, A, P with aftercare, billing', async () => {
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean }>('dnSoap.newNote', { patient: 'E2E NN', date: '2025-04-01', template: 'visit' });
    assert.ok(result?.created);
    const uri = noteUri('2025-04-01-E2E-NN.soap.md');
    assert.strictEqual(result.uri, uri.toString());
    const text = await readText(uri);
    assert.match(text, /^---\npatient: E2E NN\ndate: 2025-04-01\nvisit: ‹number› of ‹planned›\nclinician: ‹name, credentials›\ntype: treatment\n---\n/);
    for (const part of ['## Subjective', '## Objective', 'Screening: anticoagulants ‹', 'Consent: written form ‹', '### Dry needling', '| Muscle | Side | Needle (mm) |',
      'Needles: ‹count› in / ‹count› out.', 'Adverse events: ‹', '## Assessment', '## Plan', 'Aftercare: ‹', 'Red flags (pneumothorax): ‹', '## Billing']) {
      assert.ok(text.includes(part), `missing "${part}"`);
    }
    const n = lint(text).note;
    assert.deepStrictEqual(n.sections.map((s) => s.kind), ['subjective', 'objective', 'assessment', 'plan', 'other']);
    // Nothing clinical is stated for the clinician: every field is an error until written.
    const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder-unfilled'));
    assert.ok(diags.filter((d) => codeOf(d) === 'placeholder-unfilled').length >= 30, `${diags.length} findings`);
  });

  it('leaves the cursor on the first field under Subjective, and Tab walks the fields as tab stops', async () => {
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(editor.document.uri.toString(), noteUri('2025-04-01-E2E-NN.soap.md').toString());
    assert.strictEqual(editor.document.languageId, 'dn-soap');
    assert.strictEqual(editor.document.lineAt(editor.selection.start.line - 2).text, '## Subjective');
    assert.strictEqual(selected(editor), '‹what the patient reports: symptoms, change since the last visit, function›');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.strictEqual(selected(editor), '‹score›');
    await vscode.commands.executeCommand('type', { text: '5' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.match(selected(editor), /^‹no change \| what changed›$|^‹no change or what changed›$/);
    assert.ok(editor.document.lineAt(editor.selection.start.line - 1).text === 'Pain: NPRS 5/10 today.');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('the Outline of the new note lists S, O, A and P, the needling block under O', async () => {
    const uri = noteUri('2025-04-01-E2E-NN.soap.md');
    const names = (await symbols(uri)).map((s) => s.name);
    for (const n of ['Subjective', 'Objective', 'Assessment', 'Plan']) assert.strictEqual(names.filter((x) => x === n).length, 1, names.join(', '));
    const objective = (await symbols(uri)).find((s) => s.name === 'Objective')!;
    assert.deepStrictEqual(objective.children.map((c) => c.name), ['Dry needling']);
  });

  it('never overwrites: an existing note for the patient and date is opened unchanged', async () => {
    const uri = noteUri('2025-04-01-E2E-NN.soap.md');
    const written = '## S\nAlready written by the clinician.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(written));
    await closeAllEditors();
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean }>('dnSoap.newNote', { patient: 'E2E NN', date: '2025-04-01', template: 'discharge' });
    assert.strictEqual(result?.created, false);
    assert.strictEqual(await readText(uri), written);
    // The editor shows the file as it is on disk (a document still in memory catches up from disk).
    await waitFor(() => vscode.window.activeTextEditor?.document.getText() === written, 'the existing note in the editor, unchanged');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('offers the variants: initial evaluation and discharge', async () => {
    await vscode.commands.executeCommand('dnSoap.newNote', { patient: 'E2E NN', date: '2025-04-02', template: 'initial-evaluation' });
    const ie = await readText(noteUri('2025-04-02-E2E-NN.soap.md'));
    assert.match(ie, /^type: initial evaluation$/m);
    assert.match(ie, /^Outcome measure at baseline: ‹/m);
    assert.match(ie, /^Plan of care: ‹visits per week› for ‹weeks›/m);
    await vscode.commands.executeCommand('dnSoap.newNote', { patient: 'E2E NN', date: '2025-04-03', template: 'discharge' });
    const dc = await readText(noteUri('2025-04-03-E2E-NN.soap.md'));
    assert.match(dc, /^type: discharge$/m);
    assert.match(dc, /^Reason for discharge: ‹/m);
    assert.ok(!dc.includes('### Dry needling'));
  });

  it('uses the clinic\'s template folder (dnSoap.template), with ${patient}, ${date} and ${cursor}', async () => {
    await writeNote('templates/short visit.md', '---\npatient: ${patient}\ndate: ${date}\n---\n\n## S\n\n${cursor}\n\n## O\n\nConsent: ‹given|declined›\n\n## A\n\n## P\n');
    await writeNote('templates/other.md', '# other\n');
    await vscode.workspace.getConfiguration('dnSoap').update('template', 'e2e-tmp/templates', vscode.ConfigurationTarget.Workspace);
    const uri = noteUri('2025-04-01-E2E-NN.soap.md');
    await remove(uri);
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean }>('dnSoap.newNote', { patient: 'E2E NN', date: '2025-04-01', template: 'short visit' });
    assert.ok(result?.created);
    const text = await readText(uri);
    assert.match(text, /^---\npatient: E2E NN\ndate: 2025-04-01\n---\n\n## S\n\n\n\n## O\n\nConsent: ‹given (?:\||or) declined›\n/);
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.selection.isEmpty && editor.selection.active.line === 7, `the cursor where \${cursor} was (${editor.selection.active.line})`);
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.match(selected(editor), /^‹given (?:\||or) declined›$/, 'the clinic template\'s field is a tab stop');
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.workspace.getConfiguration('dnSoap').update('template', undefined, vscode.ConfigurationTarget.Workspace);
  });
});

describe('new note from last visit', function () {
  this.timeout(60_000);
  const LAST = [
    '---', 'patient: E2E-LAST', 'episode: neck-e2e', 'visit: 2 of 6', 'date: 2025-01-13', '---', '',
    '## Subjective', '', 'Headache 3 days this week. NPRS 5/10 today.', '',
    '## Objective', '', 'Taut band in R upper trapezius reproducing the headache.', '',
    'Consent: written consent on file (signed 2025-01-06); verbal consent re-confirmed today.', '',
    '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| upper trapezius | R | 0.25×30 | +×2 |', '',
    'Needles: 1 in / 1 out, all removed.', '',
    '## Assessment', '', 'Improving.', '',
    '## Plan', '', 'Aftercare: soreness 24–72 h expected; chest pain or breathlessness means emergency care.',
    'Plan of care: 6 visits over 6 weeks.', 'Goals: NDI below 10/50.', 'HEP: chin tucks 3x10 daily.', '',
    'Billing: 20560 · Dx M79.12', '',
  ].join('\n');

  before(async () => {
    await activateExtension();
    await writeNote('last/2025-01-06-E2E-LAST.soap.md', LAST.replace('visit: 2 of 6', 'visit: 1 of 6').replace('date: 2025-01-13', 'date: 2025-01-06').replace('Plan of care: 6 visits over 6 weeks.', 'Plan of care: 4 visits.'));
    await writeNote('last/2025-01-13-E2E-LAST.soap.md', LAST);
  });

  it('starts today\'s follow-up from the most recent visit: carried items to confirm, no findings', async () => {
    const result = await vscode.commands.executeCommand<{ uri: string; created: boolean; carried: string[] }>('dnSoap.newNoteFromLastVisit', { patient: 'E2E-LAST', date: '2025-01-20' });
    assert.ok(result?.created);
    const uri = noteUri('2025-01-20-E2E-LAST.soap.md');
    assert.strictEqual(result.uri, uri.toString());
    assert.deepStrictEqual(result.carried, ['visit number', 'episode', 'plan of care', 'goals', 'home exercise programme', 'consent on file', 'diagnosis codes']);
    const text = await readText(uri);
    assert.match(text, /^patient: E2E-LAST\ndate: 2025-01-20\nvisit: 3 of 6\n/m);
    assert.match(text, /^Plan of care: ‹confirm: 6 visits over 6 weeks\.›$/m, 'from the most recent visit, not the first');
    assert.match(text, /^Goals: ‹confirm: NDI below 10\/50\.›$/m);
    assert.match(text, /^Home exercise programme: ‹confirm: chin tucks 3x10 daily\.›$/m);
    assert.match(text, /^Consent: ‹confirm: written consent on file dated 2025-01-06›; verbal consent today ‹/m);
    assert.match(text, /Dx: ‹confirm: M79\.12›$/m);
    for (const finding of ['Headache 3 days', 'Taut band', 'upper trapezius', '0.25×30', '+×2', 'NPRS 5/10', 'Improving.', 're-confirmed today']) {
      assert.ok(!text.includes(finding), `"${finding}" was copied from the last visit`);
    }
    const diags = await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'placeholder-unfilled'));
    const confirms = diags.filter((d) => codeOf(d) === 'placeholder-unfilled' && /confirm/.test(vscode.window.activeTextEditor!.document.getText(d.range)));
    assert.strictEqual(confirms.length, 5, 'every carried item is an error until confirmed');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 'the follow-up in the editor');
  });

  it('says so when the patient has no earlier note, and creates nothing', async () => {
    const result = await vscode.commands.executeCommand('dnSoap.newNoteFromLastVisit', { patient: 'E2E-NOBODY', date: '2025-01-20' });
    assert.strictEqual(result, undefined);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(noteUri('2025-01-20-E2E-NOBODY.soap.md'))));
  });
});
