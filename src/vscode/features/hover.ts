import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Linter } from '../linter';
import type { Feature } from '../feature';

/** Hover on a muscle: name, shorthand, region, structures at risk, billing roll-up (text from core/hover). */
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

export const hoverFeature: Feature = {
  name: 'muscle hover',
  register({ context, linter }) {
    context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'dn-soap' }, new MuscleHover(linter)));
  },
};
