// Signing figures: digest, sign and verify time for a typical note, and for 10,000 notes
// (in-process, and end to end through `dn-lint verify` reading the files), with and without
// Ed25519 key signatures. `node bench/sign.mjs [--notes 10000] [--runs 200]` (builds the CLI
// first when dist/cli.js is missing). Writes bench/out/sign.json and prints a table.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { DEFAULT_SEED, generateTypical, makeRng, noteText } from './notes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(here, 'out');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const NOTES = option('notes', 10_000);
const RUNS = option('runs', 200);

mkdirSync(out, { recursive: true });
const bundle = join(out, 'sign.cjs');
await build({
  stdin: {
    contents: `export { digestOf } from './src/core/sign/digest';
export { planSignature } from './src/core/sign/sign';
export { verifyText } from './src/core/sign/verify';
export { generateKey } from './src/core/sign/keygen';`,
    resolveDir: root, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning',
});
const { digestOf, planSignature, verifyText, generateKey } = createRequire(import.meta.url)(bundle);

const key = generateKey();
const signer = { name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd' };
const allowed = [{ name: 'Jane Doe', id: 'jd', keys: [key.publicKey] }];
const now = new Date('2025-03-04T17:00:00Z');
function sign(text, withKey, at = now) {
  const p = planSignature({ text, signer, meaning: 'author', now: at, errors: 0, key: withKey ? key : undefined });
  if (p.kind !== 'sign') throw new Error(p.message);
  return text + p.edit.newText;
}

/** Median milliseconds of fn over runs (after a warm-up). */
function median(fn, runs) {
  for (let i = 0; i < Math.min(20, runs); i++) fn(runs + i);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const once = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const typical = generateTypical();
const typicalSigned = sign(typical, false);
// Key checks are remembered per signature (a note being typed is checked again and again), so
// the timed runs each get a signature of their own: signed a second apart.
const typicalKeyed = Array.from({ length: Math.min(RUNS, 50) + 20 }, (_, i) => sign(typical, true, new Date(now.getTime() + i * 1000)));
const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
  typical: {
    bytes: Buffer.byteLength(typical),
    digestMs: median(() => digestOf(typical), RUNS),
    signMs: median(() => sign(typical, false), RUNS),
    verifyMs: median(() => verifyText(typicalSigned), RUNS),
    signWithKeyMs: median(() => sign(typical, true), Math.min(RUNS, 100)),
    verifyWithKeyMs: median((i) => verifyText(typicalKeyed[i], allowed), Math.min(RUNS, 50)),
  },
};

const rng = makeRng(DEFAULT_SEED);
const notes = Array.from({ length: NOTES }, () => noteText(rng));
const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);
let signedNotes;
let keyedNotes;
const signAll = once(() => { signedNotes = notes.map((t) => sign(t, false)); });
const signAllKeyed = once(() => { keyedNotes = notes.map((t) => sign(t, true)); });
const verifyAll = once(() => { for (const t of signedNotes) if (verifyText(t).status !== 'signed') throw new Error('did not verify'); });
const verifyAllKeyed = once(() => { for (const t of keyedNotes) if (verifyText(t, allowed).status !== 'signed') throw new Error('did not verify'); });

// End to end: dn-lint verify over the files (reads, checks, prints the summary).
if (!existsSync(join(root, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
function writeCorpus(dir, texts, config) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.dnlintrc.json'), JSON.stringify(config));
  texts.forEach((t, i) => {
    const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `note-${String(i).padStart(5, '0')}.soap.md`), t);
  });
}
const { publicKeyLine } = createRequire(import.meta.url)(join(root, 'dist/core.js'));
function cli(dir) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'verify', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`dn-lint verify exited ${r.status}: ${r.stderr}`);
  return { ms, summary: r.stdout.trim().split('\n').pop() };
}
const digestDir = join(out, 'signed-corpus');
const keyedDir = join(out, 'keyed-corpus');
writeCorpus(digestDir, signedNotes, { include: ['**/*.soap.md'] });
writeCorpus(keyedDir, keyedNotes, { include: ['**/*.soap.md'], clinicians: [{ name: 'Jane Doe', credentials: 'PT, DPT', id: 'jd', publicKeys: [publicKeyLine(key.publicKey)] }] });
results.corpus = {
  notes: NOTES, bytes,
  signAllMs: signAll, signAllWithKeyMs: signAllKeyed,
  verifyAllMs: verifyAll, verifyAllWithKeyMs: verifyAllKeyed,
  cliVerify: cli(digestDir), cliVerifyWithKey: cli(keyedDir),
};
rmSync(digestDir, { recursive: true, force: true });
rmSync(keyedDir, { recursive: true, force: true });

writeFileSync(join(out, 'sign.json'), JSON.stringify(results, null, 2) + '\n');
const f = (ms) => (ms < 10 ? `${ms.toFixed(3)} ms` : ms < 10_000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(1)} s`);
const t = results.typical;
const c = results.corpus;
console.log(`Signing benchmark (${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node})
Typical note (${t.bytes} bytes), median of ${RUNS} runs:
  SHA-256 digest of the canonical form   ${f(t.digestMs)}
  sign (digest only)                     ${f(t.signMs)}
  verify (digest only)                   ${f(t.verifyMs)}
  sign with an Ed25519 key (SSHSIG)      ${f(t.signWithKeyMs)}
  verify with an Ed25519 key             ${f(t.verifyWithKeyMs)}
${c.notes.toLocaleString('en')} notes (${(c.bytes / 1e6).toFixed(1)} MB), in process, one thread:
  sign all (digest only / with key)      ${f(c.signAllMs)} / ${f(c.signAllWithKeyMs)}
  verify all (digest only / with key)    ${f(c.verifyAllMs)} / ${f(c.verifyAllWithKeyMs)}
dn-lint verify over the files (start, read, check, report):
  digest only                            ${f(c.cliVerify.ms)}  (${c.cliVerify.summary})
  with key signatures                    ${f(c.cliVerifyWithKey.ms)}  (${c.cliVerifyWithKey.summary})`);
