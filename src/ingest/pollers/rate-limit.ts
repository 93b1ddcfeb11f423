import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';


/**
 * Wait for a request slot shared by every replica: at most `perSecond`
 * requests per second on `key` (e.g. LookupEvents allows 2 per second per
 * account and region). A slot is a key set with NX and PX = 1000/perSecond;
 * whoever sets it goes, the others wait for its expiry.
 */
export async function acquireSlot(redis: Redis, key: string, perSecond: number, options: { maxWaitMs?: number } = {}): Promise<number> {
  const slotMs = Math.ceil(1_000 / perSecond);
  const deadline = Date.now() + (options.maxWaitMs ?? 60_000);
  let waited = 0;
  for (;;) {
    const ok = await redis.set(key, '1', 'PX', slotMs, 'NX');
    if (ok === 'OK') return waited;
    if (Date.now() > deadline) throw new Error(`rate limiter ${key}: no slot within ${options.maxWaitMs ?? 60_000} ms`);
    const ttl = await redis.pttl(key);
    const wait = ttl > 0 ? ttl : 10;
    waited += wait;
    await sleep(wait);
  }
}
