// npm run metamorphic -- [rewrite…] [--skip REGEX]
// Lints every blind note as written and again after each rewrite that keeps its meaning
// (test/core/robustness/rewrites.ts: bold labels as an EMR's <b> tags, headings as bold labels, CRLF,
// "DN" spelt out, …) and prints each note whose findings change. The notes were written by people
// who never read the engine, so a change here is a way of writing the engine reads differently: a
// class of phrasing to fix, found without a new batch. The unit test reads a sample of the same.
// Rewrites whose readings are not all mended yet (openRewrites) run only when named.
// A finding about the whole note counts once whatever its line, as in blind scoring. Notes listed as a rewrite's
// residue (RESIDUE in rewrites.ts, which the unit test reads) are marked, so a new difference stands out.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = await build({
  stdin: {
    contents: "export { lint } from './src/core/engine/lint';\nexport { defaultConfig } from './src/core/config/config';\n"
      + "export { rewrites, openRewrites, LINE_MAPS, BACK_MAPS, RESIDUE } from './test/core/robustness/rewrites';\nexport { NOTE_RULES } from './test/blind/score';\n",
    resolveDir: root, loader: 'ts',
  },
  bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error',
});
const mod = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, createRequire(import.meta.url));
const { lint, defaultConfig, rewrites, openRewrites, LINE_MAPS, BACK_MAPS, RESIDUE, NOTE_RULES } = mod.exports;
const config = defaultConfig();
// The open rewrites (readings not all mended yet) run only when named.
const REWRITES = { ...rewrites(config.vocabulary), ...openRewrites() };
const SETTLED = Object.keys(rewrites(config.vocabulary));

const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip');
const skip = skipAt >= 0 ? new RegExp(args.splice(skipAt, 2)[1]) : undefined;
const unknown = args.filter((a) => !REWRITES[a]);
if (unknown.length) {
  console.error(`metamorphic: no rewrite named ${unknown.join(', ')}; known: ${Object.keys(REWRITES).map((k) => JSON.stringify(k)).join(' ')}`);
  process.exit(2);
}
const chosen = args.length ? args : SETTLED;
// A rewrite that moves lines gives the line each original line lands on (LINE_MAPS); the original's findings are compared there.
const keys = (text, lineAt = (l) => l) => lint(text, config).findings.map((f) => `${NOTE_RULES.has(f.ruleId) ? 'note' : lineAt(f.range.start.line) + 1}:${f.ruleId}`).sort().join(' ');

const blind = join(root, 'test/fixtures/blind');
const notes = readdirSync(blind).filter((b) => /^batch\d+$/.test(b) && (!skip || !skip.test(b))).flatMap((b) => {
  const dir = join(blind, b, 'notes');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : [];
});
const texts = notes.map((file) => readFileSync(file, 'utf8'));
const before = texts.map((t) => keys(t));
let changedAll = 0;
let knownAll = 0;
for (const name of chosen) {
  let rewritten = 0;
  let changed = 0;
  let known = 0;
  // Notes the unit test lists as residue of this rewrite (readings not yet mended): marked, so a new difference stands out.
  const residue = new Set(RESIDUE[name] ?? []);
  texts.forEach((text, i) => {
    const next = REWRITES[name](text);
    if (next === text) return;
    rewritten++;
    // A rewrite that splits lines (BACK_MAPS) says which original line each new one came from.
    const back = BACK_MAPS[name]?.(text);
    const after = back ? keys(next, (l) => back[l]) : keys(next);
    const map = LINE_MAPS[name]?.(text);
    const expected = map ? keys(text, (l) => map[l]) : before[i];
    if (after === expected) return;
    changed++;
    const listed = residue.has(notes[i].slice(blind.length + 1).replace('/notes/', '/'));
    if (listed) known++;
    console.log(`${name}: ${notes[i].slice(root.length)}${listed ? ' (listed residue)' : ''}\n  - ${expected || '(none)'}\n  + ${after || '(none)'}`);
  });
  changedAll += changed;
  knownAll += known;
  console.log(`${name}: ${rewritten} notes rewritten, ${changed} with changed findings${known ? ` (${known} listed residue)` : ''}`);
}
console.log(`${notes.length} notes, ${chosen.length} rewrites, ${changedAll} changed (${knownAll} listed residue, ${changedAll - knownAll} new)`);
