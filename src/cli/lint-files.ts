import { lint } from '../core/engine';
import type { ResolvedConfig } from '../core/config';
import type { Finding } from '../core/types';
import { readNote } from './files';

// One file in, plain data out: nothing here shares state between files, so the loop can be
// moved to worker threads (each resolving its own config) and results cached by content
// hash without changing callers.

export interface FileResult {
  /** Absolute path, as given to lintFiles. */
  path: string;
  findings: Finding[];
  /** Why the file could not be linted (never note content). */
  error?: string;
}

export interface LintFilesOptions {
  maxFileBytes: number;
}

export async function lintFile(path: string, config: ResolvedConfig, opts: LintFilesOptions): Promise<FileResult> {
  const read = await readNote(path, opts.maxFileBytes);
  if (!read.ok) return { path, findings: [], error: read.problem };
  try {
    return { path, findings: lint(read.text, config).findings };
  } catch (e) {
    // A crash in a rule must not take down the run; the message stays free of note text.
    if (process.env.DNLINT_DEBUG) console.error((e as Error).stack);
    return { path, findings: [], error: 'internal error while checking this note; please report it (without the note)' };
  }
}

/** Lints every file; results come back in the order of `paths`. */
export async function lintFiles(paths: string[], config: ResolvedConfig, opts: LintFilesOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const p of paths) results.push(await lintFile(p, config, opts));
  return results;
}
