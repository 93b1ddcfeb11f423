import { Gauge } from 'prom-client';
import { queueNames, type QueueName } from '../queue/define-job.js';
import type { Producer } from '../queue/producer.js';
import type { Runtime } from '../queue/runtime.js';
import { readPollStatus, type PollStatus } from '../ingest/pollers/status.js';
import { registry } from '../metrics.js';
import { postAlert } from '../../jobs/post-alert.js';
import { flushDigest } from '../../jobs/flush-digest.js';
import { countFailedPosts, listFailedPosts, retryFailedPosts, type FailedPost } from './failed-posts.js';
import { readRouterStats, type RouterStats } from './stats.js';
import { listSnoozes, type Snooze } from './snooze.js';

export interface QueueDepth {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** What `/srm status` shows. */
export interface StatusSnapshot {
  queues: QueueDepth[];
  polls: PollStatus[];
  failedPosts: { count: number; first: FailedPost[] };
  router: RouterStats;
  /** Snoozes in force (rule + resource), each with the matches it kept quiet. */
  snoozes: Snooze[];
  at: string;
}

/** The `/srm status` port (Deps.status). */
export interface StatusPort {
  snapshot(): Promise<StatusSnapshot>;
  /** Enqueues every failed post again. */
  retryFailed(): Promise<{ retried: number }>;
}

let depthSource: Pick<Producer, 'queue'> | undefined;

const queueDepth = new Gauge({
  name: 'srm_queue_depth',
  help: 'Jobs per queue and state (sampled when /metrics is scraped or /srm status runs)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    if (depthSource) await queueDepths(depthSource).catch(() => undefined);
  },
});

export async function queueDepths(producer: Pick<Producer, 'queue'>): Promise<QueueDepth[]> {
  return Promise.all(
    queueNames.map(async (queue) => {
      const c = await producer.queue(queue).getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
      const d: QueueDepth = { queue, waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0 };
      for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) queueDepth.set({ queue, state }, d[state]);
      return d;
    }),
  );
}

/** Keeps the queue-depth gauge fresh on every scrape of /metrics. */
export function trackQueueDepths(producer: Pick<Producer, 'queue'> | undefined): void {
  depthSource = producer;
}

export function createStatusPort(runtime: Pick<Runtime, 'redis' | 'prefix' | 'enqueue'>, producer: Pick<Producer, 'queue'>): StatusPort {
  return {
    async snapshot() {
      const [queues, polls, count, first, router, snoozes] = await Promise.all([
        queueDepths(producer),
        readPollStatus(runtime),
        countFailedPosts(runtime),
        listFailedPosts(runtime, 5),
        readRouterStats(runtime),
        listSnoozes(runtime),
      ]);
      return { queues, polls, failedPosts: { count, first }, router, snoozes, at: new Date().toISOString() };
    },
    async retryFailed() {
      const r = await retryFailedPosts(runtime, [postAlert, flushDigest]);
      return { retried: r.retried };
    },
  };
}
