import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Linter } from '../linter';
import type { Feature } from '../feature';

// Two hovers in a note: on a muscle, what the linter understood it to be (core/editor/hover); on
// a finding, its headline, detail, why the rule matters and a link to the rule's documentation
// (core/editor/finding-hover). The Markdown trusts one command, the documentation link.

const RULE_DOC_COMMAND = 'dnSoap.showRuleDocumentation';

/** Hover on a muscle: name, shorthand, region, structures at risk, billing roll-up. */
export class MuscleHover implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this.linter.stateFor(doc);
    if (!state) return undefined;
    const { hoverAt } = await loadCore();
    const info = hoverAt(state.note, doc.offsetAt(position), state.config);
    if (!info) return undefined;
    const md = new vscode.MarkdownString(info.markdown);
    md.isTrusted = false;
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(info.start), doc.positionAt(info.end)));
  }
}

/** Hover on a finding that is shown (with completeness checks on save, not one held back while drafting). */
export class FindingHover implements vscode.HoverProvider {
  constructor(private readonly linter: Linter) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = await this.linter.stateFor(doc);
    if (!state) return undefined;
    const { findingHoverAt } = await loadCore();
    const info = findingHoverAt(this.linter.shown(doc, state), doc.offsetAt(position));
    if (!info) return undefined;
    const md = new vscode.MarkdownString(info.markdown);
    md.isTrusted = { enabledCommands: [RULE_DOC_COMMAND] };
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(info.start), doc.positionAt(info.end)));
  }
}

export const hoverFeature: Feature = {
  name: 'hover on muscles and on findings',
  register({ context, linter }) {
    context.subscriptions.push(
      vscode.languages.registerHoverProvider({ language: 'dn-soap' }, new MuscleHover(linter)),
      vscode.languages.registerHoverProvider({ language: 'dn-soap' }, new FindingHover(linter)),
    );
  },
};
