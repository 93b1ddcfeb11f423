import type { Redis } from 'ioredis';
import { parseConfig, type SrmConfig } from '../../src/config.js';
import { silentLogger, type Logger } from '../../src/logger.js';
import { createRedis } from '../../src/queue/connection.js';
import { createProducer, type Producer } from '../../src/queue/producer.js';
import { createRuntime, type AlertSink, type Runtime } from '../../src/queue/runtime.js';
import { cleanupPrefix, testRedisUrl } from '../helpers/redis.js';

export interface TestRuntime {
  runtime: Runtime;
  producer: Producer;
  redis: Redis;
  close(options?: { cleanup?: boolean }): Promise<void>;
}

export interface TestRuntimeOptions {
  prefix: string;
  url?: string;
  config?: SrmConfig;
  aws?: Runtime['aws'];
  alerts?: AlertSink;
  logger?: Logger;
}

/** A Runtime on real Redis under `prefix`, with its own connections (close() quits them). */
export function makeTestRuntime(options: TestRuntimeOptions): TestRuntime {
  const url = options.url ?? testRedisUrl;
  const redis = createRedis(url, 'client');
  const producerConnection = createRedis(url, 'producer');
  const producer = createProducer({ connection: producerConnection, prefix: options.prefix });
  const runtime = createRuntime({
    logger: options.logger ?? silentLogger(),
    config: options.config ?? parseConfig({}, {}),
    redis,
    prefix: options.prefix,
    producer,
    ...(options.aws ? { aws: options.aws } : {}),
    ...(options.alerts ? { alerts: options.alerts } : {}),
  });
  return {
    runtime,
    producer,
    redis,
    async close({ cleanup = true } = {}) {
      await producer.close();
      if (cleanup) await cleanupPrefix(redis, options.prefix).catch(() => undefined);
      redis.disconnect();
      producerConnection.disconnect();
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `check` until it returns a value (not a timing assertion: the test fails only if it never happens). */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error('condition not reached');
    await sleep(25);
  }
}
