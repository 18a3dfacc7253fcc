import { lint, type LintOptions } from '../core/engine/lint';
import type { ResolvedConfig } from '../core/config/config';
import { visitOf, type Visit } from '../core/course/visit';
import { buildNote } from '../core/model/note';
import type { Finding } from '../core/types';

// One note in, plain data out: nothing here shares state between notes, so the same function
// runs on the main thread and in the workers (worker.ts), and results can be cached by content.
// A note of a patient's course is linted with the earlier visits of that course (options.course)
// and can hand back its own visit facts for the notes after it.

export interface FileResult {
  /** Absolute path, as given to the CLI. */
  path: string;
  findings: Finding[];
  /** Why the file could not be linted (never note content). */
  error?: string;
}

export interface LintTextResult {
  findings: Finding[];
  error?: string;
  /** The note's visit facts, when asked for (the later notes of its course need them). */
  visit?: Visit;
}

const INTERNAL_ERROR = 'internal error while checking this note; please report it (without the note)';

/** Lints one note's text; a crash in a rule becomes an error for that note, never for the run. */
export function lintText(text: string, config: ResolvedConfig, options: LintOptions & { wantVisit?: boolean } = {}): LintTextResult {
  try {
    const { wantVisit, ...lintOptions } = options;
    const { findings, note } = lint(text, config, lintOptions);
    return wantVisit ? { findings, visit: visitOf(note, config) } : { findings };
  } catch (e) {
    if (process.env.DNLINT_DEBUG) console.error((e as Error).stack);
    return { findings: [], error: INTERNAL_ERROR };
  }
}

/** Only the visit facts of a note (an earlier note of a course whose own result came from the cache). */
export function visitOfText(text: string, config: ResolvedConfig): Visit | undefined {
  try {
    return visitOf(buildNote(text, config.vocabulary), config);
  } catch {
    return undefined;
  }
}
