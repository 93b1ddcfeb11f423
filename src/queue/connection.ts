import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

export const defaultRedisUrl = 'redis://127.0.0.1:6379';

/** REDIS_URL, or the local default. */
export function redisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL || defaultRedisUrl;
}

/**
 * The prefix of every BullMQ queue key and every app key srm writes
 * (SRM_QUEUE_PREFIX, default "srm"). On Redis Cluster, Valkey cluster or
 * ElastiCache cluster mode use a hash tag such as `{srm}` so that a queue's
 * keys, which BullMQ's Lua scripts touch together, land in one slot.
 */
export function queuePrefix(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SRM_QUEUE_PREFIX || 'srm';
  if (!/^[\w{}.-]+$/.test(raw) || raw.includes(':')) {
    throw new Error(`SRM_QUEUE_PREFIX: expected letters, digits, "-", "_", "." and an optional {hash tag}, got "${raw}"`);
  }
  return raw;
}

/**
 * producer: fails fast when Redis is down (an enqueue from a Slack listener must
 *   answer now, not hang); worker: waits for Redis forever (BullMQ requires
 *   maxRetriesPerRequest null for blocking connections); client: app keys
 *   (cursors, dedup, status) - queued while reconnecting, then a few retries.
 */
export type RedisRole = 'producer' | 'worker' | 'client';

/** Reconnect delay: 100 ms, 200 ms, ... capped at 5 s, forever. */
export function reconnectDelay(times: number): number {
  return Math.min(times * 100, 5_000);
}

export function redisOptions(role: RedisRole): RedisOptions {
  const common: RedisOptions = {
    retryStrategy: reconnectDelay,
    // ElastiCache/Valkey failover: a replica promoted under us answers READONLY; reconnect and resend.
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
    connectionName: `srm-${role}`,
  };
  switch (role) {
    case 'producer':
      return { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
    case 'worker':
      return { ...common, enableOfflineQueue: true, maxRetriesPerRequest: null };
    case 'client':
      return { ...common, enableOfflineQueue: true, maxRetriesPerRequest: 3 };
  }
}

/** An ioredis connection for one role; errors are logged, never thrown as unhandled events. */
export function createRedis(url: string, role: RedisRole, logger?: Logger): Redis {
  const redis = new Redis(url, redisOptions(role));
  let down = false;
  redis.on('error', (err: Error) => {
    if (!down) logger?.warn({ role, err: err.message }, 'redis connection error');
    down = true;
  });
  redis.on('ready', () => {
    if (down) logger?.info({ role }, 'redis reconnected');
    down = false;
  });
  return redis;
}

/** QUIT (lets pending replies arrive); when Redis cannot answer, drop the connection instead. */
export async function closeRedis(redis: Redis): Promise<void> {
  await redis.quit().catch(() => redis.disconnect());
}

/**
 * BullMQ loses jobs if Redis evicts keys: warn unless maxmemory-policy is
 * noeviction. Returns the policy, or undefined when CONFIG is not allowed
 * (managed Redis often disables it).
 */
export async function checkEvictionPolicy(redis: Redis, logger: Logger): Promise<string | undefined> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown;
    const policy = Array.isArray(reply) ? String(reply[1] ?? '') : undefined;
    if (policy && policy !== 'noeviction') {
      logger.warn({ policy }, 'redis maxmemory-policy is not noeviction: queued jobs may be evicted; set maxmemory-policy noeviction');
    }
    return policy;
  } catch (err) {
    logger.debug({ err: (err as Error).message }, 'cannot read redis maxmemory-policy');
    return undefined;
  }
}
