import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../core/types';

// Result cache for repeated CLI runs over unchanged notes. An entry is keyed by a hash of the
// note's bytes, so a renamed or moved note still hits and an edited note always misses. The
// file as a whole is keyed by the engine (the running bundle's own bytes) and the resolved
// configuration (the config file's bytes), so a new linter build or a changed config starts
// from empty. It lives outside the notes (never next to them) and holds no file names; the
// findings it stores are the same ones the run prints.

export const CACHE_FORMAT = 1;
/** Entries kept from earlier runs besides the ones this run used (bounds the file's size). */
export const MAX_STALE_ENTRIES = 50_000;
/**
 * Cache files kept in the folder, the most recently written first: each linter build and each configuration has its own,
 * and without a bound every update left its file behind (a developer's folder had grown to 360 files, 1.2 GB).
 */
export const MAX_CACHE_FILES = 8;
const CACHE_FILE_RE = /^results-[\w-]{16}\.json$/;

export interface CacheOptions {
  dir: string;
  /** Identifies the linter build, e.g. a hash of the bundle. */
  engine: string;
  /** Identifies the resolved configuration, e.g. a hash of the config file, or 'default'. */
  config: string;
}

/** Where the cache lives: $DNLINT_CACHE_DIR, else $XDG_CACHE_HOME/dn-lint, else ~/.cache/dn-lint. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DNLINT_CACHE_DIR) return env.DNLINT_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dn-lint');
}

export const hashText = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** Identity of the running linter: its version plus the bytes of the bundle it runs from. */
export function engineFingerprint(version: string, bundlePath: string | undefined): string {
  let bytes = '';
  try {
    if (bundlePath) bytes = hashText(readFileSync(bundlePath, 'latin1'));
  } catch {
    // Unknown build: the version alone keys the cache.
  }
  return `${version}:${bytes}`;
}

interface CacheFile {
  format: number;
  engine: string;
  config: string;
  entries: Record<string, Finding[]>;
}

export class ResultCache {
  private readonly old = new Map<string, Finding[]>();
  private readonly used = new Map<string, Finding[]>();
  private changed = false;
  readonly file: string;

  constructor(private readonly opts: CacheOptions) {
    this.file = join(opts.dir, `results-${hashText(`${CACHE_FORMAT}\0${opts.engine}\0${opts.config}`).slice(0, 16)}.json`);
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (data.format === CACHE_FORMAT && data.engine === opts.engine && data.config === opts.config) {
        for (const [k, v] of Object.entries(data.entries)) this.old.set(k, v);
      }
    } catch {
      // Missing or unreadable cache: start empty.
    }
  }

  /** Findings stored for this exact note text, or undefined. */
  get(key: string): Finding[] | undefined {
    const hit = this.used.get(key) ?? this.old.get(key);
    if (hit && !this.used.has(key)) this.used.set(key, hit);
    return hit;
  }

  set(key: string, findings: Finding[]): void {
    this.used.set(key, findings);
    this.changed = true;
  }

  get size(): number {
    return this.used.size;
  }

  /** Writes the cache if anything new was stored; never throws (a cache is optional). */
  save(): void {
    if (!this.changed) return;
    const entries: Record<string, Finding[]> = {};
    for (const [k, v] of this.used) entries[k] = v;
    let stale = 0;
    for (const [k, v] of this.old) {
      if (this.used.has(k)) continue;
      if (++stale > MAX_STALE_ENTRIES) break;
      entries[k] = v;
    }
    const data: CacheFile = { format: CACHE_FORMAT, engine: this.opts.engine, config: this.opts.config, entries };
    try {
      mkdirSync(this.opts.dir, { recursive: true, mode: 0o700 });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
      renameSync(tmp, this.file);
      this.changed = false;
      pruneCacheFiles(this.opts.dir);
    } catch {
      // A read-only home or a full disk must not fail the lint.
    }
  }
}

/** Removes this linter's cache files beyond the MAX_CACHE_FILES most recently written; other files are left alone. */
export function pruneCacheFiles(dir: string): void {
  try {
    const files = readdirSync(dir).filter((name) => CACHE_FILE_RE.test(name)).map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }));
    files.sort((a, b) => b.mtime - a.mtime);
    for (const old of files.slice(MAX_CACHE_FILES)) unlinkSync(old.path);
  } catch {
    // Another run pruning at the same time, or a file gone: the next save tries again.
  }
}

/** The cache for a CLI run: keyed by this bundle and the config file in effect (undefined = defaults). */
export function openResultCache(version: string, configPath: string | undefined, bundlePath: string | undefined = __filename): ResultCache {
  let config = 'default';
  if (configPath) {
    try {
      config = hashText(readFileSync(configPath, 'utf8'));
    } catch {
      config = `unreadable:${Date.now()}`; // never reuse results for a config we could not read
    }
  }
  return new ResultCache({ dir: defaultCacheDir(), engine: engineFingerprint(version, bundlePath), config });
}
