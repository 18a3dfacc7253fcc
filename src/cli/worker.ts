import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/config';
import type { Finding } from '../core/types';
import { hashText, type ResultCache } from './cache';
import { readNote, type ReadResult } from './files';
import { lintText, type FileResult } from './lint-files';
import { loadConfig } from './load-config';

// Lints many notes on every core. The main thread reads each note once, answers from the
// result cache when it can, and hands the rest to worker threads (dist/worker.js) in small
// batches; each worker resolves the same configuration itself, since a resolved config holds
// functions that cannot cross threads. Results come back in the order of `paths`.

export interface ParallelOptions {
  maxFileBytes: number;
  /** How the workers find the configuration: the --config argument and the folder it is relative to. */
  configArg?: string;
  cwd: string;
  cache?: ResultCache;
  /** Worker count; default one per core. 0 lints in this thread. */
  workers?: number;
  /** Where dist/worker.js is; default next to the running bundle. */
  workerFile?: string;
}

interface WorkerInit {
  dnlintWorker: true;
  configArg?: string;
  cwd: string;
}
interface Job {
  id: number;
  items: Array<{ i: number; text: string }>;
}
interface JobDone {
  id: number;
  results: Array<{ i: number; findings: Finding[]; error?: string }>;
}

/** Notes per message: large enough to amortise messaging, small enough to balance the cores. */
const BATCH = 8;
const READS_IN_FLIGHT = 16;
/** Notes read but not yet sent to a worker, per worker: enough to keep it busy, few enough to bound memory. */
const QUEUED_PER_WORKER = 4 * BATCH;
/** Below this many notes to lint, starting workers costs more than it saves. */
const MIN_NOTES_FOR_WORKERS = 24;
// No heap limits on the workers. Measured on 10,000 notes (BENCHMARKS.md): with any
// resourceLimits (even old generation only, 96-256 MB) V8 collects so often that CPU rises from
// ~65 s to ~91 s and the run from ~35 s to ~48 s, for a peak of ~235 MB instead of ~320 MB.
// Speed is what a clinic auditing a folder waits for; 320 MB is within any workstation.
/** Notes longer than this are linted on the main thread rather than copied to a worker. */
const WORKER_MAX_CHARS = 256 * 1024;

const utf8 = new TextDecoder('utf-8');

/**
 * The common case of readNote (a regular, small, non-binary file) with synchronous calls, which
 * are several times cheaper per file than the promise API's thread-pool round trips. Anything
 * unusual returns undefined so readNote decides, and words the problem, exactly as before.
 */
function readPlainNote(path: string, maxBytes: number): ReadResult | undefined {
  try {
    const info = statSync(path);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes || bytes.subarray(0, 8192).includes(0)) return undefined;
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return undefined;
  }
}


export async function lintFilesParallel(paths: string[], config: ResolvedConfig, opts: ParallelOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  const workerFile = opts.workerFile ?? join(__dirname, 'worker.js');
  const wanted = opts.workers ?? Math.max(1, Math.min(availableParallelism(), 8));
  const useWorkers = wanted > 0 && paths.length >= MIN_NOTES_FOR_WORKERS && existsSync(workerFile);
  const keys: string[] = [];

  const pending: Array<{ i: number; text: string }> = [];
  const pool: Array<{ worker: Worker; busy: boolean; job?: Job }> = [];
  const waitingForRoom: Array<() => void> = [];
  let nextJob = 0;
  let inFlight = 0;
  let readingDone = false;
  let finish: () => void = () => undefined;
  const allDone = new Promise<void>((res) => (finish = res));

  const lintResult = (text: string): [Finding[], string | undefined] => {
    const r = lintText(text, config);
    return [r.findings, r.error];
  };
  const store = (i: number, findings: Finding[], error?: string) => {
    results[i] = error ? { path: paths[i], findings: [], error } : { path: paths[i], findings };
    if (!error && opts.cache && keys[i]) opts.cache.set(keys[i], findings);
  };
  const pump = () => {
    for (const slot of pool) {
      if (slot.busy || !pending.length) continue;
      if (!readingDone && pending.length < BATCH) break;
      const job: Job = { id: nextJob++, items: pending.splice(0, BATCH) };
      slot.busy = true;
      slot.job = job;
      inFlight++;
      slot.worker.postMessage(job);
    }
    if (!pool.length && readingDone) for (const { i, text } of pending.splice(0)) store(i, ...lintResult(text));
    if (!pool.length || pending.length < QUEUED_PER_WORKER * pool.length) for (const go of waitingForRoom.splice(0)) go();
    if (readingDone && !pending.length && !inFlight) finish();
  };

  // Workers start only once enough notes missed the cache: a fully cached run needs none.
  let started = false;
  const startWorkers = () => {
    started = true;
    const init: WorkerInit = { dnlintWorker: true, configArg: opts.configArg, cwd: opts.cwd };
    for (let w = 0; w < wanted; w++) {
      const worker = new Worker(workerFile, { workerData: init });
      const slot: (typeof pool)[number] = { worker, busy: false };
      worker.on('message', (done: JobDone) => {
        for (const r of done.results) store(r.i, r.findings, r.error);
        slot.busy = false;
        slot.job = undefined;
        inFlight--;
        pump();
      });
      // A worker that dies (out of memory, say) must not sink the run: its batch is linted here.
      worker.on('error', () => {
        pool.splice(pool.indexOf(slot), 1);
        if (slot.job) {
          inFlight--;
          for (const { i, text } of slot.job.items) store(i, ...lintResult(text));
        }
        pump();
      });
      pool.push(slot);
    }
  };

  const handle = async (i: number) => {
    const read = readPlainNote(paths[i], opts.maxFileBytes) ?? (await readNote(paths[i], opts.maxFileBytes));
    if (!read.ok) {
      results[i] = { path: paths[i], findings: [], error: read.problem };
      return;
    }
    if (opts.cache) {
      keys[i] = hashText(read.text);
      const hit = opts.cache.get(keys[i]);
      if (hit) {
        results[i] = { path: paths[i], findings: hit };
        return;
      }
    }
    if (useWorkers && read.text.length <= WORKER_MAX_CHARS) {
      pending.push({ i, text: read.text });
      if (!started && pending.length >= MIN_NOTES_FOR_WORKERS) startWorkers();
      pump();
      // Read no further ahead than the workers can take: memory stays flat however many notes.
      while (pool.length && pending.length >= QUEUED_PER_WORKER * pool.length) await new Promise<void>((go) => waitingForRoom.push(go));
    } else {
      const r = lintText(read.text, config);
      store(i, r.findings, r.error);
    }
  };
  // Several reads in flight: each async read is a round trip to the I/O thread pool, and
  // awaiting them one by one leaves the process idle most of a cached run.
  let next = 0;
  const reader = async () => {
    while (next < paths.length) {
      await handle(next++);
      // Synchronous reads never yield; let finished batches come back and new ones go out.
      if (next % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, paths.length) }, reader));
  readingDone = true;
  if (!pool.length) {
    // Too few misses to be worth a thread: lint them here.
    for (const { i, text } of pending.splice(0)) {
      const r = lintText(text, config);
      store(i, r.findings, r.error);
    }
  } else {
    pump();
    try {
      await allDone;
    } finally {
      await Promise.all(pool.map((s) => s.worker.terminate()));
    }
  }
  return results;
}

// Worker side: resolve the configuration once, then lint batches until terminated.
if (!isMainThread && (workerData as WorkerInit | undefined)?.dnlintWorker && parentPort) {
  const init = workerData as WorkerInit;
  const config = loadConfig(init.configArg, init.cwd, (p) => p).config;
  const port = parentPort;
  port.on('message', (job: Job) => {
    const done: JobDone = { id: job.id, results: job.items.map(({ i, text }) => ({ i, ...lintText(text, config) })) };
    port.postMessage(done);
  });
}
