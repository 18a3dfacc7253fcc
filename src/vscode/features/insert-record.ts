import * as vscode from 'vscode';
import type { Muscle } from '../../core/vocab/types';
import type { ConfigStore } from '../config-store';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { isNote } from '../linter';

export interface InsertRecordArgs {
  /** Muscle id or name. */
  muscle?: string;
  side?: 'L' | 'R' | 'B' | '';
  needle?: string;
}

export const insertRecordFeature: Feature = {
  name: 'Insert Needling Record command',
  register({ context, configs }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.insertNeedlingRecord', (args?: InsertRecordArgs) => insertNeedlingRecord(configs, args)));
  },
};

async function insertNeedlingRecord(configs: ConfigStore, args: InsertRecordArgs = {}): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNote(editor.document)) {
    void vscode.window.showInformationMessage('Open a dry-needling note (*.soap.md) to insert a needling record.');
    return false;
  }
  const core = await loadCore();
  const doc = editor.document;
  const { config } = await configs.configFor(doc.uri);
  const vocab = config.vocabulary;

  let muscle: Muscle | undefined;
  if (args.muscle !== undefined) muscle = vocab.byId(args.muscle) ?? vocab.lookupMuscle(args.muscle);
  else {
    const picked = await vscode.window.showQuickPick(
      vocab.muscles.map((m) => ({ label: m.name, description: [...m.shorthand, ...m.synonyms.slice(0, 3)].join(', '), muscle: m })),
      { title: 'Insert needling record (1/3): muscle', placeHolder: 'Type a name or shorthand, e.g. "upper trap" or "UT"', matchOnDescription: true },
    );
    muscle = picked?.muscle;
  }
  if (!muscle) return false;

  let side = args.side;
  if (side === undefined) {
    const picked = await vscode.window.showQuickPick(
      [{ label: 'R', description: 'right', value: 'R' as const }, { label: 'L', description: 'left', value: 'L' as const },
        { label: 'B', description: 'bilateral', value: 'B' as const }, { label: 'Not recorded', description: '', value: '' as const }],
      { title: 'Insert needling record (2/3): side', matchOnDescription: true },
    );
    if (!picked) return false;
    side = picked.value;
  }
  let needle = args.needle;
  if (needle === undefined) {
    const picked = await vscode.window.showQuickPick(
      [...core.NEEDLE_SIZES.map((n) => ({ label: n })), { label: 'Not recorded' }],
      { title: 'Insert needling record (3/3): needle (diameter × length)' },
    );
    if (!picked) return false;
    needle = picked.label === 'Not recorded' ? '' : picked.label;
  }
  const fields = { muscle: muscle.name, side: side || undefined, needle: needle || undefined };

  // Parse the text as it is now (an explicit command, so no debounce): is the cursor in a table row?
  const note = core.lint(doc.getText(), config).note;
  const line = editor.selection.active.line;
  const lineText = doc.lineAt(line).text;
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const row = note.units.find((u) => u.line === line && u.kind === 'row' && u.cells?.length);
  let insertAt: vscode.Position;
  let text: string;
  if (row) {
    // In a needling table: a new row below the current one, with the table's columns.
    insertAt = doc.lineAt(line).range.end;
    text = eol + core.recordTableRow(fields, row.cells!.map((c) => c.column));
  } else {
    const bullet = /^(\s*(?:[-*+]|\d+[.)])\s+)/.exec(lineText)?.[1]?.replace(/\d+/, (n) => String(Number(n) + 1)) ?? '- ';
    const lineOut = core.recordListLine(fields, bullet);
    if (!lineText.trim()) {
      insertAt = new vscode.Position(line, 0);
      text = lineOut;
    } else {
      insertAt = doc.lineAt(line).range.end;
      text = eol + lineOut;
    }
  }
  const ok = await editor.edit((b) => b.insert(insertAt, text));
  if (ok) {
    const end = doc.positionAt(doc.offsetAt(insertAt) + text.length);
    editor.selection = new vscode.Selection(end, end);
  }
  return ok;
}
