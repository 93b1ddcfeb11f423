import { parentPort, Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads that run tasks (one file each for `srm
 * replay`) and stream each task's results back as batches, in order.
 *
 * - Tasks go to idle workers first come, first served, so the oldest task the
 *   caller still waits for always runs.
 * - Back-pressure: a worker sends at most `maxUnacked` batches of a task
 *   ahead of the consumer; the consumer acknowledges a batch by asking for the
 *   next one. A task whose output is not wanted yet (a later file) or is
 *   drained slowly (stdout blocked) pauses its worker, so memory stays bounded
 *   by tasks in flight x maxUnacked x batch size, whatever the input size. The
 *   caller bounds the tasks in flight.
 * - A task that throws in the worker, or a worker that dies, fails that task
 *   (its stream throws); a dead worker is replaced.
 */

// Messages are checked by hand, not with zod: a worker thread that loads zod starts about 0.1 s later.
type FromWorker = { kind: 'batch'; id: number; batch: unknown } | { kind: 'done'; id: number } | { kind: 'failed'; id: number; message: string };
type ToWorker = { kind: 'task'; id: number; task: unknown } | { kind: 'ack'; id: number };

function messageOf(raw: unknown): { kind: unknown; id: number } & Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null) throw new TypeError('replay pool: a message must be an object');
  const m = raw as Record<string, unknown>;
  if (!Number.isInteger(m['id'])) throw new TypeError('replay pool: a message needs an integer id');
  return m as { kind: unknown; id: number } & Record<string, unknown>;
}

function parseFromWorker(raw: unknown): FromWorker {
  const m = messageOf(raw);
  if (m.kind === 'batch') return { kind: 'batch', id: m.id, batch: m['batch'] };
  if (m.kind === 'done') return { kind: 'done', id: m.id };
  if (m.kind === 'failed' && typeof m['message'] === 'string') return { kind: 'failed', id: m.id, message: m['message'] };
  throw new TypeError(`replay pool: unexpected message from a worker (${String(m.kind)})`);
}

function parseToWorker(raw: unknown): ToWorker {
  const m = messageOf(raw);
  if (m.kind === 'task') return { kind: 'task', id: m.id, task: m['task'] };
  if (m.kind === 'ack') return { kind: 'ack', id: m.id };
  throw new TypeError(`replay pool: unexpected message to a worker (${String(m.kind)})`);
}

/** One task's batches, in the order the worker sent them. */
export class TaskStream<B> implements AsyncIterable<B> {
  private queue: B[] = [];
  private ended = false;
  private error: Error | null = null;
  private wake: (() => void) | null = null;
  private handedOut = false;
  /** Set by the pool when a worker takes the task. */
  ack: () => void = () => {};

  push(batch: B): void {
    this.queue.push(batch);
    this.notify();
  }
  end(): void {
    this.ended = true;
    this.notify();
  }
  fail(err: Error): void {
    if (this.ended) return;
    this.error = err;
    this.ended = true;
    this.notify();
  }
  private notify(): void {
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<B> {
    for (;;) {
      // Asking for the next batch acknowledges the previous one: the worker may send another.
      if (this.handedOut) {
        this.handedOut = false;
        this.ack();
      }
      while (this.queue.length === 0 && !this.ended) await new Promise<void>((resolve) => (this.wake = resolve));
      const next = this.queue.shift();
      if (next !== undefined) {
        this.handedOut = true;
        yield next;
        continue;
      }
      if (this.error) throw this.error;
      return;
    }
  }
}

export interface PoolOptions {
  /** The worker module (it calls serveTasks). */
  url: URL;
  workerData: unknown;
  size: number;
  /** Batches a worker may send ahead of the consumer, per task (default 2). */
  maxUnacked?: number;
  /** Where the workers' own stdout/stderr go (default: this process's stderr), never stdout, which carries results. */
  log?: NodeJS.WritableStream;
}

interface Job<T, B> {
  id: number;
  task: T;
  stream: TaskStream<B>;
}

interface Slot<T, B> {
  worker: Worker;
  /** The task it runs, then the one it has opened ahead. */
  jobs: Job<T, B>[];
}

/** Tasks a worker holds: the one it runs and the next, whose file it reads ahead. */
const depth = 2;
/** Dead workers replaced in a pool's life, at most. */
const maxReplaced = 4;

export class WorkerPool<T, B> {
  private readonly slots: Slot<T, B>[] = [];
  private readonly waiting: Job<T, B>[] = [];
  private nextId = 0;
  private closed = false;
  /** Dead workers replaced so far: a worker that cannot start (a bad module) must not respawn for ever. */
  private replaced = 0;
  private lastError: Error | null = null;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<T, B> {
    const worker = new Worker(this.options.url, {
      workerData: { ...(this.options.workerData as object), maxUnacked: this.options.maxUnacked ?? 2 },
      stdout: true,
      stderr: true,
    });
    const log = this.options.log ?? process.stderr;
    // Copied, not piped: a pipe per worker would add listeners to the one stderr stream.
    const copy = (chunk: Buffer | string): void => void log.write(chunk);
    worker.stdout.on('data', copy);
    worker.stderr.on('data', copy);
    const slot: Slot<T, B> = { worker, jobs: [] };
    worker.on('message', (raw: unknown) => this.onMessage(slot, raw));
    const lost = (err: Error): void => {
      if (this.closed) return;
      for (const job of slot.jobs.splice(0)) job.stream.fail(err);
      this.lastError = err;
      // Replace the worker, in place, and carry on with the queue (a few times: then the queue fails).
      const index = this.slots.indexOf(slot);
      if (index >= 0) {
        if (this.replaced++ < maxReplaced) this.slots[index] = this.spawn();
        else this.slots.splice(index, 1);
      }
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) lost(new Error(`worker thread exited (code ${code})`));
    });
    return slot;
  }

  private onMessage(slot: Slot<T, B>, raw: unknown): void {
    const msg = parseFromWorker(raw);
    const at = slot.jobs.findIndex((j) => j.id === msg.id);
    if (at < 0) return;
    const job = slot.jobs[at]!;
    if (msg.kind === 'batch') {
      job.stream.push(msg.batch as B);
      return;
    }
    slot.jobs.splice(at, 1);
    if (msg.kind === 'done') job.stream.end();
    else job.stream.fail(new Error(msg.message));
    this.dispatch();
  }

  /** Idle workers first, then one task ahead each, oldest task first. */
  private dispatch(): void {
    if (this.slots.length === 0) {
      for (const job of this.waiting.splice(0)) job.stream.fail(this.lastError ?? new Error('no worker thread'));
      return;
    }
    for (let held = 0; held < depth; held++) {
      for (const slot of this.slots) {
        if (slot.jobs.length !== held || this.waiting.length === 0) continue;
        const job = this.waiting.shift()!;
        slot.jobs.push(job);
        job.stream.ack = () => {
          if (slot.jobs.includes(job)) slot.worker.postMessage({ kind: 'ack', id: job.id });
        };
        slot.worker.postMessage({ kind: 'task', id: job.id, task: job.task });
      }
    }
  }

  /** Starts more workers, up to `size` in all. */
  grow(size: number): void {
    while (!this.closed && this.slots.length < size) this.slots.push(this.spawn());
    this.dispatch();
  }

  /** Queues a task; its batches come out of the returned stream. */
  submit(task: T): TaskStream<B> {
    if (this.closed) throw new Error('the pool is closed');
    const job: Job<T, B> = { id: this.nextId++, task, stream: new TaskStream<B>() };
    this.waiting.push(job);
    this.dispatch();
    return job.stream;
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/**
 * The worker side: runs `handle` for each task, one at a time, in the order
 * they came. `send` waits while `maxUnacked` batches of the task are not yet
 * acknowledged.
 */
export function serveTasks<T, P, B>(
  parseTask: (raw: unknown) => T,
  /** Called as soon as a task arrives (to start reading ahead); its result goes to `handle` in the task's turn. */
  prepare: (task: T) => P,
  handle: (prepared: P, send: (batch: B) => Promise<void>) => Promise<void>,
  maxUnacked: number,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  let unacked = 0;
  let current = -1;
  let wake: (() => void) | null = null;
  let chain: Promise<void> = Promise.resolve();

  port.on('message', (raw: unknown) => {
    const msg = parseToWorker(raw);
    if (msg.kind === 'ack') {
      if (msg.id !== current) return;
      unacked = Math.max(0, unacked - 1);
      const w = wake;
      wake = null;
      w?.();
      return;
    }
    const { id } = msg;
    let prepared: { ok: true; value: P } | { ok: false; err: unknown };
    try {
      prepared = { ok: true, value: prepare(parseTask(msg.task)) };
    } catch (err) {
      prepared = { ok: false, err };
    }
    chain = chain.then(async () => {
      current = id;
      unacked = 0;
      const send = async (batch: B): Promise<void> => {
        while (unacked >= maxUnacked) await new Promise<void>((resolve) => (wake = resolve));
        unacked++;
        port.postMessage({ kind: 'batch', id, batch });
      };
      try {
        if (!prepared.ok) throw prepared.err;
        await handle(prepared.value, send);
        port.postMessage({ kind: 'done', id });
      } catch (err) {
        port.postMessage({ kind: 'failed', id, message: err instanceof Error ? err.message : String(err) });
      }
    });
  });
}
