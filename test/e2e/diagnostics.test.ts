// Live diagnostics in the real extension host: ranges, severities, rule ids and doc links,
// following edits (debounced, latest text wins), the nearest .dnlintrc.json, and settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, ourDiagnostics, waitForDiagnostics, workspaceRoot } from './helpers';
import { version } from '../../package.json';
import { MESSY, TMP_DIR, codeOf, ids, lint, removeFile, removeTmp, tmpUri, waitForCurrentFindings, writeNote } from './notes';

// Links go to the rule's page at this version's tag, so an old install never shows a newer rule's text.
const DOCS = `https://github.com/dn-soap-tools/dry-needling-soap/blob/v${version}/docs/rules/`;

describe('diagnostics', () => {
  before(activateExtension);
  after(removeTmp);

  it('publishes the core findings with exact ranges, severities, rule ids, source and doc links', async () => {
    const uri = await writeNote('diag.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/diag.soap.md`);
    const diags = await waitForCurrentFindings(editor.document);
    for (const id of ['consent-missing', 'cpt-muscle-count', 'side-missing', 'unknown-muscle']) assert.ok(ids(uri).includes(id), `${id} missing`);
    assert.deepStrictEqual(ids(uri), lint(MESSY).findings.map((f) => f.ruleId).sort());
    const byId = new Map(diags.map((d) => [codeOf(d), d]));
    const side = byId.get('side-missing')!;
    assert.deepStrictEqual([side.range.start.line, side.range.start.character, side.range.end.line, side.range.end.character], [9, 2, 9, 18]);
    assert.strictEqual(side.severity, vscode.DiagnosticSeverity.Error);
    const unknown = byId.get('unknown-muscle')!;
    assert.strictEqual(editor.document.getText(unknown.range), 'infraspinatis');
    assert.strictEqual(unknown.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(editor.document.getText(byId.get('cpt-muscle-count')!.range), '20560');
    for (const d of diags) {
      assert.strictEqual(d.source, 'dn-soap');
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.target.toString(true), `${DOCS}${code.value}.md`);
    }
    // Messages match the core's, word for word.
    for (const f of lint(MESSY).findings) assert.strictEqual(byId.get(f.ruleId)!.message, f.message);
  });

  it('follows an edit: adding a consent line clears consent-missing and nothing else', async () => {
    const editor = await openNote(`${TMP_DIR}/diag.soap.md`);
    await waitForCurrentFindings(editor.document);
    const line = editor.document.getText().split('\n').indexOf('## O') + 1;
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), 'Consent: written informed consent for dry needling on file; risks discussed; verbal consent re-confirmed today.\n'));
    const before = ids(editor.document.uri).filter((id) => id !== 'consent-missing');
    await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => codeOf(d) === 'consent-missing'));
    const diags = await waitForCurrentFindings(editor.document);
    for (const id of ['cpt-muscle-count', 'side-missing', 'unknown-muscle']) assert.ok(diags.some((d) => codeOf(d) === id), `${id} gone too`);
    assert.ok(before.length >= 3);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('after a burst of keystrokes publishes the findings of the last text only', async () => {
    const editor = await openNote(`${TMP_DIR}/diag.soap.md`);
    await waitForCurrentFindings(editor.document);
    const line = editor.document.getText().split('\n').indexOf('- levator scapulae 0.25x30 mm, LTR x1');
    for (const ch of [' ', 'R']) await editor.edit((b) => b.insert(new vscode.Position(line, 2), ch));
    // Typing is in flight: nothing was re-published synchronously with the keystrokes.
    assert.ok(ourDiagnostics(editor.document.uri).some((d) => codeOf(d) === 'side-missing'), 'diagnostics changed synchronously with typing');
    await editor.edit((b) => b.replace(new vscode.Range(line + 1, 4, line + 1, 17), 'infraspinatus'));
    const diags = await waitForCurrentFindings(editor.document);
    assert.ok(!diags.some((d) => ['side-missing', 'unknown-muscle'].includes(codeOf(d))));
    assert.ok(diags.some((d) => codeOf(d) === 'consent-missing'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForCurrentFindings(editor.document);
  });

  it('uses the nearest .dnlintrc.json and re-reads it when it changes or goes away', async () => {
    const uri = await writeNote('config.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/config.soap.md`);
    await waitForCurrentFindings(editor.document);
    const config = tmpUri('.dnlintrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  // this folder only\n  "rules": { "side-missing": "off", "DN006": "info" }\n}\n'));
    try {
      const diags = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'side-missing'));
      assert.strictEqual(diags.find((d) => codeOf(d) === 'unknown-muscle')?.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await removeFile(config);
    }
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'side-missing'));
  });

  it('applies dnSoap.rules overrides and dnSoap.maxLiveLintBytes from settings', async () => {
    const settingsFile = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');
    const original = await vscode.workspace.fs.readFile(settingsFile);
    const uri = tmpUri('config.soap.md');
    const editor = await openNote(`${TMP_DIR}/config.soap.md`);
    await waitForCurrentFindings(editor.document);
    const settings = vscode.workspace.getConfiguration('dnSoap');
    try {
      await settings.update('rules', { 'cpt-muscle-count': 'warning', 'consent-missing': 'off' }, vscode.ConfigurationTarget.Workspace);
      const diags = await waitForDiagnostics(uri, (ds) => !ds.some((d) => codeOf(d) === 'consent-missing'));
      assert.strictEqual(diags.find((d) => codeOf(d) === 'cpt-muscle-count')?.severity, vscode.DiagnosticSeverity.Warning);
      await settings.update('maxLiveLintBytes', 100, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(uri, (ds) => ds.length === 0);
      assert.match(String(await vscode.commands.executeCommand('dnSoap._statusText')), /not checked/);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('maxLiveLintBytes', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.writeFile(settingsFile, original);
    }
    await waitForCurrentFindings(editor.document);
  });
});
