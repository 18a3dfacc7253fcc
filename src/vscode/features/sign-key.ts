import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { SECRET_KEY, signingKey, tell, type CommandResult } from './sign-shared';

// Signing keys. "Create Signing Key" makes an Ed25519 key and keeps it in VS Code's secret
// storage (the operating system's keychain), never in the workspace or a log; it shows the
// public key line to paste into the clinic's .dnlintrc.json. A key file of one's own
// (ssh-keygen -t ed25519) can be used instead through dnSoap.signingKeyPath.

export const signKeyFeature: Feature = {
  name: 'signing key commands',
  register({ context }) {
    context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.createSigningKey', (arg?: { replace?: boolean }) => createKey(context, arg?.replace === true)),
      vscode.commands.registerCommand('dnSoap.copySigningPublicKey', () => copyPublicKey(context)),
    );
  },
};

async function createKey(context: vscode.ExtensionContext, replaceWithoutAsking: boolean): Promise<CommandResult & { publicKey?: string }> {
  const core = await loadCore();
  if (!replaceWithoutAsking && (await context.secrets.get(SECRET_KEY))) {
    const replace = 'Replace Key';
    const choice = await vscode.window.showWarningMessage('You already have a signing key.', {
      modal: true, detail: 'A new key replaces it. Notes signed with the old key stay valid only while the clinic keeps its public key listed.',
    }, replace);
    if (choice !== replace) return { kind: 'cancelled' };
  }
  const key = core.generateKey();
  await context.secrets.store(SECRET_KEY, core.toBase64(key.seed));
  const line = core.publicKeyLine(key.publicKey, 'dn-soap signing key');
  await vscode.env.clipboard.writeText(line);
  void vscode.window.showInformationMessage(
    `Signing key created (${core.fingerprint(key.publicKey)}). Its public key line is on the clipboard: add it to your entry's "publicKeys" under "clinicians" in the clinic's .dnlintrc.json.`);
  return { kind: 'done', publicKey: line };
}

async function copyPublicKey(context: vscode.ExtensionContext): Promise<CommandResult & { publicKey?: string }> {
  const core = await loadCore();
  const key = await signingKey(context);
  if (!key) return tell({ kind: 'refused', message: 'No signing key: create one with "Create Signing Key", or set dnSoap.signingKeyPath to your ssh-keygen key file.' });
  if ('kind' in key) return tell(key);
  const line = core.publicKeyLine(key.publicKey, 'dn-soap signing key');
  await vscode.env.clipboard.writeText(line);
  void vscode.window.showInformationMessage(`Public key ${core.fingerprint(key.publicKey)} copied: paste it into "publicKeys" of your entry under "clinicians" in .dnlintrc.json.`);
  return { kind: 'done', publicKey: line };
}
