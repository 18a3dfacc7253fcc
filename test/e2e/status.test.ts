// Status bar billing summary, read through the internal dnSoap._statusText command.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote } from './helpers';
import { MESSY, TMP_DIR, removeTmp, writeNote } from './notes';

let last = '';
const statusText = async () => (last = String(await vscode.commands.executeCommand('dnSoap._statusText')));

async function waitForStatus(want: string | RegExp): Promise<void> {
  const until = Date.now() + 10_000;
  for (;;) {
    const t = await statusText();
    if (typeof want === 'string' ? t === want : want.test(t)) return;
    if (Date.now() > until) assert.fail(`status bar text is ${JSON.stringify(last)}, expected ${want}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('status bar', () => {
  before(activateExtension);
  after(removeTmp);

  it('shows the distinct billed muscles and the code for the active note, and follows edits', async () => {
    await writeNote('status.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/status.soap.md`);
    // R UT, L UT, levator (no side), "infraspinatis" (unclear, counted once), L gluteus medius.
    await waitForStatus('DN: 5 muscles → 20561');
    const from = editor.document.getText().split('\n').indexOf('- L upper trapezius 0.25x30 mm, LTR x1');
    await editor.edit((b) => b.delete(new vscode.Range(from, 0, from + 4, 0)));
    await waitForStatus('DN: 2 muscles → 20560');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForStatus('DN: 5 muscles → 20561');
  });

  it('hides for other editors and comes back for a note', async () => {
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a note' });
    await vscode.window.showTextDocument(other);
    await waitForStatus('');
    await openNote('## S\nNeck pain.\n');
    await waitForStatus('DN: no needling');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
