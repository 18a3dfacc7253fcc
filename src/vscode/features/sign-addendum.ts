import * as vscode from 'vscode';
import type { AddendumKind } from '../../core/sign/addendum';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { applyOffsets, argsOf, chooseSigner, cliniciansFor, isSigner, targetNote, tell, type CommandResult, type SignArgs } from './sign-shared';

// Add Addendum: a late entry, an addendum or a correction below the signature of a signed
// note, dated now (never back-dated), attributed, with the reason the clinician types and a
// blank for the text, which is selected so typing replaces it. It is signed on its own.

const DESCRIPTIONS: Record<AddendumKind, string> = {
  'late-entry': 'Something from the visit that was not recorded in time',
  addendum: 'New information added to the record',
  correction: 'Something in the signed note was wrong',
};

export const signAddendumFeature: Feature = {
  name: 'Add Addendum command',
  register(services) {
    services.context.subscriptions.push(vscode.commands.registerCommand('dnSoap.addAddendum', (arg?: SignArgs | vscode.Uri | string) => addAddendum(services, arg)));
  },
};

async function addAddendum(services: Services, arg?: SignArgs | vscode.Uri | string): Promise<CommandResult> {
  const args = argsOf(arg);
  const doc = await targetNote(arg);
  if (!doc) return tell({ kind: 'refused', message: 'Open a signed dry-needling note (*.soap.md) to add an addendum.' });
  const core = await loadCore();
  const check = core.planAddendum(doc.getText(), 'addendum', 'reason', { name: 'x', credentials: '' }, new Date());
  if (check.kind === 'refused') return tell({ kind: 'refused', message: check.message });

  if (args.noPrompt && (!args.kind || !args.reason?.trim())) return tell({ kind: 'refused', message: 'An addendum needs its kind and a reason.' });
  const kind = args.kind ?? (await vscode.window.showQuickPick(core.ADDENDUM_KINDS.map((k) => ({ label: core.ADDENDUM_TITLES[k], description: DESCRIPTIONS[k], k })), {
    title: 'Add addendum', placeHolder: 'What are you adding?', ignoreFocusOut: true,
  }))?.k;
  if (!kind) return { kind: 'cancelled' };
  const reason = args.reason ?? (await vscode.window.showInputBox({
    title: `Add ${core.ADDENDUM_TITLES[kind].toLowerCase()}`, prompt: 'Reason (printed with the addendum)', ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'An addendum needs a reason.'),
  }));
  if (!reason?.trim()) return { kind: 'cancelled' };
  const signer = await chooseSigner(await cliniciansFor(services.configs, doc), args.signer, 'Add addendum', args.noPrompt);
  if (!isSigner(signer)) return tell(signer);

  const plan = core.planAddendum(doc.getText(), kind, reason, signer, new Date());
  if (plan.kind === 'refused') return tell({ kind: 'refused', message: plan.message });
  if (!(await applyOffsets(doc, [plan.edit]))) return tell({ kind: 'refused', message: 'The addendum could not be added (the note may be read-only).' });
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? (await vscode.window.showTextDocument(doc));
  const blank = new vscode.Selection(doc.positionAt(plan.blank.start), doc.positionAt(plan.blank.end));
  editor.selection = blank;
  editor.revealRange(blank);
  return { kind: 'done' };
}
