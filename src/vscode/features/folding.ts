// Folding per section (and the front matter, headings inside a section and long comments), from
// the core's foldingRanges() over the linter's parsed note (no second parse).
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { LANGUAGE_ID } from '../linter';

export const foldingFeature: Feature = {
  name: 'folding per section',
  register({ context, linter }) {
    context.subscriptions.push(vscode.languages.registerFoldingRangeProvider({ language: LANGUAGE_ID }, {
      async provideFoldingRanges(doc) {
        const state = await linter.stateFor(doc);
        if (!state) return [];
        const { foldingRanges } = await loadCore();
        return foldingRanges(state.note).map((r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region));
      },
    }));
  },
};
