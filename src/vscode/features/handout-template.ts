// While a handout template (or a handout) is edited: its reading grade in the status bar
// ("Reading grade 6.8"), template errors as error diagnostics on their line, and clinical jargon
// as information diagnostics with the plain words as a quick fix. A template is a Markdown file
// whose front matter declares `language:` and whose text uses {{…}} fields; a handout is a
// `*.handout.md` file. Nothing is computed for other Markdown files beyond that cheap test.
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';

const SOURCE = 'dn-soap handout';
const DEBOUNCE_MS = 300;
const TEMPLATE_HEAD = /^\uFEFF?---\r?\n(?:[^\n]*\n){0,20}?\s*language\s*:\s*["']?(?:en|es)\b/;

type Kind = 'template' | 'handout';

export function handoutKind(doc: vscode.TextDocument): Kind | undefined {
  if (doc.languageId !== 'markdown') return undefined;
  if (/\.handout(?:-\d+)?\.md$/i.test(doc.uri.path)) return 'handout';
  const head = doc.getText(new vscode.Range(0, 0, 40, 0));
  return TEMPLATE_HEAD.test(head) && doc.getText().includes('{{') ? 'template' : undefined;
}

interface Plain {
  written: string;
  plain: string;
}
const plainWords = new WeakMap<vscode.Diagnostic, Plain>();

class TemplateWatcher implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('dn-soap-handout');
  readonly status = vscode.window.createStatusBarItem('dnSoap.readingGrade', vscode.StatusBarAlignment.Right, 99);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.status.name = 'Handout reading grade';
    this.disposables.push(
      this.diagnostics, this.status,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
      vscode.window.onDidChangeActiveTextEditor(() => void this.updateStatus()),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d);
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!handoutKind(doc)) {
      if (this.diagnostics.has(doc.uri)) this.diagnostics.delete(doc.uri);
      return;
    }
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(doc), DEBOUNCE_MS));
  }

  async check(doc: vscode.TextDocument): Promise<void> {
    const kind = handoutKind(doc);
    if (!kind || doc.isClosed) return;
    const core = await loadCore();
    const text = doc.getText();
    // A handout has no front matter: it is measured as a template in its language, positions shifted back.
    const prefix = kind === 'handout' && !text.startsWith('---') ? `---\nname: handout\nversion: 1\nlanguage: ${/[ñáéíóú¿¡]/i.test(text) ? 'es' : 'en'}\ntitle: handout\n---\n` : '';
    const insights = core.templateInsights(prefix + text);
    const shift = -prefix.length;
    const lineShift = prefix ? prefix.split('\n').length - 1 : 0;
    const list: vscode.Diagnostic[] = [];
    for (const e of insights.errors) {
      const line = Math.min(Math.max(0, e.line - 1 - lineShift), doc.lineCount - 1);
      const d = new vscode.Diagnostic(doc.lineAt(line).range, e.message, vscode.DiagnosticSeverity.Error);
      d.source = SOURCE;
      d.code = 'template-error';
      list.push(d);
    }
    for (const j of insights.jargon) {
      const range = new vscode.Range(doc.positionAt(j.start + shift), doc.positionAt(j.end + shift));
      const d = new vscode.Diagnostic(range, `Plain words for patients: "${j.plain}" instead of "${j.written}".`, vscode.DiagnosticSeverity.Information);
      d.source = SOURCE;
      d.code = 'jargon';
      plainWords.set(d, { written: j.written, plain: j.plain });
      list.push(d);
    }
    this.diagnostics.set(doc.uri, list);
    this.grades.set(doc.uri.toString(), insights.readability ? insights.readability.grade : undefined);
    await this.updateStatus();
  }

  private readonly grades = new Map<string, number | undefined>();

  async updateStatus(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !handoutKind(doc)) {
      this.status.hide();
      return;
    }
    const key = doc.uri.toString();
    if (!this.grades.has(key)) {
      await this.check(doc);
      return;
    }
    const grade = this.grades.get(key);
    this.status.text = grade === undefined ? 'Reading grade: template has errors' : `Reading grade ${grade.toFixed(1)}`;
    this.status.tooltip = grade === undefined
      ? 'Fix the template errors shown in the Problems panel to measure its reading grade.'
      : `US school grade needed to read this ${handoutKind(doc)} (Flesch–Kincaid; Spanish: Fernández-Huerta). Aim for 8 or below, ideally 6.`;
    this.status.backgroundColor = grade !== undefined && grade > 8 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

class JargonFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== SOURCE || d.code !== 'jargon') continue;
      const words = plainWords.get(d) ?? parseMessage(d.message);
      if (!words) continue;
      const a = new vscode.CodeAction(`Use plain words: "${words.plain}"`, vscode.CodeActionKind.QuickFix);
      a.diagnostics = [d];
      a.isPreferred = true;
      a.edit = new vscode.WorkspaceEdit();
      a.edit.replace(doc.uri, d.range, words.plain);
      out.push(a);
    }
    return out;
  }
}

/** The plain words from the diagnostic's own message (the editor may hand back a copy of the diagnostic). */
function parseMessage(message: string): Plain | undefined {
  const m = /^Plain words for patients: "(.*)" instead of "(.*)"\.$/.exec(message);
  return m ? { plain: m[1], written: m[2] } : undefined;
}

export const handoutTemplateFeature: Feature = {
  name: 'handout template reading grade and plain words',
  register({ context }) {
    // Created on first use: activation only registers listeners.
    let watcher: TemplateWatcher | undefined;
    const start = () => (watcher ??= new TemplateWatcher());
    const maybeStart = (doc: vscode.TextDocument | undefined) => {
      if (doc && handoutKind(doc)) start();
    };
    context.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(maybeStart),
      vscode.window.onDidChangeActiveTextEditor((e) => maybeStart(e?.document)),
      vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new JargonFixes(), JargonFixes.metadata),
      // For the real-editor tests: the status bar text for the active editor ('' when hidden).
      vscode.commands.registerCommand('dnSoap._readingGradeText', async () => {
        const w = start();
        const doc = vscode.window.activeTextEditor?.document;
        if (doc) await w.check(doc);
        return doc && handoutKind(doc) ? w.status.text : '';
      }),
      { dispose: () => watcher?.dispose() },
    );
    for (const d of vscode.workspace.textDocuments) maybeStart(d);
  },
};
