// Dry Needling SOAP: Insert Needling Record. Asks muscle → side → needle → technique → response, then
// "Add another muscle?", and writes each record as one undoable edit where the core's plan puts
// it (a list line or a row of the needling table). What to write and where is decided in
// src/core/editor/insert-record.ts; this file only asks. A skipped step becomes a field to fill.
import * as vscode from 'vscode';
import type { ResolvedConfig } from '../../core/config/config';
import type { RecordFields } from '../../core/editor/insert-record';
import type { Muscle } from '../../core/vocab/types';
import type { ConfigStore } from '../config-store';
import { loadCore, type Core } from '../core';
import type { Feature } from '../feature';
import type { Linter } from '../linter';
import { isNote } from '../linter';

export interface InsertRecordArgs {
  /** Muscle id, name or shorthand. Given, the command asks nothing: what is not given is not written. */
  muscle?: string;
  side?: 'L' | 'R' | 'B' | '';
  needle?: string;
  technique?: string;
  response?: string;
  /** Text already typed in the muscle picker when the command asks (for keybindings and tests). */
  query?: string;
}

const LAST_TECHNIQUE = 'dnSoap.insertRecord.lastTechnique';
const LAST_RESPONSE = 'dnSoap.insertRecord.lastResponse';
const BLANK = 'Leave a blank to fill in';

export const insertRecordFeature: Feature = {
  name: 'Insert Needling Record command',
  register({ context, configs, linter }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.insertNeedlingRecord', (args?: InsertRecordArgs) => insertNeedlingRecord(context, configs, linter, args)));
  },
};

interface Choice<T> extends vscode.QuickPickItem {
  value: T;
}

/**
 * One question in a QuickPick whose list the caller computes from what is typed, in the caller's
 * order: VS Code's own filter would sort "UT" under every name containing "ut".
 */
function ask<T>(title: string, placeholder: string, items: (typed: string) => Array<Choice<T>>, initial = ''): Promise<T | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<Choice<T>>();
    (qp as { sortByLabel?: boolean }).sortByLabel = false;
    qp.title = title;
    qp.placeholder = placeholder;
    qp.matchOnDescription = true;
    qp.ignoreFocusOut = true;
    const update = () => { qp.items = items(qp.value).map((i) => ({ ...i, alwaysShow: true })); };
    let done = false;
    const finish = (v: T | undefined) => {
      if (done) return;
      done = true;
      resolve(v);
      qp.dispose();
    };
    qp.onDidChangeValue(update);
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.value ?? qp.activeItems[0]?.value));
    qp.onDidHide(() => finish(undefined));
    qp.value = initial;
    update();
    qp.show();
  });
}

/** Choices from a list, with what was typed offered first when it is not one of them, and a blank last. */
function withTyped(list: readonly string[], typed: string, blank: string, hint?: (s: string) => string | undefined): Array<Choice<string>> {
  const t = typed.trim();
  const matching = list.filter((c) => !t || c.toLowerCase().includes(t.toLowerCase()));
  const items: Array<Choice<string>> = matching.map((c) => ({ label: c, description: hint?.(c), value: c }));
  if (t && !list.some((c) => c.toLowerCase() === t.toLowerCase())) items.unshift({ label: t, description: 'as typed', value: t });
  items.push({ label: BLANK, description: blank, value: blank });
  return items;
}

async function pickMuscle(core: Core, muscles: readonly Muscle[], initial: string): Promise<Muscle | undefined> {
  return ask<Muscle>('Insert needling record (1/5): muscle', 'Type a shorthand or name, e.g. "UT" or "upper trap"', (typed) =>
    core.rankMuscles(muscles, typed).map((m) => ({
      label: m.name,
      description: [...m.shorthand, ...m.synonyms.slice(0, 3)].join(', '),
      detail: m.risks.includes('lung') ? 'over the lung: record the technique that protects it' : undefined,
      value: m,
    })), initial);
}

async function pickSide(muscle: string): Promise<string | undefined> {
  const items: Array<Choice<string>> = [
    { label: 'R', description: 'right', value: 'R' }, { label: 'L', description: 'left', value: 'L' },
    { label: 'B', description: 'both sides', value: 'B' }, { label: BLANK, description: '‹R|L|B›', value: '‹R|L|B›' },
  ];
  return ask(`Insert needling record (2/5): side of the ${muscle}`, 'R, L or B', (typed) => {
    const t = typed.trim().toLowerCase();
    return t ? items.filter((i) => i.label.toLowerCase().startsWith(t) || i.description!.startsWith(t)) : items;
  });
}

async function pickNeedle(core: Core): Promise<string | undefined> {
  return ask('Insert needling record (3/5): needle, diameter × length', 'e.g. 0.30x60 (an "x" is read as "×")', (typed) => {
    const sizes = core.needleChoices(typed).map((s): Choice<string> => ({ label: s, value: s }));
    if (typed.trim() && !core.parseNeedleSize(typed) && !sizes.length) {
      sizes.push({ label: `"${typed.trim()}" is not a needle size`, description: 'type diameter × length in mm, e.g. 0.30x60', value: '' });
    }
    return [...sizes.filter((s) => s.value), { label: BLANK, description: '‹needle size›', value: '‹needle size›' }];
  });
}

async function insertNeedlingRecord(context: vscode.ExtensionContext, configs: ConfigStore, linter: Linter, args?: InsertRecordArgs): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isNote(editor.document)) {
    void vscode.window.showInformationMessage('Open a dry-needling note (*.soap.md) to insert a needling record.');
    return false;
  }
  const core = await loadCore();
  const doc = editor.document;
  const { config } = await configs.configFor(doc.uri);
  const vocab = config.vocabulary;
  const interactive = args?.muscle === undefined;
  const state = context.workspaceState;

  for (let first = true; ; first = false) {
    let muscle: Muscle | undefined;
    if (!interactive) muscle = vocab.byId(args!.muscle!) ?? vocab.lookupMuscle(args!.muscle!) ?? vocab.lookupMuscle(args!.muscle!.toLowerCase());
    else muscle = await pickMuscle(core, vocab.muscles, first ? args?.query ?? '' : '');
    if (!muscle) {
      if (!interactive) void vscode.window.showWarningMessage('That muscle is not in the vocabulary. Pick one from the list, or add it to the clinic vocabulary.');
      return !first;
    }

    const side = interactive ? await pickSide(muscle.name) : args!.side || undefined;
    if (side === undefined && interactive) return !first;
    const needle = interactive ? await pickNeedle(core) : args!.needle ? core.parseNeedleSize(args!.needle) ?? args!.needle : undefined;
    if (needle === undefined && interactive) return !first;
    const lastTechnique = state.get<string>(LAST_TECHNIQUE);
    const technique = interactive
      ? await ask('Insert needling record (4/5): technique', 'e.g. pistoning, static 10 min', (typed) =>
        withTyped(core.lastFirst(core.TECHNIQUE_CHOICES, lastTechnique), typed, '‹technique›', (c) => (c === lastTechnique ? 'last used' : undefined)))
      : args!.technique || undefined;
    if (technique === undefined && interactive) return !first;
    const lastResponse = state.get<string>(LAST_RESPONSE);
    const response = interactive
      ? await ask('Insert needling record (5/5): response', 'e.g. LTR x2, no LTR, familiar pain reproduced', (typed) =>
        withTyped(core.lastFirst(core.RESPONSE_CHOICES, lastResponse), typed, '‹response›', (c) => (c === lastResponse ? 'last used' : undefined)))
      : args!.response || undefined;
    if (response === undefined && interactive) return !first;
    if (interactive) {
      // Remember answers, never blanks: the next record offers the same technique and response first.
      if (!technique!.startsWith('‹')) await state.update(LAST_TECHNIQUE, technique);
      if (!response!.startsWith('‹')) await state.update(LAST_RESPONSE, response);
    }

    if (!(await insertOne(core, linter, config, editor, { muscle: muscle.name, side: side || undefined, needle: needle || undefined, technique, response }))) return false;
    if (!interactive) return true;
    const more = await ask<boolean>('Add another muscle?', 'Enter adds another; Escape finishes', () => [
      { label: 'Add another muscle', value: true }, { label: 'Done', value: false },
    ]);
    if (!more) return true;
  }
}

async function insertOne(core: Core, linter: Linter, config: ResolvedConfig, editor: vscode.TextEditor, fields: RecordFields): Promise<boolean> {
  const doc = editor.document;
  // The linter's note for the current text (no second parse when it is up to date); a note too
  // large to lint live is parsed here, since the clinician asked.
  const note = (await linter.stateFor(doc))?.note ?? core.lint(doc.getText(), config).note;
  const plan = core.planRecordInsert({ note, line: editor.selection.active.line, fields });
  const range = new vscode.Range(doc.positionAt(plan.start), doc.positionAt(plan.end));
  const version = doc.version;
  const ok = await editor.edit((b) => b.replace(range, plan.text));
  if (!ok || doc.version === version) {
    void vscode.window.showErrorMessage('The needling record could not be inserted: the note changed meanwhile. Try again.');
    return false;
  }
  // Cursor on the new record: on its first blank when it has one, else at its end.
  const record = doc.getText().slice(plan.recordStart, plan.recordStart + plan.recordLength);
  const blank = /‹[^›\r\n]*›/.exec(record);
  const start = doc.positionAt(plan.recordStart + (blank ? blank.index : record.length));
  const end = doc.positionAt(plan.recordStart + (blank ? blank.index + blank[0].length : record.length));
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(new vscode.Range(start, end));
  if (plan.moved) void vscode.window.showInformationMessage(`Needling record added ${plan.moved}: a muscle in the Subjective, Assessment or Plan reads as history or plan, not as needling.`);
  return true;
}
