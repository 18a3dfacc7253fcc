// Plain data shared by the core, the CLI and the editor adapter.
// Positions are 0-based; `character` counts UTF-16 code units, as VS Code does.

export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of the text between two offsets of the document. */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
  /**
   * The same text as a snippet (prepared statements: fields become tab stops). An editor inserts
   * this instead of `newText`; anything without a snippet engine (the CLI, fix-all) uses `newText`.
   */
  snippet?: string;
}

export interface TextEdit extends OffsetEdit {
  range: Range;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes need no clinical judgement and delete nothing; only these go into fix-all. */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Range;
  /** Offsets of the same range, for consumers that work on the raw text. */
  start: number;
  end: number;
  message: string;
  /** More than the headline, when the finding has it (how muscles were counted). */
  detail?: string;
  fixes: Fix[];
}
