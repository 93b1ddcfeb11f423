import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { jobs as allJobs } from '../../jobs/index.js';
import { SrmError, errorMessage } from '../errors.js';
import { closeRedis } from './connection.js';
import { jobWritesKept, redisHistory } from './job-history.js';
import { isCluster } from './replicated.js';
import { isLastAttempt, type AnyJobDefinition, type QueueName } from './define-job.js';
import type { Runtime } from './runtime.js';

export interface WorkerOptions {
  /** Only these queues (default: every queue a job is defined on). */
  queues?: QueueName[];
  /** Overrides each queue's concurrency. */
  concurrency?: number;
  /** A worker-role connection (maxRetriesPerRequest: null); default: a duplicate of runtime.redis. */
  connection?: Redis;
  /** How often stalled jobs (their worker died) are looked for; default 30 s. */
  stalledInterval?: number;
  /** How often a stalled job is retried before it fails; default 2. */
  maxStalledCount?: number;
  /** Lock time of an active job; default 30 s (renewed while the job runs). */
  lockDuration?: number;
}

export interface RunningWorkers {
  /** Graceful: waits for active jobs. `force` abandons them (they are retried as stalled jobs). */
  close(options?: { force?: boolean }): Promise<void>;
  running(): boolean;
  /** The BullMQ workers, one per queue (for health checks and tests). */
  workers: Worker[];
}

/** Index definitions by queue and name; a duplicate name is a programming error. */
export function groupJobs(jobs: readonly AnyJobDefinition[]): Map<QueueName, Map<string, AnyJobDefinition>> {
  const byQueue = new Map<QueueName, Map<string, AnyJobDefinition>>();
  const seen = new Set<string>();
  for (const def of jobs) {
    if (seen.has(def.name)) throw new Error(`job ${def.name} is defined twice`);
    seen.add(def.name);
    let names = byQueue.get(def.queue);
    if (!names) byQueue.set(def.queue, (names = new Map()));
    names.set(def.name, def);
  }
  return byQueue;
}

/** How long a job waits at its end for a replica to acknowledge its writes. */
const jobWritesTimeoutMs = 2_000;

/**
 * Whether a job's end waits until its writes are safe from a failover (on a
 * Redis Cluster, for the queues that carry events to Slack): BullMQ marks a
 * job completed on whatever master answers then, so a job whose own writes
 * (claims, decisions, digest lines, enqueued posts) were acknowledged by a
 * master that died unreplicated would be recorded as done on the promoted
 * replica without them, and never run again. It runs again instead (each
 * step is idempotent). Not on the last attempt: at least once, not never.
 */
function guardsItsWrites(def: AnyJobDefinition, job: Job, runtime: Runtime): boolean {
  if (def.queue !== 'ingest' && def.queue !== 'alerts') return false;
  if (!isCluster(runtime.redis)) return false;
  return !isLastAttempt(job);
}

/** Run one job with its definition: validate, give it a child logger, classify its errors. */
export async function runJob(def: AnyJobDefinition, job: Job, runtime: Runtime): Promise<unknown> {
  const logger = runtime.logger.child({ job: def.name, jobId: job.id, attempt: job.attemptsMade + 1 });
  const parsed = def.schema.safeParse(job.data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    logger.error({ path: first?.path.join('.'), reason: first?.message }, 'invalid job payload');
    throw new UnrecoverableError(`invalid ${def.name} payload: ${first?.path.join('.') || '(payload)'}: ${first?.message ?? 'invalid'}`);
  }
  try {
    const guarded = guardsItsWrites(def, job, runtime);
    const history = guarded ? await redisHistory(runtime.redis, runtime.prefix) : '';
    const result = await def.process(parsed.data, { job, logger, runtime, ...(guarded ? { history } : {}) });
    if (guarded) {
      const kept = await jobWritesKept(runtime.redis, runtime.prefix, history, jobWritesTimeoutMs);
      if (kept !== 'kept') {
        logger.warn({ outcome: kept }, kept === 'moved' ? 'redis failed over during the job; running it again' : 'no redis replica acknowledged the job\'s writes in time; running it again');
        throw new SrmError('job-writes-not-kept', `the job's writes may not outlive a failover (${kept}); it runs again`, { retryable: true });
      }
    }
    return result;
  } catch (err) {
    if (err instanceof SrmError && !err.retryable) {
      logger.error({ code: err.code, err: err.message }, 'job failed permanently');
      throw new UnrecoverableError(`${err.code}: ${err.message}`);
    }
    logger.warn({ err: errorMessage(err) }, 'job failed');
    throw err;
  }
}

/**
 * One BullMQ Worker per queue, dispatching by job name to its definition.
 * Stalled jobs (a worker killed mid-job) are retried by whichever worker
 * finds them; close() waits for active jobs (graceful shutdown).
 */
export async function startWorkers(
  runtime: Runtime,
  jobs: readonly AnyJobDefinition[] = allJobs,
  options: WorkerOptions = {},
): Promise<RunningWorkers> {
  const byQueue = groupJobs(jobs);
  const ownConnection = !options.connection;
  const connection = options.connection ?? runtime.redis.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true, connectionName: 'srm-worker' });
  if (ownConnection) connection.on('error', () => undefined); // reported by the workers' own error events
  const workers: Worker[] = [];
  for (const [queue, defs] of byQueue) {
    if (options.queues && !options.queues.includes(queue)) continue;
    const concurrency = options.concurrency ?? Math.max(1, ...[...defs.values()].map((d) => d.concurrency ?? 5));
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const def = defs.get(job.name);
        if (!def) throw new UnrecoverableError(`no job named ${job.name} on queue ${queue}`);
        return runJob(def, job, runtime);
      },
      {
        connection,
        prefix: runtime.prefix,
        concurrency,
        stalledInterval: options.stalledInterval ?? 30_000,
        maxStalledCount: options.maxStalledCount ?? 2,
        lockDuration: options.lockDuration ?? 30_000,
        autorun: true,
      },
    );
    let errorLogged = false;
    worker.on('error', (err: Error) => {
      if (!errorLogged) runtime.logger.warn({ queue, err: err.message }, 'worker error');
      errorLogged = true;
    });
    worker.on('ready', () => {
      errorLogged = false;
    });
    worker.on('failed', (job, err) => {
      runtime.logger.debug({ queue, job: job?.name, jobId: job?.id, err: err.message }, 'job attempt failed');
    });
    workers.push(worker);
  }
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  runtime.logger.info({ queues: workers.map((w) => w.name) }, 'workers started');
  let closed = false;
  return {
    workers,
    running: () => !closed && workers.length > 0 && workers.every((w) => w.isRunning()),
    async close({ force = false } = {}) {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((w) => w.close(force)));
      if (ownConnection) await closeRedis(connection);
    },
  };
}
