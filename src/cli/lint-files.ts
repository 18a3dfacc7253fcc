import { lint } from '../core/engine/lint';
import type { ResolvedConfig } from '../core/config/config';
import type { Finding } from '../core/types';

// One note in, plain data out: nothing here shares state between notes, so the same function
// runs on the main thread and in the workers (worker.ts), and results can be cached by content.

export interface FileResult {
  /** Absolute path, as given to the CLI. */
  path: string;
  findings: Finding[];
  /** Why the file could not be linted (never note content). */
  error?: string;
}

const INTERNAL_ERROR = 'internal error while checking this note; please report it (without the note)';

/** Lints one note's text; a crash in a rule becomes an error for that note, never for the run. */
export function lintText(text: string, config: ResolvedConfig): { findings: Finding[]; error?: string } {
  try {
    return { findings: lint(text, config).findings };
  } catch (e) {
    if (process.env.DNLINT_DEBUG) console.error((e as Error).stack);
    return { findings: [], error: INTERNAL_ERROR };
  }
}
