import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isExcluded, isMarkdownPath, selectFile, type FoundConfig } from '../core/config/lookup';
import { toPosix, type ConfigSource } from './load-config';

// Turns the command line's files, folders and globs into a list of notes, and reads each
// note defensively: a missing, unreadable, binary or huge file becomes a one-line problem
// instead of stopping the run. Problem texts never contain note content.

export interface Discovery {
  /** Absolute paths, in a stable order, without duplicates. */
  files: string[];
  /** The configuration that applies to each file found. */
  configOf: Map<string, FoundConfig>;
  /** Arguments that named nothing usable (usage errors). */
  problems: Array<{ target: string; problem: string }>;
  /** Markdown files in the folders walked that a configuration's `include` left out, counted per configuration. */
  leftOut: Array<{ found: FoundConfig; count: number }>;
}

export interface DiscoveryOptions {
  cwd: string;
  /** The configuration of each file: --config, or the nearest .dnlintrc.json (load-config.ts). */
  configs: ConfigSource;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export async function discoverFiles(targets: string[], opts: DiscoveryOptions): Promise<Discovery> {
  const seen = new Set<string>();
  const files: string[] = [];
  const configOf = new Map<string, FoundConfig>();
  const problems: Discovery['problems'] = [];
  const leftOut = new Map<FoundConfig, Set<string>>();
  const add = (p: string, found: FoundConfig) => {
    if (seen.has(p)) return;
    seen.add(p);
    files.push(p);
    configOf.set(p, found);
  };

  for (const target of targets) {
    const scan = picomatch.scan(target);
    if (scan.isGlob) {
      const root = resolve(opts.cwd, scan.base || '.');
      const matches = picomatch(scan.glob, { windows: sep === '\\' });
      let matched = 0;
      let kept = 0;
      for (const f of await walk(root)) {
        if (!matches(toPosix(relative(root, f)))) continue;
        matched++;
        // The shell-style pattern chooses the files; the configuration's exclude still applies.
        const found = await opts.configs.forFile(f);
        if (isExcluded(toPosix(f), found, toPosix(root))) continue;
        kept++;
        add(f, found);
      }
      if (!matched) problems.push({ target, problem: 'no files match this pattern' });
      else if (!kept) problems.push({ target, problem: `the ${matched === 1 ? 'file' : `${matched} files`} this pattern matches ${matched === 1 ? 'is' : 'are all'} excluded by the configuration ("exclude", or a patient handout)` });
      continue;
    }
    const abs = resolve(opts.cwd, target);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) {
      problems.push({ target, problem: 'no such file or folder' });
    } else if (info.isDirectory()) {
      for (const f of await walk(abs)) {
        const found = await opts.configs.forFile(f);
        const selection = selectFile(toPosix(f), found, toPosix(abs));
        if (selection.kind === 'included') add(f, found);
        else if (selection.kind === 'not-included' && isMarkdownPath(f)) leftOut.set(found, (leftOut.get(found) ?? new Set()).add(f));
      }
    } else {
      add(abs, await opts.configs.forFile(abs)); // named explicitly: always linted, even if excluded or not *.md
    }
  }
  // A file left out of one folder but named or matched by another argument was linted after all.
  const counted = [...leftOut].map(([found, paths]) => ({ found, count: [...paths].filter((p) => !seen.has(p)).length }));
  return { files, configOf, problems, leftOut: counted.filter((l) => l.count > 0) };
}

// What the include patterns left out, in plain words, with a count and the patterns but never a
// file name: "40 Markdown files were not linted: .dnlintrc.json includes only **/*.soap.md".
export function leftOutMessages(d: Discovery, shownAs: (p: string) => string, verb = 'linted'): string[] {
  return d.leftOut
    .filter(({ found, count }) => count > 0 && !d.files.some((f) => d.configOf.get(f) === found && false))
    .map(({ found, count }) => {
      const whose = found.path ? `${shownAs(found.path)} includes only` : 'the default settings include only';
      return `${count} Markdown ${count === 1 ? 'file was' : 'files were'} not ${verb}: ${whose} ${found.config.include.join(', ')}`;
    });
}

/** Every file under a folder, sorted, skipping node_modules and .git and not following linked folders (no loops). */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!ALWAYS_SKIPPED.has(e.name)) out.push(...(await walk(p)));
    } else if (e.isFile() || e.isSymbolicLink()) {
      out.push(p);
    }
  }
  return out;
}

export type ReadResult = { ok: true; text: string } | { ok: false; problem: string };

const BINARY_SNIFF_BYTES = 8192;

/** Reads a note as UTF-8 (a byte-order mark is dropped, as editors do) or says plainly why it cannot be linted. */
export async function readNote(path: string, maxBytes: number): Promise<ReadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const link = await lstat(path).catch(() => undefined);
      return { ok: false, problem: link?.isSymbolicLink() ? 'cannot read: the link points to a file that does not exist' : 'cannot read: no such file' };
    }
    return { ok: false, problem: `cannot read: ${describeError(e)}` };
  }
  if (info.isDirectory()) return { ok: false, problem: 'cannot read: this is a folder, not a note' };
  if (!info.isFile()) return { ok: false, problem: 'cannot read: not a regular file' };
  if (info.size > maxBytes) {
    return { ok: false, problem: `skipped: the file is ${formatMb(info.size)}, larger than the ${formatMb(maxBytes)} limit (see --max-file-size)` };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, problem: `cannot read: ${describeError(e)}` };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, problem: 'skipped: this looks like a binary file, not a Markdown note' };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'this is a folder, not a note';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `system error ${code}` : 'unknown error';
  }
}

const formatMb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
