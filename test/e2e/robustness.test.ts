// Robustness in the real editor: a note that disappears while "Lint All Notes" runs, an
// invalid .dnlintrc.json, and every edit the extension makes being undoable to the exact text.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, ourDiagnostics, waitForDiagnostics } from './helpers';
import { MESSY, TMP_DIR, codeOf, exists, lint, removeTmp, tmpUri, waitForCurrentFindings, writeNote } from './notes';

type LintWorkspaceResult = { files: number; findings: number; cancelled: boolean; skipped: number };

/** Captures the extension's notifications while `fn` runs (the window namespace is shared with the extension). */
async function withMessages<T>(fn: () => Promise<T>): Promise<{ value: T; messages: string[] }> {
  const w = vscode.window as any;
  const names = ['showInformationMessage', 'showWarningMessage', 'showErrorMessage'] as const;
  const originals = names.map((n) => w[n]);
  const messages: string[] = [];
  names.forEach((n, i) => {
    w[n] = (...args: any[]) => {
      messages.push(`${n}: ${String(args[0])}`);
      return originals[i].apply(vscode.window, args);
    };
  });
  try {
    return { value: await fn(), messages };
  } finally {
    names.forEach((n, i) => { w[n] = originals[i]; });
  }
}

/** Code actions (with edits) the extension offers for a range. */
async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind?.value)) ?? [];
  return all.filter((a) => a.edit);
}

/** One `undo` in the note's editor (focused first: undo acts on the focused editor). */
async function undoIn(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false, viewColumn: editor.viewColumn });
  await vscode.commands.executeCommand('undo');
}

describe('robustness in the editor', () => {
  before(activateExtension);
  afterEach(async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  });
  after(removeTmp);

  it('Lint All Notes: notes deleted after the search and a binary note are skipped with one message; the others are checked', async () => {
    await closeAllEditors();
    const names = Array.from({ length: 12 }, (_, i) => `vanish-${String(i).padStart(2, '0')}.soap.md`);
    const uris = await Promise.all(names.map((n, i) => writeNote(n, i % 2 ? MESSY : MESSY.replace('levator scapulae', 'R levator scapulae'))));
    const binary = tmpUri('scan.soap.md');
    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, ...new TextEncoder().encode('## O\nDN R UT')]));
    const doomed = [uris[3], uris[8]];

    // The notes disappear between the command's file search and its reads, as when a sync tool
    // or another window deletes them mid-run. (workspace.findFiles is wrapped for this command
    // only: its search passes a cancellation token; the background scans of the patient index and
    // the unsigned count search without one and are left alone.)
    const ws = vscode.workspace as any;
    const findFiles = ws.findFiles;
    let searched = 0;
    ws.findFiles = async (...args: any[]) => {
      const found: vscode.Uri[] = await findFiles.apply(vscode.workspace, args);
      if (args[3] === undefined) return found;
      searched++;
      for (const u of doomed) assert.ok(found.some((f) => f.toString() === u.toString()), 'the search found the note before it vanished');
      for (const u of doomed) await vscode.workspace.fs.delete(u, { useTrash: false });
      return found;
    };
    let run: { value: LintWorkspaceResult; messages: string[] };
    try {
      run = await withMessages(() => Promise.resolve(vscode.commands.executeCommand<LintWorkspaceResult>('dnSoap.lintWorkspace')));
    } finally {
      ws.findFiles = findFiles;
    }
    assert.strictEqual(searched, 1, 'the command searched through workspace.findFiles');
    const result = run.value;
    assert.ok(result, 'the command returned a result (did not throw)');
    assert.strictEqual(result.cancelled, false);
    assert.strictEqual(result.skipped, 3, `skipped ${result.skipped}`);
    assert.ok(result.files >= names.length - doomed.length, `checked ${result.files}`);
    for (const d of doomed) assert.ok(!(await exists(d)));
    for (const [i, uri] of uris.entries()) {
      if (doomed.includes(uri)) {
        assert.deepStrictEqual(ourDiagnostics(uri), [], 'no findings for a note that is gone');
        continue;
      }
      const text = i % 2 ? MESSY : MESSY.replace('levator scapulae', 'R levator scapulae');
      const want = lint(text).findings.map((f) => `${f.ruleId}@${f.range.start.line}`).sort();
      assert.deepStrictEqual(ourDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort(), want, `note ${i}`);
    }
    assert.deepStrictEqual(ourDiagnostics(binary), []);
    const warnings = run.messages.filter((m) => m.startsWith('showWarningMessage'));
    assert.strictEqual(warnings.length, 1, run.messages.join('\n'));
    assert.match(warnings[0], /3 notes were not checked: deleted or moved during the check, unreadable, or not a text file/);
    assert.ok(!/vanish|scan|soap\.md|e2e-tmp/.test(warnings[0]), 'the message names no file');
  });

  it('an invalid .dnlintrc.json gets a clear diagnostic on the file itself, and notes under it are linted with the defaults', async () => {
    const config = tmpUri('cfg/.dnlintrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {\n    side-missing: "off"\n  }\n'));
    const uri = await writeNote('cfg/note.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/cfg/note.soap.md`);
    const diags = await waitForCurrentFindings(editor.document); // exactly the default findings: side-missing is NOT off
    assert.ok(diags.some((d) => codeOf(d) === 'side-missing'));
    const configDiags = await new Promise<vscode.Diagnostic[]>((resolve, reject) => {
      const until = Date.now() + 10_000;
      const poll = () => {
        const ds = vscode.languages.getDiagnostics(config).filter((d) => d.source === 'dn-soap');
        if (ds.length) resolve(ds);
        else if (Date.now() > until) reject(new Error('no diagnostic on the invalid config file'));
        else setTimeout(poll, 50);
      };
      poll();
    });
    assert.strictEqual(configDiags.length, 1);
    assert.match(configDiags[0].message, /^line 3, column 5: invalid JSON: .+\. Using the default settings\.$/);
    assert.strictEqual(configDiags[0].severity, vscode.DiagnosticSeverity.Warning);
    // Repairing the file applies it and clears its diagnostic.
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "rules": { "side-missing": "off" } }\n'));
    await waitForDiagnostics(uri, (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'side-missing'));
    const until = Date.now() + 10_000;
    while (vscode.languages.getDiagnostics(config).some((d) => d.source === 'dn-soap') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(config).filter((d) => d.source === 'dn-soap'), []);
    await vscode.workspace.fs.delete(config, { useTrash: false });
  });

  describe('every edit the extension makes is undoable to the exact text', () => {
    // MESSY has rule fixes, disable-line actions; the second note also has a safe fix (a missing heading).
    const notes: Record<string, string> = {
      'undo-messy.soap.md': MESSY,
      'undo-crlf.soap.md': MESSY.replace(/\n/g, '\r\n').replace('## P\r\n', ''),
    };
    for (const [name, text] of Object.entries(notes)) {
      it(`every quick fix offered in ${name} applies and undoes back to the saved note`, async () => {
        await writeNote(name, text);
        const editor = await openNote(`${TMP_DIR}/${name}`);
        const diags = await waitForCurrentFindings(editor.document);
        assert.ok(diags.length >= 4);
        let applied = 0;
        for (const d of diags) {
          for (const action of await actionsAt(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix)) {
            // The vocabulary fix edits .dnlintrc.json, not the note (covered in quickfix.test.ts).
            if (/clinic vocabulary/.test(action.title)) continue;
            assert.ok(await vscode.workspace.applyEdit(action.edit!), action.title);
            assert.notStrictEqual(editor.document.getText(), text, `${action.title} changed nothing`);
            await undoIn(editor);
            assert.strictEqual(editor.document.getText(), text, `undo after "${action.title}" did not restore the note`);
            assert.strictEqual(editor.document.isDirty, false, `undo after "${action.title}" left the note dirty`);
            applied++;
          }
        }
        assert.ok(applied >= diags.length, `applied ${applied} fixes for ${diags.length} findings`);
      });
    }

    it('fix-all, "Apply All Safe Fixes" and "Insert Needling Record" are undone in one step each', async () => {
      const name = 'undo-crlf.soap.md';
      const text = notes[name];
      const editor = await openNote(`${TMP_DIR}/${name}`);
      await waitForCurrentFindings(editor.document);
      const kind = vscode.CodeActionKind.SourceFixAll.append('dnSoap');
      const fixAll = (await actionsAt(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), kind)).filter((a) => a.kind?.value === kind.value);
      assert.strictEqual(fixAll.length, 1, 'a safe fix is offered');
      assert.ok(await vscode.workspace.applyEdit(fixAll[0].edit!));
      assert.notStrictEqual(editor.document.getText(), text);
      await undoIn(editor);
      assert.strictEqual(editor.document.getText(), text);

      assert.ok(((await vscode.commands.executeCommand<number>('dnSoap.applySafeFixes', editor.document.uri)) ?? 0) > 0);
      assert.notStrictEqual(editor.document.getText(), text);
      await undoIn(editor);
      assert.strictEqual(editor.document.getText(), text);

      const line = text.split('\r\n').indexOf('- levator scapulae 0.25x30 mm, LTR x1');
      editor.selection = new vscode.Selection(line, 3, line, 3);
      assert.ok(await vscode.commands.executeCommand('dnSoap.insertNeedlingRecord', { muscle: 'UT', side: 'R', needle: '0.25×30 mm' }));
      assert.strictEqual(editor.document.lineAt(line + 1).text, '- R upper trapezius 0.25×30 mm');
      await undoIn(editor);
      assert.strictEqual(editor.document.getText(), text);
      assert.strictEqual(editor.document.isDirty, false);
    });
  });
});
