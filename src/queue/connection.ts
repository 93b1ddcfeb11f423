import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { UsageError } from '../errors.js';
import type { Logger } from '../logger.js';

export const defaultRedisUrl = 'redis://127.0.0.1:6379';

/** REDIS_URL, or the local default. */
export function redisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL || defaultRedisUrl;
}

/** One seed node of a Redis Cluster (REDIS_CLUSTER_NODES). */
export interface ClusterNode {
  host: string;
  port: number;
}

/** Where srm's Redis is: one server (a URL) or a cluster (its seed nodes, with the TLS and credentials they share). */
export type RedisTarget = string | { nodes: ClusterNode[]; tls: boolean; username?: string; password?: string };

/**
 * REDIS_CLUSTER_NODES=host:port,host:port,… (each may also be written
 * redis://[user:pass@]host:port, or rediss:// for TLS as on ElastiCache with
 * in-transit encryption); undefined when unset. A few seed nodes are enough:
 * the client discovers the others.
 */
export function clusterTarget(env: NodeJS.ProcessEnv = process.env): Exclude<RedisTarget, string> | undefined {
  const raw = env.REDIS_CLUSTER_NODES?.trim();
  if (!raw) return undefined;
  const nodes: ClusterNode[] = [];
  let tls = false;
  let username: string | undefined;
  let password: string | undefined;
  for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//.test(item) ? item : `redis://${item}`);
    } catch {
      url = new URL('redis://invalid');
    }
    const port = Number(url.port || 6379);
    if (!['redis:', 'rediss:'].includes(url.protocol) || !url.hostname || url.hostname === 'invalid' || !Number.isInteger(port) || port < 1 || port > 65535) {
      throw new UsageError(`REDIS_CLUSTER_NODES: expected host:port[,host:port…], got "${item.replace(/\/\/[^@]*@/, '//***@')}"`);
    }
    nodes.push({ host: url.hostname.replace(/^\[|\]$/g, ''), port });
    if (url.protocol === 'rediss:') tls = true;
    if (url.username) username = decodeURIComponent(url.username);
    if (url.password) password = decodeURIComponent(url.password);
  }
  if (nodes.length === 0) throw new UsageError('REDIS_CLUSTER_NODES: expected host:port[,host:port…], got nothing');
  return { nodes, tls, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** REDIS_CLUSTER_NODES when set, else REDIS_URL; undefined when neither is set (srm then looks for a local Redis). */
export function redisTarget(env: NodeJS.ProcessEnv = process.env): RedisTarget | undefined {
  return clusterTarget(env) ?? (env.REDIS_URL || undefined);
}

/** A target as logs and errors may show it: no credentials. */
export function describeTarget(target: RedisTarget): string {
  if (typeof target === 'string') return target.replace(/\/\/[^@]*@/, '//***@');
  return `cluster ${target.nodes.map((n) => `${n.host}:${n.port}`).join(',')}`;
}

/**
 * The prefix of every BullMQ queue key and every app key srm writes
 * (SRM_QUEUE_PREFIX, default "srm"). On Redis Cluster, Valkey cluster or
 * ElastiCache cluster mode (REDIS_CLUSTER_NODES set) every key must share one
 * hash tag, because BullMQ's Lua scripts and srm's own scripts touch several
 * keys at once: the default is then `{srm}`, and a prefix without a `{tag}`
 * is wrapped in one (`jobs` -> `{jobs}`).
 */
export function queuePrefix(env: NodeJS.ProcessEnv = process.env): string {
  const cluster = Boolean(env.REDIS_CLUSTER_NODES?.trim());
  const raw = env.SRM_QUEUE_PREFIX || (cluster ? '{srm}' : 'srm');
  if (!/^[\w{}.-]+$/.test(raw) || raw.includes(':') || !/^[^{}]*(\{[^{}]+\}[^{}]*)?$/.test(raw)) {
    throw new UsageError(`SRM_QUEUE_PREFIX: expected letters, digits, "-", "_", "." and an optional {hash tag}, got "${raw}"`);
  }
  return cluster && !hashTag(raw) ? `{${raw}}` : raw;
}

/** The hash tag of a key or prefix (what Redis Cluster hashes): the text inside its first non-empty {…}. */
export function hashTag(key: string): string | undefined {
  const open = key.indexOf('{');
  if (open < 0) return undefined;
  const close = key.indexOf('}', open + 1);
  return close > open + 1 ? key.slice(open + 1, close) : undefined;
}

/**
 * producer: fails fast when Redis is down (an enqueue from a Slack listener must
 *   answer now, not hang); worker: waits for Redis forever (BullMQ requires
 *   maxRetriesPerRequest null for blocking connections); client: app keys
 *   (cursors, dedup claims, post progress, status) - queued while reconnecting
 *   and sent once Redis is back, however long that takes. A job that has just
 *   posted to Slack must be able to record it: had that write failed while
 *   Redis restarted, the retried job would post again (the fault suite's
 *   redis-kill scenario found exactly that: one duplicate post per channel).
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
      return { ...common, enableOfflineQueue: true, maxRetriesPerRequest: null };
  }
}

/**
 * Redirections (MOVED, ASK, TRYAGAIN, CLUSTERDOWN, a connection closed under
 * it) a command of a role that waits for Redis (worker, client) rides out on
 * a cluster before it fails: at 200-300 ms a retry, well over ten minutes of
 * a failover. ioredis's default, 16, is about five seconds: while a replica
 * was being promoted (the fault suite's cluster-failover: 5 s with
 * cluster-node-timeout 2 s; 15 s and more with the default 15 s) commands
 * failed with "Too many Cluster redirections", over a hundred post-alert
 * jobs per failover with them; a job that had just posted to Slack and
 * could not record it posts again when retried (most likely the three
 * duplicate posts of one run). The producer keeps ioredis's default: it
 * fails fast anyway.
 */
export const clusterWaitRedirections = 5_000;

/**
 * The same roles on a cluster. Commands wait through a failover (a master
 * killed, its replica promoted): ioredis retries on CLUSTERDOWN, MOVED and
 * TRYAGAIN and refreshes the slot map (the worker and client roles for as
 * long as a failover takes, see clusterWaitRedirections); writes always go to masters.
 */
export function clusterOptions(role: RedisRole, target: Exclude<RedisTarget, string>): ClusterOptions {
  const { retryStrategy: _retry, enableOfflineQueue, ...node } = redisOptions(role);
  return {
    clusterRetryStrategy: reconnectDelay,
    enableOfflineQueue: enableOfflineQueue ?? true,
    scaleReads: 'master',
    ...(role === 'producer' ? {} : { maxRedirections: clusterWaitRedirections }),
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 300,
    // No ready check (CLUSTER INFO) after a (re)connect: when it finds cluster_state:fail, as every node
    // says while a master is down and its replica not yet promoted, ioredis drops the connection and
    // reconnects WITHOUT settling the promise connect() returned (ioredis issue 709). BullMQ awaits
    // that promise with no bound when it resets a worker's blocking connection after a missed
    // BZPOPMIN (its watchdog; RedisConnection.reconnect): the worker never fetches again, its jobs
    // sit in the wait list (the fault suite's cluster-failover: every ingest worker at once). Without
    // the check, connect() settles once the slot map is read; a command sent while the cluster is
    // down gets CLUSTERDOWN and is retried (retryDelayOnClusterDown, maxRedirections above).
    enableReadyCheck: false,
    retryDelayOnTryAgain: 200,
    slotsRefreshTimeout: 2_000,
    // ElastiCache's TLS certificates name the configuration endpoint, not each node's IP.
    ...(target.tls ? { dnsLookup: (address: string, callback: (err: null, address: string) => void) => callback(null, address) } : {}),
    redisOptions: {
      ...node,
      ...(target.tls ? { tls: {} } : {}),
      ...(target.username ? { username: target.username } : {}),
      ...(target.password ? { password: target.password } : {}),
    },
  };
}

/**
 * An ioredis connection for one role; errors are logged, never thrown as
 * unhandled events. A cluster target gives an ioredis Cluster: it speaks the
 * same commands (srm's keys share one hash tag, so multi-key scripts,
 * MULTI and pipelines stay in one slot), so it is handed around as a Redis.
 */
export function createRedis(target: RedisTarget, role: RedisRole, logger?: Logger): Redis {
  const redis = typeof target === 'string' ? new Redis(target, redisOptions(role)) : (new Cluster(target.nodes, clusterOptions(role, target)) as unknown as Redis);
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
