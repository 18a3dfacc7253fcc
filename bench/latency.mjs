// Editor-side latency in one process after warm-up: our lint() and completeAt() against the
// markdownlint sync API on the same notes, called alternately. Prints one JSON object.
//   node bench/latency.mjs <typical.md> <huge.md> <typicalRuns> <hugeRuns> <peerHugeRuns>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lint as markdownlint } from 'markdownlint/sync';
import { CORE_BUNDLE } from './bundle.mjs';
import { generateDictatedLine, generateFindingDenseList, generateHuge, generateRunOnParagraph } from './notes.mjs';

const require = createRequire(import.meta.url);
/** The core bundled by bench/bundle.mjs (generated, so typed from its entry rather than read). @type {typeof import('./entry')} */
const core = require(CORE_BUNDLE);
const [typicalFile, hugeFile, typicalRuns = '200', hugeRuns = '5', peerHugeRuns = '2'] = process.argv.slice(2);
const typical = readFileSync(typicalFile, 'utf8');
const huge = readFileSync(hugeFile, 'utf8');

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const wall = ms(t0);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
function series(samples) {
  return { wall: stats(samples.map((x) => x.wall)), cpu: stats(samples.map((x) => x.cpu)) };
}
/** Runs the functions alternately, n rounds, after `warm` untimed rounds. */
function alternate(fns, n, warm) {
  for (let i = 0; i < warm; i++) for (const f of Object.values(fns)) f();
  /** @type {Record<string, Array<{ wall: number, cpu: number }>>} */
  const out = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, f] of Object.entries(fns)) out[k].push(time(f));
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, series(v)]));
}
const peer = (text) => markdownlint({ strings: { note: text } });

const result = {};
const first = time(() => core.lint(typical));
result.firstLintTypical = first;
result.typical = alternate({ ours: () => core.lint(typical), markdownlint: () => peer(typical) }, Number(typicalRuns), 50);
// A keystroke's re-lint: the typical note with one line changed each call, a different line and a new word each time, as the
// editor sends it (readers remember the lines left alone, so linting the same text again is not the editor's case).
const typicalLines = typical.split('\n');
const keystrokes = Array.from({ length: 2 * (Number(typicalRuns) + 50) }, (_, k) => {
  const copy = typicalLines.slice();
  copy[(k * 7) % copy.length] += ` x${k}`;
  return copy.join('\n');
});
let keystroke = 0;
const nextKeystroke = () => keystrokes[keystroke++ % keystrokes.length];
let peerKeystroke = 0;
result.typicalEdited = alternate({ ours: () => core.lint(nextKeystroke()), markdownlint: () => peer(keystrokes[peerKeystroke++ % keystrokes.length]) }, Number(typicalRuns), 50);

// Completion at a needling line: the muscle cell of the first needling-table row.
const row = typical.indexOf('\n| ', typical.indexOf('| Muscle'));
const offset = row + 3;
if (core.complete?.completeAt) {
  core.complete.completeAt(typical, offset);
  const note = core.lint(typical).note;
  result.completion = {
    ...alternate({ withNote: () => core.complete.completeAt(typical, offset, note), fresh: () => core.complete.completeAt(typical, offset) }, Number(typicalRuns), 20),
    items: core.complete.completeAt(typical, offset).items.length,
    context: core.complete.completeAt(typical, offset).context,
  };
}

// The long note: cold (no parsed chunk kept), while editing (one line changed per call, as in the
// editor after a keystroke) and the peer, which parses the whole note every time.
const lines = huge.split('\n');
let edit = 0;
const edited = () => {
  const at = (edit++ * 997) % lines.length;
  const copy = lines.slice();
  copy[at] = copy[at] + ' x';
  return copy.join('\n');
};
const hugeLines = lines.length;
core.lint(huge);
result.huge = { lines: hugeLines };
result.huge.oursCold = series(Array.from({ length: Number(hugeRuns) }, () => { core.clearParseMemo(); return time(() => core.lint(huge)); }));
core.lint(huge);
result.huge.oursEdit = series(Array.from({ length: Number(hugeRuns) * 2 }, () => { const t = edited(); return time(() => core.lint(t)); }));
result.huge.markdownlint = series(Array.from({ length: Number(peerHugeRuns) }, () => time(() => peer(huge))));
// Chunked findings are checked against a whole parse in test/core/parse/chunks.test.ts; here we
// also confirm on this exact note once (a whole parse of 50k lines takes as long as markdownlint).
if (process.env.BENCH_CHECK_WHOLE) {
  core.clearParseMemo();
  const chunked = JSON.stringify(core.lint(huge).findings);
  const saved = core.chunking.chunkLines;
  core.chunking.chunkLines = Infinity;
  const t = time(() => (result.huge.wholeFindingsIdentical = JSON.stringify(core.lint(huge).findings) === chunked));
  result.huge.oursWholeParse = t;
  core.chunking.chunkLines = saved;
}
result.huge.findings = core.lint(huge).findings.length;
result.typicalFindings = core.lint(typical).findings.length;

// What the model and rules cost on top of the parse: the whole lint against the parse alone,
// alternately on the typical note (the target is lint CPU at most 1.3× the parse).
// Also against a fixed reference that does not move when the core's own parse gets faster:
// remark's parse of the same note to a full mdast tree (GFM tables, front matter, inline on).
// Linted after a keystroke, as above, so the readers' memory of unchanged lines counts as it does in the editor, no more.
result.modelCost = alternate({ lint: () => core.lint(nextKeystroke()), parse: () => core.parseMarkdown(typical), mdast: () => core.parseWholeInlineOn(typical) }, Number(typicalRuns), 50);

// Linear in the input: one 4 MB dictated line, and a 100,000-line note (each under 5 s).
const dictated = generateDictatedLine(4_000_000);
const longNote = generateHuge(100_000, 7);
const once = (text) => { core.clearParseMemo(); return time(() => core.lint(text)); };
// Three runs at least, so the median is a middle run and not the slower of two (this host's speed drifts by half).
const longRuns = Math.max(3, Number(hugeRuns) - 1);
result.long = {
  line4mb: { bytes: dictated.length, ...series(Array.from({ length: longRuns }, () => once(dictated))) },
  lines100k: { lines: longNote.split('\n').length, bytes: longNote.length, ...series(Array.from({ length: longRuns }, () => once(longNote))) },
  // One paragraph of dictation pasted a sentence per line: 10,000 and 40,000 lines, to show the time grows with the length, not its square.
  paragraph10k: series(Array.from({ length: longRuns }, () => once(generateRunOnParagraph(10_000)))),
  paragraph40k: series(Array.from({ length: longRuns }, () => once(generateRunOnParagraph(40_000)))),
  // A finding on every third line of one long list: a finding's cost must not grow with the note's length.
  findings20k: series(Array.from({ length: longRuns }, () => once(generateFindingDenseList(20_000)))),
  findings80k: series(Array.from({ length: longRuns }, () => once(generateFindingDenseList(80_000)))),
};
process.stdout.write(JSON.stringify(result));
