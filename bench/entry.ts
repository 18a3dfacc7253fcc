// Bundled by bench/run.mjs into bench/out/core.cjs: the core entry points the latency
// benchmarks time in-process, plus parser variants for the floors and the inline switch-off check.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';

export { lint } from '../src/core/engine/lint';
export { defaultConfig } from '../src/core/config/config';
export { buildNote } from '../src/core/model/note';
export { parseMarkdown } from '../src/core/parse/markdown';
export { safeChunks } from '../src/core/parse/chunks';
export { chunking, clearParseMemo } from '../src/core/parse/markdown';
export * as complete from '../src/core/editor/complete';

const mdastExtensions = [frontmatterFromMarkdown(['yaml']), gfmTableFromMarkdown()];
const inlineOn = [frontmatter(['yaml']), gfmTable()];

/** The same parser with micromark's inline constructs left on (for the switch-off comparison). */
export function parseWholeInlineOn(text: string) {
  return fromMarkdown(text, { extensions: inlineOn, mdastExtensions });
}
