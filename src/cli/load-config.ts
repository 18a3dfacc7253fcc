import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../core/config/config';
import { CONFIG_FILE_NAME, ConfigLookup, configCandidates, configFromText, describeIssue, type FoundConfig, type ReadText } from '../core/config/lookup';

// The CLI's side of the one configuration lookup (src/core/config/lookup.ts): Node's files
// behind the core's search and checks. Each note gets the nearest .dnlintrc.json from its own
// folder upwards, as in the editor; --config names one file for every note instead.

export { CONFIG_FILE_NAME };

/** Forward slashes, as the core lookup and glob patterns expect (a no-op outside Windows). */
export const toPosix = (p: string): string => (sep === '\\' ? p.split(sep).join('/') : p);

/** Reads a configuration file for the core lookup: undefined when there is none, else its text or a plain reason it cannot be read. */
export const readTextFile: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new Error(code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `system error ${code ?? 'unknown'}`, { cause: e });
  }
};

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file used, if any; include/exclude patterns are relative to its folder. */
  path?: string;
  /** Problems found in the file, one line each; the settings concerned fell back to defaults. */
  problems: string[];
  /** Set when an explicitly named config could not be read (a usage error). */
  fatal?: string;
}

/** A found configuration as the CLI reports it (problems as lines naming the file as the user sees it). */
export function loaded(found: FoundConfig, shownAs: (p: string) => string): LoadedConfig {
  return { config: found.config, path: found.path, problems: found.path ? found.issues.map((i) => describeIssue(shownAs(found.path!), i)) : [] };
}

/** The configuration file at `path` (the worker threads, given the file the main thread chose); defaults when it is gone. */
export function configAt(path: string | undefined): FoundConfig {
  if (!path) return { config: defaultConfig(), issues: [] };
  try {
    const text = readTextFile(path) as string | undefined;
    return text === undefined ? { config: defaultConfig(), issues: [] } : configFromText(path, text);
  } catch {
    return { config: defaultConfig(), issues: [] };
  }
}

/** The configuration named with --config: it must exist and be readable. */
export function loadExplicitConfig(explicit: string, cwd: string, shownAs: (p: string) => string): LoadedConfig {
  const path = resolve(cwd, explicit);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`;
    return { config: defaultConfig(), problems: [], fatal: `${shownAs(path)}: ${why}` };
  }
  return loaded(configFromText(toPosix(path), text), shownAs);
}

/**
 * One configuration for a whole run (handout, report and verify, which read one clinic's
 * settings): --config, else the one that applies to a note in the current folder.
 */
export function loadConfig(explicit: string | undefined, cwd: string, shownAs: (p: string) => string): LoadedConfig {
  if (explicit) return loadExplicitConfig(explicit, cwd, shownAs);
  for (const candidate of configCandidates(toPosix(join(resolve(cwd), '_')))) {
    let text: string | undefined;
    try {
      text = readTextFile(candidate) as string | undefined;
    } catch (e) {
      return { config: defaultConfig(), problems: [`${shownAs(candidate)}: cannot be read (${(e as Error).message}); using the default settings.`] };
    }
    if (text !== undefined) return loaded(configFromText(candidate, text), shownAs);
  }
  return { config: defaultConfig(), problems: [] };
}

/** Where each note's configuration comes from in a run: the file named with --config, or the core lookup per note. */
export interface ConfigSource {
  forFile(path: string): Promise<FoundConfig>;
}

export function configSource(explicit: LoadedConfig | undefined): ConfigSource {
  if (explicit) {
    const found: FoundConfig = { path: explicit.path ? toPosix(explicit.path) : undefined, config: explicit.config, issues: [] };
    return { forFile: async () => found };
  }
  const lookup = new ConfigLookup(readTextFile);
  return { forFile: (path) => lookup.forFile(toPosix(path)) };
}

/**
 * The configuration for a subcommand, its problems said one per line through `say`; undefined
 * when a `--config` file named on the command line cannot be read (a usage error: exit 2).
 */
export function loadConfigSaying(explicit: string | undefined, cwd: string, shownAs: (p: string) => string, say: (line: string) => void): LoadedConfig | undefined {
  const loaded = loadConfig(explicit, cwd, shownAs);
  if (loaded.fatal) {
    say(`--config ${loaded.fatal}`);
    return undefined;
  }
  for (const p of loaded.problems) say(p);
  return loaded;
}
