import type { Job, JobsOptions } from 'bullmq';
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import type { Runtime } from './runtime.js';

export const queueNames = ['ingest', 'alerts', 'checks', 'remediate'] as const;
export type QueueName = (typeof queueNames)[number];

export interface JobContext {
  job: Job;
  /** A child logger with { job: name, jobId }. */
  logger: Logger;
  runtime: Runtime;
  /** On a Redis Cluster, for ingest and alerts jobs: the Redis history the attempt started in (see runJob). */
  history?: string;
}

/**
 * One BullMQ job type (one file under jobs/). The payload is validated with
 * `schema` when enqueued and again when processed (an invalid payload is an
 * UnrecoverableError). Payloads carry ids and event data, never tokens or
 * credentials.
 */
export interface JobDefinition<P> {
  /** The file's basename, e.g. "poll-cloudtrail"; also the BullMQ job name. */
  name: string;
  queue: QueueName;
  schema: z.ZodType<P>;
  /** attempts, backoff, removeOnComplete… (merged under the enqueue call's own options). */
  options?: JobsOptions;
  /** Idempotency key: an enqueue with the id of a job still kept is a no-op. No ':' (BullMQ reserves it). */
  jobId?(payload: P): string;
  /** Worker concurrency for this job's queue (the largest of a queue's jobs wins). */
  concurrency?: number;
  process(payload: P, ctx: JobContext): Promise<unknown>;
}

/** Any job definition, for catalogues (a definition's payload type is contravariant in `process`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<any>;

/** Whether this attempt of a job is its last (BullMQ will not retry it): what must happen then happens now. */
export function isLastAttempt(job: Partial<Pick<Job, 'attemptsMade' | 'opts'>> | undefined): boolean {
  return (job?.attemptsMade ?? 0) + 1 >= (job?.opts?.attempts ?? 1);
}

export function defineJob<P>(def: JobDefinition<P>): JobDefinition<P> {
  return def;
}

/** Make a string safe as (part of) a BullMQ job id. */
export function safeJobId(raw: string): string {
  return raw.replace(/:/g, '_');
}
