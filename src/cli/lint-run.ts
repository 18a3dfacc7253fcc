import type { VisitHeader } from '../core/course/visit';
import type { FoundConfig } from '../core/config/lookup';
import { openResultCache } from './cache';
import { leftOutMessages, type Discovery } from './files';
import type { FileResult } from './lint-files';
import { loaded } from './load-config';
import { lintFilesParallel } from './worker';

// A run over the files found (files.ts): notes under different .dnlintrc.json files are linted
// with their own configuration, each group with its own cache and workers, and the results come
// back in the order the files were found.

export interface RunOptions {
  version: string;
  maxFileBytes: number;
  noCache: boolean;
  /** Called with each readable note's front matter facts, by its index in `found.files`. */
  onHeader?: (i: number, header: VisitHeader) => void;
}

export async function lintDiscovered(found: Discovery, opts: RunOptions): Promise<FileResult[]> {
  const groups = new Map<FoundConfig, number[]>();
  found.files.forEach((file, i) => {
    const config = found.configOf.get(file)!;
    const group = groups.get(config);
    if (group) group.push(i);
    else groups.set(config, [i]);
  });
  const results: FileResult[] = new Array(found.files.length);
  for (const [config, indices] of groups) {
    const cache = opts.noCache ? undefined : openResultCache(opts.version, config.path);
    const onHeader = opts.onHeader;
    const done = await lintFilesParallel(indices.map((i) => found.files[i]), config.config, {
      maxFileBytes: opts.maxFileBytes, configPath: config.path, cache,
      onHeader: onHeader && ((j, header) => onHeader(indices[j], header)),
    });
    cache?.save();
    done.forEach((r, j) => (results[indices[j]] = r));
  }
  return results;
}

/**
 * What the user should hear about the files found before any note is read: problems in the
 * configuration files that apply (each file once), arguments that named nothing, and Markdown
 * files the configuration's `include` left out. Each is one line for stderr.
 */
export function discoveryMessages(found: Discovery, shownAs: (p: string) => string, verb = 'linted'): string[] {
  const configs = new Set<FoundConfig>([...found.configOf.values(), ...found.leftOut.map((l) => l.found)]);
  return [
    ...[...configs].flatMap((c) => loaded(c, shownAs).problems),
    ...found.problems.map((p) => `${p.target}: ${p.problem}`),
    ...leftOutMessages(found, shownAs, verb),
  ];
}

/** Said when nothing at all was found to check (the run then exits 2). */
export const NOTHING_CHECKED = 'nothing was checked: no notes were found in the files and folders given';
