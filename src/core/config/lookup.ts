// The one answer, for the CLI and the editor alike, to two questions about a file:
// which `.dnlintrc.json` applies to it (the nearest one from its folder upwards), and whether
// checking a whole folder includes it (the `include` and `exclude` globs of that configuration,
// relative to the configuration's folder). Files are read through an injected function, so
// this runs on Node's fs, on VS Code's workspace.fs and in a browser alike. Paths are
// absolute with forward slashes (`/clinic/notes/a.md`, `C:/clinic/a.md`, a URI's path).
import picomatch from 'picomatch/posix';
import { defaultConfig, GENERATED_FILES, type ResolvedConfig } from './config';
import { parseConfigText, type ConfigIssue } from './parse';

export { GENERATED_FILES };
export const CONFIG_FILE_NAME = '.dnlintrc.json';

/** Markdown by its extension: what the CLI counts when it says how many files `include` left out. */
export const isMarkdownPath = (path: string): boolean => /\.(?:md|markdown)$/i.test(path);

/**
 * Reads a file's text. Returns undefined when there is no such file (or it is a folder); throws
 * an Error whose message says in plain words why an existing file cannot be read.
 */
export type ReadText = (path: string) => string | undefined | Promise<string | undefined>;

export interface FoundConfig {
  /** The configuration file that applies; undefined means the default settings. */
  path?: string;
  config: ResolvedConfig;
  /** Problems in that file, each with its position when known; the parts concerned use their defaults. */
  issues: ConfigIssue[];
}

/** The folder holding `path`, or undefined at the top (`/`, `C:/`). */
export function parentFolder(path: string): string | undefined {
  const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const cut = p.lastIndexOf('/');
  if (cut < 0 || p === '/' || /^[A-Za-z]:$/.test(p)) return undefined;
  if (cut === 0) return '/';
  const parent = p.slice(0, cut);
  return /^[A-Za-z]:$/.test(parent) ? parent + '/' : parent;
}

const join = (folder: string, name: string) => (folder.endsWith('/') ? folder + name : `${folder}/${name}`);

/** `path` relative to `folder` when it is inside it (`notes/a.md`), else undefined. */
export function relativeTo(folder: string, path: string): string | undefined {
  const base = folder.endsWith('/') ? folder : folder + '/';
  return path.startsWith(base) ? path.slice(base.length) : undefined;
}

/**
 * Where a `.dnlintrc.json` for a file may be, nearest first: the file's folder and each folder
 * above it, up to `root` (the editor's workspace folder) or the top of the file system.
 */
export function configCandidates(filePath: string, root?: string): string[] {
  const out: string[] = [];
  const top = root?.replace(/(.)\/+$/, '$1');
  for (let dir = parentFolder(filePath); dir !== undefined; dir = parentFolder(dir)) {
    if (top !== undefined && dir !== top && relativeTo(top, dir) === undefined) break;
    out.push(join(dir, CONFIG_FILE_NAME));
    if (dir === top) break;
  }
  return out;
}

/** A configuration file's text made into settings. */
export function configFromText(path: string, text: string): FoundConfig {
  const { config, issues } = parseConfigText(text);
  return { path, config, issues };
}

/** An issue as one line for a person: `.dnlintrc.json: line 3, column 5: rules.x: no such rule…`. */
export function describeIssue(shownPath: string, issue: ConfigIssue): string {
  return `${shownPath}: ${issue.at ? `line ${issue.at.line}, column ${issue.at.column}: ` : ''}${issue.message}`;
}

/**
 * Finds and reads the configuration for files, remembering what it read: a run of the CLI or
 * one Lint All Notes asks for thousands of files in a few folders. With `rememberMissing: false`
 * (the editor between runs) a folder without a configuration is looked at again next time, so a
 * newly created `.dnlintrc.json` applies even before a file watcher reports it.
 */
export class ConfigLookup {
  private readonly files = new Map<string, Promise<FoundConfig | undefined>>();
  /** One object for every file under the defaults, so callers can group files by the configuration they share. */
  private defaults: FoundConfig | undefined;

  constructor(
    private readonly read: ReadText,
    private readonly options: { root?: string; rememberMissing?: boolean } = {},
  ) {}

  /** The configuration that applies to `filePath` (the defaults when there is none). */
  async forFile(filePath: string): Promise<FoundConfig> {
    for (const candidate of configCandidates(filePath, this.options.root)) {
      const found = await this.load(candidate);
      if (found) return found;
    }
    return (this.defaults ??= { config: defaultConfig(), issues: [] });
  }

  private load(path: string): Promise<FoundConfig | undefined> {
    let p = this.files.get(path);
    if (!p) {
      p = (async () => {
        let text: string | undefined;
        try {
          text = await this.read(path);
        } catch (e) {
          // The file is there but cannot be read: say so on it, and use the defaults.
          return { path, config: defaultConfig(), issues: [{ kind: 'unreadable', message: `cannot be read (${e instanceof Error ? e.message : 'unknown error'}); using the default settings.` }] };
        }
        return text === undefined ? undefined : configFromText(path, text);
      })();
      this.files.set(path, p);
      if (this.options.rememberMissing === false) void p.then((found) => { if (!found) this.files.delete(path); });
    }
    return p;
  }
}

/** What a folder check does with a file it finds. */
export type Selection =
  | { kind: 'included' }
  /** Matched by `exclude` or a generated file: left out on purpose, nothing to say. */
  | { kind: 'excluded' }
  /** Not matched by `include`: the CLI counts these Markdown files and says so. */
  | { kind: 'not-included' };

const matchers = new WeakMap<readonly string[], (path: string) => boolean>();
/** One test for a list of globs, made once per list. A pattern picomatch cannot read matches nothing (parse.ts reports it). */
function matcher(patterns: readonly string[]): (path: string) => boolean {
  let m = matchers.get(patterns);
  if (!m) {
    const tests = patterns.flatMap((p) => {
      try {
        return p ? [picomatch(p)] : [];
      } catch {
        return [];
      }
    });
    m = (path: string) => tests.some((t) => t(path));
    matchers.set(patterns, m);
  }
  return m;
}
const generated = matcher(GENERATED_FILES);

/**
 * Whether checking a folder includes `filePath`. Patterns are relative to the configuration's
 * folder; a file outside it (a configuration named with --config) and a file under the default
 * settings are judged relative to `walkedFolder`, the folder being checked.
 */
export function selectFile(filePath: string, found: Pick<FoundConfig, 'path' | 'config'>, walkedFolder: string): Selection {
  const base = found.path !== undefined ? parentFolder(found.path) : undefined;
  const rel = (base !== undefined ? relativeTo(base, filePath) : undefined) ?? relativeTo(walkedFolder, filePath) ?? filePath.replace(/^\/+/, '');
  if (generated(rel) || matcher(found.config.exclude)(rel)) return { kind: 'excluded' };
  return matcher(found.config.include)(rel) ? { kind: 'included' } : { kind: 'not-included' };
}

/** True when a path is matched by `exclude` or is a generated file (globs expanded by the CLI still honour these). */
export function isExcluded(filePath: string, found: Pick<FoundConfig, 'path' | 'config'>, walkedFolder: string): boolean {
  return selectFile(filePath, found, walkedFolder).kind === 'excluded';
}
