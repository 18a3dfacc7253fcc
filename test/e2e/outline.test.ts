// The Outline view, breadcrumbs and folding of a note in the real editor: sections S, O, A, P
// with the needled muscles under them, from the linter's parsed note; screenshots of the Outline
// are saved under test-results/ by the runner's screenshot hook (scripts/run-code-server-tests.mjs).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitFor } from './helpers';
import { isPng, screenshot } from './driver';
import { writeNote } from './notes';

const NOTE = [
  '---', 'patient: E2E-OUT', 'date: 2025-03-04', 'visit: 2 of 8', '---', '',
  '# Dry needling visit', '',
  '## Subjective', '', 'Neck pain for 6 weeks, worse after desk work. NPRS 5/10 today.', '',
  '## Objective', '', 'Taut band with a tender spot in R upper trapezius.', '',
  'Consent: written consent on file (signed 2025-02-25); verbal consent given today.', '',
  '### Dry needling', '',
  '| Muscle | Side | Needle (mm) | Technique | LTR |', '|---|---|---|---|---|',
  '| upper trapezius | R | 0.25×30 | pistoning | +×3 |', '| levator scapulae | R | 0.30×40 | pistoning | +×1 |', '| gluteus medius | L | 0.30×60 | static 10 min | none |', '',
  'Needles: 3 in / 3 out, all removed. Adverse events: none.', '',
  '## Assessment', '', 'Myofascial neck pain, improving.', '',
  '## Plan', '', 'Aftercare: soreness for 24–72 h expected; breathlessness or chest pain means emergency care.', 'Plan of care: 8 visits.', '',
  '## Billing', '', 'CPT: 20561 · Dx: M79.12', '',
].join('\n');


const symbolsOf = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
const tree = (symbols: vscode.DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children.length ? { [s.name]: tree(s.children) } : s.name));

describe('outline, breadcrumbs and folding', function () {
  this.timeout(60_000);
  let uri: vscode.Uri;
  before(async () => {
    await activateExtension();
    uri = await writeNote('outline/2025-03-04-E2E-OUT.soap.md', NOTE);
  });
  after(closeAllEditors);

  it('the Outline lists the front matter, title, S, O, A, P and Billing, with the needled muscles under their section', async () => {
    await openNote('e2e-tmp/outline/2025-03-04-E2E-OUT.soap.md');
    const symbols = await symbolsOf(uri);
    assert.deepStrictEqual(tree(symbols), [
      'Front matter', 'Dry needling visit', 'Subjective',
      { Objective: [{ 'Dry needling': ['R upper trapezius', 'R levator scapulae', 'L gluteus medius'] }] },
      'Assessment', { Plan: ['Plan of care'] }, 'Billing',
    ]);
    const objective = symbols.find((s) => s.name === 'Objective')!;
    assert.strictEqual(objective.kind, vscode.SymbolKind.Module);
    const ut = objective.children[0].children[0];
    assert.strictEqual(ut.kind, vscode.SymbolKind.Field);
    assert.strictEqual(ut.detail, '0.25×30 mm, pistoning, LTR x3');
    const doc = vscode.window.activeTextEditor!.document;
    assert.strictEqual(doc.getText(ut.selectionRange), 'upper trapezius');
    assert.ok(objective.range.contains(ut.range));
    assert.strictEqual(symbols[0].detail, '2025-03-04, visit 2 of 8', 'the front matter names no patient');
  });

  it('follows edits: a row added to the needling table appears under its section', async () => {
    const editor = vscode.window.activeTextEditor!;
    const at = editor.document.getText().indexOf('| gluteus medius');
    await editor.edit((b) => b.insert(editor.document.positionAt(at), '| infraspinatus | R | 0.30×50 | pistoning | +×1 |\n'));
    const names = (await symbolsOf(uri)).find((s) => s.name === 'Objective')!.children[0].children.map((c) => c.name);
    assert.deepStrictEqual(names, ['R upper trapezius', 'R levator scapulae', 'R infraspinatus', 'L gluteus medius']);
    await vscode.commands.executeCommand('undo');
  });

  it('folds each section, the front matter and the needling block', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const doc = vscode.window.activeTextEditor!.document;
    const starts = ranges.map((r) => doc.lineAt(r.start).text);
    for (const heading of ['---', '## Subjective', '## Objective', '### Dry needling', '## Assessment', '## Plan', '## Billing']) assert.ok(starts.includes(heading), `no fold at ${heading}: ${starts.join(' | ')}`);
    const objective = ranges.find((r) => doc.lineAt(r.start).text === '## Objective')!;
    assert.strictEqual(doc.lineAt(objective.end).text, 'Needles: 3 in / 3 out, all removed. Adverse events: none.');
    // Folding it really hides the section in the editor.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(objective.start, 0, objective.start, 0);
    await vscode.commands.executeCommand('editor.fold');
    await waitFor(() => !editor.visibleRanges.some((r) => r.contains(new vscode.Position(objective.start + 2, 0))), 'the Objective folded');
    await vscode.commands.executeCommand('editor.unfoldAll');
  });

  it('shows in the Outline view and breadcrumbs (screenshots saved under test-results/)', async () => {
    const editor = await openNote('e2e-tmp/outline/2025-03-04-E2E-OUT.soap.md');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('| levator scapulae'));
    editor.selection = new vscode.Selection(line, 4, line, 4);
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await new Promise((r) => setTimeout(r, 1500)); // the Outline view renders on its own schedule
    const png = (await screenshot('outline', '1400x900'))?.png;
    if (png) assert.ok(isPng(png) && png.length > 20_000, 'a screenshot of the workbench with the Outline view');
    editor.selection = new vscode.Selection(10, 0, 10, 0);
    await new Promise((r) => setTimeout(r, 800));
    const second = (await screenshot('outline-subjective', '1400x900'))?.png;
    if (second) assert.ok(isPng(second));
    if (!png) assert.strictEqual(process.env.DN_E2E_SCREENSHOTS, undefined, 'screenshots were asked for but not taken');
  });
});
