import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

// Turns the command line's files, folders and globs into a list of notes, and reads each
// note defensively: a missing, unreadable, binary or huge file becomes a one-line problem
// instead of stopping the run. Problem texts never contain note content.

export interface Discovery {
  /** Absolute paths, in a stable order, without duplicates. */
  files: string[];
  /** Arguments that named nothing usable (usage errors). */
  problems: Array<{ target: string; problem: string }>;
}

export interface DiscoveryOptions {
  cwd: string;
  include: string[];
  exclude: string[];
  /** Folder that include/exclude patterns are relative to (the config file's folder, or cwd). */
  patternBase: string;
}

const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

const toPosix = (p: string) => (sep === '\\' ? p.split(sep).join('/') : p);

export async function discoverFiles(targets: string[], opts: DiscoveryOptions): Promise<Discovery> {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: Discovery['problems'] = [];
  const add = (p: string) => {
    if (seen.has(p)) return;
    seen.add(p);
    files.push(p);
  };
  const included = picomatch(opts.include.length ? opts.include : ['**/*.md']);
  const excluded = opts.exclude.length ? picomatch(opts.exclude) : () => false;
  /** Include/exclude apply relative to the pattern base; a file outside it is judged relative to the folder walked. */
  const selectedBy = (root: string) => (file: string) => {
    let rel = relative(opts.patternBase, file);
    if (rel.startsWith('..') || isAbsolute(rel)) rel = relative(root, file);
    rel = toPosix(rel);
    return included(rel) && !excluded(rel);
  };

  for (const target of targets) {
    const scan = picomatch.scan(target);
    if (scan.isGlob) {
      const root = resolve(opts.cwd, scan.base || '.');
      const matches = picomatch(scan.glob, { windows: sep === '\\' });
      const found = (await walk(root)).filter((f) => matches(toPosix(relative(root, f))) && !excluded(toPosix(relative(opts.patternBase, f))));
      if (!found.length) problems.push({ target, problem: 'no files match this pattern' });
      found.forEach(add);
      continue;
    }
    const abs = resolve(opts.cwd, target);
    const info = await lstat(abs).catch(() => undefined);
    if (!info) {
      problems.push({ target, problem: 'no such file or folder' });
    } else if (info.isDirectory()) {
      (await walk(abs)).filter(selectedBy(abs)).forEach(add);
    } else {
      add(abs); // named explicitly: always linted, even if excluded or not *.md
    }
  }
  return { files, problems };
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
