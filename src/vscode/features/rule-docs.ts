import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';

export const RULE_DOC_SCHEME = 'dn-soap-rule';

export const ruleDocsFeature: Feature = {
  name: 'Show Rule Documentation command and read-only rule pages',
  register({ context }) {
    context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.showRuleDocumentation', (ruleId?: string) => showRuleDocumentation(ruleId)),
      vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, new RuleDocProvider(String(context.extension.packageJSON.version))),
    );
  },
};

async function showRuleDocumentation(ruleId?: string): Promise<string | undefined> {
  const { rules, ruleById } = await loadCore();
  let id = ruleId ? ruleById(ruleId)?.meta.id : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      rules.map((r) => ({ label: r.meta.id, description: r.meta.code, detail: r.meta.title })),
      { title: 'Dry Needling: rule documentation', matchOnDescription: true, matchOnDetail: true },
    );
    id = picked?.label;
  }
  if (!id) return undefined;
  const uri = vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${id}.md` });
  await vscode.commands.executeCommand('markdown.showPreview', uri);
  return uri.toString();
}

/**
 * Read-only rule pages rendered by the same core function that writes docs/rules/<id>.md
 * (renderRuleDoc), so the page in the editor is the published page, with a link at its end to
 * that page at this version's tag. Nothing is fetched: VS Code opens the link in the browser
 * only if the user clicks it.
 */
class RuleDocProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly version: string) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const { ruleById, renderRuleDoc, ruleDocUrl } = await loadCore();
    const rule = ruleById(id);
    if (!rule) return `# Unknown rule\n\nThere is no rule called "${id}".\n`;
    return renderRuleDoc(rule.meta, { link: ruleDocUrl(rule.meta.id, this.version) });
  }
}
