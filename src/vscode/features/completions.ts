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
    // Re-asked on every keystroke: the core ranks by the whole phrase typed so far ("glute m").
    return new vscode.CompletionList(result.items.map((e) => toItem(doc, e)), result.incomplete);
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
  // Accepting a muscle remembers it for ranking and opens the list for the next field.
  if (e.retrigger || e.kind === 'muscle') item.command = { title: '', command: AFTER_COMPLETION, arguments: [{ muscle: e.kind === 'muscle' ? e.label : undefined, retrigger: Boolean(e.retrigger) }] };
  return item;
}

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
    vscode.commands.registerCommand(AFTER_COMPLETION, async (args: { muscle?: string; retrigger: boolean }) => {
      if (args.muscle) {
        // Stored by id (names change with the clinic vocabulary); only ids, never note text.
        const { defaultConfig } = await loadCore();
        const id = names.get(args.muscle) ?? defaultConfig().vocabulary.lookupMuscle(args.muscle)?.id;
        if (id) {
          names.set(args.muscle, id);
          const list = [id, ...provider.recent!().filter((x) => x !== id)].slice(0, RECENT_MAX);
          await context.workspaceState.update(RECENT_KEY, list);
        }
      }
      if (args.retrigger) await vscode.commands.executeCommand('editor.action.triggerSuggest');
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
