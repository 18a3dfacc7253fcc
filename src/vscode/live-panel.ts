// A webview panel that shows one document and follows its edits, re-rendered after typing
// pauses. The previews (note, handout) differ only in how they render.
import * as vscode from 'vscode';

export abstract class LivePanel implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  protected disposed = false;
  /** The page last shown (tests read it). */
  html = '';

  constructor(readonly panel: vscode.WebviewPanel, protected doc: vscode.TextDocument, private readonly debounceMs: number, private readonly onDispose: () => void) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) this.schedule();
      }),
    );
  }

  show(doc: vscode.TextDocument): Promise<void> {
    this.doc = doc;
    return this.render();
  }

  /** Renders `this.doc` into the panel (sets `html`); returns early once disposed. */
  abstract render(): Promise<void>;

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), this.debounceMs);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}
