// Where a lint's time goes: median wall ms of each stage of the model on one note (default: the
// generated typical note), each stage timed on its own over `runs` lints.
//   node bench/stages.mjs [note.md] [runs]
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateTypical } from './notes.mjs';

const out = fileURLToPath(new URL('./out/stages.cjs', import.meta.url));
await build({ entryPoints: [fileURLToPath(new URL('./stages-entry.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: out, logLevel: 'warning', loader: { '.md': 'text' } });
const c = createRequire(import.meta.url)(out);
const file = process.argv[2];
const text = file && existsSync(file) ? readFileSync(file, 'utf8') : generateTypical();
const runs = Number(process.argv[3] ?? 400);
const config = c.defaultConfig();
const vocab = config.vocabulary;
/** @type {Record<string, number[]>} */
const times = {};
/** @template T @param {string} name @param {() => T} fn @returns {T} */
function timed(name, fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  (times[name] ??= []).push(Number(process.hrtime.bigint() - start) / 1e6);
  return result;
}
for (let i = 0; i < runs; i++) {
  const tree = timed('parse', () => c.parseMarkdown(text));
  const { units } = timed('units', () => c.scanUnits(text, tree));
  const sections = timed('sections', () => c.findSections(units));
  const notMuscles = c.nonMuscleAbbreviations(units, vocab);
  const mentions = timed('muscle mentions', () => units.map((/** @type {any} */ u) => (u.kind === 'row' ? [] : vocab.scanMuscles(u.text).filter((/** @type {any} */ m) => !notMuscles.has(m.text)))));
  timed('records', () => c.findRecords(units, sections, vocab, mentions));
  timed('consent', () => c.findConsent(units, vocab, undefined, () => false));
  timed('aftercare', () => c.findAftercare(units, undefined, () => false));
  timed('needle counts', () => c.findNeedleCounts(units));
  timed('codes', () => { c.findCptCodes(units); c.findIcdCodes(units); });
  timed('scores', () => c.findScores(units));
  const note = timed('whole model (buildNote)', () => c.buildNote(text, vocab));
  timed('rules (lintNote)', () => c.lintNote(note, config));
  timed('whole lint', () => c.lint(text, config));
}
// The first quarter warms the engine up and is left out.
const median = (/** @type {number[]} */ a) => { const s = a.slice(Math.floor(a.length / 4)).sort((x, y) => x - y); return s[s.length >> 1]; };
for (const [name, t] of Object.entries(times)) console.log(`${name.padEnd(26)} ${median(t).toFixed(3)} ms`);
