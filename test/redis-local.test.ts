import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { ensureRedis, findRedisServer, freePort, redisAnswers } from '../src/redis-local.js';

describe('ensureRedis', () => {
  it('uses REDIS_URL when set, without probing', async () => {
    const r = await ensureRedis({ REDIS_URL: 'redis://cache.example.com:6380' });
    expect(r).toMatchObject({ url: 'redis://cache.example.com:6380', private: false });
  });

  it('says exactly what to run when there is no Redis and no redis-server binary', async () => {
    const port = await freePort();
    await expect(ensureRedis({ PATH: '/nonexistent' }, undefined, { defaultPort: port })).rejects.toThrow(/apt-get install redis-server.*docker run -p 6379:6379 redis:7/);
  });

  it.runIf(findRedisServer() !== undefined)('starts a private in-memory redis-server and stops it', async () => {
    const port = await freePort();
    const r = await ensureRedis({ PATH: process.env.PATH }, undefined, { defaultPort: port });
    try {
      expect(r.private).toBe(true);
      const client = new Redis(r.url);
      expect(await client.ping()).toBe('PONG');
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
      client.disconnect();
    } finally {
      await r.stop();
    }
    const privatePort = Number(new URL(r.url).port);
    expect(await redisAnswers('127.0.0.1', privatePort)).toBe(false);
  });
});
