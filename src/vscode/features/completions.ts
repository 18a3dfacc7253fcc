// Completion provider for dn-soap notes. The logic lives in the core (complete.ts) as plain
// data; this file maps it to CompletionItems. The core is loaded on the first request, not at
// activation, and the parsed note is kept per document version so typing re-parses at most once.
import * as vscode from 'vscode';
import type { CompletionEntry } from '../../core/editor/complete';
import type { Note } from '../../core/model/note';

import { loadCore } from '../core';
import type { Linter } from '../linter';
import type { Feature } from '../feature';

const KINDS: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  muscle: vscode.CompletionItemKind.Value,
  side: vscode.CompletionItemKind.EnumMember,
  needle: vscode.CompletionItemKind.Unit,
  technique: vscode.CompletionItemKind.Keyword,
  response: vscode.CompletionItemKind.Event,
  code: vscode.CompletionItemKind.Constant,
  key: vscode.CompletionItemKind.Property,
};

class NoteCache {
  private readonly notes = new Map<string, { version: number; note: Note }>();

  constructor(private readonly parse: (text: string) => Note) {}

  get(doc: vscode.TextDocument): Note {
    const key = doc.uri.toString();
    const hit = this.notes.get(key);
    if (hit && hit.version === doc.version) return hit.note;
    const note = this.parse(doc.getText());
    this.notes.set(key, { version: doc.version, note });
    return note;
  }

  forget(doc: vscode.TextDocument): void {
    this.notes.delete(doc.uri.toString());
  }
}

export class DnCompletionProvider implements vscode.CompletionItemProvider {
  private cache?: NoteCache;
  /**
   * Muscles offered, by the text they insert: accepting one runs a command that remembers it.
   * The command carries no arguments: VS Code keeps a command's arguments only while its list lives, and a list that is
   * asked again on every keystroke is often gone by the time Tab has inserted the item
   * ("Actual command not found"). So the command reads what was just inserted from here.
   */
  readonly followUps = new Map<string, CompletionEntry>();

  constructor(private readonly linter?: Linter) {}

  /** Muscle ids the clinic needled recently in this workspace, most recent first. */
  recent?: () => readonly string[];

  async provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList> {
    const c = await loadCore();
    const cache = (this.cache ??= new NoteCache(c.parseNote));
    const text = doc.getText();
    const offset = doc.offsetAt(position);
    // The note is only parsed when the context needs it (billing), and then once per version;
    // the linter's note is reused when it is for this very text. Its configuration brings the
    // clinic's own muscles, even while typing has moved the text past the last lint.
    const linted = this.linter?.current(doc);
    const state = linted?.kind === 'linted' ? linted.state : undefined;
    const note = c.needsNote(text, offset) ? (state?.note ?? cache.get(doc)) : undefined;
    const result = c.completeAt(text, offset, note, state?.config ?? this.linter?.lastConfig(doc), { recentMuscles: this.recent?.() });
    if (this.followUps.size > 1000) this.followUps.clear();
    for (const e of result.items) if (hasFollowUp(e)) this.followUps.set(e.insertText ?? e.label, e);
    // Re-asked on every keystroke: the core ranks by the whole phrase typed so far ("glute m").
    return new vscode.CompletionList(result.items.map((e) => toItem(doc, e)), result.incomplete);
  }

  /** The item the text before the cursor ends with (the one just accepted), the longest if several. */
  justAccepted(lineBefore: string): CompletionEntry | undefined {
    let best: CompletionEntry | undefined;
    for (const [inserted, e] of this.followUps) {
      if (lineBefore.endsWith(inserted) && inserted.length > (best?.insertText ?? best?.label ?? '').length) best = e;
    }
    return best;
  }

  forget(doc: vscode.TextDocument): void {
    this.cache?.forget(doc);
  }
}

function toItem(doc: vscode.TextDocument, e: CompletionEntry): vscode.CompletionItem {
  const item = new vscode.CompletionItem(e.label, KINDS[e.kind]);
  item.detail = e.detail;
  if (e.documentation) item.documentation = new vscode.MarkdownString(e.documentation);
  item.insertText = e.insertText ?? e.label;
  item.filterText = e.filterText;
  item.sortText = e.sortText;
  item.range = new vscode.Range(doc.positionAt(e.replaceStart), doc.positionAt(e.replaceEnd));
  // Accepting a muscle remembers it for ranking.
  if (hasFollowUp(e)) item.command = { title: '', command: AFTER_COMPLETION };
  return item;
}

const hasFollowUp = (e: CompletionEntry) => e.kind === 'muscle';

const AFTER_COMPLETION = 'dnSoap._afterCompletion';
const RECENT_KEY = 'dnSoap.recentMuscles';
const RECENT_MAX = 30;

// "." for a needle size ("0."); a space or "|" asks again, but nothing is offered until something is typed.
export const TRIGGER_CHARACTERS = [' ', '|', '.'];

export function registerCompletions(context: vscode.ExtensionContext, linter?: Linter): void {
  const provider = new DnCompletionProvider(linter);
  const names = new Map<string, string>();
  provider.recent = () => context.workspaceState.get<string[]>(RECENT_KEY, []);
  context.subscriptions.push(
    // After a muscle is accepted: remember it for ranking. (An entry's `retrigger` is not acted on:
    // nothing is offered before something is typed, so asking again at once would only show
    // "No suggestions." and keep that empty list open while the next field is typed; the list
    // opens by itself at the next character.)
    vscode.commands.registerCommand(AFTER_COMPLETION, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const cursor = editor.selection.active;
      const accepted = provider.justAccepted(editor.document.lineAt(cursor.line).text.slice(0, cursor.character));
      if (accepted?.kind !== 'muscle') return;
      // Stored by id (names change with the clinic vocabulary); only ids, never note text.
      const { defaultConfig } = await loadCore();
      const id = names.get(accepted.label) ?? defaultConfig().vocabulary.lookupMuscle(accepted.label)?.id;
      if (!id) return;
      names.set(accepted.label, id);
      const list = [id, ...provider.recent!().filter((x) => x !== id)].slice(0, RECENT_MAX);
      await context.workspaceState.update(RECENT_KEY, list);
    }),
    vscode.languages.registerCompletionItemProvider({ language: 'dn-soap' }, provider, ...TRIGGER_CHARACTERS),
    vscode.workspace.onDidCloseTextDocument((doc) => provider.forget(doc)),
  );
}

export const completionsFeature: Feature = {
  name: 'completions',
  register({ context, linter }) {
    registerCompletions(context, linter);
  },
};
