import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/logger.js';
import { createPoster, createPosterClient, ReplicationLagError } from '../../src/slack/poster.js';
import { postClaim } from '../../src/slack/post-claim.js';
import { routerKeys } from '../../src/router/keys.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { cleanPrefix, redisUrl, uniquePrefix } from '../router/harness.js';

let redis: Redis;
let slack: SlackApiServer;
const prefix = uniquePrefix('post-claim');
const fast = { waitMs: 300, pollMs: 20 };

beforeAll(async () => {
  redis = new Redis(redisUrl);
  slack = await startSlackApi();
});
afterAll(async () => {
  await slack.close();
  await cleanPrefix(redis, prefix);
  await redis.quit();
});

describe('post claim', () => {
  it('lets one attempt post; another waits, then adopts the recorded message', async () => {
    const key = `${prefix}:claim:a`;
    const first = postClaim(redis, key, fast);
    const second = postClaim(redis, key, fast);
    expect(await first.take()).toEqual({ kind: 'post' });
    // the holder's own call again (a retried send after a 5xx) keeps its claim
    expect(await first.take()).toEqual({ kind: 'post' });
    expect(await second.take()).toEqual({ kind: 'busy' });
    const waiting = second.take();
    await first.done('C0CLAIM001', '1796400000.000100');
    expect(await waiting).toEqual({ kind: 'posted', channel: 'C0CLAIM001', ts: '1796400000.000100' });
  });

  it('frees the claim when the post failed, and never drops another attempt’s claim', async () => {
    const key = `${prefix}:claim:b`;
    const first = postClaim(redis, key, fast);
    const second = postClaim(redis, key, fast);
    expect(await first.take()).toEqual({ kind: 'post' });
    await second.release();
    expect(await second.take()).toEqual({ kind: 'busy' });
    await first.release();
    expect(await second.take()).toEqual({ kind: 'post' });
  });

  it('lapses when its holder died without recording a post', async () => {
    const key = `${prefix}:claim:c`;
    expect(await postClaim(redis, key, { ...fast, claimTtlMs: 100 }).take()).toEqual({ kind: 'post' });
    await new Promise((r) => setTimeout(r, 150));
    expect(await postClaim(redis, key, fast).take()).toEqual({ kind: 'post' });
  });
});

describe('poster with two attempts of one job at once', () => {
  const poster = () =>
    createPoster({ client: createPosterClient('xoxb-test', slack.url), redis, prefix, logger: silentLogger(), channelIntervalMs: 50, claim: fast });

  it('posts a keyed message once: the attempt that comes second adopts the first one’s message', async () => {
    const before = slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === 'C0CLAIM002').length;
    const [a, b] = await Promise.all([
      poster().post({ channel: 'C0CLAIM002', text: 'one alert' }, { key: 'alert:twice' }),
      poster().post({ channel: 'C0CLAIM002', text: 'one alert' }, { key: 'alert:twice' }),
    ]);
    expect(slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === 'C0CLAIM002')).toHaveLength(before + 1);
    expect(a.ts).toBe(b.ts);
    expect([a.adopted, b.adopted].filter(Boolean)).toHaveLength(1);
  });

  it('retries later (retryable) when the other attempt still holds the claim', async () => {
    const p = poster();
    // a claim under the poster's own key for 'alert:held', held by an attempt that is stuck
    await postClaim(redis, routerKeys(prefix).postClaim('C0CLAIM003', undefined, 'alert:held'), fast).take();
    await expect(p.post({ channel: 'C0CLAIM003', text: 'held' }, { key: 'alert:held' })).rejects.toBeInstanceOf(ReplicationLagError);
    expect(slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === 'C0CLAIM003')).toHaveLength(0);
  });

  it('posts unkeyed messages without a claim', async () => {
    const p = poster();
    await p.post({ channel: 'C0CLAIM004', text: 'a' });
    await p.post({ channel: 'C0CLAIM004', text: 'a' });
    expect(slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === 'C0CLAIM004')).toHaveLength(2);
  });
});
