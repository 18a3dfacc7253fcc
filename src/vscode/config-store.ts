import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config/config';
import type { ConfigLookup, FoundConfig } from '../core/config/lookup';
import { loadCore } from './core';

// The configuration for a note, found by the same core lookup as the CLI's
// (src/core/config/lookup.ts): the nearest `.dnlintrc.json` from the note's folder up to the
// root of its workspace folder, read through workspace.fs (virtual workspaces work) or from an
// open editor with unsaved edits; then the user's `dnSoap.rules` severity overrides on top.
// Re-read when a config file or the settings change. Problems go to the Problems panel on the
// config file itself, at the key they are about.

export const CONFIG_FILE = '.dnlintrc.json';

export interface NoteConfig {
  config: ResolvedConfig;
  /** The .dnlintrc.json that applied, if any. */
  file?: vscode.Uri;
  maxLiveLintBytes: number;
  /** What the core lookup found (include/exclude are judged against it, without the user's settings). */
  found: FoundConfig;
}

type Severity = 'error' | 'warning' | 'info' | 'off';

export class ConfigStore implements vscode.Disposable {
  /** One lookup per workspace folder, until the next reset. */
  private readonly lookups = new Map<string, Promise<ConfigLookup>>();
  /** Config files whose problems are on the Problems panel since the last reset. */
  private readonly reported = new Set<string>();
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
    this.lookups.clear();
    this.reported.clear();
    this.changed.fire();
  }

  /** The configuration for one note. A folder without a config file is looked at again next time. */
  async configFor(uri: vscode.Uri): Promise<NoteConfig> {
    return this.resolve(uri, (folder) => this.lookupFor(folder));
  }

  /**
   * For one pass over many files (Lint All Notes): every file read, present or not, is
   * remembered until the pass ends, so thousands of files in a few folders cost a few reads.
   */
  async session(): Promise<(uri: vscode.Uri) => Promise<NoteConfig>> {
    const { ConfigLookup } = await loadCore();
    const lookups = new Map<string, ConfigLookup>();
    return (uri) => this.resolve(uri, async (folder) => {
      const key = folder.uri.toString();
      let lookup = lookups.get(key);
      if (!lookup) lookups.set(key, (lookup = new ConfigLookup((path) => this.read(folder.uri.with({ path })), { root: folder.uri.path })));
      return lookup;
    });
  }

  private async resolve(uri: vscode.Uri, lookupOf: (folder: vscode.WorkspaceFolder) => Promise<ConfigLookup>): Promise<NoteConfig> {
    const core = await loadCore();
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    // An untitled note is looked up as if it were at the root of the first workspace folder.
    const path = folder && uri.scheme === 'untitled' ? `${folder.uri.path.replace(/\/$/, '')}/untitled` : uri.path;
    const found: FoundConfig = folder ? await (await lookupOf(folder)).forFile(path) : { config: core.defaultConfig(), issues: [] };
    const file = folder && found.path ? folder.uri.with({ path: found.path }) : undefined;
    if (file) this.report(file, found);
    const config = withSettings(found.config, uri, core.ruleById);
    const setting = vscode.workspace.getConfiguration('dnSoap', uri).get<number | null>('maxLiveLintBytes');
    return { config, file, found, maxLiveLintBytes: typeof setting === 'number' && setting > 0 ? setting : config.maxLiveLintBytes };
  }

  private lookupFor(folder: vscode.WorkspaceFolder): Promise<ConfigLookup> {
    const key = folder.uri.toString();
    let lookup = this.lookups.get(key);
    if (!lookup) {
      lookup = loadCore().then(({ ConfigLookup }) => new ConfigLookup((path) => this.read(folder.uri.with({ path })), { root: folder.uri.path, rememberMissing: false }));
      this.lookups.set(key, lookup);
    }
    return lookup;
  }

  /** A config file's text: unsaved edits in an open editor count (a vocabulary quick fix leaves the file unsaved). */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty);
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'NoPermissions') throw new Error('permission denied', { cause: e });
      this.problems.delete(uri); // no config file in this folder (any more)
      return undefined;
    }
  }

  /** The file's problems on the Problems panel, each at the key it is about (once per file until the next reset). */
  private report(file: vscode.Uri, found: FoundConfig): void {
    const key = file.toString();
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.problems.set(file, found.issues.map((issue) => {
      const at = issue.at;
      const range = at ? new vscode.Range(at.line - 1, at.column - 1, at.line - 1, at.column - 1 + Math.max(1, at.length)) : new vscode.Range(0, 0, 0, 0);
      // A file that is not JSON says where, in words too: every setting in it is back to its default.
      const message = issue.kind === 'syntax' && at ? `line ${at.line}, column ${at.column}: ${issue.message}` : issue.message;
      const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
      d.source = 'dn-soap';
      return d;
    }));
  }
}

function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE}`);
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
