// Insert Needling Record in the real editor, asked step by step through VS Code's own QuickPick:
// "UT" puts upper trapezius first, "0.30x60" is read as 0.30×60 mm, technique and response are
// remembered for the next muscle, "Add another muscle?" loops; the record lands in the note's
// needling table (the template's blank row first) and reads back as a complete record.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitFor } from './helpers';
import { lint, writeNote } from './notes';

const NOTE = [
  '## Subjective', '', 'Neck pain.', '',
  '## Objective', '',
  'Consent: written consent signed 2025-03-04; risks incl. pneumothorax discussed; verbal consent given today.', '',
  '| Muscle | Side | Needle (mm) | Technique | LTR |', '|---|---|---|---|---|', '| ‹muscle› | ‹R, L or B› | ‹diameter×length› | ‹technique› | ‹twitch count or none› |', '',
  'Needles: 2 in / 2 out, all removed.', '',
  '## Plan', '', 'Aftercare: soreness 24–72 h expected; chest pain or breathlessness means emergency care.', '',
].join('\n');

type Pick = vscode.QuickPick<vscode.QuickPickItem>;

/** Records every QuickPick the extension creates, so the test can read it and answer through the real UI. */
function watchQuickPicks(): { picks: Pick[]; restore: () => void } {
  const picks: Pick[] = [];
  const original = vscode.window.createQuickPick;
  (vscode.window as any).createQuickPick = (...args: unknown[]) => {
    const qp = (original as any).apply(vscode.window, args) as Pick;
    picks.push(qp);
    return qp;
  };
  return { picks, restore: () => { (vscode.window as any).createQuickPick = original; } };
}

/** Waits for the n-th QuickPick (1-based) to show items that satisfy `ready`. */
async function nth(picks: Pick[], n: number, ready: (qp: Pick) => boolean = (qp) => qp.items.length > 0): Promise<Pick> {
  await waitFor(() => picks.length >= n && ready(picks[n - 1]), `QuickPick #${n}${picks[n - 1] ? ` (${picks[n - 1].title}: ${picks[n - 1].items.slice(0, 3).map((i) => i.label).join(', ')})` : ''}`, 10_000);
  return picks[n - 1];
}
/** Accepts the item VS Code has active, as Enter would. */
const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
const activeLabel = (qp: Pick) => qp.activeItems[0]?.label;
/** Moves the active item down one, as the Down key does, and waits until it is `label`. */
async function down(qp: Pick, label: string): Promise<void> {
  await vscode.commands.executeCommand('quickInput.next');
  await waitFor(() => activeLabel(qp) === label, `${label} active (is ${activeLabel(qp)})`);
}

describe('insert needling record', function () {
  this.timeout(60_000);
  let watch: ReturnType<typeof watchQuickPicks>;
  before(activateExtension);
  afterEach(() => watch?.restore());
  after(closeAllEditors);

  it('asks muscle → side → needle → technique → response → another, through the QuickPick', async () => {
    await writeNote('insert-steps.soap.md', NOTE);
    const editor = await openNote('e2e-tmp/insert-steps.soap.md');
    const row = NOTE.split('\n').indexOf('| Muscle | Side | Needle (mm) | Technique | LTR |');
    editor.selection = new vscode.Selection(row, 2, row, 2);
    watch = watchQuickPicks();
    const done = vscode.commands.executeCommand<boolean>('dnSoap.insertNeedlingRecord', { query: 'UT' });

    // 1. "UT" typed: the exact shorthand is first and active, ahead of names containing "ut".
    const muscle = await nth(watch.picks, 1, (qp) => activeLabel(qp) !== undefined);
    assert.strictEqual(muscle.items[0].label, 'upper trapezius');
    assert.strictEqual(activeLabel(muscle), 'upper trapezius');
    await accept();
    // 2. side
    const side = await nth(watch.picks, 2, (qp) => activeLabel(qp) !== undefined);
    assert.deepStrictEqual(side.items.map((i) => i.label).slice(0, 3), ['R', 'L', 'B']);
    await accept();
    // 3. needle typed with an "x"
    const needle = await nth(watch.picks, 3);
    needle.value = '0.30x60';
    await waitFor(() => activeLabel(needle) === '0.30×60 mm', `0.30×60 mm offered for "0.30x60" (active: ${activeLabel(needle)})`);
    await accept();
    // 4. technique, 5. response: typed and picked
    const technique = await nth(watch.picks, 4);
    technique.value = 'static';
    await waitFor(() => activeLabel(technique) === 'static', 'static offered');
    await accept();
    const response = await nth(watch.picks, 5);
    response.value = 'LTR x3';
    await waitFor(() => activeLabel(response) === 'LTR x3', 'LTR x3 offered');
    await accept();
    // 6. Add another muscle? Yes.
    const another = await nth(watch.picks, 6, (qp) => activeLabel(qp) !== undefined);
    assert.strictEqual(another.title, 'Add another muscle?');
    assert.strictEqual(activeLabel(another), 'Add another muscle');
    // The first record is already in: it filled the template's blank row.
    assert.strictEqual(editor.document.lineAt(row + 2).text, '| upper trapezius | R | 0.30×60 | static | LTR x3 |');
    await accept();

    // Second muscle: the technique and response just used come first, marked.
    const muscle2 = await nth(watch.picks, 7);
    muscle2.value = 'levator';
    await waitFor(() => activeLabel(muscle2) === 'levator scapulae', 'levator scapulae for "levator"');
    await accept();
    const side2 = await nth(watch.picks, 8, (qp) => activeLabel(qp) !== undefined);
    await down(side2, 'L');
    await accept();
    const needle2 = await nth(watch.picks, 9);
    needle2.value = '.25x30';
    await waitFor(() => activeLabel(needle2) === '0.25×30 mm', '0.25×30 mm for ".25x30"');
    await accept();
    const technique2 = await nth(watch.picks, 10, (qp) => activeLabel(qp) !== undefined);
    assert.strictEqual(activeLabel(technique2), 'static');
    assert.strictEqual(technique2.items[0].description, 'last used');
    await accept();
    const response2 = await nth(watch.picks, 11, (qp) => activeLabel(qp) !== undefined);
    assert.strictEqual(activeLabel(response2), 'LTR x3');
    await accept();
    const another2 = await nth(watch.picks, 12, (qp) => activeLabel(qp) !== undefined);
    await down(another2, 'Done');
    await accept();
    assert.strictEqual(await done, true);

    assert.strictEqual(editor.document.lineAt(row + 3).text, '| levator scapulae | L | 0.25×30 | static | LTR x3 |');
    const n = lint(editor.document.getText()).note;
    const read = n.records.map((r) => `${r.side} ${r.muscle?.id} ${r.needle?.diameterMm}×${r.needle?.lengthMm} ${r.techniques.join('+')} ${r.twitch?.count}`);
    assert.deepStrictEqual(read, ['R upper-trapezius 0.3×60 static 3', 'L levator-scapulae 0.25×30 static 3']);
    const errors = lint(editor.document.getText()).findings.filter((f) => f.severity === 'error');
    assert.deepStrictEqual(errors.map((f) => f.ruleId), [], 'the records it wrote raise no error');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Escape at any step writes nothing', async () => {
    const editor = await openNote('e2e-tmp/insert-steps.soap.md');
    const before = editor.document.getText();
    watch = watchQuickPicks();
    const done = vscode.commands.executeCommand<boolean>('dnSoap.insertNeedlingRecord', { query: 'QL' });
    await nth(watch.picks, 1, (qp) => activeLabel(qp) === 'quadratus lumborum');
    await accept();
    await nth(watch.picks, 2, (qp) => activeLabel(qp) !== undefined);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await done, false);
    assert.strictEqual(editor.document.getText(), before);
  });

  it('called with its answers: one undoable edit, in the same line format as completions and snippets', async () => {
    const editor = await openNote('## Objective\n\n- L levator scapulae 0.25×30 mm, pistoning, LTR x1\n');
    editor.selection = new vscode.Selection(2, 3, 2, 3);
    assert.ok(await vscode.commands.executeCommand('dnSoap.insertNeedlingRecord', { muscle: 'UT', side: 'R', needle: '0.30x60', technique: 'pistoning', response: 'LTR x2' }));
    assert.strictEqual(editor.document.lineAt(3).text, '- R upper trapezius 0.30×60 mm, pistoning, LTR x2');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), '## Objective\n\n- L levator scapulae 0.25×30 mm, pistoning, LTR x1\n');
  });

  it('from the Subjective, the record goes after the last needled muscle, and says so', async () => {
    const editor = await openNote('## Subjective\n\nNeck pain.\n\n## Objective\n\n- L levator scapulae 0.25×30 mm, pistoning, LTR x1\n\n## Plan\n\nReview.\n');
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    assert.ok(await vscode.commands.executeCommand('dnSoap.insertNeedlingRecord', { muscle: 'upper trapezius', side: 'L', needle: '0.25×30 mm', technique: 'pistoning', response: 'no LTR' }));
    assert.strictEqual(editor.document.lineAt(7).text, '- L upper trapezius 0.25×30 mm, pistoning, no LTR');
    assert.strictEqual(editor.document.lineAt(2).text, 'Neck pain.');
    assert.strictEqual(editor.selection.active.line, 7);
  });
});
