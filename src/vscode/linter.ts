import * as vscode from 'vscode';
import type { ResolvedConfig } from '../core/config/config';
import type { CourseContext } from '../core/course/context';
import type { Note } from '../core/model/note';
import type { Finding, Severity } from '../core/types';
import type { ConfigStore } from './config-store';
import { loadCore } from './core';
import { ruleDocUrl } from '../core/engine/rule-docs';
import { version } from '../../package.json';

// Live diagnostics. A keystroke only (re)arms a per-document timer; the lint runs ~300 ms
// after typing stops. Each scheduled run takes a generation number, and a result whose
// generation or document version is no longer current is dropped, so a slow config read
// can never publish findings for text that has since changed.
// With dnSoap.completenessChecks "onSave", findings of checks that something is written at all
// (consent, aftercare, a count…) are held back while the note has unsaved edits: a clinician
// writing top to bottom is not told about the Plan while still on the Subjective.

export const LANGUAGE_ID = 'dn-soap';
export const DIAGNOSTIC_SOURCE = 'dn-soap';
export const DEBOUNCE_MS = 300;

export interface LintState {
  version: number;
  note: Note;
  findings: Finding[];
  config: ResolvedConfig;
}

/** The patient's earlier visits for a note (the course-of-care feature's note index); undefined when not known yet. */
export type CourseProvider = (doc: vscode.TextDocument, config: ResolvedConfig, text: string) => Promise<CourseContext | undefined>;

export type LintOutcome = { kind: 'linted'; state: LintState } | { kind: 'too-large'; bytes: number; limit: number };

/** When completeness findings show: while typing, or once the note is saved (dnSoap.completenessChecks). */
export type CompletenessChecks = 'live' | 'onSave';

export function completenessChecks(doc: vscode.TextDocument): CompletenessChecks {
  return vscode.workspace.getConfiguration('dnSoap', doc.uri).get<string>('completenessChecks') === 'onSave' ? 'onSave' : 'live';
}

/** The target of a diagnostic's code: the rule's published page at this version's tag (core/engine/rule-docs.ts). */
export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(ruleDocUrl(ruleId, version));
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(f: Finding): vscode.Diagnostic {
  const r = f.range;
  const d = new vscode.Diagnostic(new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: ruleDocUri(f.ruleId) };
  return d;
}

export function isNote(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID;
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly states = new Map<string, LintOutcome & { version: number }>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly toldTooLarge = new Set<string>();
  private readonly linted = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's findings were published (or it was found too large). */
  readonly onDidLint = this.linted.event;
  private readonly disposables: vscode.Disposable[] = [];
  private courseProvider: CourseProvider | undefined;
  /** Ids of the rules marked `completeness` (known once the core is loaded). */
  private completenessRules: ReadonlySet<string> = new Set();

  constructor(private readonly configs: ConfigStore) {
    this.disposables.push(
      this.diagnostics, this.linted,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document, DEBOUNCE_MS); }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      configs.onDidChange(() => this.relintAll()),
    );
    // Notes already open when the extension activates: lint them after activation returns.
    setTimeout(() => this.relintAll(), 0);
  }

  /** Course of care: where the course context of a note comes from (set by the course feature). */
  setCourseProvider(provider: CourseProvider): void {
    this.courseProvider = provider;
  }

  relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  schedule(doc: vscode.TextDocument, delay: number): void {
    if (!isNote(doc)) {
      // A note whose language was switched away keeps no stale findings.
      if (this.states.has(doc.uri.toString())) this.forget(doc.uri);
      return;
    }
    const key = doc.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.run(doc, generation).catch((e) => console.error(`dn-soap: lint failed (${e instanceof Error ? e.name : 'error'})`));
    }, delay));
  }

  private async run(doc: vscode.TextDocument, generation: number): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    const outcome = await this.compute(doc);
    if (this.generations.get(key) !== generation || doc.isClosed || doc.version !== version || !isNote(doc)) return; // stale
    this.publish(doc, outcome);
  }

  private publish(doc: vscode.TextDocument, outcome: LintOutcome): void {
    const key = doc.uri.toString();
    this.states.set(key, { ...outcome, version: doc.version });
    if (outcome.kind === 'linted') {
      this.diagnostics.set(doc.uri, this.shown(doc, outcome.state).map(toDiagnostic));
    } else {
      this.diagnostics.delete(doc.uri);
      if (!this.toldTooLarge.has(key)) {
        this.toldTooLarge.add(key);
        const lintAll = 'Lint All Notes';
        void vscode.window.showInformationMessage(
          `This note is not checked while you type: it is over ${outcome.limit.toLocaleString('en')} bytes. Use "Dry Needling SOAP: Lint All Notes in Workspace", or raise the setting dnSoap.maxLiveLintBytes.`,
          lintAll,
        ).then((choice) => (choice === lintAll ? vscode.commands.executeCommand('dnSoap.lintWorkspace') : undefined), () => undefined);
      }
    }
    this.linted.fire(doc);
  }

  private async compute(doc: vscode.TextDocument): Promise<LintOutcome> {
    const { config, maxLiveLintBytes } = await this.configs.configFor(doc.uri);
    const text = doc.getText();
    // UTF-8 size; the exact count only when the cheap bound says it could matter.
    const bytes = text.length * 3 > maxLiveLintBytes ? new TextEncoder().encode(text).length : text.length;
    if (bytes > maxLiveLintBytes) return { kind: 'too-large', bytes, limit: maxLiveLintBytes };
    const { lint, rules } = await loadCore();
    if (!this.completenessRules.size) this.completenessRules = new Set(rules.filter((r) => r.meta.completeness).map((r) => r.meta.id));
    // A course context that cannot be had (index still building, a note unreadable) only leaves the reminders out.
    const course = await this.courseProvider?.(doc, config, text).catch(() => undefined);
    const { note, findings } = lint(text, config, { course });
    return { kind: 'linted', state: { version: doc.version, note, findings, config } };
  }

  /**
   * The findings shown for the document: all of them, except that with completenessChecks "onSave"
   * the completeness findings wait while the note has unsaved edits. Hover and quick fixes follow
   * what is shown.
   */
  shown(doc: vscode.TextDocument, state: LintState): Finding[] {
    if (!doc.isDirty || completenessChecks(doc) === 'live') return state.findings;
    return state.findings.filter((f) => !this.completenessRules.has(f.ruleId));
  }

  /** The last outcome for the document if it matches its current text. */
  current(doc: vscode.TextDocument): LintOutcome | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.version === doc.version ? s : undefined;
  }

  /** The configuration the document was last linted with, whatever its version (for the clinic vocabulary in completions). */
  lastConfig(doc: vscode.TextDocument): ResolvedConfig | undefined {
    const s = this.states.get(doc.uri.toString());
    return s?.kind === 'linted' ? s.state.config : undefined;
  }

  /** Findings for the document's current text: the published ones, or a fresh lint (and publish) if they are behind. */
  async stateFor(doc: vscode.TextDocument): Promise<LintState | undefined> {
    if (!isNote(doc)) return undefined;
    const known = this.current(doc);
    if (known) return known.kind === 'linted' ? known.state : undefined;
    const version = doc.version;
    const outcome = await this.compute(doc);
    if (doc.version !== version) return undefined;
    const key = doc.uri.toString();
    // Supersede any pending run: these findings are for the current text.
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.publish(doc, outcome);
    return outcome.kind === 'linted' ? outcome.state : undefined;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.states.delete(key);
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
