// The core pieces the completion provider needs, behind one lazily imported module.
import { completeAt } from '../core/editor/complete';
import { completionContext } from '../core/editor/complete-context';
import { defaultConfig } from '../core/config/config';
import { buildNote, type Note } from '../core/model/note';

export { completeAt };

export function parseNote(text: string): Note {
  return buildNote(text, defaultConfig().vocabulary);
}

/** Billing (the CPT code that fits) and muscles (those this note names first) read the parsed note. */
export function needsNote(text: string, offset: number): boolean {
  const kind = completionContext(text, offset, defaultConfig().vocabulary).kind;
  return kind === 'cpt' || kind === 'muscle' || kind === 'needle';
}
