// The Outline view and breadcrumbs: the note's sections with the needled muscles under them,
// from the core's outlineOf() over the linter's parsed note (no second parse).
import * as vscode from 'vscode';
import type { OutlineSymbol } from '../../core/editor/outline';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { LANGUAGE_ID } from '../linter';

const KIND: Record<OutlineSymbol['kind'], vscode.SymbolKind> = {
  'front-matter': vscode.SymbolKind.Object,
  title: vscode.SymbolKind.String,
  section: vscode.SymbolKind.Module,
  heading: vscode.SymbolKind.String,
  record: vscode.SymbolKind.Field,
};

function toSymbol(doc: vscode.TextDocument, s: OutlineSymbol): vscode.DocumentSymbol {
  const range = new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
  const selection = new vscode.Range(doc.positionAt(s.selectionStart), doc.positionAt(s.selectionEnd));
  const symbol = new vscode.DocumentSymbol(s.name, s.detail, KIND[s.kind], range, range.contains(selection) ? selection : range);
  symbol.children = s.children.map((c) => toSymbol(doc, c));
  return symbol;
}

export const outlineFeature: Feature = {
  name: 'Outline and breadcrumbs',
  register({ context, linter }) {
    context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider({ language: LANGUAGE_ID }, {
      async provideDocumentSymbols(doc) {
        const state = await linter.stateFor(doc);
        if (!state) return [];
        const { outlineOf } = await loadCore();
        return outlineOf(state.note).map((s) => toSymbol(doc, s));
      },
    }, { label: 'Dry needling note' }));
  },
};
