import { createVocabulary, type ClinicVocabulary, type Vocabulary } from '../vocab';
import type { Severity } from '../types';
import { sections, type SectionKey, type SectionValues } from './sections';

/** The project configuration file as written (`.dnlintrc.json`); see schemas/dnlint.schema.json. */
export interface ConfigFile {
  $schema?: string;
  rules?: Record<string, Severity | 'off' | { severity?: Severity | 'off'; [option: string]: unknown }>;
  billing?: { countSidesSeparately?: boolean };
  vocabulary?: ClinicVocabulary;
  include?: string[];
  exclude?: string[];
  /** Notes larger than this many bytes are not linted live in the editor. */
  maxLiveLintBytes?: number;
}
/** The file with its sections already checked (config/sections.ts). */
export type CheckedConfigFile = ConfigFile & Partial<SectionValues>;

export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export interface ResolvedConfig extends SectionValues {
  /** Per-rule severity and options; rules not listed run at their default severity. */
  rules: Record<string, RuleSetting | undefined>;
  billing: { countSidesSeparately: boolean };
  vocabulary: Vocabulary;
  include: string[];
  exclude: string[];
  maxLiveLintBytes: number;
}

/**
 * Files the tools write beside notes (handouts made from a note, `<note>.handout.md`, or
 * `<note>.handout-2.md` when that name was taken): never notes, whatever `exclude` says (see
 * lookup.ts). Printed pages (`<note>.print.html`) and PDFs are not Markdown: `include` never takes them.
 */
export const GENERATED_FILES: readonly string[] = ['**/*.handout.md', '**/*.handout-*.md'];

export const DEFAULT_INCLUDE = ['**/*.md'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', ...GENERATED_FILES];
export const DEFAULT_MAX_LIVE_LINT_BYTES = 2_000_000;

/** Builds the effective configuration from a file that has already been validated. */
export function resolveConfig(file: CheckedConfigFile = {}): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(file.rules ?? {})) {
    if (typeof value === 'string') rules[id] = { severity: value, options: {} };
    else if (value && typeof value === 'object') {
      const { severity, ...options } = value;
      rules[id] = { severity: severity ?? (undefined as never), options };
    }
  }
  return {
    rules,
    billing: { countSidesSeparately: file.billing?.countSidesSeparately ?? true },
    vocabulary: createVocabulary(file.vocabulary),
    include: file.include ?? DEFAULT_INCLUDE,
    exclude: file.exclude ?? DEFAULT_EXCLUDE,
    maxLiveLintBytes: file.maxLiveLintBytes ?? DEFAULT_MAX_LIVE_LINT_BYTES,
    ...sectionValues(file),
  };
}

let defaults: ResolvedConfig | undefined;
export function defaultConfig(): ResolvedConfig {
  return (defaults ??= resolveConfig());
}

function sectionValues(file: CheckedConfigFile): SectionValues {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(sections) as SectionKey[]) out[key] = file[key] ?? sections[key].defaults;
  return out as SectionValues;
}
