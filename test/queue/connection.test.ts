import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkEvictionPolicy, clusterOptions, clusterTarget, createRedis, describeTarget, hashTag, queuePrefix, reconnectDelay, redisTarget, redisUrl } from '../../src/queue/connection.js';
import { UsageError } from '../../src/errors.js';
import { defineJob } from '../../src/queue/define-job.js';
import { startWorkers } from '../../src/queue/workers.js';
import { startPrivateRedis, testPrefix, type PrivateRedis } from '../helpers/redis.js';
import { eventually, makeTestRuntime } from './harness.js';

describe('connection settings', () => {
  it('reads REDIS_URL and SRM_QUEUE_PREFIX with defaults', () => {
    expect(redisUrl({})).toBe('redis://127.0.0.1:6379');
    expect(redisUrl({ REDIS_URL: 'redis://cache:6380' })).toBe('redis://cache:6380');
    expect(queuePrefix({})).toBe('srm');
    expect(queuePrefix({ SRM_QUEUE_PREFIX: '{srm}' })).toBe('{srm}');
    expect(() => queuePrefix({ SRM_QUEUE_PREFIX: 'a:b' })).toThrow(/SRM_QUEUE_PREFIX/);
  });

  it('reads REDIS_CLUSTER_NODES: seed nodes, TLS and credentials, and a clear usage error', () => {
    expect(clusterTarget({})).toBeUndefined();
    expect(clusterTarget({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, 10.0.0.2:7001' })).toEqual({ nodes: [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7001 }], tls: false });
    const tls = clusterTarget({ REDIS_CLUSTER_NODES: 'rediss://srm:s3cret@clustercfg.srm.abc123.use1.cache.amazonaws.com:6379' });
    expect(tls).toMatchObject({ tls: true, username: 'srm', password: 's3cret', nodes: [{ host: 'clustercfg.srm.abc123.use1.cache.amazonaws.com', port: 6379 }] });
    expect(describeTarget(tls!)).not.toContain('s3cret');
    expect(() => clusterTarget({ REDIS_CLUSTER_NODES: 'redis://user:pw@:notaport' })).toThrow(UsageError);
    expect(() => clusterTarget({ REDIS_CLUSTER_NODES: 'redis://user:pw@:notaport' })).not.toThrow(/pw/);
    expect(redisTarget({ REDIS_URL: 'redis://cache:6380', REDIS_CLUSTER_NODES: '10.0.0.1:7000' })).toMatchObject({ nodes: [{ port: 7000 }] });
    expect(redisTarget({ REDIS_URL: 'redis://cache:6380' })).toBe('redis://cache:6380');
  });

  it('puts every key under one hash tag in cluster mode: {srm} by default, a given prefix wrapped', () => {
    const cluster = { REDIS_CLUSTER_NODES: '10.0.0.1:7000' };
    expect(queuePrefix(cluster)).toBe('{srm}');
    expect(queuePrefix({ ...cluster, SRM_QUEUE_PREFIX: 'prod' })).toBe('{prod}');
    expect(queuePrefix({ ...cluster, SRM_QUEUE_PREFIX: 'srm-{prod}' })).toBe('srm-{prod}');
    expect(() => queuePrefix({ SRM_QUEUE_PREFIX: '{a}{b}' })).toThrow(UsageError);
    expect(hashTag('{srm}:srm:burst:abc')).toBe('srm');
    expect(hashTag('srm:burst')).toBeUndefined();
  });

  it('on a cluster, workers and app-key writes wait through a failover; the producer fails fast', () => {
    const target = { nodes: [{ host: '127.0.0.1', port: 7000 }], tls: false };
    for (const role of ['worker', 'client'] as const) {
      const o = clusterOptions(role, target);
      // ioredis counts each CLUSTERDOWN / closed-connection retry as a redirection: they must cover minutes, not ioredis's ~5 s.
      expect((o.maxRedirections ?? 16) * Math.min(Number(o.retryDelayOnClusterDown), Number(o.retryDelayOnFailover))).toBeGreaterThanOrEqual(10 * 60_000);
      expect(o.enableOfflineQueue).toBe(true);
    }
    expect(clusterOptions('producer', target).maxRedirections ?? 16).toBeLessThanOrEqual(16);
    expect(clusterOptions('producer', target).enableOfflineQueue).toBe(false);
  });

  it('backs off reconnects up to a cap', () => {
    expect(reconnectDelay(1)).toBeLessThan(reconnectDelay(10));
    expect(reconnectDelay(10_000)).toBe(5_000);
  });
});

describe('a private redis-server', () => {
  let server: PrivateRedis;
  beforeAll(async () => {
    server = await startPrivateRedis();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('warns when maxmemory-policy is not noeviction', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }));
    const redis = createRedis(server.url, 'client');
    try {
      expect(await checkEvictionPolicy(redis, logger)).toBe('noeviction');
      expect(lines).toHaveLength(0);
      await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
      expect(await checkEvictionPolicy(redis, logger)).toBe('allkeys-lru');
      expect(lines.join('')).toContain('noeviction');
      await redis.config('SET', 'maxmemory-policy', 'noeviction');
    } finally {
      redis.disconnect();
    }
  });

  it('survives a Redis restart: producers fail fast while it is down, workers reconnect and go on', async () => {
    const prefix = testPrefix(import.meta.url);
    const t = makeTestRuntime({ prefix, url: server.url });
    const job = defineJob<{ n: number }>({
      name: 'test-restart',
      queue: 'checks',
      schema: z.object({ n: z.number() }),
      options: { attempts: 1 },
      async process(p, { runtime }) {
        await runtime.redis.sadd(`${runtime.prefix}:done`, String(p.n));
      },
    });
    const workers = await startWorkers(t.runtime, [job], { stalledInterval: 1_000 });
    try {
      await t.runtime.enqueue(job, { n: 1 });
      await eventually(async () => (await t.redis.sismember(`${prefix}:done`, '1')) === 1 || undefined);

      await server.kill();
      await expect(t.runtime.enqueue(job, { n: 2 })).rejects.toThrow();

      await server.restart();
      // The producer's connection comes back by itself; enqueue works again once it has.
      await eventually(async () => t.runtime.enqueue(job, { n: 3 }).then(() => true, () => undefined), 20_000);
      await eventually(async () => (await t.redis.sismember(`${prefix}:done`, '3')) === 1 || undefined, 20_000);
      expect(workers.running()).toBe(true);
      expect(await t.redis.sismember(`${prefix}:done`, '2')).toBe(0);
    } finally {
      await workers.close();
      await t.close();
    }
  });
});
