// The course of care in the real editor: reminders computed from the patient's earlier notes
// appear in the open note (from the workspace index), the Patient Timeline renders in a webview
// (its DOM is read back from the browser and a screenshot saved under test-results/), it follows
// changes on disk, its points open their notes, and the preview shows the visit's body chart.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, openNote, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';
import { isPng, screenshot } from './driver';
import { codeOf } from './notes';

const DIR = 'e2e-tmp/course';
const PATIENT = 'E2E-COURSE';
const uriOf = (name: string) => vscode.Uri.joinPath(workspaceRoot(), ...DIR.split('/'), name);
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(uriOf(name), new TextEncoder().encode(text));
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const none = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === rule);

/** Polls an async value until `ok` holds for it. */
async function until<T>(get: () => Thenable<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const NPRS = [6, 5, 5, 4, 4, 3, 3, 2];

function visit(n: number, rows: Array<[string, string]>, opts: { aftercare?: boolean; consent?: string; type?: string } = {}): string {
  return [
    '---', `patient: ${PATIENT}`, 'episode: neck', `visit: ${n} of 8`, `date: 2025-01-${String(5 + n * 2).padStart(2, '0')}`, ...(opts.type ? [`type: ${opts.type}`] : []), '---', '',
    '## Subjective', '', `Neck pain. NPRS ${NPRS[n - 1]}/10 today.${n === 1 ? ' NDI 22/50.' : ''}`, '',
    '## Objective', '', `Consent: ${opts.consent ?? (n === 1 ? 'written consent signed 2025-01-07 for the neck and shoulders; pneumothorax risk discussed.' : 'written consent on file; verbal consent re-confirmed today; pneumothorax risk discussed.')}`, '',
    '| Muscle | Side | Needle | n | LTR |', '|---|---|---|---|---|', ...rows.map(([m, s]) => `| ${m} | ${s} | 0.25x30 | 1 | +x1 |`), '',
    `Needles: ${rows.length} in / ${rows.length} out, all removed. ${n === 3 ? 'AE: small bruise at the site.' : 'AE: none.'}`, '',
    '## Assessment', '', `Myofascial neck pain. Post-treatment: NPRS ${NPRS[n - 1]}/10 → ${NPRS[n - 1] - 2}/10.`, '',
    '## Plan', '', opts.aftercare === false ? 'Continue.' : 'Aftercare: soreness 24-72 h expected; shortness of breath or chest pain means emergency care.', '',
  ].join('\n');
}

const UT: [string, string] = ['upper trapezius', 'R'];
const timelineHtml = () => vscode.commands.executeCommand<string>('dnSoap._timelineHtml');
const points = (html: string) => [...html.matchAll(/class="point" data-visit="(\d+)" data-date="[^"]*" data-measure="nprs" data-value="([\d.]+)"/g)].map((m) => `${m[1]}:${m[2]}`);


describe('course of care', function () {
  this.timeout(60_000);
  before(async () => {
    await activateExtension();
    await write('1.soap.md', visit(1, [UT, ['levator scapulae', 'R']], { type: 'initial evaluation' }));
    await write('2.soap.md', visit(2, [UT]));
    await write('3.soap.md', visit(3, [UT, ['splenius capitis', 'R']]));
    await write('4.soap.md', visit(4, [UT]));
    await write('5.soap.md', visit(5, [UT, ['upper trapezius', 'L']]));
    await write('6.soap.md', visit(6, [UT, ['extensor carpi radialis brevis', 'R']]));
    await write('7.soap.md', visit(7, [UT], { aftercare: false }));
  });
  after(async () => {
    await closeAllEditors();
    try {
      await vscode.workspace.fs.delete(uriOf(''), { recursive: true, useTrash: false });
    } catch { /* not there */ }
  });

  it('shows a reminder in the open note, computed from the patient\'s earlier notes', async () => {
    const editor = await openNote(`${DIR}/6.soap.md`);
    const ds = await waitForDiagnostics(editor.document.uri, has('consent-renewal'), 30_000);
    const d = ds.find((x) => codeOf(x) === 'consent-renewal')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(d.message, 'Consent does not name the forearm');
    assert.strictEqual(editor.document.lineAt(d.range.start.line).text.includes('extensor carpi radialis brevis'), true);
    await until(() => vscode.commands.executeCommand<string>('dnSoap._courseStatusText'), (t) => t === '$(history) Visit 6 of 8', 'the status bar entry');
  });

  it('fires the last-planned-visit reminder at visit 8 of 8 and not at visit 7', async () => {
    const seven = await openNote(`${DIR}/7.soap.md`);
    // aftercare-missing shows the note was linted; the course was known (visit 6 showed a reminder).
    const ds7 = await waitForDiagnostics(seven.document.uri, has('aftercare-missing'), 20_000);
    assert.ok(!ds7.some((d) => codeOf(d) === 'reevaluation-due'), ds7.map((d) => codeOf(d)).join(', '));
    await write('8.soap.md', visit(8, [UT]));
    const eight = await openNote(`${DIR}/8.soap.md`);
    const ds8 = await waitForDiagnostics(eight.document.uri, has('reevaluation-due'), 20_000);
    assert.strictEqual(ds8.find((d) => codeOf(d) === 'reevaluation-due')!.message, 'Last planned visit: no re-evaluation');
  });

  it('renders the Patient Timeline in a webview: one linked point per visit, strict policy, a screenshot', async () => {
    const six = await openNote(`${DIR}/6.soap.md`);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('dnSoap.showPatientTimeline', six.document.uri);
    assert.ok(panel, 'the command returns the panel');
    assert.strictEqual(panel.webview.options.enableScripts, false);
    assert.deepStrictEqual(panel.webview.options.localResourceRoots, []);
    assert.deepStrictEqual(panel.webview.options.enableCommandUris, ['dnSoap.openCourseNote']);
    await waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('dnSoap.timeline'))), 'the timeline tab');
    // Visit 1 was the first note of a new folder: it may reach the index by the folder's event.
    let html = await until(timelineHtml, (h) => points(h).length === 8, 'a point for each of the eight visits');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.deepStrictEqual(points(html), ['1:6', '2:5', '3:5', '4:4', '5:4', '6:3', '7:3', '8:2']);
    assert.match(html, /Patient timeline: E2E-COURSE/);
    assert.match(html, /<span class="ae" title="bruising">⚠ AE<\/span>/);
    assert.match(html, /Visit 8 of 8 is the last planned visit/, 'what is due at the latest visit');
    assert.doesNotMatch(html, /<script|file:\/\/|e2e-tmp/, 'no script and no file path in the page');

    // The page as the browser built it: read back from the webview's frame.
    // The timeline alone on the screen for the pictures: notes closed (their group goes), no side bars.
    for (const group of vscode.window.tabGroups.all) {
      const notes = group.tabs.filter((t) => t.input instanceof vscode.TabInputText);
      if (notes.length) await vscode.window.tabGroups.close(notes);
    }
    for (const command of ['workbench.action.closeSidebar', 'workbench.action.closePanel', 'workbench.action.closeAuxiliaryBar']) {
      await vscode.commands.executeCommand(command).then(undefined, () => undefined);
    }
    // The webview draws again after the layout change.
    await new Promise((r) => setTimeout(r, 2500));
    const shot = await screenshot('timeline', '1400x1000', 'section[id=scores]');
    if (shot) {
      assert.ok(isPng(shot.png) && shot.png.length > 20_000, 'a screenshot of the workbench with the timeline');
      assert.ok(shot.element && isPng(shot.element) && shot.element.length > 20_000, 'a screenshot of the scores section as rendered');
      const ours = shot.frames.split('<!-- frame -->').find((f) => f.includes('Patient timeline: E2E-COURSE'));
      assert.ok(ours, 'the timeline page is in a frame of the workbench');
      const domPoints = [...ours.matchAll(/<a [^>]*class="point"[^>]*data-visit="(\d+)"[^>]*data-measure="nprs"[^>]*data-value="([\d.]+)"/g)].map((m) => `${m[1]}:${m[2]}`);
      assert.deepStrictEqual(domPoints, ['1:6', '2:5', '3:5', '4:4', '5:4', '6:3', '7:3', '8:2'], 'the rendered DOM has a point per visit');
      assert.strictEqual((ours.match(/<a [^>]*href="command:dnSoap\.openCourseNote\?/g) ?? []).length >= 8, true, 'every point is a link');
      assert.doesNotMatch(ours, /<script/i, 'no script in the page');
    }
    // Incremental: a 9th note written on disk appears (file watcher), without reopening.
    await write('9.soap.md', visit(8, [UT]).replace('visit: 8 of 8', 'visit: 9 of 8').replace('date: 2025-01-21', 'date: 2025-01-23'));
    html = await until(timelineHtml, (h) => points(h).length === 9, 'the timeline to show the new visit', 15_000);
    assert.deepStrictEqual(points(html).slice(-1), ['9:2']);
  });

  it('a point opens its note at its line', async () => {
    const html = await timelineHtml();
    const href = /<a href="command:dnSoap\.openCourseNote\?([^"]+)" class="point" data-visit="3"/.exec(html);
    assert.ok(href, 'visit 3 has a linked point');
    const args = JSON.parse(decodeURIComponent(href[1].replace(/&#38;/g, '&')));
    await vscode.commands.executeCommand('dnSoap.openCourseNote', ...args);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith(`${DIR}/3.soap.md`) === true, 'visit 3 to open');
    const line = vscode.window.activeTextEditor!.selection.active.line;
    assert.match(vscode.window.activeTextEditor!.document.lineAt(line).text, /^Neck pain\. NPRS 5\/10 today\./);
  });

  it('updates the open note when an earlier note changes on disk', async () => {
    const six = await openNote(`${DIR}/6.soap.md`);
    await waitForDiagnostics(six.document.uri, has('consent-renewal'), 20_000);
    // Visit 5 now needles the forearm too: at visit 6 it is no longer the first needling there.
    await write('5.soap.md', visit(5, [UT, ['extensor carpi radialis brevis', 'R']]));
    await waitForDiagnostics(six.document.uri, none('consent-renewal'), 20_000);
  });

  it('renders the example course (the README pictures)', async () => {
    // examples/course, copied into the workspace as one folder: eight visits of one patient.
    const source = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'examples', 'course');
    const names = fs.readdirSync(source).filter((f) => f.endsWith('.soap.md'));
    await vscode.workspace.fs.copy(vscode.Uri.file(source), uriOf('example'));
    const last = await openNote(`${DIR}/example/${names.sort()[names.length - 1]}`);
    await vscode.commands.executeCommand('dnSoap.showPatientTimeline', last.document.uri);
    const html = await until(timelineHtml, (h) => h.includes('Patient timeline: EX-0731') && points(h).length === 8, 'the example timeline');
    assert.deepStrictEqual(points(html), ['1:6', '2:5', '3:5', '4:4', '5:4', '6:3', '7:3', '8:2']);
    await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((g) => g.tabs.filter((t) => t.input instanceof vscode.TabInputText)));
    await new Promise((r) => setTimeout(r, 2500));
    const shot = await screenshot('example-timeline', '1400x1000', 'svg.body-chart');
    if (shot) {
      assert.ok(isPng(shot.png) && shot.png.length > 50_000, 'the workbench with the example timeline');
      assert.ok(shot.element && isPng(shot.element) && shot.element.length > 20_000, 'the example body chart');
      const ours = shot.frames.split('<!-- frame -->').find((f) => f.includes('Patient timeline: EX-0731'));
      assert.ok(ours && /data-region="forearm-extensors" data-side="R" data-count="2"/.test(ours), 'the chart counts the forearm needling of visits 6 and 7');
    }
  });

  it('picks up an earlier note the file watcher never reported (a folder excluded from watching)', async () => {
    // files.watcherExclude stands in for a watcher that misses events (network or synced folders).
    const files = vscode.workspace.getConfiguration('files');
    await files.update('watcherExclude', { '**/e2e-tmp/unwatched/**': true }, vscode.ConfigurationTarget.Workspace);
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'e2e-tmp', 'unwatched');
    const put = (name: string, text: string) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(text.replace(`patient: ${PATIENT}`, 'patient: E2E-UNWATCHED')));
    let events = 0;
    const probe = vscode.workspace.createFileSystemWatcher('**/e2e-tmp/unwatched/*.md');
    probe.onDidCreate(() => events++);
    probe.onDidChange(() => events++);
    try {
      await new Promise((r) => setTimeout(r, 1000));
      await put('1.soap.md', visit(1, [UT], { type: 'initial evaluation' }));
      await put('2.soap.md', visit(2, [UT, ['extensor carpi radialis brevis', 'R']]));
      const two = await openNote('e2e-tmp/unwatched/2.soap.md');
      // Visit 1 reached the course without a watcher event: its consent names no forearm.
      await waitForDiagnostics(two.document.uri, has('consent-renewal'), 20_000);
      // Visit 1 rewritten to needle the forearm too, again without an event: the reminder goes.
      await put('1.soap.md', visit(1, [UT, ['extensor carpi radialis brevis', 'R']], { type: 'initial evaluation' }));
      await waitForDiagnostics(two.document.uri, none('consent-renewal'), 20_000);
      assert.strictEqual(events, 0, 'the folder was not watched, so the index found the notes by itself');
    } finally {
      probe.dispose();
      await closeAllEditors();
      await files.update('watcherExclude', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('shows the visit\'s body chart in the preview', async () => {
    const six = await openNote(`${DIR}/6.soap.md`);
    await vscode.commands.executeCommand('dnSoap.openPreview', six.document.uri);
    const html = await until(() => vscode.commands.executeCommand<string>('dnSoap._previewHtml'), (h) => h.includes('class="body-chart"'), 'the body chart in the preview');
    assert.match(html, /data-region="forearm-extensors" data-side="R" data-count="1"/);
    assert.match(html, /class="region needled lung" data-region="upper-trapezius" data-side="R"/);
    const shot = await screenshot('body-chart', '1400x1000', 'svg.body-chart');
    if (shot) {
      assert.ok(shot.element && isPng(shot.element) && shot.element.length > 10_000, 'a screenshot of the body chart as rendered');
      assert.ok(shot.frames.includes('data-region="forearm-extensors" data-side="R" data-count="1"'), 'the chart is in the rendered preview');
    }
  });
});
