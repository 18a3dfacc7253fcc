import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from '../../src/core/config/config';
import { lint } from '../../src/core/engine/lint';
import type { Finding } from '../../src/core/types';
import { defaultCacheDir, engineFingerprint, hashText, MAX_CACHE_FILES, openResultCache, ResultCache } from '../../src/cli/cache';
import { lintFilesParallel } from '../../src/cli/worker';
import { clockHour, dependsOnClock, resultKey } from '../../src/cli/cache-key';
import { CLI, NEEDLED_NO_CONSENT, NO_NEEDLING, runCli, tempTree } from './cli-helpers';

const fake = (message: string): Finding[] => [{
  ruleId: 'consent-missing', severity: 'error', start: 0, end: 1, message, fixes: [],
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
}];

describe('result cache (cli/cache)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dnlint-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores findings by note content and reads them back in a later run', () => {
    const first = new ResultCache({ dir, engine: 'e1', config: 'c1' });
    assert.equal(first.get(hashText('note A')), undefined);
    first.set(hashText('note A'), fake('A'));
    first.save();
    const second = new ResultCache({ dir, engine: 'e1', config: 'c1' });
    assert.deepEqual(second.get(hashText('note A')), fake('A'));
    assert.equal(second.get(hashText('note A edited')), undefined);
  });

  it('starts empty for another engine build or another configuration', () => {
    const c = new ResultCache({ dir, engine: 'e1', config: 'c1' });
    c.set('k', fake('x'));
    c.save();
    assert.equal(new ResultCache({ dir, engine: 'e2', config: 'c1' }).get('k'), undefined);
    assert.equal(new ResultCache({ dir, engine: 'e1', config: 'c2' }).get('k'), undefined);
    assert.deepEqual(new ResultCache({ dir, engine: 'e1', config: 'c1' }).get('k'), fake('x'));
  });

  it('ignores a corrupt cache file and never throws when it cannot write', () => {
    const c = new ResultCache({ dir, engine: 'e', config: 'c' });
    c.set('k', fake('x'));
    c.save();
    writeFileSync(c.file, '{ not json');
    assert.equal(new ResultCache({ dir, engine: 'e', config: 'c' }).get('k'), undefined);
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const unwritable = new ResultCache({ dir: join(blocked, 'sub'), engine: 'e', config: 'c' });
    unwritable.set('k', fake('x'));
    assert.doesNotThrow(() => unwritable.save());
  });

  it('keeps the most recently written cache files only, one per build and configuration, and no other file is touched', () => {
    // Twelve earlier builds' files, the oldest first, and a file of someone else's in the same folder.
    for (let n = 0; n < 12; n++) {
      const old = new ResultCache({ dir, engine: `build-${n}`, config: 'c' });
      old.set('k', fake(`${n}`));
      old.save();
      utimesSync(old.file, 1_000_000 + n, 1_000_000 + n);
    }
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    utimesSync(join(dir, 'notes.txt'), 1, 1);
    const now = new ResultCache({ dir, engine: 'build-now', config: 'c' });
    now.set('k', fake('now'));
    now.save();
    const left = readdirSync(dir).sort();
    assert.equal(left.filter((f) => f.startsWith('results-')).length, MAX_CACHE_FILES);
    assert.ok(left.includes('notes.txt'));
    // The newest survive: this run's file and the builds written last; the oldest are gone.
    assert.deepEqual(new ResultCache({ dir, engine: 'build-now', config: 'c' }).get('k'), fake('now'));
    assert.deepEqual(new ResultCache({ dir, engine: 'build-11', config: 'c' }).get('k'), fake('11'));
    assert.equal(new ResultCache({ dir, engine: 'build-0', config: 'c' }).get('k'), undefined);
  });

  it('keeps no note text or file names: keys are content hashes', () => {
    const c = new ResultCache({ dir, engine: 'e', config: 'c' });
    c.set(hashText('Patient Jane Roe, neck pain'), []);
    c.save();
    const stored = readFileSync(c.file, 'utf8');
    assert.ok(!stored.includes('Jane'));
    assert.match(stored, /"entries":\{"[A-Za-z0-9_-]+":\[\]\}/);
  });

  it('the engine fingerprint changes with the bundle bytes; the config key with the config file', () => {
    const a = join(dir, 'a.js');
    writeFileSync(a, 'one');
    const before = engineFingerprint('1.0.0', a);
    writeFileSync(a, 'two');
    assert.notEqual(engineFingerprint('1.0.0', a), before);
    assert.notEqual(engineFingerprint('1.0.1', a), engineFingerprint('1.0.0', a));
    const saved = process.env.DNLINT_CACHE_DIR;
    process.env.DNLINT_CACHE_DIR = dir;
    try {
      const cfg = join(dir, '.dnlintrc.json');
      writeFileSync(cfg, '{}');
      const x = openResultCache('1', cfg, a);
      writeFileSync(cfg, '{"rules":{"consent-missing":"off"}}');
      assert.notEqual(openResultCache('1', cfg, a).file, x.file);
      assert.notEqual(openResultCache('1', undefined, a).file, x.file);
    } finally {
      if (saved === undefined) delete process.env.DNLINT_CACHE_DIR;
      else process.env.DNLINT_CACHE_DIR = saved;
    }
  });

  it('lives in $DNLINT_CACHE_DIR, else $XDG_CACHE_HOME/dn-lint, else ~/.cache/dn-lint', () => {
    assert.equal(defaultCacheDir({ DNLINT_CACHE_DIR: '/x' }), '/x');
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/c' }), join('/c', 'dn-lint'));
    assert.match(defaultCacheDir({}), /\.cache[\\/]dn-lint$/);
  });
});

describe('parallel lint with the cache (cli/worker)', function () {
  this.timeout(60_000);
  const workerFile = resolve('dist/worker.js');
  const notes: Record<string, string> = {};
  for (let i = 0; i < 40; i++) notes[`n${String(i).padStart(2, '0')}.md`] = i % 3 ? NEEDLED_NO_CONSENT : NO_NEEDLING + `\nVisit ${i}.\n`;
  notes['crlf.md'] = NEEDLED_NO_CONSENT.replace(/\n/g, '\r\n');
  notes['binary.md'] = 'a\0b';
  let tree: ReturnType<typeof tempTree>;
  let cacheDir: string;
  let paths: string[];
  before(() => {
    tree = tempTree(notes);
    cacheDir = mkdtempSync(join(tmpdir(), 'dnlint-cache-'));
    paths = Object.keys(notes).sort().map((n) => join(tree.dir, n));
  });
  after(() => {
    tree.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const config = resolveConfig();
  const opts = { maxFileBytes: 1 << 20, workerFile };

  it('gives the same results, in order, on worker threads as in one thread', async () => {
    assert.ok(existsSync(workerFile), 'run the build first');
    const serial = await lintFilesParallel(paths, config, { ...opts, workers: 0 });
    const parallel = await lintFilesParallel(paths, config, { ...opts, workers: 2 });
    assert.deepEqual(parallel, serial);
    assert.deepEqual(serial.map((r) => r.path), paths);
    const crlf = serial.find((r) => r.path.endsWith('crlf.md'));
    assert.deepEqual(crlf?.findings, lint(notes['crlf.md'], config).findings);
    assert.match(serial.find((r) => r.path.endsWith('binary.md'))?.error ?? '', /binary/);
  });

  it('a worker that dies does not sink the run: its notes are linted in this thread', async () => {
    const broken = join(cacheDir, 'broken-worker.js');
    writeFileSync(broken, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('boom'); });");
    const serial = await lintFilesParallel(paths, config, { ...opts, workers: 0 });
    assert.deepEqual(await lintFilesParallel(paths, config, { ...opts, workers: 2, workerFile: broken }), serial);
  });

  it('answers unchanged notes from the cache and re-lints edited ones', async () => {
    const cache = new ResultCache({ dir: cacheDir, engine: 'test', config: 'default' });
    const fresh = await lintFilesParallel(paths, config, { ...opts, cache });
    cache.save();
    // Mark every stored entry so a cache answer is recognisable.
    const file = JSON.parse(readFileSync(cache.file, 'utf8'));
    for (const k of Object.keys(file.entries)) file.entries[k] = fake('FROM CACHE');
    writeFileSync(cache.file, JSON.stringify(file));

    const edited = paths[1];
    writeFileSync(edited, NEEDLED_NO_CONSENT + '\nReview in 2 weeks.\n');
    try {
      const again = await lintFilesParallel(paths, config, { ...opts, cache: new ResultCache({ dir: cacheDir, engine: 'test', config: 'default' }) });
      for (const r of again) {
        if (r.error) continue;
        if (r.path === edited) assert.deepEqual(r.findings, lint(readFileSync(edited, 'utf8'), config).findings);
        else assert.equal(r.findings[0]?.message, 'FROM CACHE', r.path);
      }
      assert.ok(fresh.length === again.length);
    } finally {
      writeFileSync(edited, notes['n01.md']);
    }
  });
});

describe('dn-lint --no-cache and cache invalidation (CLI)', function () {
  this.timeout(60_000);
  let tree: ReturnType<typeof tempTree>;
  let cacheDir: string;
  let savedEnv: string | undefined;
  before(function () {
    // Until the CLI is wired to the cache (src/cli/main.ts), there is nothing to test here.
    if (!readFileSync(CLI, 'utf8').includes('--no-cache')) this.skip();
    tree = tempTree({ 'a.md': NEEDLED_NO_CONSENT, 'b.md': NO_NEEDLING });
    cacheDir = mkdtempSync(join(tmpdir(), 'dnlint-cache-'));
    savedEnv = process.env.DNLINT_CACHE_DIR;
    process.env.DNLINT_CACHE_DIR = cacheDir;
  });
  after(() => {
    if (!tree) return;
    tree.cleanup();
    rmSync(cacheDir, { recursive: true, force: true });
    if (savedEnv === undefined) delete process.env.DNLINT_CACHE_DIR;
    else process.env.DNLINT_CACHE_DIR = savedEnv;
  });
  const poison = () => {
    for (const name of readdirSync(cacheDir)) {
      const p = join(cacheDir, name);
      const data = JSON.parse(readFileSync(p, 'utf8'));
      for (const k of Object.keys(data.entries)) data.entries[k] = fake('FROM CACHE');
      writeFileSync(p, JSON.stringify(data));
    }
  };

  it('a repeated run reuses results; --no-cache and a changed config do not', () => {
    const first = runCli(['.'], tree.dir);
    assert.equal(first.code, 1);
    assert.ok(readdirSync(cacheDir).length > 0, 'the first run writes a cache');
    poison();
    assert.match(runCli(['.'], tree.dir).stdout, /FROM CACHE/);
    const noCache = runCli(['--no-cache', '.'], tree.dir);
    assert.doesNotMatch(noCache.stdout, /FROM CACHE/);
    assert.equal(noCache.stdout, first.stdout);
    writeFileSync(join(tree.dir, '.dnlintrc.json'), '{ "rules": { "consent-missing": "warning" } }');
    const reconfigured = runCli(['.'], tree.dir);
    assert.doesNotMatch(reconfigured.stdout, /FROM CACHE/);
    assert.equal(reconfigured.code, 0, 'consent-missing is now a warning');
  });

  it('an edited note is linted afresh', () => {
    poison();
    writeFileSync(join(tree.dir, 'a.md'), NO_NEEDLING + '\nEdited.\n');
    const r = runCli(['a.md'], tree.dir);
    assert.doesNotMatch(r.stdout, /FROM CACHE/);
  });
});

describe('cache keys and the clock (cli/cache-key)', function () {
  this.timeout(60_000);
  const clinic = resolveConfig({ clinicians: [{ name: 'Jane Doe', credentials: 'PT, DPT' }] });
  // A visit at 10:00 local time on 4 March 2026, never signed.
  const note = ['---', 'date: 2026-03-04', 'time: "10:00"', '---', '', NO_NEEDLING].join('\n');
  const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
  let dir: string;
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dnlint-cache-clock-'));
    tree = tempTree({ 'visit.md': note, 'plain.md': NO_NEEDLING });
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    tree.cleanup();
  });
  const run = (config: typeof clinic, now: Date, cache: ResultCache) =>
    lintFilesParallel([join(tree.dir, 'visit.md')], config, { maxFileBytes: 1 << 20, workers: 0, now, cache });
  const unsigned = (r: Awaited<ReturnType<typeof run>>) => r[0].findings.filter((f) => f.ruleId === 'note-unsigned').map((f) => f.message);

  it('a note whose findings depend on the hour is keyed by the hour: its overdue finding appears on time, not from an older result', async () => {
    const first = new ResultCache({ dir, engine: 'clock', config: 'clinic' });
    assert.deepEqual(unsigned(await run(clinic, at(4, 12, 5), first)), [], 'two hours after the visit: not due yet');
    first.save();
    const nextDay = await run(clinic, at(5, 16, 30), new ResultCache({ dir, engine: 'clock', config: 'clinic' }));
    assert.deepEqual(unsigned(nextDay), ['Note not signed 30 h after the visit']);
    const later = await run(clinic, at(5, 18, 10), new ResultCache({ dir, engine: 'clock', config: 'clinic' }));
    assert.deepEqual(unsigned(later), ['Note not signed 32 h after the visit'], 'the hours in the message are current too');
  });

  it('within the same hour the stored result is reused', async () => {
    const c = new ResultCache({ dir, engine: 'clock-same-hour', config: 'clinic' });
    await run(clinic, at(5, 16, 5), c);
    c.save();
    const file = JSON.parse(readFileSync(c.file, 'utf8'));
    for (const k of Object.keys(file.entries)) file.entries[k] = fake('FROM CACHE');
    writeFileSync(c.file, JSON.stringify(file));
    const again = await run(clinic, at(5, 16, 55), new ResultCache({ dir, engine: 'clock-same-hour', config: 'clinic' }));
    assert.equal(again[0].findings[0]?.message, 'FROM CACHE');
  });

  it('only notes that can depend on the clock get the hour in their key', () => {
    const plain = { header: { level: 'header' as const, kinds: [], problems: [] }, hash: hashText('x'), mayBeSigned: false };
    const signed = { ...plain, mayBeSigned: true };
    const defaults = resolveConfig();
    assert.equal(resultKey(plain, undefined, defaults, at(1, 9)), plain.hash, 'no clinicians, no signature: the text alone');
    assert.equal(resultKey(plain, undefined, defaults, at(1, 9)), resultKey(plain, undefined, defaults, at(2, 17)));
    assert.notEqual(resultKey(plain, undefined, clinic, at(1, 9)), resultKey(plain, undefined, clinic, at(1, 10)), 'clinicians listed: the hour counts');
    assert.equal(resultKey(plain, undefined, clinic, at(1, 9, 0)), resultKey(plain, undefined, clinic, at(1, 9, 59)));
    assert.notEqual(resultKey(signed, undefined, defaults, at(1, 9)), resultKey(signed, undefined, defaults, at(1, 10)), 'a signed note may have an addendum falling due');
    assert.notEqual(resultKey(plain, 'course:a|', defaults, at(1, 9)), resultKey(plain, 'course:b|', defaults, at(1, 9)), 'the earlier notes of a course count');
    assert.equal(dependsOnClock(plain, clinic), true);
    assert.equal(clockHour(at(3, 7, 45)), '2026-03-03T07');
  });
});
