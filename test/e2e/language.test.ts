// The dn-soap language, its grammar and editor defaults as VS Code loads them. Token scopes
// cannot be read through the API; test/grammar covers them with VS Code's TextMate engine.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID, activateExtension, closeAllEditors, openNote } from './helpers';

describe('language: dn-soap', () => {
  after(closeAllEditors);

  it('a *.soap.md file opens in the dn-soap language', async () => {
    const editor = await openNote('visit-clean.soap.md');
    assert.strictEqual(editor.document.languageId, LANGUAGE_ID);
  });

  it('VS Code knows the language, and the grammar files it contributes exist and parse', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
    const ext = await activateExtension();
    const grammars: Array<{ scopeName: string; path: string; injectTo?: string[]; language?: string }> = ext.packageJSON.contributes.grammars;
    const main = grammars.find((g) => g.language === LANGUAGE_ID);
    assert.ok(main, 'no grammar for dn-soap');
    assert.strictEqual(main.scopeName, 'text.html.markdown.dn-soap');
    const injection = grammars.find((g) => g.injectTo?.includes('text.html.markdown.dn-soap'));
    assert.ok(injection, 'no injection grammar for dn-soap');
    for (const g of [main, injection]) {
      const json = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, g.path), 'utf8'));
      assert.strictEqual(json.scopeName, g.scopeName);
    }
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID));
  });

  it('editor defaults for dn-soap: quick suggestions everywhere, no word-based suggestions', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: LANGUAGE_ID });
    const quick = editor.get<Record<string, string>>('quickSuggestions');
    assert.strictEqual(quick?.other, 'on');
    assert.strictEqual(quick?.strings, 'on');
    assert.strictEqual(quick?.comments, 'on');
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    assert.strictEqual(editor.get('suggestOnTriggerCharacters'), true);
  });

  it('the language configuration treats needle sizes as one word', async () => {
    const editor = await openNote('Needle 0.25×40 here\n');
    const range = editor.document.getWordRangeAtPosition(new vscode.Position(0, 9));
    assert.ok(range);
    assert.strictEqual(editor.document.getText(range), '0.25×40');
  });
});
