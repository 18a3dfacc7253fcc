// The editor around a note: prose defaults for dn-soap, commands findable by "SOAP" and "dry
// needling" with internal ones hidden, keyboard shortcuts that take nothing from VS Code or
// Markdown, and a preview that shows blanks as written and saves a page to print.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, LANGUAGE_ID, openNote, waitFor } from './helpers';
import { readText, tmpUri, writeNote } from './notes';

interface Command { command: string; title: string; category?: string }
interface Keybinding { command: string; key: string; mac?: string; when?: string }
const pkg = () => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
const MODIFIERS = ['ctrl', 'shift', 'alt', 'meta', 'cmd'];
/** A key as VS Code writes it in its defaults: modifiers in the order ctrl, shift, alt. */
const normalKey = (key: string) => key.toLowerCase().split(' ').map((part) => {
  const keys = part.split('+');
  return [...keys.filter((k) => MODIFIERS.includes(k)).sort((a, b) => MODIFIERS.indexOf(a) - MODIFIERS.indexOf(b)), ...keys.filter((k) => !MODIFIERS.includes(k))].join('+');
}).join(' ');

/** VS Code's own default keybindings, from its Default Keybindings document (JSON with comments). */
async function defaultKeybindings(): Promise<Keybinding[]> {
  await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
  await waitFor(() => /keybindings\.json$/.test(vscode.window.activeTextEditor?.document.uri.path ?? ''), 'the Default Keybindings document');
  const text = vscode.window.activeTextEditor!.document.getText();
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  const json = text.replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[\]}])/g, '$1');
  return JSON.parse(json.slice(json.indexOf('['), json.lastIndexOf(']') + 1));
}

describe('editor for prose', function () {
  this.timeout(60_000);
  before(activateExtension);
  after(closeAllEditors);

  it('language defaults: word wrap on, ×, – and µ not flagged as ambiguous, invisible characters still shown, tab size 2', async () => {
    await openNote('Needle 0.25×30 mm – LTR x2, 5 µm\n');
    const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('unicodeHighlight.nonBasicASCII'), false);
    assert.strictEqual(editor.get('unicodeHighlight.invisibleCharacters'), true);
    assert.strictEqual(editor.get('tabSize'), 2);
    assert.strictEqual(editor.get('insertSpaces'), true);
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.options.tabSize, 2);
    // Other files keep VS Code's own defaults.
    assert.strictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'javascript' }).get('unicodeHighlight.ambiguousCharacters'), true);
  });

  it('every command is found by typing "SOAP" or "dry needling" in the palette; internal ones are hidden', async () => {
    const commands: Command[] = pkg().contributes.commands;
    const palette: Array<{ command: string; when?: string }> = pkg().contributes.menus.commandPalette;
    const registered = await vscode.commands.getCommands(true);
    for (const c of commands) {
      const label = `${c.category}: ${c.title}`; // what the palette shows and filters on
      assert.match(label, /SOAP/, label);
      assert.match(label.toLowerCase(), /dry needling/, label);
      assert.ok(registered.includes(c.command), `${c.command} is not registered`);
      const internal = c.command.startsWith('dnSoap._') || /\binternal\b/i.test(c.title);
      const hidden = palette.some((m) => m.command === c.command && m.when === 'false');
      assert.strictEqual(hidden, internal, `${c.command}: ${internal ? 'internal but shown in the palette' : 'hidden from the palette'}`);
    }
    for (const id of ['dnSoap.newNote', 'dnSoap.newNoteFromLastVisit', 'dnSoap.insertNeedlingRecord', 'dnSoap.openPreview', 'dnSoap.printNote']) {
      assert.ok(commands.some((c) => c.command === id), `${id} is not contributed`);
    }
  });

  it('keyboard shortcuts: New Note, Insert Needling Record and Open Preview (Ctrl+Shift+V for notes only), none taken from VS Code', async () => {
    const ours: Keybinding[] = pkg().contributes.keybindings;
    const find = (command: string, key: string) => ours.find((k) => k.command === command && k.key === key);
    assert.ok(find('dnSoap.newNote', 'ctrl+k n'));
    assert.ok(find('dnSoap.newNoteFromLastVisit', 'ctrl+k shift+n'));
    assert.match(find('dnSoap.insertNeedlingRecord', 'ctrl+alt+m')?.when ?? '', /editorLangId == dn-soap/);
    const preview = find('dnSoap.openPreview', 'ctrl+shift+v');
    assert.strictEqual(preview?.mac, 'cmd+shift+v');
    assert.match(preview?.when ?? '', /editorLangId == dn-soap/, 'Markdown keeps its own Ctrl+Shift+V');
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 300, `${defaults.length} default keybindings read`);
    for (const k of ours) {
      const clash = defaults.filter((d) => normalKey(d.key) === normalKey(k.key) && !d.command.startsWith('dnSoap.') && !d.command.startsWith('-')
        // Only where both could apply: another language's binding (Markdown's preview) or a panel's is no clash.
        && !/editorLangId == (?!dn-soap)|terminalFocus|notebook(?:Editor|Cell)|inQuickOpen|inSearchEditor|listFocus|panelFocus|sideBarFocus|chatInput|inChat/.test(d.when ?? ''));
      assert.deepStrictEqual(clash.map((d) => `${d.command} (${d.when ?? 'always'})`), [], `${k.key} is already VS Code's`);
    }
  });

  it('the preview shows blanks as written (not emphasis or rules) and marks them', async () => {
    const editor = await openNote('## Objective\n\nConsent: written form signed __/__/____ by ___; verbal consent ‹given or declined›.\n');
    await vscode.commands.executeCommand('dnSoap.openPreview', editor.document.uri);
    const until = Date.now() + 5000;
    let html = await vscode.commands.executeCommand<string>('dnSoap._previewHtml');
    while (!html.includes('Consent') && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      html = await vscode.commands.executeCommand<string>('dnSoap._previewHtml');
    }
    assert.match(html, /signed <span class="blank">__\/__\/____<\/span> by <span class="blank">___<\/span>; verbal consent <span class="blank">‹given or declined›<\/span>\./);
    assert.doesNotMatch(html, /<strong>|<em>|<hr>/);
  });

  it('Save Note for Printing writes a page beside the note that runs nothing, and never replaces a file', async () => {
    const uri = await writeNote('print/2025-03-04-E2E-PRINT.soap.md', '## Subjective\n\nNeck pain. NPRS ‹score›/10.\n');
    await openNote('e2e-tmp/print/2025-03-04-E2E-PRINT.soap.md');
    const first = await vscode.commands.executeCommand<string>('dnSoap.printNote');
    assert.strictEqual(first, tmpUri('print/2025-03-04-E2E-PRINT.print.html').toString());
    const page = await readText(vscode.Uri.parse(first));
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(page, /To print: press Ctrl\+P/);
    assert.match(page, /@media print/);
    assert.match(page, /NPRS <span class="blank">‹score›<\/span>\/10/);
    assert.doesNotMatch(page, /<script|\son\w+=|(?:src|href)="https?:/i);
    const second = await vscode.commands.executeCommand<string>('dnSoap.printNote', uri);
    assert.strictEqual(second, tmpUri('print/2025-03-04-E2E-PRINT.print-2.html').toString());
    assert.strictEqual(await readText(vscode.Uri.parse(first)), page, 'the first page is untouched');
  });
});
