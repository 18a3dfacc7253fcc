// Signing in the real editor: sign a note, edit it, see the error, apply the quick fix, see the
// correction addendum; co-sign; refuse with open errors; add an addendum; the banner; the
// unsigned count. Notes live in e2e-tmp/sign with a clinic config that lists two clinicians.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import * as vscode from 'vscode';
import { allowedSigners } from '../../src/core/sign/allowed';
import { verifyText } from '../../src/core/sign/verify';
import { localDay } from '../../src/core/sign/visit-time';
import { activateExtension, closeAllEditors, openNote, waitForDiagnostics, workspaceRoot } from './helpers';
import { codeOf, readText } from './notes';

const DIR = 'e2e-tmp/sign';
const uriOf = (name: string) => vscode.Uri.joinPath(workspaceRoot(), ...DIR.split('/'), name);
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(uriOf(name), new TextEncoder().encode(text));

const CLINIC = { clinicians: [{ name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd' }, { name: 'Sam Lee', credentials: 'PT, DPT', id: 'sl', role: 'supervising clinician' }] };

const note = (date = localDay(new Date())) => [
  '---', 'patient_id: EX-0142', `date: ${date}`, '---', '',
  '## Subjective', '', 'Neck pain 5/10, worse after desk work.', '',
  '## Objective', '', 'Consent: written consent signed today; risks incl. pneumothorax reviewed.', '',
  '| Muscle | Side | Needle (mm) | LTR |', '|---|---|---|---|', '| upper trapezius | R | 0.25x30 | +x3 |', '',
  'Needles: 1 in / 1 out.', '',
  '## Assessment', '', 'Myofascial pain R upper trapezius.', '',
  '## Plan', '', 'Aftercare: soreness 24–72 h expected; chest pain or shortness of breath means emergency care.', '',
].join('\n');

type Result = { kind: string; message?: string };
const run = async (command: string, args: Record<string, unknown>) => (await vscode.commands.executeCommand<Result>(command, args))!;
const has = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const none = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === rule);

async function signedNote(name: string): Promise<vscode.TextEditor> {
  await write(name, note());
  const editor = await openNote(`${DIR}/${name}`);
  assert.deepStrictEqual(await run('dnSoap.signNote', { uri: editor.document.uri.toString(), signer: 'jd' }), { kind: 'done' });
  assert.ok(await editor.document.save());
  return editor;
}

describe('signing', () => {
  before(async () => {
    await activateExtension();
    await write('.dnlintrc.json', JSON.stringify(CLINIC));
  });
  afterEach(async () => {
    // Keep what each test signed (closing must not ask about unsaved notes).
    for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.path.includes(`/${DIR}/`)) await d.save();
    await closeAllEditors();
  });
  after(async () => {
    await closeAllEditors();
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), ...DIR.split('/')), { recursive: true, useTrash: false });
    } catch { /* not there */ }
  });

  it('Sign Note appends one signature block, changes nothing above it, and one undo removes it', async () => {
    await write('sign.soap.md', note());
    const editor = await openNote(`${DIR}/sign.soap.md`);
    const before = editor.document.getText();
    assert.deepStrictEqual(await run('dnSoap.signNote', { uri: editor.document.uri.toString(), signer: 'jd' }), { kind: 'done' });
    const after = editor.document.getText();
    assert.ok(after.startsWith(before), 'the text above the signature is unchanged');
    assert.match(after.slice(before.length), /^\n\*\*\*\n\n<!-- dn-signature v1\n[^]*\n\*\*Signed by Jane Doe, PT, DPT\*\* \(author\) · \d{4}-\d\d-\d\d \d\d:\d\d [+−]\d\d:\d\d\\\nSHA-256 `[0-9a-f]{64}`\n$/);
    const v = verifyText(after);
    assert.strictEqual(v.status, 'signed');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
    // Already signed: a second signature is refused.
    await vscode.commands.executeCommand('redo');
    assert.strictEqual((await run('dnSoap.signNote', { uri: editor.document.uri.toString(), signer: 'jd' })).kind, 'refused');
  });

  it('edit the signed text → error → quick fix → correction addendum → sign it → the note verifies', async () => {
    const editor = await signedNote('correct.soap.md');
    const signed = editor.document.getText();
    const uri = editor.document.uri;
    const line = signed.split('\n').indexOf('| upper trapezius | R | 0.25x30 | +x3 |');
    await editor.edit((b) => b.replace(new vscode.Range(line, 20, line, 21), 'L'));
    const edited = editor.document.getText();
    const diags = await waitForDiagnostics(uri, has('signed-note-changed'));
    const diag = diags.find((d) => codeOf(d) === 'signed-note-changed')!;
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diag.message, 'Signed text changed after signing');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range)) ?? [];
    const fix = actions.find((a) => a.title === 'Move my change into a correction addendum');
    assert.ok(fix?.command, `quick fix not offered; offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    const [arg] = fix.command.arguments as [Record<string, unknown>];
    assert.deepStrictEqual(await vscode.commands.executeCommand(fix.command.command, { ...arg, reason: 'wrong side recorded', signer: 'jd' }), { kind: 'done' });
    const corrected = editor.document.getText();
    assert.ok(corrected.startsWith(signed), 'the signed text is back as it was signed');
    const addendum = corrected.slice(signed.length);
    assert.match(addendum, /^\n### Correction · written \d{4}-\d\d-\d\d \d\d:\d\d [+−]\d\d:\d\d by Jane Doe, PT, DPT\n\n\*\*Reason:\*\* wrong side recorded\n/);
    assert.ok(addendum.includes(`Line ${line + 1}\n  was: | upper trapezius | R | 0.25x30 | +x3 |\n  now: | upper trapezius | L | 0.25x30 | +x3 |\n`), addendum);
    await waitForDiagnostics(uri, none('signed-note-changed'));
    // One undo takes the whole correction back.
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), edited);
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(editor.document.getText(), corrected);
    // Sign the correction: the whole note verifies, with two chained signatures.
    assert.deepStrictEqual(await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd' }), { kind: 'done' });
    const v = verifyText(editor.document.getText());
    assert.strictEqual(v.status, 'signed');
    assert.deepStrictEqual(v.checks.map((c) => c.kind === 'valid' && c.block.fields.signs), ['note', 'correction']);
    assert.ok(await editor.document.save());
    assert.strictEqual(verifyText(await readText(uri)).status, 'signed');
  });

  it('a removed signature is reported, and the quick fix puts it back', async () => {
    const editor = await signedNote('removed.soap.md');
    const signed = editor.document.getText();
    const uri = editor.document.uri;
    const at = signed.indexOf('\n***\n');
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(at + 1), editor.document.positionAt(signed.length))));
    assert.strictEqual(verifyText(editor.document.getText()).status, 'unsigned', 'the note alone cannot show it');
    const diag = (await waitForDiagnostics(uri, has('signed-note-changed'))).find((d) => codeOf(d) === 'signed-note-changed')!;
    assert.match(diag.message, /^Signed text removed after signing\./);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diag.range)) ?? [];
    const fix = actions.find((a) => a.title === 'Move my change into a correction addendum');
    assert.ok(fix?.command);
    await vscode.commands.executeCommand(fix.command.command, { ...(fix.command.arguments![0] as object), reason: 'deleted by mistake', signer: 'jd' });
    assert.ok(editor.document.getText().startsWith(signed));
    await waitForDiagnostics(uri, none('signed-note-changed'));
  });

  it('Co-sign Note: by the supervising clinician, meaning co-signer; not by the author', async () => {
    const editor = await signedNote('cosign.soap.md');
    const uri = editor.document.uri.toString();
    const same = await run('dnSoap.coSignNote', { uri, signer: 'jd' });
    assert.strictEqual(same.kind, 'refused');
    assert.match(same.message!, /another clinician/);
    assert.deepStrictEqual(await run('dnSoap.coSignNote', { uri, signer: 'sl' }), { kind: 'done' });
    const v = verifyText(editor.document.getText());
    assert.strictEqual(v.status, 'signed');
    const co = v.checks[1];
    assert.ok(co.kind === 'valid' && co.block.fields.meaning === 'co-signer' && co.block.fields.name === 'Sam Lee');
    assert.match(editor.document.getText(), /\*\*Co-signed by Sam Lee, PT, DPT\*\* \(co-signer, supervising clinician\)/);
  });

  it('refuses to sign while errors remain, unless a reason is given, which the signature shows', async () => {
    await write('errors.soap.md', note().replace('| upper trapezius | R |', '| upper trapezius |  |'));
    const editor = await openNote(`${DIR}/errors.soap.md`);
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, has('side-missing'));
    const before = editor.document.getText();
    const refused1 = await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd', noPrompt: true });
    assert.deepStrictEqual(refused1, { kind: 'refused', message: '1 error remains: fix it, or give a reason to sign anyway.' });
    assert.strictEqual(editor.document.getText(), before);
    // Without a reason the command asks; the test answers by passing it, as a keybinding could.
    const signed = await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd', overrideReason: 'side recorded in the paper chart' });
    assert.deepStrictEqual(signed, { kind: 'done' });
    assert.ok(editor.document.getText().startsWith(before));
    assert.match(editor.document.getText(), /Signed with 1 open error\. Reason: side recorded in the paper chart/);
    // An addendum answers only for its own errors: the signed note's open error does not block it.
    await run('dnSoap.addAddendum', { uri: uri.toString(), kind: 'addendum', reason: 'home programme given', signer: 'jd' });
    const refused = await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd', noPrompt: true });
    assert.strictEqual(refused.kind, 'refused', 'the blank in the addendum is an error of its own');
    assert.match(refused.message!, /^1 error remains/);
    await editor.edit((b) => b.replace(editor.selection, 'Sheet with 3 exercises given.'));
    assert.deepStrictEqual(await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd' }), { kind: 'done' });
    assert.strictEqual(verifyText(editor.document.getText()).status, 'signed');
  });

  it('Add Addendum: heading dated now and attributed, the reason, and the blank selected for typing', async () => {
    const editor = await signedNote('addendum.soap.md');
    const signed = editor.document.getText();
    const uri = editor.document.uri.toString();
    assert.deepStrictEqual(await run('dnSoap.addAddendum', { uri, kind: 'late-entry', reason: 'patient called back', signer: 'jd' }), { kind: 'done' });
    const text = editor.document.getText();
    assert.ok(text.startsWith(signed));
    assert.match(text.slice(signed.length), /^\n### Late entry · written \d{4}-\d\d-\d\d \d\d:\d\d [+−]\d\d:\d\d by Jane Doe, PT, DPT\n\n\*\*Reason:\*\* patient called back\n\n‹[^›]+›\n$/);
    assert.strictEqual(editor.document.getText(editor.selection), text.match(/‹[^›]+›/)![0]);
    // The blank is an error: signing now would need a reason; typing the text makes it signable.
    await editor.edit((b) => b.replace(editor.selection, 'Soreness resolved by day 2.'));
    assert.deepStrictEqual(await run('dnSoap.signNote', { uri, signer: 'jd' }), { kind: 'done' });
    const v = verifyText(editor.document.getText());
    assert.deepStrictEqual(v.checks.map((c) => c.kind === 'valid' && c.block.fields.signs), ['note', 'late-entry']);
  });

  it('the banner: "Sign Note" on an unsigned note; who signed and that edits become addenda on a signed one', async () => {
    await write('lens.soap.md', note());
    const editor = await openNote(`${DIR}/lens.soap.md`);
    const uri = editor.document.uri;
    const titles = async () => ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? []).map((l) => l.command?.title ?? '');
    assert.ok((await titles()).includes('$(edit) Sign Note'));
    await run('dnSoap.signNote', { uri: uri.toString(), signer: 'jd' });
    let shown: string[] = [];
    for (let i = 0; i < 50 && !shown.some((t) => t.includes('edits above the signature become addenda')); i++) {
      shown = await titles();
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(shown.some((t) => /^\$\(lock\) note signed by Jane Doe, PT, DPT \(author\) .*: edits above the signature become addenda$/.test(t)), shown.join(' | '));
    assert.ok(shown.includes('Add Addendum') && shown.includes('Co-sign'));
  });

  it('the unsigned count follows: two unsigned notes today, then one once the other is signed', async () => {
    type Count = { count: number; uris: string[]; text: string };
    const count = async () => (await vscode.commands.executeCommand<Count>('dnSoap._unsignedToday'))!;
    // Only this folder's clinic has set up signing, so every note counted is one of ours.
    const start = (await count()).count;
    await write('today-1.soap.md', note());
    await write('today-2.soap.md', note());
    await write('yesterday.soap.md', note(localDay(new Date(Date.now() - 86_400_000))));
    let seen: Count | undefined;
    const until = async (want: number) => {
      for (let i = 0; i < 100; i++) {
        seen = await count();
        if (seen.count === want) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.fail(`unsigned today: ${seen?.count}, expected ${want}`);
    };
    await until(start + 2);
    assert.ok(seen!.uris.every((u) => u.includes(`/${DIR}/`)));
    assert.ok(seen!.uris.some((u) => u.endsWith('/today-1.soap.md')) && !seen!.uris.some((u) => u.endsWith('/yesterday.soap.md')));
    assert.strictEqual(seen!.text, `${start + 2} unsigned today`);
    const editor = await openNote(`${DIR}/today-1.soap.md`);
    await run('dnSoap.signNote', { uri: editor.document.uri.toString(), signer: 'jd' });
    await until(start + 1);
    assert.ok(await editor.document.save());
    await until(start + 1);
    assert.strictEqual(seen!.text, `${start + 1} unsigned today`);
  });

  it('keys, and privacy: a key file outside the workspace or a key in secret storage signs; no network call, no patient detail or key material in any log or message', async () => {
    const PATIENT = 'Zebediah Quillfeather';
    const SECRETS = ['Zebediah', 'Quillfeather', '8675309'];
    const name = 'Zebediah-Quillfeather-MRN8675309.soap.md';
    await write(name, note().replace('patient_id: EX-0142', `patient: ${PATIENT}\nmrn: MRN-8675309`).replace('Neck pain', `${PATIENT} reports neck pain`));
    const fixtures = path.join(__dirname, '..', '..', '..', 'test', 'core', 'sign', 'fixtures');
    const keyText = fs.readFileSync(path.join(fixtures, 'test-only-ed25519'), 'utf8');
    const keyBody = keyText.split('\n').filter((l) => l && !l.startsWith('-----'));
    const keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dn-sign-key-'));
    const keyFile = path.join(keyDir, 'id_ed25519');
    fs.writeFileSync(keyFile, keyText, { mode: 0o600 });
    const settings = () => vscode.workspace.getConfiguration('dnSoap');

    // Record notifications, console output and network calls made while the signing paths run.
    const seen: string[] = [];
    const network: string[] = [];
    const restores: Array<() => void> = [];
    const wrap = (obj: any, key: string, record: (args: any[]) => void) => {
      const original = obj[key];
      obj[key] = function (this: unknown, ...args: any[]) { record(args); return original.apply(this, args); };
      restores.push(() => { obj[key] = original; });
    };
    for (const n of ['showInformationMessage', 'showWarningMessage', 'showErrorMessage']) wrap(vscode.window, n, (a) => seen.push(`${n}: ${format(...a)}`));
    const realConsole = globalThis.console;
    const recording = Object.create(realConsole);
    for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
      Object.defineProperty(recording, level, { configurable: true, writable: true, value: (...a: any[]) => { seen.push(`console.${level}: ${format(...a)}`); return (realConsole as any)[level](...a); } });
    }
    const consoleDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'console')!;
    Object.defineProperty(globalThis, 'console', { value: recording, writable: true, configurable: true, enumerable: false });
    restores.push(() => Object.defineProperty(globalThis, 'console', consoleDescriptor));
    const ours = () => (new Error().stack ?? '').includes(`${path.sep}dist${path.sep}`);
    for (const [mod, fn] of [['http', 'request'], ['https', 'request'], ['net', 'connect'], ['tls', 'connect'], ['dns', 'lookup']]) {
      wrap(require(mod), fn, () => { if (ours()) network.push(`${mod}.${fn}`); });
    }
    wrap(globalThis, 'fetch', () => { if (ours()) network.push('fetch'); });
    try {
      const editor = await openNote(`${DIR}/${name}`);
      const uri = editor.document.uri.toString();
      // A key file inside the workspace is refused; one outside signs.
      await settings().update('signingKeyPath', vscode.Uri.joinPath(workspaceRoot(), DIR, 'key').fsPath, vscode.ConfigurationTarget.Global);
      const inside = await run('dnSoap.signNote', { uri, signer: 'jd', noPrompt: true });
      assert.strictEqual(inside.kind, 'refused');
      assert.match(inside.message!, /inside the workspace/);
      await settings().update('signingKeyPath', keyFile, vscode.ConfigurationTarget.Global);
      assert.deepStrictEqual(await run('dnSoap.signNote', { uri, signer: 'jd', noPrompt: true }), { kind: 'done' });
      const pub = fs.readFileSync(path.join(fixtures, 'test-only-ed25519.pub'), 'utf8').trim();
      const clinic = allowedSigners([{ name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [pub] }]);
      const keyed = verifyText(editor.document.getText(), clinic);
      assert.strictEqual(keyed.status, 'signed');
      assert.ok(keyed.checks[0].kind === 'valid' && keyed.checks[0].key.kind === 'verified');
      // A key made in the editor and kept in secret storage: the co-signer's.
      await settings().update('signingKeyPath', undefined, vscode.ConfigurationTarget.Global);
      const made = (await vscode.commands.executeCommand<{ kind: string; publicKey: string }>('dnSoap.createSigningKey', { replace: true }))!;
      assert.match(made.publicKey, /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA[A-Za-z0-9+/]+ dn-soap signing key$/);
      assert.deepStrictEqual(await run('dnSoap.coSignNote', { uri, signer: 'sl', noPrompt: true }), { kind: 'done' });
      const both = verifyText(editor.document.getText(), allowedSigners([
        { name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [pub] }, { name: 'Sam Lee', credentials: 'PT, DPT', id: 'sl', publicKeys: [made.publicKey] },
      ]));
      assert.deepStrictEqual(both.checks.map((c) => c.kind === 'valid' && c.key.kind), ['verified', 'verified']);
      // Every other path, with the patient in the note, the file name and a reason.
      await editor.edit((b) => b.insert(new vscode.Position(7, 0), `${PATIENT} again. `));
      const diag = (await waitForDiagnostics(editor.document.uri, has('signed-note-changed'))).find((d) => codeOf(d) === 'signed-note-changed')!;
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', editor.document.uri, diag.range);
      await run('dnSoap.moveChangeToCorrection', { uri, reason: `${PATIENT} asked`, signer: 'jd', noPrompt: true });
      await run('dnSoap.signNote', { uri, signer: 'jd', noPrompt: true });
      await run('dnSoap.addAddendum', { uri, kind: 'late-entry', reason: `${PATIENT} called`, signer: 'jd', noPrompt: true });
      await run('dnSoap.signNote', { uri, signer: 'jd', noPrompt: true });
      await run('dnSoap.signNote', { uri, signer: 'nobody', noPrompt: true });
      await run('dnSoap.moveChangeToCorrection', { uri, noPrompt: true });
      await vscode.commands.executeCommand('dnSoap.copySigningPublicKey');
      await vscode.commands.executeCommand('dnSoap._unsignedToday');
      await vscode.commands.executeCommand('vscode.executeCodeLensProvider', editor.document.uri);
      assert.ok(seen.length > 3, 'the capture is not vacuous');
    } finally {
      for (const r of restores.reverse()) r();
      await settings().update('signingKeyPath', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(keyDir, { recursive: true, force: true });
    }
    assert.deepStrictEqual(network, []);
    for (const line of seen) {
      for (const secret of SECRETS) assert.ok(!line.includes(secret), `patient detail in: ${line}`);
      for (const chunk of keyBody) assert.ok(!line.includes(chunk.slice(0, 24)), `private key material in: ${line}`);
    }
  });
});
