import type { WebClient } from '@slack/web-api';
import type { Redis } from 'ioredis';
import { loadConfig, type SrmConfig } from './config.js';
import { errorMessage } from './errors.js';
import type { Logger } from './logger.js';
import { ensureRedis, type LocalRedis } from './redis-local.js';
import { exitSoon, waitForStopSignal } from './shutdown.js';
import { checkEvictionPolicy, closeRedis, createRedis, queuePrefix, redisTarget, type RedisTarget } from './queue/connection.js';
import { createProducer, type Producer } from './queue/producer.js';
import { createRuntime, type Runtime } from './queue/runtime.js';
import { upsertSchedulers } from './queue/schedulers.js';
import { watchDataMarker } from './queue/data-marker.js';
import { checkRuleTuning } from './rules/check-tuning.js';
import { startWorkers, type RunningWorkers } from './queue/workers.js';
import { upsertCheckSchedules } from './checks/schedules.js';
import { createAlertSink } from './router/sink.js';
import { createStatusPort, trackQueueDepths, type StatusPort } from './router/status.js';
import type { RouterTuning } from './router/options.js';
import { createPoster, createPosterClient } from './slack/poster.js';
import { startSqsConsumers, type RunningSqsConsumers } from './ingest/sqs/consumers.js';

export type HealthParts = Record<string, { ok: boolean; detail?: string }>;

export interface PipelineOptions {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  /** Upsert the poll and check schedulers (srm serve, srm demo does not). */
  schedulers: boolean;
  /** Default: REDIS_CLUSTER_NODES (a cluster), else ensureRedis(env) (REDIS_URL, else the local default, else a private redis-server). */
  redisUrl?: RedisTarget;
  /** Default: loadConfig() (SRM_CONFIG, else the environment). */
  config?: SrmConfig;
  /** Default: SRM_QUEUE_PREFIX or "srm". */
  prefix?: string;
  /** The WebClient the poster uses; default: SLACK_BOT_TOKEN at SLACK_API_URL (none without a token). */
  slackClient?: WebClient;
  /** Per-channel spacing of posts; default 1100 ms (Slack: about one message per second per channel). */
  channelIntervalMs?: number;
  router?: RouterTuning;
  /** Override each queue's worker concurrency. */
  concurrency?: number;
  /** Consume the config's SQS queues continuously (default true; a Redis lease makes one replica receive per queue). */
  sqsConsumers?: boolean;
}

/** Workers (and optionally schedulers) on one Redis: what `srm worker`, `srm serve` and `srm demo` run. */
export interface RunningPipeline {
  runtime: Runtime;
  producer: Producer;
  workers: RunningWorkers;
  /** The SQS consumers, one per configured queue (none when sqsConsumers is false). */
  sqs: RunningSqsConsumers;
  status: StatusPort;
  health(): Promise<HealthParts>;
  stop(): Promise<void>;
}

async function pingWithin(redis: Redis, ms: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      redis.ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts the pipeline: Redis connections, the producer, the rate-limited
 * poster, the alert sink, BullMQ workers for every job, and (optionally) the
 * schedulers. `stop()` runs in reverse: workers finish or hand back their
 * jobs, queues close, Redis quits, a private redis-server stops.
 */
export async function startPipeline(options: PipelineOptions): Promise<RunningPipeline> {
  const { env, logger } = options;
  const cleanup: { name: string; run: () => Promise<void> }[] = [];
  const stopAllParts = async () => {
    for (const c of cleanup.reverse()) {
      try {
        await c.run();
      } catch (err) {
        logger.warn({ part: c.name, err: errorMessage(err) }, 'stop failed');
      }
    }
    cleanup.length = 0;
  };
  try {
    // Config and prefix first: a bad one is reported before anything starts (no Redis child, no connection).
    const config = options.config ?? loadConfig(undefined, env);
    checkRuleTuning(config.rules, config.source);
    const prefix = options.prefix ?? queuePrefix(env);
    let local: LocalRedis | undefined;
    let url = options.redisUrl ?? redisTarget(env);
    if (!url) {
      local = await ensureRedis(env, logger);
      url = local.url;
      cleanup.push({ name: 'redis-server', run: () => local!.stop() });
    }
    const redis = createRedis(url, 'client', logger);
    cleanup.push({ name: 'redis', run: () => closeRedis(redis) });
    const producerConnection = createRedis(url, 'producer', logger);
    cleanup.push({ name: 'redis-producer', run: () => closeRedis(producerConnection) });
    await redis.ping();
    await checkEvictionPolicy(redis, logger);
    const producer = createProducer({ connection: producerConnection, prefix, logger });
    cleanup.push({ name: 'queues', run: () => producer.close() });
    const token = env.SLACK_BOT_TOKEN;
    const slackClient = options.slackClient ?? (token ? createPosterClient(token, env.SLACK_API_URL || undefined, logger) : undefined);
    const runtime = createRuntime({
      logger,
      config,
      redis,
      prefix,
      producer,
      ...(slackClient
        ? { poster: createPoster({ client: slackClient, redis, prefix, logger, ...(options.channelIntervalMs ? { channelIntervalMs: options.channelIntervalMs } : {}) }) }
        : {}),
      ...(options.router ? { router: options.router } : {}),
    });
    runtime.alerts = createAlertSink(runtime);
    if (!slackClient) logger.warn('SLACK_BOT_TOKEN is not set: alerts wait in the queue until a worker with a token posts them');
    const workerConnection = createRedis(url, 'worker', logger);
    cleanup.push({ name: 'redis-worker', run: () => closeRedis(workerConnection) });
    const workers = await startWorkers(runtime, undefined, { connection: workerConnection, ...(options.concurrency ? { concurrency: options.concurrency } : {}) });
    cleanup.push({ name: 'workers', run: () => workers.close() });
    // Stopped before the workers and queues: messages already received are enqueued, then deleted.
    const sqs = startSqsConsumers(runtime, producer.queue('ingest'), options.sqsConsumers === false ? [] : config.sqs);
    cleanup.push({ name: 'sqs-consumers', run: () => sqs.stop() });
    const upsertAll = async () => {
      await upsertSchedulers(runtime, producer);
      await upsertCheckSchedules(runtime, producer);
    };
    if (options.schedulers) await upsertAll();
    // Redis back without its data (no persistence): say so loudly, and srm serve sets its schedulers up again.
    const marker = await watchDataMarker(redis, prefix, logger, options.schedulers ? { onLost: upsertAll } : {});
    cleanup.push({ name: 'data-marker', run: async () => marker.stop() });
    trackQueueDepths(producer);
    cleanup.push({ name: 'metrics', run: async () => trackQueueDepths(undefined) });
    const status = createStatusPort(runtime, producer);
    return {
      runtime,
      producer,
      workers,
      sqs,
      status,
      async health() {
        const parts: HealthParts = {};
        try {
          await pingWithin(redis, 1000);
          parts.redis = { ok: true };
        } catch (err) {
          parts.redis = { ok: false, detail: errorMessage(err) };
        }
        parts.workers = workers.running() ? { ok: true } : { ok: false, detail: 'workers are not running' };
        return parts;
      },
      stop: stopAllParts,
    };
  } catch (err) {
    await stopAllParts();
    throw err;
  }
}

/** `srm worker`: workers only (no Slack app, no schedulers), until SIGTERM/SIGINT. */
export async function runWorker(env: NodeJS.ProcessEnv, logger: Logger): Promise<void> {
  // Listen from the start: a signal during start-up stops the workers gracefully once they run.
  const stopSignal = waitForStopSignal();
  const pipeline = await startPipeline({ env, logger, schedulers: false });
  logger.info({ prefix: pipeline.runtime.prefix }, 'srm worker running');
  const signal = await stopSignal;
  logger.info({ signal }, 'stopping: finishing active jobs');
  await pipeline.stop();
  logger.info('stopped');
  exitSoon();
}
