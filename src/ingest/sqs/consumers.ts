import type { Queue } from 'bullmq';
import type { SqsQueueConfig } from '../../config.js';
import type { Runtime } from '../../queue/runtime.js';
import { SqsConsumer, type SqsConsumerOptions } from './consumer.js';

export interface RunningSqsConsumers {
  consumers: SqsConsumer[];
  /** Graceful: every consumer stops receiving, finishes what it received and releases its lease. */
  stop(): Promise<void>;
}

/** Jobs waiting to run on the BullMQ ingest queue: what the consumers' backpressure watches. */
export function ingestBacklog(queue: Pick<Queue, 'getJobCounts'>): () => Promise<number> {
  return async () => {
    const c = await queue.getJobCounts('waiting', 'prioritized');
    return (c.waiting ?? 0) + (c.prioritized ?? 0);
  };
}

/**
 * One continuous consumer per queue (default: runtime.config.sqs); srm serve
 * and srm worker both run them, the Redis lease makes one replica receive per queue.
 */
export function startSqsConsumers(
  runtime: Runtime,
  ingestQueue: Pick<Queue, 'getJobCounts'>,
  queues: readonly SqsQueueConfig[] = runtime.config.sqs,
  options: Omit<SqsConsumerOptions, 'runtime' | 'queue' | 'backlog'> = {},
): RunningSqsConsumers {
  const backlog = ingestBacklog(ingestQueue);
  const consumers = queues.map((queue) => new SqsConsumer({ ...options, runtime, queue, backlog }));
  for (const c of consumers) c.start();
  if (consumers.length) runtime.logger.info({ queues: consumers.map((c) => c.labels.queue) }, 'sqs consumers started');
  return {
    consumers,
    async stop() {
      await Promise.all(consumers.map((c) => c.stop()));
    },
  };
}
