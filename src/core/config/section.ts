/**
 * A top-level part of `.dnlintrc.json` that a feature owns (the clinic's details, signing,
 * handouts, the course of care): its JSON schema, its defaults, and a check that keeps what is
 * valid and says what is not. Registered in sections.ts; parse.ts and the schema generator use it.
 */
export interface ConfigSection<T> {
  /** JSON schema of the section's value (draft-07), shown and checked by VS Code in the file. */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly defaults: T;
  /** The valid part of `value` with defaults for the rest; every problem starts with the key path. */
  validate(value: unknown, problem: (message: string) => void): T;
}
