// Quick fixes through the real code-action machinery: each rule fix, disable-for-line,
// add-to-vocabulary (creating or editing .dnlintrc.json) and fix-all (safe fixes only).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { applySafeFixes } from '../../src/core/engine/lint';
import { activateExtension, openNote, waitForDiagnostics, workspaceRoot } from './helpers';
import { MESSY, TMP_DIR, codeOf, exists, lint, readText, removeFile, removeTmp, waitForCurrentFindings, writeNote } from './notes';

const INSERT_PREPARED = 'dnSoap._insertPrepared';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind?.value)) ?? [];
  // Ours carry edits, or insert a prepared statement as a snippet; other extensions' may do neither.
  return all.filter((a) => a.edit || a.command?.command === INSERT_PREPARED);
}

/** True if the characters of `small` appear in `big` in order (an insertion-only change keeps this). */
function isSubsequence(small: string, big: string): boolean {
  if (big.includes(small)) return true;
  let at = 0;
  for (const ch of small) {
    at = big.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('quick fixes', () => {
  before(activateExtension);
  afterEach(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  after(removeTmp);

  it('the preferred fix for consent-missing prepares a statement: the rule stays until its fields are filled in', async () => {
    await writeNote('prepare.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/prepare.soap.md`);
    const diag = (await waitForCurrentFindings(editor.document)).find((d) => codeOf(d) === 'consent-missing');
    assert.ok(diag, 'consent-missing not raised');
    const actions = await actionsAt(editor.document.uri, diag.range);
    const preferred = actions.find((a) => a.isPreferred && /consent/i.test(a.title));
    assert.ok(preferred?.command, `no preferred consent fix; offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' *' : ''}`).join(' | ')}`);
    assert.strictEqual(preferred.command.command, INSERT_PREPARED, 'a prepared statement goes in as a snippet');
    const before = editor.document.getText();
    assert.strictEqual(await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? [])), true);
    const after = editor.document.getText();
    const line = after.split('\n').find((l) => l.startsWith('Consent: '));
    assert.ok(line, `no consent line inserted:\n${after}`);
    assert.match(line, /‹[^›]+›/, 'the statement is prepared with fields, not stated');
    // Nothing the clinician wrote is lost, and the fields are reported until filled in; consent is not yet stated.
    const written = (text: string) => text.split('\n').filter((l) => l !== line && l.trim());
    assert.deepStrictEqual(written(after), written(before));
    const diags = await waitForCurrentFindings(editor.document);
    assert.ok(diags.some((d) => codeOf(d) === 'placeholder-unfilled'), 'the fields are reported');
    assert.ok(diags.some((d) => codeOf(d) === 'consent-missing'), 'an unfilled statement is no consent');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before, 'one undo takes the statement out');
  });

  const fixCases: Array<{ rule: string; title: RegExp }> = [
    { rule: 'side-missing', title: /side/i },
    { rule: 'unknown-muscle', title: /infraspinatus/ },
    { rule: 'cpt-muscle-count', title: /20561/ },
  ];
  for (const c of fixCases) {
    it(`the preferred fix for ${c.rule} applies and the rule is then clean`, async () => {
      await writeNote('fix.soap.md', MESSY);
      const editor = await openNote(`${TMP_DIR}/fix.soap.md`);
      const diags = await waitForCurrentFindings(editor.document);
      const diag = diags.find((d) => codeOf(d) === c.rule);
      assert.ok(diag, `${c.rule} not raised`);
      const actions = await actionsAt(editor.document.uri, diag.range);
      // The API command returns titles, kinds, edits and isPreferred (not the diagnostics), so match by title.
      const preferred = actions.find((a) => a.isPreferred && c.title.test(a.title));
      assert.ok(preferred, `no preferred fix for ${c.rule}; offered: ${actions.map((a) => `${a.title}${a.isPreferred ? ' *' : ''}`).join(' | ')}`);
      assert.ok(actions.some((a) => a.title === `Disable ${c.rule} for this line`), 'no disable action');
      assert.strictEqual(preferred.kind?.value, vscode.CodeActionKind.QuickFix.value);
      const before = editor.document.getText();
      assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => codeOf(d) === c.rule));
      assert.deepStrictEqual(lint(editor.document.getText()).findings.filter((f) => f.ruleId === c.rule), []);
      // Every line the fix did not touch is still there, and pure insertions keep the touched line's text in order.
      const after = editor.document.getText();
      const edits = preferred.edit!.entries().flatMap(([, es]) => es);
      const touched = new Set(edits.flatMap((e) => (e.range.isEmpty ? [] : [e.range.start.line])));
      before.split('\n').forEach((line, i) => {
        if (line.trim() && !touched.has(i)) assert.ok(after.split('\n').some((l) => isSubsequence(line, l)), `line lost: ${line}`);
      });
      // Undo restores the note exactly.
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), before);
    });
  }

  it('"Disable <rule> for this line" inserts the directive above, in the note\'s line end, and silences only that line', async () => {
    const crlfNote = MESSY.replace(/\n/g, '\r\n').replace('- R infraspinatis', '- infraspinatus');
    await writeNote('disable.soap.md', crlfNote);
    const editor = await openNote(`${TMP_DIR}/disable.soap.md`);
    const diags = await waitForCurrentFindings(editor.document);
    const sideDiags = diags.filter((d) => codeOf(d) === 'side-missing');
    assert.strictEqual(sideDiags.length, 2);
    const first = sideDiags.sort((a, b) => a.range.start.line - b.range.start.line)[0];
    const action = (await actionsAt(editor.document.uri, first.range)).find((a) => a.title === 'Disable side-missing for this line');
    assert.ok(action, 'no disable action');
    assert.ok(await vscode.workspace.applyEdit(action.edit!));
    const text = editor.document.getText();
    assert.ok(text.includes('\r\n<!-- dnlint-disable-next-line side-missing -->\r\n- levator scapulae'), 'directive not on its own CRLF line above');
    const after = await waitForDiagnostics(editor.document.uri, (ds) => ds.filter((d) => codeOf(d) === 'side-missing').length === 1);
    assert.strictEqual(after.find((d) => codeOf(d) === 'side-missing')!.range.start.line, first.range.start.line + 2, 'the other line still flagged');
  });

  it('"Add \'<term>\' to the clinic vocabulary" creates .dnlintrc.json at the workspace root and the finding goes away', async () => {
    const config = vscode.Uri.joinPath(workspaceRoot(), '.dnlintrc.json');
    assert.ok(!(await exists(config)), 'fixture workspace must not have a root .dnlintrc.json');
    await writeNote('vocab.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/vocab.soap.md`);
    try {
      const diag = (await waitForCurrentFindings(editor.document)).find((d) => codeOf(d) === 'unknown-muscle')!;
      const action = (await actionsAt(editor.document.uri, diag.range)).find((a) => a.title === "Add 'infraspinatis' to the clinic vocabulary");
      assert.ok(action, 'no add-to-vocabulary action');
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => codeOf(d) === 'unknown-muscle'));
      // Created through the edit (undoable); the user saves it like any other edit.
      const configDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === config.toString());
      assert.ok(configDoc, 'config file not created through the editor');
      assert.deepStrictEqual(JSON.parse(configDoc.getText()), { vocabulary: { terms: ['infraspinatis'] } });
      assert.ok(await configDoc.save());
      assert.deepStrictEqual(JSON.parse(await readText(config)), { vocabulary: { terms: ['infraspinatis'] } });
      assert.strictEqual(editor.document.getText(), MESSY, 'the note itself is not edited');
    } finally {
      await removeFile(config);
    }
    await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-muscle'));
  });

  it('adds the term to an existing .dnlintrc.json without touching its comments or settings', async () => {
    const config = vscode.Uri.joinPath(workspaceRoot(), '.dnlintrc.json');
    const original = '{\n  // clinic settings\n  "rules": { "needle-size-missing": "info" },\n  "vocabulary": { "terms": ["multifidi"] }\n}\n';
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(original));
    await writeNote('vocab2.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/vocab2.soap.md`);
    try {
      const diag = await waitForDiagnostics(editor.document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-muscle')).then((ds) => ds.find((d) => codeOf(d) === 'unknown-muscle')!);
      const action = (await actionsAt(editor.document.uri, diag.range)).find((a) => /clinic vocabulary/.test(a.title));
      assert.ok(action);
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      await waitForDiagnostics(editor.document.uri, (ds) => !ds.some((d) => codeOf(d) === 'unknown-muscle'));
      const configDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === config.toString());
      assert.ok(configDoc, 'the edit goes through an (undoable) editor document');
      assert.strictEqual(configDoc.getText(), original.replace('["multifidi"]', '["multifidi", "infraspinatis"]'));
      await configDoc.save();
    } finally {
      await removeFile(config);
    }
  });

  it('fix-all (source.fixAll.dnSoap) and "Apply All Safe Fixes" apply exactly the safe fixes', async () => {
    await writeNote('fixall.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/fixall.soap.md`);
    await waitForCurrentFindings(editor.document);
    const { findings } = lint(MESSY);
    const expected = applySafeFixes(MESSY, findings);
    const safeCount = findings.filter((f) => f.fixes.some((x) => x.safe)).length;
    const kind = vscode.CodeActionKind.SourceFixAll.append('dnSoap');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fixAll = (await actionsAt(editor.document.uri, whole, kind)).filter((a) => a.kind?.value === kind.value);
    if (safeCount === 0) {
      // No rule marks a fix safe today: fix-all must offer nothing and change nothing.
      assert.deepStrictEqual(fixAll.map((a) => a.title), []);
      assert.strictEqual(await vscode.commands.executeCommand('dnSoap.applySafeFixes'), 0);
      assert.strictEqual(editor.document.getText(), MESSY);
      return;
    }
    assert.strictEqual(fixAll.length, 1);
    assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit!));
    assert.strictEqual(editor.document.getText(), expected);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(await vscode.commands.executeCommand('dnSoap.applySafeFixes', editor.document.uri), safeCount);
    assert.strictEqual(editor.document.getText(), expected);
  });

  it('offers no quick fix where there is no finding', async () => {
    await writeNote('misc.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/misc.soap.md`);
    await waitForCurrentFindings(editor.document);
    const heading = new vscode.Range(0, 0, 0, 3);
    const actions = await actionsAt(editor.document.uri, heading, vscode.CodeActionKind.QuickFix);
    assert.deepStrictEqual(actions.filter((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value).map((a) => a.title), []);
  });
});
