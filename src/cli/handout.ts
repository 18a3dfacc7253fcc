// dn-lint handout NOTE... : one aftercare handout per note (Markdown, HTML or PDF), written next to
// the note or into --out, never over an existing file unless --force. The notes themselves are
// never changed: the line to record in each note is printed for the clinician to paste.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../core/config/config';
import type { HandoutLanguage, PaperSize } from '../core/config/handout';
import { createHandout, handoutFileText } from '../core/handout';
import { templatePath } from '../core/handout/defaults';
import { renderHandoutHtml } from '../core/handout/html';
import { displayPath } from './format';
import { loadConfigSaying } from './load-config';
import { sayFor } from './say';

export const HANDOUT_USAGE = `Usage: dn-lint handout [options] <note>...

Makes one aftercare handout per note, in plain words for the patient: the areas
treated, what to expect, what helps, warning signs after needling over the lung.
Written next to each note as <note>.handout.<md|html|pdf> (or into --out). An
existing file is never replaced without --force. Notes are never modified: the
line to record in each note is printed.

Options:
  -f, --format <format>   md (default), html or pdf
  -o, --out <folder>      write the handouts into this folder
  -c, --config <path>     configuration file (default: the nearest .dnlintrc.json)
      --language <lang>   en or es (default: handout.language in the configuration)
      --paper <size>      A4 or Letter, for pdf and html (default: handout.paperSize)
      --large-print       larger type (default: handout.largePrint)
      --force             replace handouts that already exist
  -h, --help              show this help

Exit codes: 0 every handout written, 2 usage error, a note that could not be
            read, a file that exists, or a template error.`;

type Format = 'md' | 'html' | 'pdf';

interface HandoutArgs {
  notes: string[];
  format: Format;
  out?: string;
  config?: string;
  language?: HandoutLanguage;
  paper?: PaperSize;
  largePrint?: boolean;
  force: boolean;
  help: boolean;
}

function parse(argv: string[]): HandoutArgs | string {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, config: { type: 'string', short: 'c' },
        language: { type: 'string' }, paper: { type: 'string' }, 'large-print': { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return (e as Error).message;
  }
  const format = (values.format as string | undefined) ?? 'md';
  if (format !== 'md' && format !== 'html' && format !== 'pdf') return `--format must be "md", "html" or "pdf", not "${format}"`;
  const language = values.language as string | undefined;
  if (language !== undefined && language !== 'en' && language !== 'es') return `--language must be "en" or "es", not "${language}"`;
  const paper = values.paper as string | undefined;
  const paperSize = paper === undefined ? undefined : paper.toLowerCase() === 'a4' ? 'A4' : paper.toLowerCase() === 'letter' ? 'Letter' : null;
  if (paperSize === null) return `--paper must be "A4" or "Letter", not "${paper}"`;
  const args: HandoutArgs = {
    notes: positionals, format, out: values.out as string | undefined, config: values.config as string | undefined,
    language: language as HandoutLanguage | undefined, paper: paperSize, largePrint: values['large-print'] === true ? true : undefined,
    force: values.force === true, help: values.help === true,
  };
  if (!args.help && !args.notes.length) return 'no notes given';
  return args;
}

/** The clinic's own template for the language, if its folder has one. */
function clinicTemplate(config: ResolvedConfig, configPath: string | undefined, cwd: string, language: HandoutLanguage): { text?: string; problem?: string } {
  const folder = config.handout.templatesFolder;
  if (!folder) return {};
  const path = resolve(configPath ? dirname(configPath) : cwd, folder, templatePath(language));
  if (!existsSync(path)) return { problem: `handout.templatesFolder has no ${templatePath(language)}; using the shipped template` };
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch {
    return { problem: `the clinic's template ${templatePath(language)} cannot be read; using the shipped template` };
  }
}

const MAX_NOTE_BYTES = 20 * 1024 * 1024;

function readNote(path: string): { text?: string; problem?: string } {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { problem: 'this is a folder; name note files' };
    if (st.size > MAX_NOTE_BYTES) return { problem: 'larger than 20 MB; skipped' };
    const text = readFileSync(path, 'utf8');
    if (text.includes('\u0000')) return { problem: 'not a text file; skipped' };
    return { text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot be read' };
  }
}

/** "visit.soap.md" → "visit.handout.pdf". */
export function handoutFileName(notePath: string, format: Format): string {
  const name = basename(notePath).replace(/(\.soap)?\.(md|markdown|txt)$/i, '');
  return `${name}.handout.${format}`;
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  const { err, usageError } = sayFor('handout');
  const args = parse(argv);
  if (typeof args === 'string') {
    return usageError(args);
  }
  if (args.help) {
    process.stdout.write(HANDOUT_USAGE + '\n');
    return 0;
  }
  const shown = (p: string) => displayPath(p, cwd);
  const loaded = loadConfigSaying(args.config, cwd, shown, err);
  if (!loaded) return 2;
  const base = loaded.config;
  const handout = { ...base.handout, ...(args.language ? { language: args.language } : {}), ...(args.paper ? { paperSize: args.paper } : {}), ...(args.largePrint ? { largePrint: true } : {}) };
  const config: ResolvedConfig = { ...base, handout };
  const own = clinicTemplate(config, loaded.path, cwd, handout.language);
  if (own.problem) err(own.problem);

  let trouble = false;
  let pdf: typeof import('../pdf') | undefined;
  const outDir = args.out ? resolve(cwd, args.out) : undefined;
  if (outDir) mkdirSync(outDir, { recursive: true });
  for (const note of args.notes) {
    const path = resolve(cwd, note);
    const read = readNote(path);
    if (read.text === undefined) {
      err(`${shown(path)}: ${read.problem}`);
      trouble = true;
      continue;
    }
    const r = createHandout(read.text, config, own.text !== undefined ? { templateText: own.text } : {});
    if (!r.ok) {
      // The template is the same for every note: say it once and stop.
      err(r.problem);
      return 2;
    }
    const target = join(outDir ?? dirname(path), handoutFileName(path, args.format));
    if (existsSync(target) && !args.force) {
      err(`${shown(target)} already exists; not replaced (use --force to replace it)`);
      trouble = true;
      continue;
    }
    let bytes: Uint8Array | string;
    const options = { title: r.meta.title, language: r.meta.language, paperSize: handout.paperSize, largePrint: handout.largePrint };
    if (args.format === 'md') bytes = handoutFileText(r.markdown);
    else if (args.format === 'html') bytes = renderHandoutHtml(r.markdown, options);
    else bytes = await (pdf ??= loadPdf()).handoutPdf(r.markdown, options);
    try {
      writeFileSync(target, bytes, { flag: args.force ? 'w' : 'wx' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      err(`${shown(target)}: ${code === 'EEXIST' ? 'already exists; not replaced (use --force to replace it)' : code === 'EACCES' ? 'permission denied' : 'cannot be written'}`);
      trouble = true;
      continue;
    }
    const notes = r.notices.map((n) => `\n  note: ${n}`).join('');
    process.stdout.write(`${shown(target)}: reading grade ${r.readability.grade}${r.redFlagsIncluded ? ', with the pneumothorax warning box' : ''}${notes}\n  record in ${shown(path)}: ${r.noteLine}\n`);
  }
  return trouble ? 2 : 0;
}

/** The PDF exporter is its own bundle (dist/pdf.js, PDFKit), loaded only when a PDF is asked for. */
function loadPdf(): typeof import('../pdf') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./pdf.js') as typeof import('../pdf');
}
