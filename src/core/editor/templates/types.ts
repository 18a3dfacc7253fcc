/** A built-in note template: prepared text with ${patient}, ${date} and ${cursor}. */
export interface NoteTemplate {
  /** Stable id, used by the New Note command's arguments ("visit", "initial-evaluation"…). */
  id: string;
  /** Shown in the template picker. */
  name: string;
  description: string;
  text: string;
}
