// "Dry Needling: Show Patient Timeline": the course of care of the patient of the open note (or
// one picked from the workspace's patients) in a webview: scores per visit against the smallest
// change that matters, needling by muscle and side, adverse events, what is due, problems in the
// notes, and the body chart. The page runs no script (enableScripts false, CSP default-src
// 'none'); its links are command URIs limited to one internal command that opens a note at a line,
// by a token the panel hands out (no file path in the page). It follows changes to the notes.
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature, Services } from '../feature';
import { isNote } from '../linter';
import { noteIndexFor, type NoteIndex } from '../note-index';
import { openQuietly } from '../open-quietly';

const OPEN_COMMAND = 'dnSoap.openCourseNote';
const RENDER_DEBOUNCE_MS = 250;

class TimelinePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Notes the page links to, by token (the position in this list). */
  private links: string[] = [];
  lastHtml = '';
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, private key: string, private readonly services: Services, private readonly index: NoteIndex, private readonly onDispose: () => void) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      index.onDidChange((keys) => { if (keys.has(this.key)) this.schedule(); }),
      // Its notes may all be closed: the panel keeps its course's folders checked.
      index.keepFresh(() => [this.key]),
    );
  }

  show(key: string): Promise<void> {
    this.key = key;
    return this.render();
  }

  /** The note behind a link token. */
  target(token: number): string | undefined {
    return this.links[token];
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), RENDER_DEBOUNCE_MS);
  }

  async render(): Promise<void> {
    const core = await loadCore();
    const course = this.index.course(this.key);
    if (this.disposed) return;
    if (!course) {
      this.lastHtml = emptyPage(core.TIMELINE_CSP);
      this.panel.webview.html = this.lastHtml;
      return;
    }
    const { config } = await this.services.configs.configFor(vscode.Uri.parse(course.entries[course.entries.length - 1].path));
    const visits = await this.index.courseVisits(course, config);
    if (this.disposed) return;
    this.links = course.entries.map((e) => e.path);
    const href = (path: string, line?: number) => `command:${OPEN_COMMAND}?${encodeURIComponent(JSON.stringify([this.links.indexOf(path), line ?? 1]))}`;
    const name = (path: string) => decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
    const options = core.timelineOptions({ course, full: (p) => visits.get(p), config, today: core.isoDay(new Date()), href, name, linkProblems: true });
    this.lastHtml = core.renderTimelineHtml(options);
    this.panel.webview.html = this.lastHtml;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

function emptyPage(csp: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><title>Patient timeline</title></head>`
    + '<body><p>The notes of this patient are no longer in the workspace.</p></body></html>';
}

/** The course to show: the one of the given or active note, else one the user picks. */
async function chooseCourse(index: NoteIndex, uri: vscode.Uri | undefined): Promise<string | undefined> {
  const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  const target = uri ?? (doc && isNote(doc) ? doc.uri : undefined);
  if (target) {
    if (!index.courseKeyOf(target)) await index.place(target);
    const key = index.courseKeyOf(target);
    if (key) return key;
  }
  const courses = index.courses();
  if (!courses.length) {
    void vscode.window.showInformationMessage('No note in this workspace names a patient. Add "patient: <id>" to the front matter of the notes to see their timeline.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(courses.map((c) => ({
    label: c.patient, description: c.episode ? `episode ${c.episode}` : undefined,
    detail: `${c.notes} ${c.notes === 1 ? 'note' : 'notes'}${c.first ? `, ${c.first} to ${c.last}` : ''}`, key: c.key,
  })), { placeHolder: target ? 'This note names no patient. Show the timeline of which patient?' : 'Show the timeline of which patient?', matchOnDescription: true });
  return picked?.key;
}

export function registerTimeline(services: Services): void {
  const { context, configs } = services;
  const index = noteIndexFor(context, configs);
  let current: TimelinePanel | undefined;
  let lastHtml = '';

  const show = async (uri?: vscode.Uri): Promise<vscode.WebviewPanel | undefined> => {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Reading the patient notes' }, () => index.ready());
    const key = await chooseCourse(index, uri instanceof vscode.Uri ? uri : undefined);
    if (!key) return undefined;
    if (current) {
      current.panel.reveal(vscode.ViewColumn.Beside, true);
      await current.show(key);
      return current.panel;
    }
    const panel = vscode.window.createWebviewPanel('dnSoap.timeline', 'Patient Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: false, enableForms: false, enableCommandUris: [OPEN_COMMAND], localResourceRoots: [], retainContextWhenHidden: false,
    });
    const timeline = new TimelinePanel(panel, key, services, index, () => {
      lastHtml = timeline.lastHtml;
      if (current === timeline) current = undefined;
    });
    current = timeline;
    await timeline.render();
    return panel;
  };

  const open = async (token: unknown, line: unknown) => {
    const target = typeof token === 'number' ? current?.target(token) : undefined;
    if (!target) return;
    const doc = await openQuietly(vscode.Uri.parse(target));
    if (!doc) return;
    const at = typeof line === 'number' && line >= 1 ? Math.min(line - 1, doc.lineCount - 1) : 0;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    editor.selection = new vscode.Selection(at, 0, at, 0);
    editor.revealRange(new vscode.Range(at, 0, at, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('dnSoap.showPatientTimeline', show),
    vscode.commands.registerCommand(OPEN_COMMAND, open),
    // For the real-editor tests: the HTML last rendered into the timeline.
    vscode.commands.registerCommand('dnSoap._timelineHtml', () => current?.lastHtml ?? lastHtml),
    { dispose: () => current?.dispose() },
  );
}

export const courseTimelineFeature: Feature = {
  name: 'patient timeline',
  register(services) {
    registerTimeline(services);
  },
};

