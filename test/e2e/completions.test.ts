// Completions through VS Code's own completion command in each note context.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitForDiagnostics } from './helpers';
import { codeOf, removeTmp, TMP_DIR, tmpUri, writeNote } from './notes';

/** Our completion items at the "¦" marker (snippets and other providers filtered out). */
async function complete(textWithCursor: string, trigger?: string): Promise<vscode.CompletionItem[]> {
  const offset = textWithCursor.indexOf('¦');
  const editor = await openNote(textWithCursor.replace('¦', '') + '\n');
  const pos = editor.document.positionAt(offset);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos, trigger);
  return list.items.filter((i) => i.kind !== vscode.CompletionItemKind.Snippet && i.kind !== vscode.CompletionItemKind.Text);
}
const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const bySort = (items: vscode.CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? label(a)).localeCompare(b.sortText ?? label(b))).map(label);

const table = (row: string) => ['## Dry needling', '', '| Muscle | Side | Needle (mm) | Technique | LTR |', '|---|---|---|---|---|', row].join('\n');

describe('completions', () => {
  before(activateExtension);
  after(closeAllEditors);

  it('muscle by shorthand: UT in the Muscle column offers upper trapezius first, matched through its filter text', async () => {
    const items = await complete(table('| UT¦ | R | | | |'));
    const ut = items.find((i) => label(i) === 'upper trapezius');
    assert.ok(ut, `upper trapezius missing: ${items.slice(0, 5).map(label)}`);
    assert.strictEqual(bySort(items)[0], 'upper trapezius');
    assert.match(ut.filterText ?? '', /^UT\b/);
    assert.strictEqual(ut.insertText, 'upper trapezius ', 'a space after it: the side or needle follows');
    const range = ut.range as vscode.Range;
    assert.strictEqual(range.end.character - range.start.character, 2, 'replaces the typed "UT"');
  });

  it('an ambiguous token (TA) offers every muscle it can mean', async () => {
    const top = bySort(await complete(table('| TA¦ | L | | | |'))).slice(0, 2).sort();
    assert.deepStrictEqual(top, ['tibialis anterior', 'transversus abdominis']);
  });

  it('side after a muscle, needle size after "0.", technique after a needle size: each once something is typed', async () => {
    // Nothing is offered before something is typed, so Enter or Tab can never accept a guess.
    assert.deepStrictEqual((await complete('O: DN upper trapezius ¦', ' ')).map(label), []);
    assert.deepStrictEqual((await complete('O: DN upper trapezius R¦')).map(label), ['R']);
    assert.deepStrictEqual((await complete('O: DN upper trapezius b¦')).map(label), ['bilateral']);
    const needles = (await complete(table('| upper trapezius | R | 0.¦ | | |'), '.')).map(label);
    assert.ok(needles.includes('0.25×40 mm') && needles.length === 80, `needles: ${needles.length}`);
    assert.deepStrictEqual((await complete('O: DN R UT 0.25x30mm ¦', ' ')).map(label), []);
    assert.deepStrictEqual((await complete('O: DN R UT 0.25x30mm pis¦')).map(label), ['pistoning']);
  });

  it('CPT on a billing line, with the code matching the recorded muscles first', async () => {
    const note = ['| Muscle | Side | Needle (mm) |', '|---|---|---|', '| upper trapezius | R | 0.25x30 |', '| gluteus medius | L | 0.30x60 |', '| gluteus medius | R | 0.30x60 |', '', 'Billing: ¦'].join('\n');
    const items = await complete(note, ' ');
    assert.strictEqual(bySort(items)[0], '20561');
    assert.ok(items.some((i) => label(i) === '97140'));
  });

  it('ICD-10 on a Dx line without deleted or header codes', async () => {
    const codes = (await complete('Dx: ¦', ' ')).map(label);
    assert.ok(codes.includes('M79.12') && codes.includes('M54.50'));
    assert.ok(!codes.includes('M54.5') && !codes.includes('M79.1'));
  });

  it("offers the clinic's own muscles from the nearest .dnlintrc.json", async () => {
    await vscode.workspace.fs.writeFile(tmpUri('.dnlintrc.json'), new TextEncoder().encode(
      '{ "vocabulary": { "muscles": [{ "name": "levatores costarum", "shorthand": ["LevC"], "region": "back" }] } }\n'));
    try {
      const text = table('| LevC | | 0.25x30 | pistoning | + |') + '\n| LevC | L | 0.25x30 | pistoning | + |\n';
      const uri = await writeNote('clinic.soap.md', text);
      const editor = await openNote(`${TMP_DIR}/clinic.soap.md`);
      // The clinic muscle is known once the folder's configuration applies: its empty Side cell is what is flagged.
      await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'side-missing') && !ds.some((d) => codeOf(d) === 'unknown-muscle'));
      const pos = editor.document.positionAt(text.lastIndexOf('LevC') + 4);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
      const clinic = list.items.find((i) => label(i) === 'levatores costarum');
      assert.ok(clinic, 'the clinic muscle is offered');
      assert.match(clinic.filterText ?? '', /LevC/);
    } finally {
      await removeTmp();
    }
  });

  it('front matter keys inside front matter', async () => {
    const keys = (await complete('---\ndate: 2025-03-04\n¦\n---\n\n## Subjective')).map(label);
    assert.ok(keys.includes('clinician') && keys.includes('consent'), `keys: ${keys}`);
  });
});
