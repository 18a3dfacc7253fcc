// Hovers through vscode.executeHoverProvider: on a muscle, and on a finding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote } from './helpers';
import { MESSY, TMP_DIR, codeOf, removeTmp, waitForCurrentFindings, writeNote } from './notes';

async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<{ text: string; ranges: vscode.Range[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  const ours = hovers.filter((h) => h.contents.some((c) => /Billing:|ambiguous|group of muscles/.test(typeof c === 'string' ? c : c.value)));
  return {
    text: ours.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'),
    ranges: ours.map((h) => h.range!).filter(Boolean),
  };
}

describe('hover', () => {
  before(activateExtension);
  after(removeTmp);

  it('on a muscle in a list shows name, shorthand, region, structures at risk and billing roll-up', async () => {
    await writeNote('hover.soap.md', MESSY);
    const editor = await openNote(`${TMP_DIR}/hover.soap.md`);
    await waitForCurrentFindings(editor.document);
    const line = 7; // "- R upper trapezius 0.25x30 mm, LTR x2"
    const { text, ranges } = await hoverText(editor.document.uri, new vscode.Position(line, 8));
    assert.match(text, /\*\*upper trapezius\*\*/);
    assert.match(text, /`UT`/);
    assert.match(text, /Region: shoulder/);
    assert.match(text, /Structures at risk: .*lung/i);
    assert.match(text, /counts as \*\*trapezius\*\*/);
    assert.ok(ranges[0]?.isEqual(new vscode.Range(line, 4, line, 19)), `hover range ${JSON.stringify(ranges[0])}`);
  });

  it('on a finding shows its headline, why the rule matters and a link that opens the rule\'s documentation', async () => {
    const editor = await openNote(`${TMP_DIR}/hover.soap.md`);
    const consent = (await waitForCurrentFindings(editor.document)).find((d) => codeOf(d) === 'consent-missing')!;
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, consent.range.start.translate(0, 2))) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((t) => t.includes('Why it matters'));
    assert.ok(text, `no finding hover; got: ${hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join(' | ')}`);
    assert.match(text, /^\*\*No consent documented\*\* · Error\n\n\*Why it matters:\* Every jurisdiction that regulates dry needling requires informed consent/);
    const link = /\]\(command:(dnSoap\.showRuleDocumentation)\?([^ )]+) "/.exec(text);
    assert.ok(link, 'a link to the rule documentation');
    const opened = await vscode.commands.executeCommand<string>(link[1], ...JSON.parse(decodeURIComponent(link[2])));
    assert.strictEqual(opened, 'dn-soap-rule:/consent-missing.md');
  });

  it('works in a table cell and says nothing away from muscles', async () => {
    const editor = await openNote(`${TMP_DIR}/hover.soap.md`);
    const row = editor.document.getText().split('\n').indexOf('| gluteus medius | L | 0.30x60 | +x2 |');
    assert.match((await hoverText(editor.document.uri, new vscode.Position(row, 5))).text, /\*\*gluteus medius\*\*[^]*Region: pelvis and hip/);
    assert.strictEqual((await hoverText(editor.document.uri, new vscode.Position(3, 2))).text, '');
  });
});
