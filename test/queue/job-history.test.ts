import { describe, expect, it } from 'vitest';
import { jobWritesKept, redisHistory } from '../../src/queue/job-history.js';
import { isCluster } from '../../src/queue/replicated.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);

describe('a job writes and the Redis history', () => {
  it('reads the master replication id, the same until the history forks', async () => {
    const history = await redisHistory(redis, prefix);
    expect(history).toMatch(/^[0-9a-f]{40}$/);
    expect(await redisHistory(redis, prefix)).toBe(history);
  });

  it('kept in the history the job started in (no replica to wait for here); moved in another', async () => {
    const history = await redisHistory(redis, prefix);
    await redis.set(`${prefix}:job-history-test`, '1');
    expect(await jobWritesKept(redis, prefix, history, 500)).toBe('kept');
    expect(await jobWritesKept(redis, prefix, '0'.repeat(40), 500)).toBe('moved');
  });

  it('tells a cluster client from a single connection', () => {
    expect(isCluster(redis)).toBe(false);
    expect(isCluster({ isCluster: true } as unknown as typeof redis)).toBe(true);
  });
});
