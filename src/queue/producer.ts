import { Queue, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { SrmError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { JobDefinition, QueueName } from './define-job.js';
import { waitReplicated, type ReplicationOutcome } from './replicated.js';

export interface Producer {
  /** The one Queue object of this process for `name`. */
  queue(name: QueueName): Queue;
  enqueue<P>(def: JobDefinition<P>, payload: P, opts?: JobsOptions): Promise<Job>;
  /** Waits until a replica has what this producer enqueued so far (src/queue/replicated.ts). */
  replicated(timeoutMs?: number): Promise<{ outcome: ReplicationOutcome; error?: string }>;
  close(): Promise<void>;
}

/** Defaults for every job: a few retries with exponential backoff, bounded history. */
export const defaultJobOptions: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5_000 },
};

/** Validate a payload with its job's schema; the error names the job and the field. */
export function validatePayload<P>(def: JobDefinition<P>, payload: unknown): P {
  const parsed = def.schema.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : '(payload)';
    throw new SrmError('invalid-payload', `invalid ${def.name} payload: ${where}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Queues are created once, on first use, over one connection (role
 * "producer": fails fast when Redis is down).
 */
export function createProducer(options: { connection: Redis; prefix: string; logger?: Logger }): Producer {
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName): Queue => {
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: options.connection, prefix: options.prefix, defaultJobOptions });
      q.on('error', (err: Error) => options.logger?.warn({ queue: name, err: err.message }, 'queue error'));
      queues.set(name, q);
    }
    return q;
  };
  return {
    queue,
    async enqueue<P>(def: JobDefinition<P>, payload: P, opts: JobsOptions = {}): Promise<Job> {
      const data = validatePayload(def, payload);
      const jobId = opts.jobId ?? def.jobId?.(data);
      if (jobId !== undefined && jobId.includes(':')) {
        throw new SrmError('invalid-job-id', `job id of ${def.name} must not contain ':' (got "${jobId}")`);
      }
      return queue(def.queue).add(def.name, data, { ...def.options, ...opts, ...(jobId !== undefined ? { jobId } : {}) });
    },
    replicated: (timeoutMs = 2_000) => waitReplicated(options.connection, options.prefix, timeoutMs),
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      queues.clear();
    },
  };
}
