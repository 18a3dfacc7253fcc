import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config/config';
import type { CourseContext } from '../core/course/context';
import type { Course, CourseIndex, CourseSummary } from '../core/course/index';
import type { Visit } from '../core/course/visit';
import type { ConfigStore } from './config-store';
import { loadCore, type Core } from './core';
import { LANGUAGE_ID } from './linter';

// The workspace's patient index: every note's front matter (patient, episode, visit, date) by
// URI, grouped into courses by the core's CourseIndex. Built on first need (the first lint or the
// timeline), never at activation; kept current by a file watcher and by the edits in open notes,
// one note at a time. The full facts of a note (scores, needling, consent) are read only when a
// course needs them and kept until the note changes. Nothing here is written anywhere or logged:
// the index lives in memory only.

const YIELD_EVERY = 192;
const READS_IN_FLIGHT = 16;
const EDIT_DEBOUNCE_MS = 300;
const FOLDER_DEBOUNCE_MS = 500;
/**
 * How often the folders of the courses on screen are checked against the disk. File watchers miss
 * events (network and synced folders, a busy machine, a folder copied in whole), so a note written
 * or changed beside the one being read still reaches its course, a few seconds late at worst.
 */
const RECONCILE_MS = 5000;

export class NoteIndex implements vscode.Disposable {
  private core: Core | undefined;
  private index: CourseIndex | undefined;
  private building: Promise<void> | undefined;
  private readonly facts = new Map<string, { stamp: string; visit: Visit }>();
  private readonly headers = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<ReadonlySet<string>>();
  /** Fires with the course keys whose notes changed (the open notes of those courses need a new lint). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private pending = new Set<string>();
  private firing: ReturnType<typeof setTimeout> | undefined;
  /** What each note read from disk was (mtime:size), to tell a change the watcher did not report. */
  private readonly diskStamps = new Map<string, string>();
  /** Sources of the course keys on screen (open notes, timelines); their folders are reconciled. */
  private readonly onScreen = new Set<() => Iterable<string>>();
  private reconcileTimer: ReturnType<typeof setInterval> | undefined;
  private reconciling = false;

  constructor(private readonly configs: ConfigStore) {}

  /** Starts the build on first call; resolves when every note of the workspace is indexed. */
  ready(): Promise<void> {
    return (this.building ??= this.build());
  }

  get isReady(): boolean {
    return this.index !== undefined && this.building !== undefined && !this.scanning;
  }

  private scanning = false;

  private async build(): Promise<void> {
    this.core = await loadCore();
    this.index = new this.core.CourseIndex();
    this.scanning = true;
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    // A folder created or deleted whole (a patient's folder copied in, moved or removed) may be
    // reported once, for the folder, without an event for each note in it.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      watcher,
      folders,
      folders.onDidCreate((uri) => { if (!/\.md$/i.test(uri.path)) this.folderSoon(uri); }),
      folders.onDidDelete((uri) => { if (!/\.md$/i.test(uri.path)) this.dropUnder(uri); }),
      watcher.onDidCreate((uri) => this.soon(uri)),
      watcher.onDidChange((uri) => this.soon(uri)),
      watcher.onDidDelete((uri) => this.drop(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document.languageId === LANGUAGE_ID && e.contentChanges.length) this.soon(e.document.uri); }),
      // A closed note's text is what is on disk again.
      vscode.workspace.onDidCloseTextDocument((d) => { if (d.languageId === LANGUAGE_ID) this.soon(d.uri); }),
      // A changed configuration (vocabulary, date order, payer profiles) changes the facts and the
      // reminders, not which files exist: no new search (include/exclude apply from the next window).
      this.configs.onDidChange(() => this.refresh()),
    );
    await this.scan();
  }

  private async scan(): Promise<void> {
    this.scanning = true;
    const seen = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const { config } = await this.configs.configFor(folder.uri);
      const uris = await vscode.workspace.findFiles(...this.patterns(folder, config));
      // Several reads in flight (each is a round trip to the file system provider), and a pause
      // now and then so the extension host stays responsive while a large workspace is read.
      for (let at = 0; at < uris.length; at += READS_IN_FLIGHT) {
        const batch = uris.slice(at, at + READS_IN_FLIGHT);
        for (const uri of batch) seen.add(uri.toString());
        await Promise.all(batch.map((uri) => this.readHeader(uri, config)));
        if ((at / READS_IN_FLIGHT) % (YIELD_EVERY / READS_IN_FLIGHT) === 0) await new Promise((r) => setTimeout(r, 0));
      }
    }
    // Open notes count whatever their folder or the include patterns: they are being checked.
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.languageId !== LANGUAGE_ID) continue;
      seen.add(doc.uri.toString());
      this.upsertText(doc.uri, doc.getText(), (await this.configs.configFor(doc.uri)).config);
    }
    for (const path of [...this.index!.paths()]) if (!seen.has(path)) this.remove(path);
    this.scanning = false;
    this.fire(new Set(this.index!.courses().map((c) => c.key)));
  }

  /** The folder's include and exclude globs from its configuration, as findFiles takes them. */
  private patterns(folder: vscode.WorkspaceFolder, config: ResolvedConfig): [vscode.RelativePattern, vscode.RelativePattern | null] {
    const glob = (list: string[]) => (list.length === 1 ? list[0] : `{${list.join(',')}}`);
    return [new vscode.RelativePattern(folder, glob(config.include)), config.exclude.length ? new vscode.RelativePattern(folder, glob(config.exclude)) : null];
  }

  private refresh(): void {
    if (!this.index || this.scanning) return;
    this.facts.clear();
    this.fire(new Set(this.index.courses().map((c) => c.key)));
  }

  private async readText(uri: vscode.Uri): Promise<{ text: string; stamp: string } | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return { text: open.getText(), stamp: `v${open.version}` };
    try {
      const [stat, bytes] = await Promise.all([vscode.workspace.fs.stat(uri), vscode.workspace.fs.readFile(uri)]);
      if (stat.type !== vscode.FileType.File || bytes.subarray(0, 8192).includes(0)) return undefined;
      const stamp = `${stat.mtime}:${stat.size}`;
      this.diskStamps.set(uri.toString(), stamp);
      return { text: new TextDecoder().decode(bytes), stamp };
    } catch {
      return undefined; // gone or unreadable: not part of any course
    }
  }

  private async readHeader(uri: vscode.Uri, config: ResolvedConfig): Promise<void> {
    const r = await this.readText(uri);
    if (r) this.upsertText(uri, r.text, config);
    else this.remove(uri.toString());
  }

  /** Places a note by its current text; fires for the courses it left and joined. */
  private upsertText(uri: vscode.Uri, text: string, config: ResolvedConfig): void {
    const key = uri.toString();
    const header = this.core!.readHeader(text, config.course.dateOrder);
    const signature = JSON.stringify(header);
    if (this.headers.get(key) === signature) return;
    const before = this.index!.keyOf(key);
    this.headers.set(key, signature);
    this.index!.upsert(key, header);
    const after = this.index!.keyOf(key);
    this.fire(new Set([before, after].filter((k): k is string => Boolean(k))));
  }

  private remove(key: string): void {
    const before = this.index?.keyOf(key);
    this.index?.remove(key);
    this.headers.delete(key);
    this.facts.delete(key);
    this.diskStamps.delete(key);
    if (before) this.fire(new Set([before]));
  }

  /** A note changed on disk or in an editor: read it again shortly (edits come in bursts). */
  private soon(uri: vscode.Uri): void {
    if (!this.index || !/\.md$/i.test(uri.path)) return;
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void (async () => {
        const had = this.index!.keyOf(key);
        this.facts.delete(key);
        const { config } = await this.configs.configFor(uri);
        await this.readHeader(uri, config);
        // Same patient and visit, other content (a score, a muscle): the later notes of the course still change.
        const now = this.index!.keyOf(key);
        this.fire(new Set([had, now].filter((k): k is string => Boolean(k))));
      })();
    }, EDIT_DEBOUNCE_MS));
  }

  private createdFolders = new Set<string>();
  private folderTimer: ReturnType<typeof setTimeout> | undefined;

  /** Something that is not a note was created: if it is a folder, its notes are read shortly. */
  private folderSoon(uri: vscode.Uri): void {
    if (!this.index) return;
    this.createdFolders.add(uri.toString());
    clearTimeout(this.folderTimer);
    this.folderTimer = setTimeout(() => void this.readCreatedFolders(), FOLDER_DEBOUNCE_MS);
  }

  /** Reads the notes under the folders created since the last call that the index does not hold yet. */
  private async readCreatedFolders(): Promise<void> {
    const created = [...this.createdFolders].map((u) => `${u.replace(/\/$/, '')}/`);
    this.createdFolders.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const mine = created.filter((c) => c.startsWith(`${folder.uri.toString().replace(/\/$/, '')}/`));
      if (!mine.length) continue;
      const { config } = await this.configs.configFor(folder.uri);
      const uris = await vscode.workspace.findFiles(...this.patterns(folder, config));
      const fresh = uris.filter((u) => !this.headers.has(u.toString()) && mine.some((c) => u.toString().startsWith(c)));
      await Promise.all(fresh.map((u) => this.readHeader(u, config)));
    }
  }

  /** A folder was deleted: its notes are gone too. */
  private dropUnder(uri: vscode.Uri): void {
    if (!this.index) return;
    const prefix = `${uri.toString().replace(/\/$/, '')}/`;
    for (const key of [...this.headers.keys()]) if (key.startsWith(prefix)) this.remove(key);
  }

  private drop(uri: vscode.Uri): void {
    if (!this.index) return;
    this.remove(uri.toString());
  }

  private fire(keys: ReadonlySet<string>): void {
    if (this.scanning || !keys.size) return;
    for (const k of keys) this.pending.add(k);
    clearTimeout(this.firing);
    this.firing = setTimeout(() => {
      const all = this.pending;
      this.pending = new Set();
      this.changed.fire(all);
    }, 50);
  }

  /** The full facts of a note, read once per version. */
  async visit(key: string, config: ResolvedConfig): Promise<Visit | undefined> {
    const uri = vscode.Uri.parse(key);
    // A closed note's facts stand until the watcher reports a change (no disk access per keystroke);
    // an open note's are checked against its version.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const cached = this.facts.get(key);
    if (cached && (open ? cached.stamp === `v${open.version}` : !cached.stamp.startsWith('v'))) return cached.visit;
    const r = await this.readText(uri);
    if (!r) return undefined;
    const known = this.facts.get(key);
    if (known && known.stamp === r.stamp) return known.visit;
    try {
      const visit = this.core!.visitOfText(r.text, config);
      this.facts.set(key, { stamp: r.stamp, visit });
      return visit;
    } catch {
      return undefined;
    }
  }

  /**
   * The course context for a note being linted with `text`: the earlier visits of its patient
   * and episode. Undefined while the index is being built (the note is linted again when it is
   * ready) or when the note names no patient.
   */
  async courseFor(doc: vscode.TextDocument, config: ResolvedConfig, text: string): Promise<CourseContext | undefined> {
    if (!this.isReady) {
      void this.ready();
      return undefined;
    }
    if (doc.uri.scheme === 'untitled') return undefined;
    this.upsertText(doc.uri, text, config);
    const key = doc.uri.toString();
    const course = this.index!.courseOf(key);
    if (!course) return undefined;
    const earlier = course.entries.slice(0, course.entries.findIndex((e) => e.path === key));
    const visits = new Map<string, Visit | undefined>();
    for (const e of earlier) visits.set(e.path, await this.visit(e.path, config));
    return this.core!.contextFor({ ...course, entries: course.entries.filter((e) => e.path === key || visits.get(e.path)) }, key, (p) => visits.get(p));
  }

  /** Reads a note now (the timeline asked for it before the watcher or the linter got to it). */
  async place(uri: vscode.Uri): Promise<void> {
    await this.ready();
    const { config } = await this.configs.configFor(uri);
    await this.readHeader(uri, config);
  }

  courseKeyOf(uri: vscode.Uri): string | undefined {
    return this.index?.keyOf(uri.toString());
  }

  course(key: string): Course | undefined {
    return this.index?.course(key);
  }

  courses(): CourseSummary[] {
    return this.index?.courses() ?? [];
  }

  /** Full facts of every note of a course, by URI. */
  async courseVisits(course: Course, config: ResolvedConfig): Promise<Map<string, Visit>> {
    const out = new Map<string, Visit>();
    for (const e of course.entries) {
      const v = await this.visit(e.path, config);
      if (v) out.set(e.path, v);
    }
    return out;
  }

  /** Keeps the folders of the courses `keys` names checked against the disk while it is registered. */
  keepFresh(keys: () => Iterable<string>): vscode.Disposable {
    this.onScreen.add(keys);
    this.reconcileTimer ??= setInterval(() => void this.reconcile(), RECONCILE_MS);
    return new vscode.Disposable(() => {
      this.onScreen.delete(keys);
      if (!this.onScreen.size) {
        clearInterval(this.reconcileTimer);
        this.reconcileTimer = undefined;
      }
    });
  }

  /** Notes added, changed or removed in the folders of the courses on screen, whatever the watcher reported. */
  private async reconcile(): Promise<void> {
    if (!this.index || this.scanning || this.reconciling) return;
    this.reconciling = true;
    try {
      // Each folder holding a note of a course on screen, with those notes.
      const folders = new Map<string, { dir: vscode.Uri; notes: Set<string> }>();
      for (const source of this.onScreen) {
        for (const key of source()) {
          for (const e of this.index.course(key)?.entries ?? []) {
            const dir = vscode.Uri.joinPath(vscode.Uri.parse(e.path), '..');
            const f = folders.get(dir.toString()) ?? folders.set(dir.toString(), { dir, notes: new Set() }).get(dir.toString())!;
            f.notes.add(e.path);
          }
        }
      }
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      for (const { dir, notes } of folders.values()) await this.reconcileFolder(dir, notes, open);
    } finally {
      this.reconciling = false;
    }
  }

  /** New notes in the folder are read; the course's own notes there are read again if changed, dropped if gone. */
  private async reconcileFolder(dir: vscode.Uri, notes: ReadonlySet<string>, open: ReadonlySet<string>): Promise<void> {
    let names: [string, vscode.FileType][];
    try {
      names = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return; // unreadable for now: the watcher reports a folder that is gone
    }
    const listed = new Set<string>();
    for (const [name, type] of names) {
      if (type !== vscode.FileType.File || !/\.md$/i.test(name)) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      const key = uri.toString();
      listed.add(key);
      if (open.has(key)) continue;
      if (!this.headers.has(key)) {
        this.soon(uri);
        continue;
      }
      if (!notes.has(key)) continue;
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      const seen = this.diskStamps.get(key);
      if (stat && seen !== undefined && seen !== `${stat.mtime}:${stat.size}`) this.soon(uri);
    }
    for (const key of notes) {
      if (!listed.has(key) && !open.has(key)) this.remove(key);
    }
  }

  dispose(): void {
    clearInterval(this.reconcileTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.folderTimer);
    clearTimeout(this.firing);
    for (const d of this.disposables) d.dispose();
  }
}

const instances = new WeakMap<vscode.ExtensionContext, NoteIndex>();

/** The one index of the extension, shared by the course features; constructing it reads nothing. */
export function noteIndexFor(context: vscode.ExtensionContext, configs: ConfigStore): NoteIndex {
  let index = instances.get(context);
  if (!index) {
    index = new NoteIndex(configs);
    instances.set(context, index);
    context.subscriptions.push(index);
  }
  return index;
}
