import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import type { SrmConfig } from '../src/config.js';
import type { Logger } from '../src/logger.js';
import { createProducer, type Producer } from '../src/queue/producer.js';
import { createRuntime, type Runtime } from '../src/queue/runtime.js';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/bin.js');

/** What the pipeline bench drives: a producer-side runtime, and whatever processes the jobs. */
export interface BenchPipeline {
  runtime: Runtime;
  producer: Producer;
  stop(): Promise<void>;
}

/**
 * N `srm worker` processes (the built CLI) on the bench's Redis and prefix,
 * posting to the bench's local Slack; this process only produces and reads
 * the router's counters. The config is written to a temporary file the
 * workers read through SRM_CONFIG.
 */
export async function startWorkerProcesses(options: {
  workers: number;
  redisUrl: string;
  prefix: string;
  configYaml: string;
  config: SrmConfig;
  slackUrl: string;
  logger: Logger;
}): Promise<BenchPipeline> {
  const dir = mkdtempSync(path.join(tmpdir(), 'srm-bench-workers-'));
  const configPath = path.join(dir, 'srm.yaml');
  writeFileSync(configPath, options.configYaml);
  const env = {
    ...process.env,
    REDIS_URL: options.redisUrl,
    SRM_QUEUE_PREFIX: options.prefix,
    SRM_CONFIG: configPath,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_API_URL: options.slackUrl,
    SRM_LOG_LEVEL: 'warn',
  };
  const children: ChildProcess[] = [];
  for (let i = 0; i < options.workers; i++) {
    const child = spawn(process.execPath, [bin, 'worker'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
  }
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const producer = createProducer({ connection: new Redis(options.redisUrl, { maxRetriesPerRequest: null }), prefix: options.prefix, logger: options.logger });
  const runtime = createRuntime({ logger: options.logger, config: options.config, redis, prefix: options.prefix, producer });
  // Ready when every process's BullMQ workers are registered on the ingest queue.
  const ingest = producer.queue('ingest');
  const deadline = Date.now() + 60_000;
  while ((await ingest.getWorkersCount()) < options.workers) {
    if (children.some((c) => c.exitCode !== null)) throw new Error('bench: an srm worker process exited during start-up');
    if (Date.now() > deadline) throw new Error(`bench: ${options.workers} srm worker processes not ready within 60 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    runtime,
    producer,
    async stop() {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) => {
              if (c.exitCode !== null) return resolve();
              c.once('exit', () => resolve());
              c.kill('SIGTERM');
              setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
            }),
        ),
      );
      await producer.close();
      await redis.quit();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
