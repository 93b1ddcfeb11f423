import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createProducer, type Producer } from '../../src/queue/producer.js';
import { createRuntime, type Runtime } from '../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import { deletePrefix } from '../../src/redis-keys.js';
import { createAlertSink } from '../../src/router/sink.js';
import type { Alert } from '../../src/rules/types.js';
import { createPoster, createPosterClient } from '../../src/slack/poster.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import type { AnyJobDefinition } from '../../src/queue/define-job.js';
import { postAlert } from '../../jobs/post-alert.js';
import { flushDigest } from '../../jobs/flush-digest.js';

export const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export function uniquePrefix(file: string): string {
  return `srm-test-${file}-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key under the prefix (tests only; never FLUSHDB on the shared Redis). */
export async function cleanPrefix(redis: Redis, prefix: string): Promise<void> {
  await deletePrefix(redis, prefix);
}

export interface Harness {
  runtime: Runtime;
  redis: Redis;
  slack: SlackApiServer;
  producer: Producer;
  workers?: RunningWorkers;
  start(jobs?: readonly AnyJobDefinition[]): Promise<RunningWorkers>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  file: string;
  config?: Record<string, unknown>;
  perChannelPerSecond?: number;
  /** The bot token's scopes the local Slack API enforces on history reads (default: every scope). */
  slackScopes?: string[];
  channelIntervalMs?: number;
  maxAttempts?: number;
  backoffMs?: number;
  router?: Runtime['router'];
}

/** A runtime on real Redis (unique prefix) posting through the real WebClient to the local Slack API. */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const prefix = uniquePrefix(options.file);
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const slack = await startSlackApi({ ...(options.perChannelPerSecond ? { perChannelPerSecond: options.perChannelPerSecond } : {}), ...(options.slackScopes ? { scopes: options.slackScopes } : {}) });
  const logger = silentLogger();
  const producer = createProducer({ connection: redis, prefix, logger });
  const config = parseConfig({ defaultChannel: 'C0ALERTS1', ...(options.config ?? {}) }, {}, 'test');
  const client = createPosterClient('xoxb-test', slack.url);
  const runtime = createRuntime({
    logger,
    config,
    redis,
    prefix,
    producer,
    aws: () => {
      throw new Error('no AWS in this test');
    },
    poster: createPoster({
      client,
      redis,
      prefix,
      logger,
      channelIntervalMs: options.channelIntervalMs ?? 20,
      maxAttempts: options.maxAttempts ?? 3,
      backoffMs: options.backoffMs ?? 20,
    }),
    ...(options.router ? { router: options.router } : {}),
  });
  runtime.alerts = createAlertSink(runtime);
  const h: Harness = {
    runtime,
    redis,
    slack,
    producer,
    async start(jobs = [postAlert, flushDigest]) {
      h.workers = await startWorkers(runtime, jobs, { stalledInterval: 5_000 });
      return h.workers;
    },
    async close() {
      await h.workers?.close();
      await producer.close();
      await slack.close();
      await cleanPrefix(redis, prefix);
      await redis.quit();
    },
  };
  return h;
}

/**
 * A second replica on the harness's queues: its own Redis connection and
 * poster, the same prefix and Slack, running the alert jobs. close() stops
 * its workers and its connection.
 */
export async function startReplica(h: Harness, channelIntervalMs = 200): Promise<{ close(): Promise<void> }> {
  const otherRedis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const replica: Runtime = {
    ...h.runtime,
    redis: otherRedis,
    poster: createPoster({ client: createPosterClient('xoxb-test', h.slack.url), redis: otherRedis, prefix: h.runtime.prefix, logger: silentLogger(), channelIntervalMs, backoffMs: 20 }),
  };
  const workers = await startWorkers(replica, [postAlert, flushDigest], { queues: ['alerts'] });
  return {
    async close() {
      await workers.close();
      await otherRedis.quit();
    },
  };
}

/** Waits until the alerts queue has nothing waiting, delayed or active. */
export async function drained(h: Harness, timeoutMs = 20_000): Promise<void> {
  const q = h.producer.queue('alerts');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await q.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children');
    if (Object.values(c).every((n) => n === 0)) return;
    if (Date.now() > deadline) throw new Error(`alerts queue not drained: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export { Queue, QueueEvents };

let seq = 0;
/** A realistic, redacted alert (what rules produce). */
export function makeAlert(overrides: Partial<Alert> = {}): Alert {
  seq += 1;
  const eventId = overrides.eventId ?? `6f0e4c2a-1b2c-4d5e-8f90-${String(seq).padStart(12, '0')}`;
  return {
    eventId,
    source: 'cloudtrail',
    rule: 'cloudtrail-root-console-login',
    title: 'Root user signed in to the console',
    severity: 'high',
    area: 'root-account',
    controls: ['CloudWatch.1', 'cis-aws-1.4.0:4.3'],
    account: '123456789012',
    region: 'us-east-1',
    actor: 'arn:aws:iam::123456789012:root',
    sourceIp: '192.0.2.10',
    time: '2026-11-23T10:00:00Z',
    eventName: 'ConsoleLogin',
    summary: 'The root user signed in to the AWS console from 192.0.2.10.',
    customerAction: 'Use the root user only for the tasks that need it; enable MFA on it.',
    notes: [],
    resource: null,
    sample: false,
    dedupKey: eventId,
    ...overrides,
  };
}
