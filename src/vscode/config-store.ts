import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config/config';
import { loadCore } from './core';

// The configuration for a note: the nearest `.dnlintrc.json` between the note's folder and
// its workspace folder root (read through workspace.fs, so virtual workspaces work), then
// the user's `dnSoap.rules` severity overrides on top. Re-read when a config file or the
// settings change. Config problems go to the Problems panel on the config file itself.

export const CONFIG_FILE = '.dnlintrc.json';

export interface NoteConfig {
  config: ResolvedConfig;
  /** The .dnlintrc.json that applied, if any. */
  file?: vscode.Uri;
  maxLiveLintBytes: number;
}

type Severity = 'error' | 'warning' | 'info' | 'off';

export class ConfigStore implements vscode.Disposable {
  private readonly parsed = new Map<string, Promise<ResolvedConfig | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly problems = vscode.languages.createDiagnosticCollection('dn-soap-config');
  private readonly disposables: vscode.Disposable[] = [];
  private typing: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reset = () => this.reset();
    this.disposables.push(
      watcher, watcher.onDidCreate(reset), watcher.onDidChange(reset), watcher.onDidDelete(reset),
      // Saving an open config file: the watcher may lag behind the editor, so listen here too.
      // Edits in an open config editor apply at once (a quick fix that adds a term leaves it unsaved).
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isConfigFile(e.document.uri) || !e.contentChanges.length) return;
        clearTimeout(this.typing);
        this.typing = setTimeout(reset, 300);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (isConfigFile(d.uri)) reset(); }),
      vscode.workspace.onDidSaveTextDocument((d) => { if (isConfigFile(d.uri)) reset(); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('dnSoap')) reset(); }),
      vscode.workspace.onDidChangeWorkspaceFolders(reset),
      this.changed, this.problems,
    );
  }

  dispose(): void {
    clearTimeout(this.typing);
    for (const d of this.disposables) d.dispose();
  }

  reset(): void {
    this.parsed.clear();
    this.changed.fire();
  }

  async configFor(uri: vscode.Uri): Promise<NoteConfig> {
    const core = await loadCore();
    let file: vscode.Uri | undefined;
    let config: ResolvedConfig | undefined;
    for (const dir of candidateDirs(uri)) {
      const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE);
      const key = candidate.toString();
      // Only files that exist are remembered: a missing one is looked for again on the next lint,
      // so a newly created .dnlintrc.json applies even when the file watcher reports it late.
      const p = this.parsed.get(key) ?? this.read(candidate);
      config = await p;
      if (config) this.parsed.set(key, p);
      if (config) {
        file = candidate;
        break;
      }
    }
    config = withSettings(config ?? core.defaultConfig(), uri, core.ruleById);
    const setting = vscode.workspace.getConfiguration('dnSoap', uri).get<number | null>('maxLiveLintBytes');
    return { config, file, maxLiveLintBytes: typeof setting === 'number' && setting > 0 ? setting : config.maxLiveLintBytes };
  }

  private async read(uri: vscode.Uri): Promise<ResolvedConfig | undefined> {
    // Unsaved edits in an open config editor count (a vocabulary quick fix leaves the file unsaved).
    let text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty)?.getText();
    if (text === undefined) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        this.problems.delete(uri);
        return undefined; // no config file in this folder
      }
    }
    const { parseConfigText } = await loadCore();
    const { config, problems } = parseConfigText(text);
    this.problems.set(uri, problems.map((p) => {
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), p, vscode.DiagnosticSeverity.Warning);
      d.source = 'dn-soap';
      return d;
    }));
    return config;
  }
}

function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE}`);
}

/** The note's folder and its parents up to the root of its workspace folder; the first workspace folder for untitled notes. */
function candidateDirs(uri: vscode.Uri): vscode.Uri[] {
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
  if (!folder) return [];
  if (uri.scheme === 'untitled') return [folder.uri];
  const dirs: vscode.Uri[] = [];
  const rootPath = folder.uri.path.replace(/\/$/, '');
  let path = uri.path.slice(0, uri.path.lastIndexOf('/'));
  while (path.length >= rootPath.length && path.startsWith(rootPath)) {
    dirs.push(uri.with({ path: path || '/' }));
    if (path === rootPath) break;
    path = path.slice(0, path.lastIndexOf('/'));
  }
  return dirs.length ? dirs : [folder.uri];
}

function withSettings(config: ResolvedConfig, uri: vscode.Uri, ruleById: (name: string) => { meta: { id: string } } | undefined): ResolvedConfig {
  const overrides = vscode.workspace.getConfiguration('dnSoap', uri).get<Record<string, Severity>>('rules') ?? {};
  const entries = Object.entries(overrides).filter(([, s]) => ['error', 'warning', 'info', 'off'].includes(s));
  if (!entries.length) return config;
  const rules = { ...config.rules };
  for (const [name, severity] of entries) {
    const id = ruleById(name)?.meta.id;
    if (id) rules[id] = { severity, options: rules[id]?.options ?? {} };
  }
  return { ...config, rules };
}
