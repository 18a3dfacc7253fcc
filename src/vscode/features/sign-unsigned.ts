import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { isNote } from '../linter';

// "2 unsigned today": notes of today's visits (front matter date; undated notes changed today)
// that are not signed, or have an addendum not yet signed, in folders whose clinic has set up
// signing (clinicians in .dnlintrc.json). The count starts when the first note is checked, not
// at activation, and follows saves, edits, new and deleted files. Its command lists them.

const GLOB = '**/*.soap.md';
const MAX_FILES = 20_000;

interface Entry {
  unsigned: boolean;
  /** When the file was last changed on disk, to skip reading it again. */
  mtime: number;
  /** The visit's local day, or the day the file was last changed when the note has no date. */
  day?: string;
  visit?: Date;
}

export class UnsignedNotes implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dnSoap.unsigned', vscode.StatusBarAlignment.Right, 99);
  private readonly entries = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[] = [];
  private started: Promise<void> | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private pending = Promise.resolve();

  constructor(private readonly services: Services) {
    this.item.name = 'Unsigned notes';
    this.item.command = 'dnSoap.listUnsigned';
    this.disposables.push(this.item, services.linter.onDidLint(() => void this.start()));
    // Once a day passes, "today" moves on; and a file watcher can miss files written by other programs.
    const tick = setInterval(() => { if (this.started) this.pending = this.pending.then(() => this.refresh()); }, 5 * 60_000);
    this.disposables.push({ dispose: () => clearInterval(tick) });
  }

  /** Scans the workspace once, then follows changes. */
  start(): Promise<void> {
    return (this.started ??= this.scanAll().then(() => {
      const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
      this.disposables.push(
        watcher,
        watcher.onDidCreate((u) => this.queue(u)), watcher.onDidChange((u) => this.queue(u)),
        watcher.onDidDelete((u) => { this.entries.delete(u.toString()); void this.show(); }),
        vscode.workspace.onDidSaveTextDocument((d) => { if (isNote(d)) this.queue(d.uri); }),
        vscode.workspace.onDidChangeTextDocument((e) => { if (isNote(e.document) && e.contentChanges.length) this.queue(e.document.uri, 500); }),
        vscode.workspace.onDidCloseTextDocument((d) => { if (isNote(d)) this.queue(d.uri); }),
        this.services.configs.onDidChange(() => { this.pending = this.pending.then(() => this.scanAll()); }),
      );
    }));
  }

  private queue(uri: vscode.Uri, delay = 0): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.pending = this.pending.then(() => this.update(uri)).then(() => this.show());
    }, delay));
  }

  private async scanAll(): Promise<void> {
    this.entries.clear();
    await this.refresh();
  }

  /** Finds every note again and reads those that are new or changed on disk since last read. */
  private async refresh(): Promise<void> {
    const files = await vscode.workspace.findFiles(GLOB, '**/node_modules/**', MAX_FILES);
    const found = new Set(files.map((u) => u.toString()));
    for (const key of [...this.entries.keys()]) if (!found.has(key)) this.entries.delete(key);
    for (const uri of files) {
      const known = this.entries.get(uri.toString());
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
      if (known && !open && known.mtime === (await statTime(uri))) continue;
      await this.update(uri);
    }
    await this.show();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    try {
      const { config } = await this.services.configs.configFor(uri);
      if (!config.clinicians?.length) {
        this.entries.delete(key);
        return;
      }
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const core = await loadCore();
      const summary = core.signingSummary(text, config.clinicians);
      const unsigned = summary.status === 'unsigned' || summary.status === 'unsigned-addendum';
      const mtime = await statTime(uri);
      const day = summary.visit ? core.localDay(summary.visit) : core.localDay(new Date(mtime));
      this.entries.set(key, { unsigned, mtime, day, visit: summary.visit });
    } catch {
      this.entries.delete(key); // gone or unreadable: not counted
    }
  }

  /** Today's unsigned notes, in visit order (looked for again first: the list must be complete). */
  async today(): Promise<vscode.Uri[]> {
    await this.start();
    await (this.pending = this.pending.then(() => this.refresh()));
    const { localDay } = await loadCore();
    const today = localDay(new Date());
    return [...this.entries].filter(([, e]) => e.unsigned && e.day === today)
      .sort(([, a], [, b]) => (a.visit?.getTime() ?? 0) - (b.visit?.getTime() ?? 0))
      .map(([k]) => vscode.Uri.parse(k));
  }

  private async show(): Promise<void> {
    if (!this.started) return;
    const { localDay } = await loadCore();
    const today = localDay(new Date());
    const count = [...this.entries.values()].filter((e) => e.unsigned && e.day === today).length;
    this.item.text = `$(edit) ${count} unsigned today`;
    this.item.tooltip = 'Notes of today\'s visits not signed yet (or with an addendum not signed). Click to list them.';
    if (count) this.item.show();
    else this.item.hide();
    this.count = count;
  }

  count = 0;

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

async function statTime(uri: vscode.Uri): Promise<number> {
  try {
    return (await vscode.workspace.fs.stat(uri)).mtime;
  } catch {
    return -1;
  }
}

export const signUnsignedFeature: Feature = {
  name: 'unsigned notes status bar and list',
  register(services) {
    const notes = new UnsignedNotes(services);
    services.context.subscriptions.push(
      notes,
      vscode.commands.registerCommand('dnSoap.listUnsigned', async () => {
        const uris = await notes.today();
        if (!uris.length) {
          void vscode.window.showInformationMessage('No unsigned notes from today\'s visits.');
          return;
        }
        const picked = await vscode.window.showQuickPick(uris.map((u) => ({ label: vscode.workspace.asRelativePath(u), u })), { title: 'Unsigned notes from today', placeHolder: 'Open a note to sign it' });
        if (picked) await vscode.window.showTextDocument(picked.u, { preview: false });
      }),
      // Internal, for the integration tests: today's unsigned notes, as the status bar counts them.
      vscode.commands.registerCommand('dnSoap._unsignedToday', async () => {
        const uris = await notes.today();
        return { count: uris.length, uris: uris.map((u) => u.toString()), text: notes.count ? `${notes.count} unsigned today` : '' };
      }),
    );
  },
};
