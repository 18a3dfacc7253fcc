// The built-in note templates, in the order New Note offers them (the first is the default).
import { discharge } from './discharge';
import { followUp } from './follow-up';
import { fullVisit } from './full-visit';
import { initialEvaluation } from './initial-evaluation';
import { reEvaluation } from './re-evaluation';
import type { NoteTemplate } from './types';

export type { NoteTemplate } from './types';

export const NOTE_TEMPLATES: readonly NoteTemplate[] = [fullVisit, initialEvaluation, followUp, reEvaluation, discharge];

export const DEFAULT_NOTE_TEMPLATE = fullVisit;

export function templateById(id: string): NoteTemplate | undefined {
  return NOTE_TEMPLATES.find((t) => t.id === id);
}
