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

  async provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
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
    const result = c.completeAt(text, offset, note, state?.config ?? this.linter?.lastConfig(doc));
    return result.items.map((e) => toItem(doc, e));
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
  return item;
}

export const TRIGGER_CHARACTERS = [' ', '|', '.', ':'];

export function registerCompletions(context: vscode.ExtensionContext, linter?: Linter): void {
  const provider = new DnCompletionProvider(linter);
  context.subscriptions.push(
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
