import { afterAll, describe, expect, it } from 'vitest';
import { deletePrefix } from '../src/redis-keys.js';
import { testPrefix, testRedis } from './helpers/redis.js';

const redis = testRedis();
const prefix = testPrefix(import.meta.url);
const other = `${prefix}-other`;

afterAll(async () => {
  await redis.del(`${other}:kept`, `${prefix}`);
  await redis.quit();
});

describe('deletePrefix', () => {
  it('deletes every key under `prefix:` across SCAN pages, and nothing else', async () => {
    const keys = Array.from({ length: 250 }, (_, i) => `${prefix}:k:${i}`);
    await redis.mset(...keys.flatMap((k) => [k, '1']));
    await redis.set(`${other}:kept`, '1');
    await redis.set(prefix, 'the bare prefix is not under it');
    expect(await deletePrefix(redis, prefix, 50)).toBe(250);
    expect(await redis.exists(...keys)).toBe(0);
    expect(await redis.get(`${other}:kept`)).toBe('1');
    expect(await redis.get(prefix)).not.toBeNull();
    expect(await deletePrefix(redis, prefix)).toBe(0);
  });
});
