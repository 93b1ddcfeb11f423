import { describe, expect, it } from 'vitest';
import { alertDedupRedisKey, claimAlerts, completeAlerts } from '../../src/ingest/dedup.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const alert = (n: number) => ({ rule: 'event:cloudtrail', dedupKey: `ct-dedup-test-${n}` });

describe('claims and their completion', () => {
  it('a claim says which Redis history it was made in, and completes in that history', async () => {
    const claims = await claimAlerts(redis, prefix, [alert(1), alert(2)], 'job-a');
    expect(claims.results).toEqual(['claimed', 'claimed']);
    expect(claims.history).toMatch(/^[0-9a-f]{40}$/);
    expect(await completeAlerts(redis, prefix, [alert(1), alert(2)], { owner: 'job-a', history: claims.history })).toBe('done');
    expect(await redis.get(alertDedupRedisKey(prefix, alert(1)))).toBe('done event:cloudtrail ct-dedup-test-1');
    expect((await claimAlerts(redis, prefix, [alert(1)], 'job-b')).results).toEqual(['duplicate']);
  });

  it('completes nothing in another history (a failover since the claims): the job hands the events on again', async () => {
    const claims = await claimAlerts(redis, prefix, [alert(3)], 'job-a');
    expect(await completeAlerts(redis, prefix, [alert(3)], { owner: 'job-a', history: 'f'.repeat(40) })).toBe('moved');
    expect(await redis.get(alertDedupRedisKey(prefix, alert(3)))).toBe('pending job-a');
    // A claim the failover took: no done marker appears for it either.
    await redis.del(alertDedupRedisKey(prefix, alert(3)));
    expect(await completeAlerts(redis, prefix, [alert(3)], { owner: 'job-a', history: 'f'.repeat(40) })).toBe('moved');
    expect(await redis.exists(alertDedupRedisKey(prefix, alert(3)))).toBe(0);
    // Its retry claims again and completes in the history it now runs in.
    const again = await claimAlerts(redis, prefix, [alert(3)], 'job-a');
    expect(again.results).toEqual(['claimed']);
    expect(await completeAlerts(redis, prefix, [alert(3)], { owner: 'job-a', history: again.history })).toBe('done');
    expect(claims.history).toBe(again.history);
  });

  it('never completes over another job pending claim', async () => {
    const mine = await claimAlerts(redis, prefix, [alert(4)], 'job-a');
    await redis.set(alertDedupRedisKey(prefix, alert(4)), 'pending job-b');
    expect(await completeAlerts(redis, prefix, [alert(4)], { owner: 'job-a', history: mine.history })).toBe('done');
    expect(await redis.get(alertDedupRedisKey(prefix, alert(4)))).toBe('pending job-b');
  });
});
