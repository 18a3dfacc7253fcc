// Writes the benchmark inputs under bench/out/ (gitignored). Deterministic: same seed and
// arguments give byte-identical files.
//
//   node bench/generate.mjs                 # 1k and 10k corpora, typical.md, huge.md
//   node bench/generate.mjs corpus <dir> <n> [seed]
//   node bench/generate.mjs typical <file> [lines]
//   node bench/generate.mjs huge <file> [lines]
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SEED, generateHuge, generateTypical, makeRng, noteText } from './notes.mjs';

export function generateCorpus(dir, n, seed = DEFAULT_SEED) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rng = makeRng(seed);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const text = noteText(rng);
    bytes += Buffer.byteLength(text);
    // Sub-folders of 1,000 notes, as a clinic's archive would be split by month or clinician.
    const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `note-${String(i).padStart(5, '0')}.md`), text);
  }
  return { files: n, bytes };
}

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

export function generateAll(outDir, { force = false, sizes = [1000, 10000] } = {}) {
  for (const n of sizes) {
    const dir = join(outDir, `corpus-${n}`);
    if (force || !existsSync(dir) || readdirSync(dir).length === 0) generateCorpus(dir, n);
  }
  const typical = join(outDir, 'typical.md');
  if (force || !existsSync(typical)) write(typical, generateTypical());
  const huge = join(outDir, 'huge.md');
  if (force || !existsSync(huge)) write(huge, generateHuge());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, target, arg, seed] = process.argv.slice(2);
  const out = new URL('./out/', import.meta.url).pathname;
  if (!cmd) generateAll(out, { force: true });
  else if (cmd === 'corpus') console.log(generateCorpus(target, Number(arg ?? 1000), Number(seed ?? DEFAULT_SEED)));
  else if (cmd === 'typical') write(target, generateTypical(Number(arg ?? 120)));
  else if (cmd === 'huge') write(target, generateHuge(Number(arg ?? 50000)));
  else {
    console.error('usage: generate.mjs [corpus <dir> <n> [seed] | typical <file> [lines] | huge <file> [lines]]');
    process.exit(2);
  }
}
