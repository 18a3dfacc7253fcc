// The patient handout in the real editor: the quick fix on "aftercare missing" makes the handout
// beside the note and records it there; the print preview; PDF export of the handout and of the
// note; the reading grade and plain-word fixes while a template is edited.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openNote, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';
import { codeOf } from './notes';

const DIR = 'e2e-handout-tmp';
const dirUri = () => vscode.Uri.joinPath(workspaceRoot(), DIR);
const uriOf = (name: string) => vscode.Uri.joinPath(dirUri(), name);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** Needling over the lung (upper trapezius), no aftercare, a blood thinner, review in a week. */
const NOTE = [
  '## Subjective', '', 'Neck pain 6/10. Takes apixaban for AF.', '',
  '## Objective', '', 'Consent: verbal consent for dry needling obtained.', '', 'Dry needling performed:', '',
  '- R upper trapezius 0.25x30 mm, pistoning, LTR x2', '- R levator scapulae 0.25x30 mm, LTR x1', '',
  'Needles: 2 in / 2 out, all removed.', '',
  '## Assessment', '', 'Myofascial neck pain.', '',
  '## Plan', '', 'Review in 1 week.', '',
].join('\n');

describe('patient handout', () => {
  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(dirUri());
    await vscode.workspace.fs.writeFile(uriOf('visit.soap.md'), new TextEncoder().encode(NOTE));
  });
  after(async () => {
    await closeAllEditors();
    try { await vscode.workspace.fs.delete(dirUri(), { recursive: true, useTrash: false }); } catch { /* gone */ }
  });

  it('the quick fix on "aftercare missing" writes the handout beside the note and records it; one undo removes the line', async () => {
    const editor = await openNote(`${DIR}/visit.soap.md`);
    const doc = editor.document;
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'aftercare-missing') && ds.some((d) => codeOf(d) === 'pneumothorax-not-discussed'));
    const aftercare = diags.find((d) => codeOf(d) === 'aftercare-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, aftercare.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Create patient handout and record it in the note');
    assert.ok(fix?.command, `quick fix offered; got ${actions.map((a) => a.title).join(' | ')}`);
    const result = await vscode.commands.executeCommand<{ handoutUri: string; noteLine: string; redFlagsIncluded: boolean; grade: number }>(fix.command.command, ...(fix.command.arguments ?? []));
    assert.ok(result, 'the command returns what it made');
    assert.strictEqual(result.handoutUri, uriOf('visit.handout.md').toString());
    assert.ok(result.redFlagsIncluded);
    assert.ok(result.grade > 0 && result.grade <= 8, `grade ${result.grade}`);

    const handout = await read(uriOf('visit.handout.md'));
    assert.match(handout, /^<!-- dnlint-disable-file -- patient handout, not a visit note -->\n\n# After your dry needling visit\n\n> \*\*Warning signs: get help at once\*\*/);
    assert.match(handout, /^- Right upper back and neck \(trapezius, levator scapulae\)$/m);
    assert.match(handout, /## You take a blood thinner/);
    assert.match(handout, /Your next visit is in 1 week\./);
    assert.doesNotMatch(handout, /\{\{|apixaban|upper trapezius 0\.25/);

    assert.match(doc.getText(), /Review in 1 week\.\n\nAftercare handout given: Aftercare after dry needling v1 \(en\), \d{4}-\d{2}-\d{2}\. Includes pneumothorax warning signs \(shortness of breath, chest pain\) and what to do\.\n/);
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'aftercare-missing' || codeOf(d) === 'pneumothorax-not-discussed'));

    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !doc.getText().includes('Aftercare handout given'), 'one undo to remove the handout line');
    assert.strictEqual(doc.getText(), NOTE);
    assert.ok(await exists(uriOf('visit.handout.md')), 'the handout file stays');
  });

  it('run again, it never replaces the first handout: the new one gets its own name', async () => {
    const result = await vscode.commands.executeCommand<{ handoutUri: string }>('dnSoap.createHandout', { uri: uriOf('visit.soap.md').toString() });
    // visit.handout-2.md (or -3 when the editor's retry of this test ran it twice).
    assert.match(result?.handoutUri ?? '', /\/e2e-handout-tmp\/visit\.handout-[23]\.md$/);
    assert.match(await read(uriOf('visit.handout.md')), /Warning signs/);
  });

  it('from an example note (low back, nothing near the lung): a handout without the red-flag box, exported as PDF', async () => {
    // examples/ of the repository; the fixture workspace is test/e2e/fixtures/workspace.
    const example = vscode.Uri.joinPath(workspaceRoot(), '..', '..', '..', '..', 'examples', 'defect-consent-aftercare-missing.soap.md');
    await vscode.workspace.fs.writeFile(uriOf('example.soap.md'), await vscode.workspace.fs.readFile(example));
    const result = await vscode.commands.executeCommand<{ handoutUri: string; redFlagsIncluded: boolean; noteLine: string }>('dnSoap.createHandout', { uri: uriOf('example.soap.md').toString() });
    assert.ok(result);
    assert.strictEqual(result.redFlagsIncluded, false);
    assert.match(result.noteLine, /^Aftercare handout given: Aftercare after dry needling v1 \(en\), \d{4}-\d{2}-\d{2}\.$/);
    const handout = await read(vscode.Uri.parse(result.handoutUri));
    assert.match(handout, /^- Left lower back \(quadratus lumborum\)$/m);
    assert.match(handout, /^- Left buttock \(gluteus maximus\)$/m);
    assert.doesNotMatch(handout, /^>|Warning signs/m);
    const target = uriOf('example.handout.pdf');
    try { await vscode.workspace.fs.delete(target); } catch { /* first try */ }
    const pdf = await vscode.commands.executeCommand<{ bytes: number }>('dnSoap.exportHandoutPdf', { uri: result.handoutUri, target: target.toString() });
    assert.ok(pdf && pdf.bytes > 2000);
    assert.match(new TextDecoder('latin1').decode(await vscode.workspace.fs.readFile(target)), /^%PDF-1\.4[\s\S]*%%EOF\s*$/);
  });

  it('shows the handout in a print-ready preview that runs and loads nothing', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel | undefined>('dnSoap.previewHandout', uriOf('visit.soap.md'));
    assert.ok(panel);
    assert.strictEqual(panel.webview.options.enableScripts, false);
    assert.deepStrictEqual(panel.webview.options.localResourceRoots, []);
    const html = await vscode.commands.executeCommand<string>('dnSoap._handoutPreviewHtml');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.match(html, /<blockquote>\s*<p><strong>Warning signs: get help at once<\/strong><\/p>/);
    assert.match(html, /@media print/);
    assert.doesNotMatch(html, /<script/);
    panel.dispose();
  });

  it('exports the handout as a PDF, and never replaces a PDF without consent', async () => {
    const target = uriOf('visit.handout.pdf');
    try { await vscode.workspace.fs.delete(target); } catch { /* first try */ }
    const result = await vscode.commands.executeCommand<{ pdfUri: string; bytes: number; ms: number }>('dnSoap.exportHandoutPdf', { uri: uriOf('visit.handout.md').toString(), target: target.toString() });
    assert.ok(result, 'exported');
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(new TextDecoder().decode(bytes.subarray(0, 8)), '%PDF-1.4');
    assert.ok(bytes.length > 2000 && bytes.length === result.bytes);
    const raw = new TextDecoder('latin1').decode(bytes);
    assert.match(raw, /\(After your dry needling visit\)/, 'the template title is the PDF title');
    assert.match(raw, /%%EOF\s*$/);
    const again = await vscode.commands.executeCommand('dnSoap.exportHandoutPdf', { uri: uriOf('visit.handout.md').toString(), target: target.toString() });
    assert.strictEqual(again, undefined, 'an existing PDF is not replaced');
    assert.strictEqual((await vscode.workspace.fs.readFile(target)).length, bytes.length);
  });

  it('exports the note itself as a PDF', async () => {
    const target = uriOf('visit.pdf');
    try { await vscode.workspace.fs.delete(target); } catch { /* first try */ }
    const result = await vscode.commands.executeCommand<{ pdfUri: string; bytes: number }>('dnSoap.exportNotePdf', { uri: uriOf('visit.soap.md').toString(), target: target.toString() });
    assert.ok(result);
    const raw = new TextDecoder('latin1').decode(await vscode.workspace.fs.readFile(target));
    assert.match(raw, /^%PDF-1\.4/);
    assert.match(raw, /\(Dry needling visit note\)/);
  });

  it('shows the reading grade while a template is edited, and offers plain words for jargon', async () => {
    const template = '---\nname: Clinic sheet\nversion: 1\nlanguage: en\ntitle: After your visit\n---\n# {{title}}\n\nWatch for pneumothorax after thoracic needling. Keep moving.\n';
    await vscode.workspace.fs.writeFile(uriOf('aftercare.md'), new TextEncoder().encode(template));
    const editor = await openNote(`${DIR}/aftercare.md`);
    assert.strictEqual(editor.document.languageId, 'markdown');
    let status = '';
    const until = Date.now() + 10_000;
    while (!/^Reading grade \d+\.\d$/.test(status) && Date.now() < until) {
      status = await vscode.commands.executeCommand<string>('dnSoap._readingGradeText');
      if (!/^Reading grade/.test(status)) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(status, /^Reading grade \d+\.\d$/);
    const diagnostics = () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'dn-soap handout');
    await waitFor(() => diagnostics().length === 2, 'two jargon hints');
    const pneumo = diagnostics().find((d) => editor.document.getText(d.range) === 'pneumothorax')!;
    assert.strictEqual(pneumo.severity, vscode.DiagnosticSeverity.Information);
    assert.match(pneumo.message, /"collapsed lung \(pneumothorax\)" instead of "pneumothorax"/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, pneumo.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Use plain words: "collapsed lung (pneumothorax)"');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /Watch for collapsed lung \(pneumothorax\) after thoracic needling\./);
    await waitFor(() => diagnostics().length === 1, 'the fixed word no longer flagged');
    // A template error is shown on its line.
    await editor.edit((b) => b.insert(new vscode.Position(7, 0), '{{#if lungRisk}}\n'));
    await waitFor(() => diagnostics().some((d) => d.severity === vscode.DiagnosticSeverity.Error && /never closed/.test(d.message) && d.range.start.line === 7), 'the unclosed block reported on line 8');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
