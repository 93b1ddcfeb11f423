import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import type { CommandReply } from './define-command.js';
import type { WhoAnswer } from './blocks/who.js';
import { whoAnswerSeconds, whoWarmupDone } from './metrics.js';

/** What `/srm who` needs of an answer: the reply, and the owner and service it logs. */
export interface WhoThreadAnswer {
  owner: WhoAnswer['owner'];
  service: string | null;
  reply: CommandReply;
}

/** `/srm who` answered off the thread that serves HTTP (deps.who). */
export interface WhoPort {
  answer(question: string): Promise<WhoThreadAnswer>;
}

export interface WhoThread extends WhoPort {
  /** True once every thread started with warm-up has finished it (and always without warm-up). */
  warmedUp(): boolean;
  stop(): Promise<void>;
}

/** What a who thread is started with (who-worker.ts). */
export interface WhoWorkerData {
  /** Once ready, answer the duties' own phrases while no question waits (SRM_WHO_WARMUP). */
  warmUp: boolean;
}

/** A question for the thread; `sentAt` is epoch milliseconds (`performance.timeOrigin + performance.now()`). */
export interface ToThread {
  id: number;
  question: string;
  sentAt: number;
}

/** An answer comes as JSON text (`json`, who-worker.ts); the end of the warm-up as how many questions it asked. */
type FromThread = { id: number; ok: true; json: string; ms?: number; waitedMs?: number } | { id: number; ok: false; message: string } | { warmed: number };

/** The thread's module, beside this one once built (absent when run from the TypeScript sources). */
export const whoWorkerUrl = new URL('./who-worker.js', import.meta.url);

/** One thread: its questions in flight, and how to ask it. */
interface OneThread {
  readonly pending: number;
  readonly dead: boolean;
  readonly warmed: boolean;
  /** Called when this thread tells the end of its warm-up. */
  onWarmed(f: () => void): void;
  answer(question: string): Promise<WhoThreadAnswer>;
  stop(): Promise<void>;
}

/**
 * Starts `count` worker threads that answer `/srm who` questions (each with
 * the knowledge base, the matcher and the renderer in its own V8 heap),
 * resolved once all have loaded the knowledge base. With `warmUp`, each then
 * answers the duties' own phrases while it has no question (who-worker.ts). Undefined when the
 * thread's module is not there (tests run from the sources): the command then
 * answers in-process.
 *
 * Why threads: an answer is ~0.3–0.6 ms of CPU and ~120 KiB of garbage; on the
 * event loop that serves HTTP it delays every request queued behind it, and
 * its garbage makes the scavenges that stop that loop. In a thread, the loop
 * only parses, verifies and answers requests, as a bare Bolt app does.
 *
 * More than one (SRM_WHO_THREADS) is for machines with cores to spare: each
 * question goes to the thread with the fewest questions in flight. On two
 * vCPUs, under the ack benchmark's ~470 questions/s, a second thread did not
 * lower the slowest acks (docs/benchmarks.md): the threads wait for a core,
 * not for each other. A thread that dies fails the questions it held; the
 * next ones go to the others, and in-process once none is left (logged once
 * per thread).
 */
export async function startWhoThread(logger: Logger, url: URL = whoWorkerUrl, count = 1, warmUp = false): Promise<WhoThread | undefined> {
  if (url.protocol === 'file:' && !existsSync(fileURLToPath(url))) return undefined;
  const started = await Promise.allSettled(Array.from({ length: Math.max(1, count) }, () => startOne(logger, url, warmUp)));
  const threads = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const warmedUp = (): boolean => !warmUp || threads.every((t) => t.warmed || t.dead);
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await Promise.all(threads.map((t) => t.stop()));
    throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  }
  let local: ((q: string) => Promise<WhoThreadAnswer>) | undefined;
  const inProcess = async (question: string): Promise<WhoThreadAnswer> => {
    local ??= (await import('../../commands/who.js')).answerWho;
    return local(question);
  };
  if (warmUp) whoWarmupDone.set(0);
  const since = Date.now();
  for (const t of threads) {
    t.onWarmed(() => {
      if (!warmedUp()) return;
      whoWarmupDone.set(1);
      logger.info({ threads: threads.length, seconds: Math.round((Date.now() - since) / 100) / 10 }, 'who threads warmed up');
    });
  }
  return {
    warmedUp,
    answer(question) {
      let best: OneThread | undefined;
      for (const t of threads) if (!t.dead && (!best || t.pending < best.pending)) best = t;
      return best ? best.answer(question) : inProcess(question);
    },
    async stop() {
      await Promise.all(threads.map((t) => t.stop()));
    },
  };
}

async function startOne(logger: Logger, url: URL, warmUp: boolean): Promise<OneThread> {
  const worker = new Worker(url, { workerData: { warmUp } satisfies WhoWorkerData });
  const pending = new Map<number, { resolve(a: WhoThreadAnswer): void; reject(err: Error): void; sent: number }>();
  let nextId = 0;
  let dead: Error | undefined;
  let stopping = false;
  let warmed = false;
  const warmedListeners: (() => void)[] = [];
  const fail = (err: Error): void => {
    if (dead) return;
    dead = err;
    if (!stopping) logger.error({ error: err.message }, 'who thread stopped: its questions go to the other who threads, or in-process');
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    const early = (err: Error) => reject(err);
    const exited = (code: number) => reject(new Error(`who thread exited (code ${code}) before it was ready`));
    worker.once('error', early);
    worker.once('exit', exited);
    worker.once('message', (m: unknown) => {
      worker.off('error', early);
      worker.off('exit', exited);
      if (m === 'ready') resolve();
      else reject(new Error(`who thread: unexpected first message ${String(m)}`));
    });
  }).catch(async (err: unknown) => {
    await worker.terminate().catch(() => undefined);
    throw err;
  });
  worker.on('message', (m: FromThread) => {
    if (typeof m === 'object' && m !== null && 'warmed' in m) {
      warmed = true;
      for (const f of warmedListeners) f();
      return;
    }
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (!m.ok) return p.reject(new Error(m.message));
    if (typeof m.ms === 'number') whoAnswerSeconds.observe({ stage: 'thread' }, m.ms / 1000);
    if (typeof m.waitedMs === 'number') whoAnswerSeconds.observe({ stage: 'queue' }, Math.max(0, m.waitedMs) / 1000);
    whoAnswerSeconds.observe({ stage: 'round_trip' }, (performance.now() - p.sent) / 1000);
    try {
      p.resolve(JSON.parse(m.json) as WhoThreadAnswer);
    } catch (err) {
      p.reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => fail(new Error(`who thread exited (code ${code})`)));
  // The thread alone must not keep the process alive.
  worker.unref();
  return {
    get pending() {
      return pending.size;
    },
    get dead() {
      return dead !== undefined;
    },
    get warmed() {
      return warmed;
    },
    onWarmed(f) {
      warmedListeners.push(f);
    },
    answer(question) {
      if (dead) return Promise.reject(dead);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject, sent: performance.now() });
        // (sentAt on the clock both threads share: the thread tells how long the question waited for it)
        worker.postMessage({ id, question, sentAt: performance.timeOrigin + performance.now() } satisfies ToThread);
      });
    },
    async stop() {
      stopping = true;
      await worker.terminate().catch((err: unknown) => logger.warn({ error: errorMessage(err) }, 'who thread did not stop'));
    },
  };
}
