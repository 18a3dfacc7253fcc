import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { LANGUAGE_ID } from '../linter';
import { baselines } from './sign-baseline';
import { applyOffsets, argsOf, chooseSigner, cliniciansFor, isSigner, targetNote, tell, type CommandResult, type SignArgs } from './sign-shared';

// The quick fix no EMR offers: "Move my change into a correction addendum". It puts the signed
// text back as it was signed (the editor's verified baseline) and records each changed line,
// was → now, in a correction addendum below the signature, dated now, attributed, with the
// reason the clinician types; then offers to sign it. One edit, one undo. Offered only when
// the editor holds a verified copy of the signed text.

export const CORRECTION_TITLE = 'Move my change into a correction addendum';
const RULE = 'signed-note-changed';

class CorrectionActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === RULE && d.range.intersection(range));
    if (!diagnostics.length && !context.diagnostics.some((d) => codeOf(d) === RULE)) return [];
    const baseline = baselines().get(doc);
    if (baseline === undefined) return [];
    const core = await loadCore();
    if (!core.signedChanges(baseline, doc.getText())?.hunks.length) return [];
    const action = new vscode.CodeAction(CORRECTION_TITLE, vscode.CodeActionKind.QuickFix);
    action.command = { command: 'dnSoap.moveChangeToCorrection', title: CORRECTION_TITLE, arguments: [{ uri: doc.uri.toString() }] };
    action.diagnostics = diagnostics.length ? diagnostics : context.diagnostics.filter((d) => codeOf(d) === RULE);
    action.isPreferred = true;
    return [action];
  }
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' && d.code ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

export const signCorrectionFeature: Feature = {
  name: 'correction addendum quick fix',
  register(services) {
    services.context.subscriptions.push(
      vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new CorrectionActions(), CorrectionActions.metadata),
      vscode.commands.registerCommand('dnSoap.moveChangeToCorrection', (arg?: SignArgs | vscode.Uri | string) => moveToCorrection(services, arg)),
    );
  },
};

async function moveToCorrection(services: Services, arg?: SignArgs | vscode.Uri | string): Promise<CommandResult> {
  const args = argsOf(arg);
  const doc = await targetNote(arg);
  if (!doc) return tell({ kind: 'refused', message: 'Open the signed note to move a change into a correction.' });
  const core = await loadCore();
  const baseline = baselines().get(doc);
  if (baseline === undefined) {
    return tell({ kind: 'refused', message: 'No verified copy of the signed text is open: restore it from a copy (a backup or version control).' });
  }
  if (!core.signedChanges(baseline, doc.getText())?.hunks.length) return tell({ kind: 'refused', message: 'The signed text is unchanged: there is nothing to move.' });
  if (args.noPrompt && !args.reason?.trim()) return tell({ kind: 'refused', message: 'A correction needs a reason: say why the signed text was wrong.' });
  const reason = args.reason ?? (await vscode.window.showInputBox({
    title: 'Correction addendum', prompt: 'Why was the signed text wrong? (printed with the correction)', ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'A correction needs a reason.'),
  }));
  if (!reason?.trim()) return { kind: 'cancelled' };
  const signer = await chooseSigner(await cliniciansFor(services.configs, doc), args.signer, 'Correction addendum', args.noPrompt);
  if (!isSigner(signer)) return tell(signer);
  const plan = core.planCorrection(baseline, doc.getText(), reason, signer, new Date());
  if (plan.kind === 'unavailable') return tell({ kind: 'refused', message: plan.message });
  if (!(await applyOffsets(doc, plan.edits))) return tell({ kind: 'refused', message: 'The correction could not be added (the note may be read-only).' });
  const sign = 'Sign Correction';
  void vscode.window.showInformationMessage(`Correction added below the signature (${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'}). Sign it now?`, sign)
    .then((c) => (c === sign ? vscode.commands.executeCommand('dnSoap.signNote', { uri: doc.uri.toString(), signer: args.signer }) : undefined));
  return { kind: 'done' };
}
