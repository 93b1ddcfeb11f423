import { openAhead, type OpenedFile } from '../ingest/read-ahead.js';
import { readRecords } from '../ingest/read.js';
import type { InputUnit } from '../ingest/list-inputs.js';
import { WorkerPool, type TaskStream } from '../ingest/replay-pool.js';
import type { IngestedRecord, SkippedRecord } from '../ingest/types.js';
import type { RuleStateStore } from '../rules/state.js';
import type { ReplaySummary } from '../cli/replay.js';
import type { WorkerSettings } from './replay-worker.js';
import { unpackTeach, type TeachList } from './replay-teach.js';

/**
 * `srm replay --jobs N` (N > 1): files are read, parsed and evaluated in N
 * worker threads (src/replay/replay-worker.ts); the main thread takes each
 * file's batches in input order, writes their alerts, applies the window
 * observations of stateful rules in order and evaluates the few records a
 * stateful rule may fire on itself (its windows see every record in input
 * order, as with one thread). Standard input is read in the main thread, in
 * its place among the inputs. The output is the same, byte for byte, as
 * `--jobs 1`.
 *
 * Memory: at most N + 1 files are in flight, and a worker sends at most two
 * batches of a file ahead of the main thread (see replay-pool.ts).
 *
 * Each thread gunzips its own files (`gunzipInThread`): with N threads on N
 * cores, a gunzip handed to the thread pool waits for a core while the thread
 * that needs it sits idle.
 */

export interface FileTask {
  path: string;
}

/** Records the worker finished, up to (not including) a record the main thread must evaluate. */
export interface Run {
  /** The rendered alerts of those records, in order. */
  text: string;
  /** Rules that threw on those records, in order. */
  errors: string[];
  /** Observations that only teach a window (they fire nothing), in order (replay-teach.ts). */
  teach: TeachList;
  /** A record a stateful rule may fire on, for the main thread (null at the end of a batch). */
  deferred: IngestedRecord | null;
}

/** Up to ~1,000 records of one file, in order, with their counts. */
export interface FileBatch {
  records: number;
  cloudtrail: number;
  guardduty: number;
  alerts: number;
  events: number;
  byRule: Array<[string, number]>;
  eventRules: Array<[number, number]>;
  skipped: number;
  /** The first skips of the batch (as many as the summary shows). */
  firstSkips: SkippedRecord[];
  unreadable: Array<{ path: string; message: string }>;
  runs: Run[];
}

export interface ParallelContext {
  jobs: number;
  settings: WorkerSettings;
  summary: ReplaySummary;
  /** The main thread's window store (the engine's), for the teaching observations. */
  state: RuleStateStore;
  stdin?: NodeJS.ReadableStream;
  /** The single-thread step: count, evaluate with the real windows, write (a promise only when writing waits). */
  consume(record: IngestedRecord): Promise<void> | undefined;
  write(text: string): Promise<void>;
  onSkip(skipped: SkippedRecord): void;
  onError(path: string, err: Error): void;
}

function apply(summary: ReplaySummary, b: FileBatch, ctx: ParallelContext): void {
  summary.records += b.records;
  summary.cloudtrail += b.cloudtrail;
  summary.guardduty += b.guardduty;
  summary.alerts += b.alerts;
  summary.events += b.events;
  for (const [rule, n] of b.byRule) summary.byRule.set(rule, (summary.byRule.get(rule) ?? 0) + n);
  for (const [rules, n] of b.eventRules) summary.eventRules.set(rules, (summary.eventRules.get(rules) ?? 0) + n);
  // Skips are counted one by one, so the first ones shown are the first in input order.
  for (const s of b.firstSkips) ctx.onSkip(s);
  summary.skipped += b.skipped - b.firstSkips.length;
  for (const u of b.unreadable) ctx.onError(u.path, new Error(u.message));
}

async function applyRuns(b: FileBatch, ctx: ParallelContext): Promise<void> {
  const { summary, state } = ctx;
  for (const run of b.runs) {
    if (run.text) await ctx.write(run.text);
    for (const id of run.errors) summary.ruleErrors.set(id, (summary.ruleErrors.get(id) ?? 0) + 1);
    for (const request of unpackTeach(run.teach)) state.observe(request);
    if (run.deferred) await ctx.consume(run.deferred);
  }
}

/**
 * The worker threads, started before the rules are loaded in this thread so
 * that both load at once; `replayParallel` adds the others it needs.
 */
export type ReplayPool = WorkerPool<FileTask, FileBatch>;

export function startPool(settings: WorkerSettings, size: number): ReplayPool {
  return new WorkerPool<FileTask, FileBatch>({ url: new URL('./replay-worker.js', import.meta.url), workerData: settings, size });
}

export async function replayParallel(units: readonly InputUnit[], ctx: ParallelContext, pool: WorkerPool<FileTask, FileBatch>): Promise<void> {
  // Every jobs-th file (the first one included) is read in this thread, the others by jobs - 1 workers.
  const inThread = new Set<number>();
  let files = 0;
  units.forEach((u, i) => {
    if (u.kind === 'file' && files++ % ctx.jobs === 0) inThread.add(i);
  });
  pool.grow(Math.min(ctx.jobs - 1, files - inThread.size));
  const inFlightMax = ctx.jobs + 1;
  const streams = new Map<number, TaskStream<FileBatch>>();
  let submitted = 0;
  let inFlight = 0;
  const refill = (): void => {
    while (inFlight < inFlightMax && submitted < units.length) {
      const unit = units[submitted]!;
      if (unit.kind === 'file' && !inThread.has(submitted)) {
        streams.set(submitted, pool.submit({ path: unit.path }));
        inFlight++;
      }
      submitted++;
    }
  };
  let next = 0; // the next file this thread reads
  // This thread's next file is opened one file ahead (its gunzip runs on the thread pool meanwhile).
  const nextInline = (): OpenedFile | null => {
    while (next < units.length && !inThread.has(next)) next++;
    if (next >= units.length) return null;
    const unit = units[next++] as { path: string };
    return openAhead(unit.path, ctx, { gunzipInThread: true });
  };
  let ahead = nextInline();
  try {
    for (let i = 0; i < units.length; i++) {
      refill();
      const unit = units[i]!;
      if (unit.kind === 'error') {
        ctx.onError(unit.path, unit.err);
      } else if (unit.kind === 'stdin') {
        const read = readRecords(['-'], { ...(ctx.stdin ? { stdin: ctx.stdin } : {}), onSkip: ctx.onSkip, onError: ctx.onError });
        for await (const record of read) await ctx.consume(record);
      } else if (inThread.has(i)) {
        const mine = ahead!;
        ahead = nextInline();
        for await (const batch of mine.batches()) {
          for (const record of batch) {
            const writing = ctx.consume(record);
            if (writing) await writing;
          }
        }
      } else {
        const stream = streams.get(i)!;
        streams.delete(i);
        try {
          for await (const batch of stream) {
            apply(ctx.summary, batch, ctx);
            await applyRuns(batch, ctx);
          }
        } catch (err) {
          ctx.onError(unit.path, err as Error);
        }
        inFlight--;
      }
    }
  } finally {
    await pool.close();
  }
}
