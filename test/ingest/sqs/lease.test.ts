import { describe, expect, it } from 'vitest';
import { leaseOwnerId, RedisLease } from '../../../src/ingest/sqs/lease.js';
import { testRedis, useTestRedis } from '../../helpers/redis.js';
import { eventually } from '../../queue/harness.js';

const { redis, prefix } = useTestRedis(import.meta.url);

describe('RedisLease', () => {
  it('is held by one owner at a time; only the owner renews or releases it', async () => {
    const key = `${prefix}:lease:one`;
    const a = new RedisLease(redis, key, 'a', 5_000);
    const b = new RedisLease(redis, key, 'b', 5_000);
    expect(await a.acquire()).toBe(true);
    expect(a.valid()).toBe(true);
    expect(await b.acquire()).toBe(false);
    expect(b.valid()).toBe(false);
    expect(await b.renew()).toBe(false);
    await b.release();
    expect(await a.holder()).toBe('a');
    // Acquiring again while holding it extends it.
    expect(await a.acquire()).toBe(true);
    expect(await a.renew()).toBe(true);
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(5_000);
    await a.release();
    expect(a.valid()).toBe(false);
    expect(await a.holder()).toBeNull();
    expect(await b.acquire()).toBe(true);
  });

  it('lapses when its holder stops renewing, and the holder stops believing it holds it before anyone else can take it', async () => {
    const key = `${prefix}:lease:lapse`;
    const a = new RedisLease(redis, key, 'a', 400);
    const b = new RedisLease(redis, key, 'b', 400);
    expect(await a.acquire()).toBe(true);
    // a "dies": it never renews. b keeps trying; each time b fails, a may still believe; when b wins, a must not.
    let bothHeld = 0;
    await eventually(async () => {
      const got = await b.acquire();
      if (got && a.valid()) bothHeld++;
      return got;
    });
    expect(bothHeld).toBe(0);
    expect(a.valid()).toBe(false);
    expect(await a.renew()).toBe(false);
    expect(await b.holder()).toBe('b');
  });

  it('a holder cut off from Redis loses the lease by its own clock, and another owner takes it', async () => {
    const key = `${prefix}:lease:cut`;
    const own = testRedis();
    const a = new RedisLease(own, key, 'a', 500);
    const b = new RedisLease(redis, key, 'b', 500);
    expect(await a.acquire()).toBe(true);
    own.disconnect();
    await expect(a.renew()).rejects.toThrow();
    await eventually(() => (a.valid() ? undefined : true));
    await eventually(async () => ((await b.acquire()) ? true : undefined));
    expect(a.valid()).toBe(false);
  });

  it('names its owner by host and pid', () => {
    expect(leaseOwnerId()).toMatch(new RegExp(`:${process.pid}:[0-9a-f]{8}$`));
    expect(leaseOwnerId()).not.toBe(leaseOwnerId());
  });
});
