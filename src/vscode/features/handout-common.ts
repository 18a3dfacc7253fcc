// What the handout commands share: the note to work on, its configuration and the clinic's own
// template (read here, passed to the core as text), the lazily loaded PDF exporter, and writing
// a new file without ever replacing one silently.
import * as vscode from 'vscode';
import type { HandoutLanguage } from '../../core/config/handout';
import type { ResolvedConfig } from '../../core/config/config';
import { loadCore, type Core } from '../core';
import type { Services } from '../feature';
import { LANGUAGE_ID } from '../linter';
import { openQuietly } from '../open-quietly';
import { exists } from '../uri-exists';

export type Pdf = typeof import('../../pdf');

let pdf: Pdf | undefined;
/** The PDF exporter is its own bundle (dist/pdf.js, PDFKit), required on first export only. */
export function loadPdf(): Pdf {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (pdf ??= require('./pdf.js') as Pdf);
}

/** The note a command works on: the one named, else the active dry-needling note. */
export async function noteDocument(uri?: vscode.Uri | string): Promise<vscode.TextDocument | undefined> {
  if (uri) return openQuietly(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (doc && doc.languageId === LANGUAGE_ID) return doc;
  void vscode.window.showInformationMessage('Open a dry needling note first.');
  return undefined;
}

/** Where the configuration is looked up for a note; an untitled note uses the first workspace folder's. */
function lookupUri(doc: vscode.TextDocument): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return doc.isUntitled && folder ? vscode.Uri.joinPath(folder.uri, 'untitled.soap.md') : doc.uri;
}

export interface HandoutSetup {
  core: Core;
  config: ResolvedConfig;
  /** The clinic's own template text, when handout.templatesFolder has one for the language. */
  templateText?: string;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function handoutSetup(services: Services, doc: vscode.TextDocument): Promise<HandoutSetup> {
  const core = await loadCore();
  const { config, file } = await services.configs.configFor(lookupUri(doc));
  const folder = config.handout.templatesFolder;
  if (!folder) return { core, config };
  const base = file ? vscode.Uri.joinPath(file, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!base) return { core, config };
  const language: HandoutLanguage = config.handout.language;
  const uri = vscode.Uri.joinPath(base, ...folder.split(/[\\/]+/).filter(Boolean), ...core.templatePath(language).split('/'));
  // An open, unsaved template is used as the clinician sees it.
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const templateText = open?.getText() ?? (await readText(uri));
  if (templateText === undefined) {
    void vscode.window.showWarningMessage(`No ${core.templatePath(language)} in the clinic's templates folder; the shipped template was used.`);
    return { core, config };
  }
  return { core, config, templateText };
}

/** `<folder>/<stem><ext>`, or `<stem>-2<ext>`, `-3`… when taken: a new file never replaces one. */
export async function freeUri(folder: vscode.Uri, stem: string, ext: string): Promise<vscode.Uri> {
  for (let i = 1; ; i++) {
    const uri = vscode.Uri.joinPath(folder, `${stem}${i === 1 ? '' : `-${i}`}${ext}`);
    if (!(await exists(uri))) return uri;
  }
}

/** "2025-03-04-P1234.soap.md" → "2025-03-04-P1234". */
export function baseName(uri: vscode.Uri): string {
  const file = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return file.replace(/(\.soap)?\.(md|markdown|txt)$/i, '') || 'note';
}

/** The headline of a template problem (at most 60 characters), then its first line. */
export function templateProblemMessage(problem: string): string {
  const [head, ...lines] = problem.split('\n');
  return `Handout not made: template error. ${lines[0] ?? head}`;
}
