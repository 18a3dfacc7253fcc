// The note preview: a webview beside the editor that runs nothing and loads nothing.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, setText, waitFor } from './helpers';

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('dnSoap.preview'));
}
const previewHtml = () => vscode.commands.executeCommand<string>('dnSoap._previewHtml');

describe('preview', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('opens a webview panel beside the note with sanitised HTML and a strict CSP', async () => {
    const editor = await openNote('## Objective\n\n<script>alert(1)</script>\n\nText <img src=x onerror="alert(2)"> end\n\n| Muscle | Side |\n|---|---|\n| upper trapezius | R |\n');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('dnSoap.openPreview', editor.document.uri);
    assert.ok(panel, 'the command returns the panel');
    assert.strictEqual(panel.webview.options.enableScripts, false);
    assert.deepStrictEqual(panel.webview.options.localResourceRoots, []);
    await waitFor(() => previewTabs().length === 1, 'a preview tab');
    assert.notStrictEqual(previewTabs()[0].group.viewColumn, editor.viewColumn, 'preview opens beside the note');
    const html = await previewHtml();
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none';/);
    assert.match(html, /<td>upper trapezius<\/td>/);
    assert.doesNotMatch(html, /<script|alert\(|onerror|<img/i);
  });

  it('follows edits to the note', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'dn-soap');
    assert.ok(editor);
    await setText(editor, '## Plan\n\nAftercare: soreness 24-72 h expected.\n');
    const until = Date.now() + 5000;
    while (!(await previewHtml()).includes('Aftercare: soreness') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    assert.match(await previewHtml(), /Aftercare: soreness 24-72 h expected\./);
  });

  it('closing the panel disposes it', async () => {
    const tab = previewTabs()[0];
    assert.ok(tab);
    await vscode.window.tabGroups.close(tab);
    await waitFor(() => previewTabs().length === 0, 'the preview tab to close');
  });
});
