import * as vscode from 'vscode';
import type { ClinicianConfig } from '../../core/config/clinicians';
import type { PrivateKey } from '../../core/sign/ssh-key';
import type { Signer } from '../../core/sign/signer';
import { loadCore } from '../core';
import { isNote, type Linter } from '../linter';
import type { ConfigStore } from '../config-store';
import { openQuietly } from '../open-quietly';

// What the signing commands share: which note, who signs, with which key. Nothing here logs
// or shows key material or note text.

/** Options a command accepts from a code lens, a keybinding or the tests, instead of asking. */
export interface SignArgs {
  uri?: vscode.Uri | string;
  /** A clinician's id or name from `clinicians` in .dnlintrc.json. */
  signer?: string;
  /** The reason for signing although errors remain. */
  overrideReason?: string;
  /** The reason for an addendum or a correction. */
  reason?: string;
  kind?: 'late-entry' | 'addendum' | 'correction';
  /** Refuse, saying what is missing, instead of asking (keybindings, scripts, tests). */
  noPrompt?: boolean;
}

export type CommandResult = { kind: 'done'; message?: string } | { kind: 'refused'; message: string } | { kind: 'cancelled' };

export const SECRET_KEY = 'dnSoap.signingKey';

/** The note a command acts on: the given one, else the active editor's. */
export async function targetNote(arg?: SignArgs | vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
  const given = arg instanceof vscode.Uri || typeof arg === 'string' ? arg : arg?.uri;
  const uri = typeof given === 'string' ? vscode.Uri.parse(given) : given;
  const doc = uri ? await openQuietly(uri) : vscode.window.activeTextEditor?.document;
  return doc && isNote(doc) ? doc : undefined;
}

export const argsOf = (arg?: SignArgs | vscode.Uri | string): SignArgs => (arg instanceof vscode.Uri || typeof arg === 'string' || !arg ? {} : arg);

/** Shows a refusal (or other outcome) and returns it, so tests and callers see the same thing. */
export function tell(result: CommandResult): CommandResult {
  if (result.kind === 'refused') void vscode.window.showWarningMessage(result.message);
  else if (result.kind === 'done' && result.message) void vscode.window.showInformationMessage(result.message);
  return result;
}

interface SignerSetting {
  name?: string;
  credentials?: string;
  role?: string;
  id?: string;
}

/**
 * Who signs: the user's own dnSoap.signer setting (completed from the clinic's list when the
 * name or id matches), a clinician named in the command's arguments, the only clinician of the
 * clinic, or one picked from the clinic's list.
 */
export async function chooseSigner(clinicians: readonly ClinicianConfig[], requested: string | undefined, title: string, noPrompt = false): Promise<Signer | CommandResult> {
  const match = (c: ClinicianConfig, key: string) => c.id === key || c.name.toLowerCase() === key.toLowerCase();
  if (requested) {
    const c = clinicians.find((x) => match(x, requested));
    return c ? fromClinician(c) : { kind: 'refused', message: 'That clinician is not in the clinic\'s list (clinicians in .dnlintrc.json).' };
  }
  const own = vscode.workspace.getConfiguration('dnSoap').get<SignerSetting>('signer');
  if (own?.name?.trim()) {
    const c = clinicians.find((x) => (own.id ? x.id === own.id : match(x, own.name!.trim())));
    return { name: own.name.trim(), credentials: own.credentials?.trim() ?? c?.credentials ?? '', role: own.role?.trim() || c?.role, id: own.id?.trim() || c?.id };
  }
  if (clinicians.length === 1) return fromClinician(clinicians[0]);
  if (!clinicians.length) {
    const open = 'Open Settings';
    void vscode.window.showWarningMessage('No signer set: add your name and credentials (dnSoap.signer), or list clinicians in .dnlintrc.json.', open)
      .then((c) => (c === open ? vscode.commands.executeCommand('workbench.action.openSettings', 'dnSoap.signer') : undefined));
    return { kind: 'refused', message: 'No signer set.' };
  }
  if (noPrompt) return { kind: 'refused', message: 'Say who signs: several clinicians are listed in .dnlintrc.json.' };
  const picked = await vscode.window.showQuickPick(clinicians.map((c) => ({ label: c.name, description: [c.credentials, c.role].filter(Boolean).join(' · '), c })), { title, placeHolder: 'Who is signing?', ignoreFocusOut: true });
  return picked ? fromClinician(picked.c) : { kind: 'cancelled' };
}

const fromClinician = (c: ClinicianConfig): Signer => ({ name: c.name, credentials: c.credentials, role: c.role, id: c.id });

export const isSigner = (s: Signer | CommandResult): s is Signer => !('kind' in s);

/** The signing key, if one is set up: a key file outside the workspace, or one made by "Create Signing Key". */
export async function signingKey(context: vscode.ExtensionContext): Promise<PrivateKey | undefined | CommandResult> {
  const core = await loadCore();
  const setting = vscode.workspace.getConfiguration('dnSoap').get<string>('signingKeyPath')?.trim();
  if (setting) {
    const uri = keyUri(setting);
    if (!uri) return { kind: 'refused', message: 'dnSoap.signingKeyPath must be a full path to a key file, e.g. /home/you/.ssh/id_ed25519.' };
    if (insideWorkspace(uri)) return { kind: 'refused', message: 'The signing key file is inside the workspace: move it out (a private key must never sit with the notes) and update dnSoap.signingKeyPath.' };
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return { kind: 'refused', message: 'The signing key file (dnSoap.signingKeyPath) could not be read.' };
    }
    const key = core.parsePrivateKey(text);
    return key.ok ? key.value : { kind: 'refused', message: `The signing key file cannot be used: ${key.problem}.` };
  }
  const stored = await context.secrets.get(SECRET_KEY);
  if (!stored) return undefined;
  const seed = core.fromBase64(stored);
  return seed && seed.length === 32 ? core.keyFromSeed(seed) : { kind: 'refused', message: 'The stored signing key is damaged: create a new one with "Create Signing Key".' };
}

function keyUri(path: string): vscode.Uri | undefined {
  const home = typeof process !== 'undefined' ? process.env.HOME ?? process.env.USERPROFILE : undefined;
  const expanded = path.startsWith('~/') && home ? home + path.slice(1) : path;
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(expanded)) return undefined;
  return vscode.Uri.file(expanded);
}

function insideWorkspace(uri: vscode.Uri): boolean {
  const norm = (p: string) => (p.endsWith('/') ? p : p + '/').toLowerCase();
  return (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme && norm(uri.path).startsWith(norm(f.uri.path)));
}

/** Error-level findings of the note as it is now, from offset `from` on (an addendum answers only for itself). */
export async function errorCount(linter: Linter, doc: vscode.TextDocument, from = 0): Promise<number | undefined> {
  const state = await linter.stateFor(doc);
  return state?.findings.filter((f) => f.severity === 'error' && f.start >= from).length;
}

/** The clinic's clinicians for the note (from the nearest .dnlintrc.json). */
export async function cliniciansFor(configs: ConfigStore, doc: vscode.TextDocument): Promise<readonly ClinicianConfig[]> {
  return (await configs.configFor(doc.uri)).config.clinicians ?? [];
}

/** One undoable insertion or replacement set, applied to the document. */
export async function applyOffsets(doc: vscode.TextDocument, edits: Array<{ start: number; end: number; newText: string }>): Promise<boolean> {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return vscode.workspace.applyEdit(we);
}
