// The core pieces the completion provider needs, behind one lazily imported module.
import { completeAt } from '../core/editor/complete';
import { completionContext } from '../core/editor/complete-context';
import { defaultConfig } from '../core/config/config';
import { buildNote, type Note } from '../core/model/note';

export { completeAt };

export function parseNote(text: string): Note {
  return buildNote(text, defaultConfig().vocabulary);
}

/** Only billing completions read the parsed note (to rank the CPT code that fits). */
export function needsNote(text: string, offset: number): boolean {
  return completionContext(text, offset, defaultConfig().vocabulary).kind === 'cpt';
}
