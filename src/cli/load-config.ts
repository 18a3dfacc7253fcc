import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../core/config/config';
import { parseConfigText } from '../core/config/parse';

export const CONFIG_FILE_NAME = '.dnlintrc.json';

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The file used, if any; include/exclude patterns are relative to its folder. */
  path?: string;
  /** Problems found in the file; the settings concerned fell back to defaults. */
  problems: string[];
  /** Set when an explicitly named config could not be read (a usage error). */
  fatal?: string;
}

/** Nearest .dnlintrc.json from `start` upwards. */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const p = join(dir, CONFIG_FILE_NAME);
    if (existsSync(p) && statSync(p, { throwIfNoEntry: false })?.isFile()) return p;
    if (dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(explicit: string | undefined, cwd: string, shownAs: (p: string) => string): LoadedConfig {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { config: defaultConfig(), problems: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'unknown error'})`;
    const message = `${shownAs(path)}: ${why}`;
    // A configuration the user named must exist; a found one that vanished just means defaults.
    return explicit ? { config: defaultConfig(), problems: [], fatal: message } : { config: defaultConfig(), problems: [`${message}; using the default settings`] };
  }
  const parsed = parseConfigText(text, shownAs(path));
  return { config: parsed.config, path, problems: parsed.problems };
}
