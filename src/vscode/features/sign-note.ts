import * as vscode from 'vscode';
import type { Meaning } from '../../core/sign/fields';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { baselines } from './sign-baseline';
import { applyOffsets, argsOf, chooseSigner, cliniciansFor, errorCount, isSigner, signingKey, targetNote, tell, type CommandResult, type SignArgs } from './sign-shared';

// Sign Note and Co-sign Note. Signing appends one block (one undo) and changes nothing above
// it. It refuses while error-level findings remain unless the clinician types a reason, which
// the block records. With a key set up, the block also carries an Ed25519 signature.

export const signNoteFeature: Feature = {
  name: 'Sign Note and Co-sign Note commands',
  register(services) {
    services.context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.signNote', (arg?: SignArgs | vscode.Uri | string) => signNote(services, 'author', arg)),
      vscode.commands.registerCommand('dnSoap.coSignNote', (arg?: SignArgs | vscode.Uri | string) => signNote(services, 'co-signer', arg)),
    );
  },
};

async function signNote(services: Services, meaning: Meaning, arg?: SignArgs | vscode.Uri | string): Promise<CommandResult> {
  const args = argsOf(arg);
  const doc = await targetNote(arg);
  if (!doc) return tell({ kind: 'refused', message: 'Open a dry-needling note (*.soap.md) to sign it.' });
  const core = await loadCore();
  const clinicians = await cliniciansFor(services.configs, doc);
  const title = meaning === 'co-signer' ? 'Co-sign note' : 'Sign note';
  const signer = await chooseSigner(clinicians, args.signer, title, args.noPrompt);
  if (!isSigner(signer)) return tell(signer);
  // An addendum answers for its own errors: the signed note above was signed as it stands.
  const text = doc.getText();
  const tail = meaning === 'author' ? core.verifyText(text).tail : undefined;
  const errors = await errorCount(services.linter, doc, tail?.start ?? 0);
  if (errors === undefined) return tell({ kind: 'refused', message: 'The note changed while it was being checked: try again.' });

  // Ask for a reason only when the rest would allow signing (not for a note that is already signed, say).
  const probe = core.planSignature({ text, signer, meaning, now: new Date(), errors: 0 });
  if (probe.kind === 'refused') return tell({ kind: 'refused', message: probe.message });
  let overrideReason = args.overrideReason;
  if (errors > 0 && overrideReason === undefined) {
    if (args.noPrompt) {
      const refused = core.planSignature({ text, signer, meaning, now: new Date(), errors });
      return tell({ kind: 'refused', message: refused.kind === 'refused' ? refused.message : 'Errors remain.' });
    }
    const sign = 'Sign With a Reason';
    const choice = await vscode.window.showWarningMessage(
      `${errors} error${errors === 1 ? '' : 's'} remain${errors === 1 ? 's' : ''} in this note.`,
      { modal: true, detail: 'Fix them first (see the Problems panel), or sign anyway and record why. The reason is printed in the signature.' }, sign);
    if (choice !== sign) return { kind: 'cancelled' };
    overrideReason = await vscode.window.showInputBox({
      title, prompt: 'Why sign with these errors open? (printed in the signature)', ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : 'Type the reason.'),
    });
    if (!overrideReason?.trim()) return { kind: 'cancelled' };
  }
  const key = await signingKey(services.context);
  if (key && 'kind' in key) return tell(key);

  // The text may have changed during the prompts: plan against what is there now.
  const now = doc.getText();
  const errorsNow = now === text ? errors : (await errorCount(services.linter, doc, (meaning === 'author' ? core.verifyText(now).tail?.start : 0) ?? 0)) ?? errors;
  const plan = core.planSignature({ text: now, signer, meaning, now: new Date(), errors: errorsNow, overrideReason, key });
  if (plan.kind === 'refused') return tell({ kind: 'refused', message: plan.message });
  if (!(await applyOffsets(doc, [plan.edit]))) return tell({ kind: 'refused', message: 'The signature could not be added (the note may be read-only).' });
  await baselines().consider(doc);
  return { kind: 'done' };
}
