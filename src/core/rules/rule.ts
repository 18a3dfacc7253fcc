import type { Note } from '../model/note';
import type { ResolvedConfig } from '../config/config';
import type { Vocabulary } from '../vocab';
import type { OffsetEdit, Severity } from '../types';
import type { CourseContext } from '../course/context';

export interface RuleMeta {
  /** Stable kebab-case id used in configuration, directives and docs. */
  id: string;
  /** Short stable alias, e.g. "DN001". */
  code: string;
  defaultSeverity: Severity;
  /** One line: what the rule checks. */
  title: string;
  /**
   * The headlines a finding shows, by id: at most 60 characters once filled in, the missing thing
   * first ("No consent documented"). `{name}` fields are filled by the rule (see `say`).
   */
  messages: Readonly<Record<string, string>>;
  /** A check that something is written at all (consent, aftercare, a count…): may wait for save while drafting. */
  completeness?: true;
  /** One paragraph in plain clinical words: why it matters. */
  rationale: string;
  /**
   * A note excerpt that raises the finding, and one that does not. Course-of-care rules add the
   * earlier notes of the same patient and episode, oldest first, that both are checked with.
   */
  example: { bad: string; good: string; earlier?: readonly string[] };
  /** How the rule decides, in clinical words: what raises a finding and what does not (one bullet each). */
  decides: readonly string[];
  fixable: boolean;
  /** Options read from the rule's configuration entry (`{ "rules": { "<id>": { "<option>": … } } }`). */
  options?: Readonly<Record<string, RuleOption>>;
}

export type RuleOption =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; minimum?: number; description: string };

export interface FixSpec {
  title: string;
  edits: OffsetEdit[];
  /** Safe fixes need no clinical judgement and remove nothing; only they go into fix-all. */
  safe?: boolean;
}

export interface Report {
  start: number;
  end: number;
  /** The headline: one of the rule's `messages`, filled in (at most 60 characters). */
  message: string;
  /** What the clinician may want to check behind the headline (how muscles were counted); shown with the finding. */
  detail?: string;
  fixes?: FixSpec[];
}

export interface RuleContext {
  config: ResolvedConfig;
  vocab: Vocabulary;
  /** Rule options from the configuration file, e.g. { countSidesSeparately: true }. */
  options: Record<string, unknown>;
  /** When the note is being checked: rules about timeliness (an unsigned note) compare with it. */
  now: Date;
  /** The patient's other visits, when known (CLI over a folder, the editor's patient index). */
  course?: CourseContext;
  /** Names in `dnlint-disable` comments of this note that match no rule. */
  unknownDirectives: ReadonlyArray<{ start: number; end: number; name: string }>;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(note: Note, ctx: RuleContext): void;
}
