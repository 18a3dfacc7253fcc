import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { isNote, LANGUAGE_ID } from '../linter';

// The signing banner: a code lens at the top of every note. Unsigned: "Sign Note". Signed: who
// signed and when, that edits above the signature become addenda, and Add Addendum / Co-sign.
// An addendum not yet signed gets "Sign Addendum" where it starts.

class SigningLenses implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly services: Services) {
    services.context.subscriptions.push(this.changed, services.linter.onDidLint(() => this.changed.fire()));
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!isNote(doc)) return [];
    const core = await loadCore();
    const { config } = await this.services.configs.configFor(doc.uri);
    const v = core.verifyWithClinic(doc.getText(), config.clinicians);
    const top = new vscode.Range(0, 0, 0, 0);
    const uri = doc.uri.toString();
    const lens = (range: vscode.Range, title: string, command: string, args: unknown[] = [{ uri }], tooltip?: string) => new vscode.CodeLens(range, { title, command, arguments: args, tooltip });
    if (v.status === 'unsigned') return [lens(top, '$(edit) Sign Note', 'dnSoap.signNote', undefined, 'Sign this note: appends your signature with a SHA-256 digest of the note')];
    if (core.TAMPERING.has(v.status)) {
      return [lens(top, '$(warning) Signed text was changed after signing: see Problems', 'workbench.actions.view.problems', [], 'A signed note changes only by addendum')];
    }
    const signatures = v.checks.flatMap((c) => (c.kind === 'valid' ? [c] : []));
    const first = signatures[0].block.fields;
    const cosigned = signatures.some((c) => c.block.fields.meaning === 'co-signer');
    const extra = signatures.length > 1 ? ` (+${signatures.length - 1} more)` : '';
    const unverified = v.status === 'unverifiable' ? ' · key not in the clinic\'s list' : '';
    const lenses = [
      lens(top, `$(lock) ${core.describeSignature(first)}${extra}${unverified}: edits above the signature become addenda`, 'dnSoap.addAddendum', undefined,
        'A signed note is a legal record. Changes go in a dated, signed addendum; an edit to the signed text shows as an error.'),
    ];
    if (v.tail) {
      const at = doc.positionAt(v.tail.start);
      lenses.push(lens(new vscode.Range(at, at), '$(edit) Sign Addendum', 'dnSoap.signNote'));
    } else {
      lenses.push(lens(top, 'Add Addendum', 'dnSoap.addAddendum'));
      if (!cosigned) lenses.push(lens(top, 'Co-sign', 'dnSoap.coSignNote'));
    }
    return lenses;
  }
}

export const signLensFeature: Feature = {
  name: 'signing banner (code lens)',
  register(services) {
    services.context.subscriptions.push(vscode.languages.registerCodeLensProvider({ language: LANGUAGE_ID }, new SigningLenses(services)));
  },
};
