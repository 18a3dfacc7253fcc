// Lint All Notes in Workspace and dn-lint agree on which files a configuration includes: the
// same folder (nested configurations, include, exclude, a handout, node_modules, non-Markdown
// files) is checked by the real command in the editor and by the built CLI, and both lists must
// be the expected one. Also: configuration problems sit on the key they are about, and rule
// pages and diagnostic links come from the same generator as docs/rules.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, closeAllEditors, ourDiagnostics } from './helpers';
import { MESSY, removeFile, tmpUri, writeNote } from './notes';

type LintWorkspaceResult = { files: number; findings: number; cancelled: boolean; skipped: number; notes: string[]; notIncluded: number };

const FOLDER = 'agree';

/** The files under `agree/`, and which of them a folder check includes (relative to agree/). */
const TREE: Record<string, string> = {
  '.dnlintrc.json': '{\n  // the clinic\'s notes are *.soap.md, plus the extra folder\n  "include": ["**/*.soap.md", "extra/*.md"],\n  "exclude": ["archive/**"],\n}\n',
  'a.soap.md': MESSY,
  'README.md': '# About these notes\n',
  'notes.txt': MESSY,
  'extra/b.md': MESSY,
  'extra/deep/c.md': MESSY,
  'archive/d.soap.md': MESSY,
  'a.handout.md': '<!-- dnlint-disable-file -- patient handout, not a visit note -->\n# After your visit\n',
  'sub/e.soap.md': MESSY,
  'node_modules/pkg/x.soap.md': MESSY,
  'nested/.dnlintrc.json': '{ "include": ["*.md"], "rules": { "side-missing": "off" } }',
  'nested/f.md': MESSY,
  'nested/g.soap.md': MESSY,
  'nested/deeper/h.md': MESSY,
};
const INCLUDED = ['a.soap.md', 'extra/b.md', 'nested/f.md', 'nested/g.soap.md', 'sub/e.soap.md'];

describe('Lint All Notes and dn-lint agree on the files a configuration includes', function () {
  this.timeout(90_000);
  const root = () => tmpUri(FOLDER);
  before(async () => {
    await activateExtension();
    await closeAllEditors();
    for (const [name, text] of Object.entries(TREE)) await writeNote(`${FOLDER}/${name}`, text);
  });
  after(async () => {
    await closeAllEditors();
    try {
      await vscode.workspace.fs.delete(root(), { recursive: true, useTrash: false });
    } catch { /* already gone */ }
  });

  it('the command in the editor and the CLI over the same folder check exactly the included files', async () => {
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('dnSoap.lintWorkspace');
    assert.ok(result, 'the command returned its result');
    const prefix = root().toString() + '/';
    const inEditor = result.notes.filter((u) => u.startsWith(prefix)).map((u) => decodeURIComponent(u.slice(prefix.length))).sort();

    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const folder = root().fsPath;
    const cli = spawnSync(process.execPath, [path.join(extension.extensionPath, 'dist', 'cli.js'), '--format', 'json', '--no-cache', folder], {
      cwd: folder, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.ok(cli.stdout, `the CLI printed nothing (exit ${cli.status}): ${cli.stderr}`);
    const byCli = (JSON.parse(cli.stdout) as Array<{ file: string }>).map((r) => r.file).sort();

    assert.deepStrictEqual(inEditor, INCLUDED, 'Lint All Notes');
    assert.deepStrictEqual(byCli, INCLUDED, 'dn-lint');
    // The CLI says what include left out, counted per configuration, naming no note.
    assert.match(cli.stderr, /2 Markdown files were not linted: \.dnlintrc\.json includes only \*\*\/\*\.soap\.md, extra\/\*\.md/);
    assert.match(cli.stderr, /1 Markdown file was not linted: nested\/\.dnlintrc\.json includes only \*\.md/);
  });

  it('each note got the findings of its own configuration, with a link to its rule page at this version', async () => {
    const side = (name: string) => ourDiagnostics(tmpUri(`${FOLDER}/${name}`)).filter((d) => typeof d.code === 'object' && d.code.value === 'side-missing');
    assert.strictEqual(side('a.soap.md').length, 1, 'the levator line has no side');
    assert.strictEqual(side('nested/f.md').length, 0, 'nested/.dnlintrc.json turns side-missing off');
    for (const name of ['README.md', 'archive/d.soap.md', 'a.handout.md', 'extra/deep/c.md']) {
      assert.deepStrictEqual(ourDiagnostics(tmpUri(`${FOLDER}/${name}`)), [], `${name} was not checked`);
    }
    const version = String(vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.version);
    const code = side('a.soap.md')[0].code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.toString(true), `https://github.com/dn-soap-tools/dry-needling-soap/blob/v${version}/docs/rules/side-missing.md`);
  });

  it('a problem in .dnlintrc.json is underlined at the key it is about', async () => {
    const config = tmpUri(`${FOLDER}/typo/.dnlintrc.json`);
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {\n    "consent-mising": "off"\n  }\n}\n'));
    const note = await writeNote(`${FOLDER}/typo/n.soap.md`, MESSY);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
    const until = Date.now() + 15_000;
    let diags: vscode.Diagnostic[] = [];
    while (!diags.length && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      diags = vscode.languages.getDiagnostics(config).filter((d) => d.source === 'dn-soap');
    }
    assert.strictEqual(diags.length, 1, 'one problem on the config file');
    assert.strictEqual(diags[0].message, 'rules.consent-mising: no such rule; ignored. Did you mean consent-missing?');
    assert.deepStrictEqual([diags[0].range.start.line, diags[0].range.start.character, diags[0].range.end.character], [2, 4, 20], 'on "consent-mising" (with its quotes)');
    await removeFile(note);
  });
});

describe('Show Rule Documentation renders the same page as docs/rules', function () {
  this.timeout(30_000);
  before(activateExtension);
  after(closeAllEditors);

  for (const id of ['consent-missing', 'needling-without-change']) {
    it(`${id}: the generated page, then a link to it at this version`, async () => {
      const shown = await vscode.commands.executeCommand<string>('dnSoap.showRuleDocumentation', id);
      assert.ok(shown);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(shown));
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const published = fs.readFileSync(path.join(extension.extensionPath, 'docs', 'rules', `${id}.md`), 'utf8');
      const text = doc.getText();
      assert.ok(text.startsWith(published), 'the page in the editor begins with the published page, unchanged');
      const version = String(extension.packageJSON.version);
      assert.strictEqual(text.slice(published.length), `\n---\n\n[This page online, for the version you are running](https://github.com/dn-soap-tools/dry-needling-soap/blob/v${version}/docs/rules/${id}.md)\n`);
      if (id === 'needling-without-change') assert.match(text, /## Earlier notes of the same patient/, 'a course rule shows the earlier visits its examples are checked with');
    });
  }

  it('an unknown rule id opens a page that says so', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'dn-soap-rule', path: '/no-such-rule.md' }));
    assert.match(doc.getText(), /^# Unknown rule/);
  });
});
