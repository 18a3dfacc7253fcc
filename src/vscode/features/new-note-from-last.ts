// Dry Needling SOAP: New Note from Last Visit. Finds the patient's most recent note in the
// workspace (front matter `patient`, else the file name) and builds today's follow-up from it:
// what a follow-up repeats is carried forward as ‹confirm: …› fields, findings never are (see
// src/core/editor/from-last-visit.ts). The patient is the open note's, or the one typed.
import * as vscode from 'vscode';
import { loadCore } from '../core';
import type { Feature } from '../feature';
import { isNote } from '../linter';
import { askDate, askPatient, createNote, notesFolder, openExisting, type NewNoteResult } from './new-note';
import { exists } from '../uri-exists';

export interface NewNoteFromLastArgs {
  patient?: string;
  date?: string;
}

export interface NewNoteFromLastResult extends NewNoteResult {
  /** What was carried forward, in plain words. */
  carried: string[];
}

/** Notes larger than this are not read for the search (a visit note is a few KB). */
const MAX_NOTE_BYTES = 2_000_000;

export const newNoteFromLastFeature: Feature = {
  name: 'New Note from Last Visit command',
  register({ context, configs }) {
    context.subscriptions.push(vscode.commands.registerCommand('dnSoap.newNoteFromLastVisit', async (args?: NewNoteFromLastArgs): Promise<NewNoteFromLastResult | undefined> => {
      const core = await loadCore();
      const where = notesFolder();
      if (!where) return undefined;
      const open = vscode.window.activeTextEditor?.document;
      const openPatient = open && isNote(open) ? core.patientOf({ fileName: baseName(open.uri), text: open.getText() }) : undefined;
      const patient = args?.patient?.trim() || (await askPatient(core, openPatient));
      if (!patient) return undefined;
      const date = args?.date?.trim() || (await askDate(core));
      if (!date || !core.isIsoDate(date)) return undefined;

      const last = await findLastVisit(patient, date);
      if (!last) {
        void vscode.window.showInformationMessage('No earlier note for this patient was found in the workspace. Use New Note to start one.');
        return undefined;
      }
      const { config } = await configs.configFor(last.uri);
      const followUp = core.followUpFromLastVisit(last, config);
      const uri = vscode.Uri.joinPath(where.dir, core.noteFileName(date, followUp.patient || patient));
      if (await exists(uri)) return { ...(await openExisting(uri)), carried: [] };
      const made = await createNote(core, uri, followUp.template, { patient: followUp.patient || patient, date });
      if (!made) return undefined;
      const what = followUp.carried.filter((c) => c !== 'visit number' && c !== 'episode');
      void vscode.window.showInformationMessage(what.length
        ? `Follow-up started from the visit of ${followUp.lastDate ?? 'the last note'}. Confirm or change what was carried: ${what.join(', ')}.`
        : `Follow-up started from the visit of ${followUp.lastDate ?? 'the last note'}. Nothing clinical was carried: write today's visit.`);
      return { ...made, carried: followUp.carried };
    }));
  },
};

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** The patient's most recent note before `date`: open documents as they are now, other notes from disk. */
async function findLastVisit(patient: string, date: string): Promise<{ uri: vscode.Uri; fileName: string; text: string } | undefined> {
  const core = await loadCore();
  const files = await vscode.workspace.findFiles('**/*.soap.md', '**/node_modules/**');
  const openDocs = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const notes: Array<{ uri: vscode.Uri; fileName: string; text: string }> = [];
  for (const uri of files) {
    const doc = openDocs.get(uri.toString());
    try {
      if (doc) {
        notes.push({ uri, fileName: baseName(uri), text: doc.getText() });
        continue;
      }
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_NOTE_BYTES) continue;
      notes.push({ uri, fileName: baseName(uri), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
    } catch { /* gone or unreadable: not a candidate */ }
  }
  return core.pickLastVisit(notes, patient, date);
}
