import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll } from 'vitest';
import { deletePrefix } from '../../src/redis-keys.js';
import { findRedisServer, spawnRedisServer } from '../../src/redis-local.js';

/** The shared test Redis (REDIS_URL or 127.0.0.1:6379). */
export const testRedisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** A prefix unique to one test file and run: `srm-test-<file>-<random>`. Pass import.meta.url. */
export function testPrefix(fileUrl: string): string {
  const name = basename(fileURLToPath(fileUrl)).replace(/\.test\.ts$/, '').replace(/[^\w-]/g, '-');
  return `srm-test-${name}-${randomBytes(4).toString('hex')}`;
}

/** Delete every key under `${prefix}:` (SCAN, never FLUSHDB). Returns how many were deleted. */
export function cleanupPrefix(redis: Redis, prefix: string): Promise<number> {
  return deletePrefix(redis, prefix);
}

/** A plain client on the shared test Redis. */
export function testRedis(url = testRedisUrl): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * A client on the shared test Redis and a prefix of this test file's own
 * (pass import.meta.url); after the file (or the describe it is called in),
 * every key under the prefix is deleted and the client quits.
 */
export function useTestRedis(fileUrl: string): { redis: Redis; prefix: string } {
  const redis = testRedis();
  const prefix = testPrefix(fileUrl);
  afterAll(async () => {
    await cleanupPrefix(redis, prefix);
    await redis.quit();
  });
  return { redis, prefix };
}

export interface PrivateRedis {
  url: string;
  port: number;
  /** Kill the server (SIGKILL: a crash, not a clean shutdown). */
  kill(): Promise<void>;
  /** Start it again on the same port (empty: it keeps nothing on disk). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A redis-server of this test's own, on a free port, for kill/restart tests. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const binary = findRedisServer();
  if (!binary) throw new Error('redis-server is not installed (apt-get install redis-server)');
  let server = await spawnRedisServer(binary);
  const port = server.port;
  const kill = async () => {
    const child = server.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  };
  return {
    url: server.url,
    port,
    kill,
    async restart() {
      await kill();
      server = await spawnRedisServer(binary, port);
    },
    async stop() {
      await server.stop();
    },
  };
}
