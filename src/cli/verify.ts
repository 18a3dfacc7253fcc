import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../core/config/config';
import { allowedSigners } from '../core/sign/allowed';
import { describeProblem, describeSignature, STATUS_WORDS } from '../core/sign/describe';
import { TAMPERING, verifyText, type NoteStatus, type Verification } from '../core/sign/verify';
import { discoverFiles, readNote } from './files';
import { displayPath } from './format';
import { configSource, loadConfigSaying } from './load-config';
import { discoveryMessages, NOTHING_CHECKED } from './lint-run';
import { DEFAULT_MAX_FILE_BYTES } from './args';
import { sayFor } from './say';

// dn-lint verify: which notes are signed, unsigned, changed after signing, badly chained or
// signed with a key the clinic does not list. Reads only; never writes to a note.

export const VERIFY_USAGE = `Usage: dn-lint verify [options] <file|folder|glob>...

Checks the signatures of notes and lists the notes that are unsigned, changed
after signing (tampered), with signatures out of order or missing (badly
chained), with a damaged signature block, or signed with a key the clinic does
not list (unverifiable); the last line counts every status. See docs/signing.md.

Options:
  -c, --config <path>     configuration file (its "clinicians" are the allowed
                          signers); default: the nearest .dnlintrc.json
  -f, --format <format>   text (default) or json
  -v, --verbose           also list the notes that are signed, with their signatures
  -h, --help              show this help

Exit codes: 0 nothing changed after signing, 1 a note was changed after signing
            (tampered, badly chained or damaged), 2 usage error or a file that
            could not be read.`;

interface NoteResult {
  path: string;
  verification?: Verification;
  text?: string;
  error?: string;
}

export async function run(argv: string[], cwd = process.cwd()): Promise<number> {
  const { err, usageError } = sayFor('verify');
  let values: { config?: string; format?: string; help?: boolean; verbose?: boolean };
  let targets: string[];
  try {
    const parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { config: { type: 'string', short: 'c' }, format: { type: 'string', short: 'f' }, help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean', short: 'v' } },
    });
    values = parsed.values;
    targets = parsed.positionals;
  } catch (e) {
    return usageError((e as Error).message);
  }
  if (values.help) {
    process.stdout.write(VERIFY_USAGE + '\n');
    return 0;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    return usageError(`--format must be "text" or "json", not "${format}"`);
  }
  if (!targets.length) {
    return usageError('no files or folders given');
  }
  const shown = (p: string) => displayPath(p, cwd);
  const loaded = loadConfigSaying(values.config, cwd, shown, err);
  if (!loaded) return 2;
  // One clinic's settings for the whole run (--config, or the one that applies in the current folder).
  const found = await discoverFiles(targets, { cwd, configs: configSource(loaded) });
  for (const m of discoveryMessages(found, shown, 'checked')) err(m);
  if (!found.files.length) {
    err(NOTHING_CHECKED);
    return 2;
  }

  const results = await verifyFiles(found.files, loaded.config);
  for (const r of results) if (r.error) err(`${shown(r.path)}: ${r.error}`);
  process.stdout.write(format === 'json' ? formatJson(results, shown) : formatText(results, shown, values.verbose === true));

  if (results.some((r) => r.verification && TAMPERING.has(r.verification.status))) return 1;
  return found.problems.length || results.some((r) => r.error) ? 2 : 0;
}

/** Reads and checks the notes, a few files at a time (reading overlaps checking). */
async function verifyFiles(paths: string[], config: ResolvedConfig): Promise<NoteResult[]> {
  const signers = allowedSigners(config.clinicians);
  const out: NoteResult[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const i = next++;
      const read = await readNote(paths[i], DEFAULT_MAX_FILE_BYTES);
      out[i] = read.ok ? { path: paths[i], text: read.text, verification: verifyText(read.text, signers) } : { path: paths[i], error: read.problem };
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return out;
}

const lineOf = (text: string, offset: number) => (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

interface Problem {
  line: number;
  /** A few words: "changed after signing". */
  what: string;
  message: string;
}

function problemsOf(r: NoteResult): Problem[] {
  const v = r.verification!;
  const problems: Problem[] = [];
  let failedAbove = false;
  for (const c of v.checks) {
    const problem = describeProblem(c);
    // A change shows in every signature below it; the first says where.
    if (problem && !(c.kind === 'changed' && failedAbove)) problems.push({ line: lineOf(r.text!, c.block.headline.start), what: problem.what, message: problem.detail });
    if (c.kind !== 'valid') failedAbove = true;
  }
  if (v.tail) problems.push({ line: lineOf(r.text!, v.tail.start), what: STATUS_WORDS['unsigned-addendum'], message: 'the text from here on, below the last signature, is not signed yet' });
  return problems;
}

function formatText(results: NoteResult[], shown: (p: string) => string, verbose: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.verification) continue;
    const file = shown(r.path);
    const v = r.verification;
    if (v.status === 'signed') {
      if (verbose) lines.push(`${file}: signed (${v.checks.flatMap((c) => (c.block.kind === 'block' ? [describeSignature(c.block.fields)] : [])).join('; ')})`);
    } else if (v.status === 'unsigned') {
      lines.push(`${file}: unsigned`);
    } else {
      for (const p of problemsOf(r)) lines.push(`${file}:${p.line}: ${p.what}: ${p.message}`);
    }
  }
  lines.push(summary(results));
  return lines.join('\n') + '\n';
}

export function summary(results: NoteResult[]): string {
  const count = new Map<NoteStatus, number>();
  for (const r of results) if (r.verification) count.set(r.verification.status, (count.get(r.verification.status) ?? 0) + 1);
  const checked = results.filter((r) => r.verification).length;
  const unread = results.length - checked;
  const parts = (['signed', 'unsigned', 'unsigned-addendum', 'unverifiable', 'tampered', 'badly-chained', 'malformed'] as NoteStatus[])
    .filter((s) => count.get(s))
    .map((s) => `${count.get(s)} ${STATUS_WORDS[s]}`);
  const tampered = results.filter((r) => r.verification && TAMPERING.has(r.verification.status)).length;
  const verdict = tampered ? `${tampered} ${tampered === 1 ? 'note was' : 'notes were'} changed after signing` : 'no note was changed after signing';
  return `${checked} ${checked === 1 ? 'note' : 'notes'} checked: ${parts.join(', ') || 'none'}; ${verdict}${unread ? `; ${unread} could not be read` : ''}.`;
}

function formatJson(results: NoteResult[], shown: (p: string) => string): string {
  return JSON.stringify(results.map((r) => {
    if (!r.verification) return { file: shown(r.path), error: r.error };
    const v = r.verification;
    return {
      file: shown(r.path),
      status: v.status,
      signatures: v.checks.flatMap((c) => (c.block.kind === 'block' ? [{
        line: lineOf(r.text!, c.block.headline.start),
        signs: c.block.fields.signs, meaning: c.block.fields.meaning, name: c.block.fields.name, credentials: c.block.fields.credentials,
        at: c.block.fields.at, digest: c.block.fields.digest, valid: c.kind === 'valid',
        ...(c.block.key ? { key: { fingerprint: c.block.key.fingerprint, status: c.kind === 'valid' ? c.key.kind : 'invalid' } } : {}),
      }] : [])),
      problems: problemsOf(r),
    };
  }), null, 2) + '\n';
}
