import type { Redis } from 'ioredis';

/**
 * Deletes every key under `${prefix}:` with SCAN and UNLINK (never FLUSHDB:
 * the Redis may be shared). Returns how many keys were deleted.
 */
export async function deletePrefix(redis: Redis, prefix: string, scanCount = 1000): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', scanCount);
    cursor = next;
    if (keys.length) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}
