import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { redisEpoch, redisEpochKey } from '../../src/queue/redis-epoch.js';
import { keySlot, waitReplicated } from '../../src/queue/replicated.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { createPoster, createPosterClient } from '../../src/slack/poster.js';
import { useTestRedis } from '../helpers/redis.js';

/**
 * Issue 11: what srm knows of Redis losing its history (a failover, a
 * restart) and of its replicas, and how the poster uses it.
 */

const { redis, prefix } = useTestRedis(import.meta.url);
let slack: SlackApiServer;

beforeAll(async () => {
  slack = await startSlackApi();
});
afterAll(async () => {
  await slack.close();
});

describe('redis epoch', () => {
  it('starts at 0 on first sight, stays while the replication id does, and starts now when it changes', async () => {
    const p = `${prefix}:a`;
    expect(await redisEpoch(redis, p)).toBe(0);
    expect(await redisEpoch(redis, p)).toBe(0);
    // The replication id srm saw is not this Redis's any more (a replica promoted, a restart).
    await redis.hset(redisEpochKey(p), 'replid', 'an-earlier-history');
    const before = Date.now();
    const since = await redisEpoch(redis, p);
    expect(since).toBeGreaterThanOrEqual(before - 1_000);
    expect(await redisEpoch(redis, p)).toBe(since);
  });

  it("a first attempt's post looks in the channel when Redis's history began after its event, and adopts what an attempt in the lost history posted", async () => {
    const p = `${prefix}:b`;
    const poster = createPoster({ client: createPosterClient('xoxb-test', slack.url), redis, prefix: p, logger: silentLogger(), channelIntervalMs: 1 });
    const eventAt = Date.now() - 5_000;
    await redisEpoch(redis, p);
    // Posted in a history Redis has since lost: nothing in Redis says so.
    const first = await poster.post({ channel: 'C0EPOCH01', text: 'alert' }, { key: 'alert-epoch-0', notBefore: eventAt });
    expect(slack.callsTo('conversations.history')).toHaveLength(0);
    await redis.hset(redisEpochKey(p), 'replid', 'an-earlier-history');
    const again = await poster.post({ channel: 'C0EPOCH01', text: 'alert' }, { key: 'alert-epoch-0', notBefore: eventAt });
    expect(again).toEqual({ channel: 'C0EPOCH01', ts: first.ts, adopted: true });
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    // An event after the history began cannot have been posted in the lost one: no look.
    await poster.post({ channel: 'C0EPOCH01', text: 'later' }, { key: 'alert-epoch-1', notBefore: Date.now() + 120_000 });
    expect(slack.callsTo('conversations.history')).toHaveLength(1);
    expect(slack.okCallsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('waiting for a replica', () => {
  it('computes cluster key slots as Redis does (hash tags included)', () => {
    expect(keySlot('foo')).toBe(12182);
    expect(keySlot('{srm}:alerts:1')).toBe(keySlot('srm'));
    expect(keySlot('{}x')).toBe(keySlot('{}x'));
  });

  it('has nothing to wait for on a Redis without replicas', async () => {
    expect(await waitReplicated(redis, prefix, 100)).toEqual({ outcome: 'no-replicas' });
  });
});
