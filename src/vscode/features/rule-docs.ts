import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';

export const RULE_DOC_SCHEME = 'dn-soap-rule';

export const ruleDocsFeature: Feature = {
  name: 'Show Rule Documentation command and read-only rule pages',
  register({ context }) {
    context.subscriptions.push(
      vscode.commands.registerCommand('dnSoap.showRuleDocumentation', (ruleId?: string) => showRuleDocumentation(ruleId)),
      vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, new RuleDocProvider(context.extensionUri)),
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

/** Read-only rule docs: the extension's docs/rules/<id>.md, or one made from the rule's own description. */
class RuleDocProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const { ruleById } = await loadCore();
    const rule = ruleById(id);
    if (!rule) return `# Unknown rule\n\nThere is no rule called "${id}".\n`;
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${rule.meta.id}.md`)));
    } catch {
      const m = rule.meta;
      return [`# ${m.id} (${m.code})`, '', m.title, '', `Default severity: ${m.defaultSeverity}.`, '', '## Why it matters', '', m.rationale, '',
        '## Raises a finding', '', '```markdown', m.example.bad, '```', '', '## Does not', '', '```markdown', m.example.good, '```', ''].join('\n');
    }
  }
}
