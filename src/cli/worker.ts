import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/config/config';
import { contextFor, type CourseContext } from '../core/course/context';
import type { VisitHeader, Visit } from '../core/course/visit';
import { isoDay } from '../core/course/dates';
import type { Finding } from '../core/types';
import type { ResultCache } from './cache';
import { resultKey } from './cache-key';
import { planCourses, scan, type Scanned } from './course-scan';
import { readNote, type ReadResult } from './files';
import { lintText, visitOfText, type FileResult } from './lint-files';
import { configAt } from './load-config';

// Lints many notes on every core. A first cheap pass reads each note's front matter and a hash
// of its text (course-scan.ts), so every note's patient course is known before anything is
// linted. Then each note is read again and linted once: from the result cache when it can, else
// on a worker thread (dist/worker.js) in small batches. A note of a course is linted after the
// earlier notes of its course, with their visit facts as its course context; the facts come back
// from the workers with the findings, so no note is parsed twice (an earlier note answered from
// the cache is parsed for its facts only when a later one needs them). Each worker resolves the
// same configuration itself, since a resolved config holds functions that cannot cross threads.
// Results come back in the order of `paths`.

export interface ParallelOptions {
  maxFileBytes: number;
  /** The configuration file `config` was read from (the workers read it themselves); undefined for the defaults. */
  configPath?: string;
  cache?: ResultCache;
  /** Worker count; default one per core. 0 lints in this thread. */
  workers?: number;
  /** Where dist/worker.js is; default next to the running bundle. */
  workerFile?: string;
  /** The time the notes are checked at (reminders for undated notes); default now. */
  now?: Date;
  /** Called with each readable note's front matter facts (the clinic summary reads the clinician). */
  onHeader?: (i: number, header: VisitHeader) => void;
}

interface WorkerInit {
  dnlintWorker: true;
  configPath?: string;
  now: string;
}
interface JobItem {
  /** Unique per item of this run (a note may first be read for its facts, then linted). */
  seq?: number;
  i: number;
  text: string;
  /** 'lint' lints (with the course context, if any); 'visit' only reads the visit facts. */
  kind: 'lint' | 'visit';
  course?: CourseContext;
  wantVisit?: boolean;
}
interface ItemDone {
  seq?: number;
  i: number;
  findings: Finding[];
  error?: string;
  visit?: Visit;
}
interface Job {
  id: number;
  items: JobItem[];
}
interface JobDone {
  id: number;
  results: ItemDone[];
}

/** Notes per message: large enough to amortise messaging, small enough to balance the cores. */
const BATCH = 8;
/** Notes read and waiting for or on a worker, per worker: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4 * BATCH;
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

function runItem(item: JobItem, config: ResolvedConfig, now: Date): ItemDone {
  if (item.kind === 'visit') return { seq: item.seq, i: item.i, findings: [], visit: visitOfText(item.text, config) };
  return { seq: item.seq, i: item.i, ...lintText(item.text, config, { now, course: item.course, wantVisit: item.wantVisit }) };
}

/** Runs items on worker threads in batches, or in this thread when there are none (or one dies). */
class Pool {
  private readonly slots: Array<{ worker: Worker; busy: boolean; job?: Job }> = [];
  private readonly queue: Array<{ item: JobItem; done: (r: ItemDone) => void }> = [];
  private readonly waiting = new Map<number, (r: ItemDone) => void>();
  private nextJob = 0;
  private nextSeq = 0;
  private flushScheduled = false;

  constructor(private readonly config: ResolvedConfig, private readonly now: Date, workers: number, workerFile: string, init: WorkerInit) {
    for (let w = 0; w < workers; w++) {
      const worker = new Worker(workerFile, { workerData: init });
      const slot: (typeof this.slots)[number] = { worker, busy: false };
      worker.on('message', (done: JobDone) => {
        for (const r of done.results) this.settle(r);
        slot.busy = false;
        slot.job = undefined;
        // A free worker takes what is queued, a partial batch too: the queue may not fill again.
        this.pump(true);
      });
      // A worker that dies (out of memory, say) must not sink the run: its batch is linted here.
      worker.on('error', () => {
        this.slots.splice(this.slots.indexOf(slot), 1);
        if (slot.job) for (const item of slot.job.items) this.settle(runItem(item, this.config, this.now));
        this.pump(true);
      });
      this.slots.push(slot);
    }
  }

  get workers(): number {
    return this.slots.length;
  }

  run(item: JobItem, inline: boolean): Promise<ItemDone> {
    if (inline || !this.slots.length) return Promise.resolve(runItem(item, this.config, this.now));
    return new Promise((done) => {
      this.queue.push({ item: { ...item, seq: this.nextSeq++ }, done });
      this.pump(false);
      // Whatever is still queued when this turn of the event loop ends goes out as a partial batch:
      // a course waiting on its earlier notes must never wait for a batch to fill up.
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          this.pump(true);
        });
      }
    });
  }

  private settle(r: ItemDone): void {
    const done = this.waiting.get(r.seq!);
    this.waiting.delete(r.seq!);
    done?.(r);
  }

  private pump(flush: boolean): void {
    if (!this.slots.length) {
      for (const { item, done } of this.queue.splice(0)) done(runItem(item, this.config, this.now));
      return;
    }
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      if (!flush && this.queue.length < BATCH) break;
      const taken = this.queue.splice(0, BATCH);
      const job: Job = { id: this.nextJob++, items: taken.map((t) => t.item) };
      for (const t of taken) this.waiting.set(t.item.seq!, t.done);
      slot.busy = true;
      slot.job = job;
      slot.worker.postMessage(job);
    }
  }

  close(): Promise<unknown> {
    return Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** At most `limit` at once: bounds the note texts held in memory however many notes there are. */
function limiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((go) => queue.push(go));
    active++;
    try {
      return await task();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

export async function lintFilesParallel(paths: string[], config: ResolvedConfig, opts: ParallelOptions): Promise<FileResult[]> {
  const results: FileResult[] = new Array(paths.length);
  const now = opts.now ?? new Date();
  const today = isoDay(now);
  const read = async (i: number): Promise<ReadResult> => readPlainNote(paths[i], opts.maxFileBytes) ?? (await readNote(paths[i], opts.maxFileBytes));

  // 1. The cheap pass: front matter and a hash of each note, then the courses.
  const scanned: Array<Scanned | undefined> = new Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    const r = await read(i);
    if (!r.ok) {
      results[i] = { path: paths[i], findings: [], error: r.problem };
      continue;
    }
    scanned[i] = scan(r.text, config);
    opts.onHeader?.(i, scanned[i]!.header);
  }
  const plan = planCourses(paths, scanned);

  // 2. The cache answers what it can, keyed by the note's text, what its course context is built
  // from and, when its findings depend on the clock, the hour (cache-key.ts).
  const keys: string[] = [];
  let misses = 0;
  for (let i = 0; i < paths.length; i++) {
    const s = scanned[i];
    if (!s) continue;
    keys[i] = resultKey(s, plan.dependencyKey(i, today), config, now);
    const hit = opts.cache?.get(keys[i]);
    if (hit) results[i] = { path: paths[i], findings: hit };
    else misses++;
  }

  const workerFile = opts.workerFile ?? join(__dirname, 'worker.js');
  const wanted = opts.workers ?? Math.max(1, Math.min(availableParallelism(), 8));
  const useWorkers = wanted > 0 && misses >= MIN_NOTES_FOR_WORKERS && existsSync(workerFile);
  const pool = new Pool(config, now, useWorkers ? wanted : 0, workerFile, { dnlintWorker: true, configPath: opts.configPath, now: now.toISOString() });
  const slot = limiter(Math.max(1, pool.workers) * IN_FLIGHT_PER_WORKER);
  const store = (i: number, findings: Finding[], error?: string) => {
    results[i] = error ? { path: paths[i], findings: [], error } : { path: paths[i], findings };
    if (!error && opts.cache && keys[i]) opts.cache.set(keys[i], findings);
  };

  // 3. Visit facts of the notes of courses, as they become known.
  const visits = new Map<number, Promise<Visit | undefined>>();
  const visitOf = (j: number): Promise<Visit | undefined> => {
    let v = visits.get(j);
    if (!v) {
      v = slot(async () => {
        const r = await read(j);
        if (!r.ok) return undefined;
        return (await pool.run({ i: j, text: r.text, kind: 'visit' }, r.text.length > WORKER_MAX_CHARS)).visit;
      });
      visits.set(j, v);
    }
    return v;
  };

  const lintOne = async (i: number, course?: CourseContext, wantVisit = false): Promise<Visit | undefined> =>
    slot(async () => {
      const r = await read(i);
      if (!r.ok) {
        results[i] = { path: paths[i], findings: [], error: r.problem };
        return undefined;
      }
      const done = await pool.run({ i, text: r.text, kind: 'lint', course, wantVisit }, r.text.length > WORKER_MAX_CHARS);
      store(i, done.findings, done.error);
      return done.visit;
    });

  const tasks: Array<Promise<unknown>> = [];
  const groupsDone = new Set<string>();
  try {
    for (let i = 0; i < paths.length; i++) {
      if (!scanned[i]) continue;
      const c = plan.courseOf(i);
      if (!c) {
        if (!results[i]) tasks.push(lintOne(i));
        continue;
      }
      // One task per course: its notes in order, each after the facts of the ones before it.
      const key = plan.index.keyOf(paths[i])!;
      if (groupsDone.has(key)) continue;
      groupsDone.add(key);
      tasks.push((async () => {
        const course = plan.index.course(key)!;
        for (const [at, j] of c.members.entries()) {
          const later = c.members.slice(at + 1).some((k) => !results[k]);
          if (results[j]) continue; // from the cache
          const earlier = await Promise.all(c.members.slice(0, at).map(visitOf));
          const known = new Map(c.members.slice(0, at).map((k, n) => [paths[k], earlier[n]]));
          // An earlier note that could not be read is already reported; the course goes on without it.
          const context = contextFor({ ...course, entries: course.entries.filter((e) => known.get(e.path) !== undefined || e.path === paths[j]) }, paths[j], (p) => known.get(p));
          const own = lintOne(j, context, later);
          if (later) visits.set(j, own);
          await own;
        }
      })());
      // Yield now and then so finished batches come back while tasks are being queued.
      if (tasks.length % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(tasks);
  } finally {
    await pool.close();
  }
  return results;
}

// Worker side: resolve the configuration once, then lint batches until terminated.
if (!isMainThread && (workerData as WorkerInit | undefined)?.dnlintWorker && parentPort) {
  const init = workerData as WorkerInit;
  const config = configAt(init.configPath).config;
  const now = new Date(init.now);
  const port = parentPort;
  port.on('message', (job: Job) => {
    const done: JobDone = { id: job.id, results: job.items.map((item) => runItem(item, config, now)) };
    port.postMessage(done);
  });
}
