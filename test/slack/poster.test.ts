import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/logger.js';
import { registry } from '../../src/metrics.js';
import { PostFailedError, ReplicationLagError, createPoster, createPosterClient, type PosterOptions } from '../../src/slack/poster.js';
import { redisHistory } from '../../src/queue/job-history.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { cleanPrefix, redisUrl, uniquePrefix } from '../router/harness.js';

let redis: Redis;
let slack: SlackApiServer;
const prefix = uniquePrefix('poster');

beforeAll(async () => {
  redis = new Redis(redisUrl);
  slack = await startSlackApi({ perChannelPerSecond: 5 });
});
afterAll(async () => {
  await slack.close();
  await cleanPrefix(redis, prefix);
  await redis.quit();
});

function poster(extra: Partial<PosterOptions> = {}) {
  const sleeps: number[] = [];
  const p = createPoster({
    client: createPosterClient('xoxb-test', slack.url),
    redis,
    prefix,
    logger: silentLogger(),
    channelIntervalMs: 220,
    backoffMs: 10,
    maxAttempts: 3,
    sleep: async (ms) => {
      sleeps.push(ms);
      await new Promise((r) => setTimeout(r, ms));
    },
    ...extra,
  });
  return { p, sleeps };
}

/**
 * Forgets the posts recorded in Redis (the post claims), as a failover or restart can: the tests of the channel
 * look stand for an attempt whose Redis no longer knows what an earlier one posted.
 */
async function forgetRecordedPosts(): Promise<void> {
  const keys = await redis.keys(`${prefix}:srm:post-claim:*`);
  if (keys.length) await redis.del(...keys);
}

async function metric(name: string): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (m?.values ?? []).reduce((s, v) => s + Number(v.value), 0);
}

describe('poster', () => {
  it('spaces posts to one channel across two posters sharing Redis, so the server never rate-limits', async () => {
    // Spaced 400 ms against the server's 200 ms (5/s): uncoordinated posters would send together, while the margin
    // keeps a timer that fires late under a loaded machine from bringing two coordinated posts under 200 ms apart.
    const a = poster({ channelIntervalMs: 400 });
    const b = poster({ channelIntervalMs: 400 });
    const before = slack.rateLimited;
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a.p : b.p).post({ channel: 'C0SPACED1', text: `m${i}` })));
    expect(slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === 'C0SPACED1')).toHaveLength(6);
    expect(slack.rateLimited).toBe(before);
    // later posts waited for their slot
    expect([...a.sleeps, ...b.sleeps].filter((ms) => ms > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('waits out a 429 for its Retry-After, counts it, then posts', async () => {
    const { p, sleeps } = poster();
    const counted = await metric('srm_slack_rate_limited_total');
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const posted = await p.post({ channel: 'C0LIMITED1', text: 'after the wait' });
    expect(posted.ts).toMatch(/^\d+\.\d{6}$/);
    expect(await metric('srm_slack_rate_limited_total')).toBe(counted + 1);
    // the second slot was held for the Retry-After (about 1000 ms)
    expect(Math.max(...sleeps)).toBeGreaterThanOrEqual(900);
    const calls = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0LIMITED1');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('holds chat.update apart from chat.postMessage: an update 429 does not delay posts to the channel', async () => {
    const { p } = poster();
    const first = await p.post({ channel: 'C0SPLIT001', text: 'v1' });
    slack.failNext('chat.update', { status: 429, retryAfter: 2 });
    const updated = p.update({ channel: first.channel, ts: first.ts, text: 'v2' });
    await slack.waitFor(() => slack.callsTo('chat.update').some((c) => c.body.channel === 'C0SPLIT001' && c.status === 429));
    await p.post({ channel: 'C0SPLIT001', text: 'not held' });
    await updated;
    const calls = slack.callsTo('chat.update').filter((c) => c.body.channel === 'C0SPLIT001');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1900);
    // the post went out while the update waited out its Retry-After
    const post = slack.okCallsTo('chat.postMessage').find((c) => c.body.text === 'not held')!;
    expect(post.at).toBeLessThan(calls[1]!.at);
  });

  it('a call that reserved its slot before a 429 came waits for the Retry-After too', async () => {
    // 300 ms against the server's 200: a send delayed on its way under a loaded machine keeps its margin.
    const { p } = poster({ channelIntervalMs: 300 });
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    await Promise.all([p.post({ channel: 'C0HOLD0001', text: 'a' }), p.post({ channel: 'C0HOLD0001', text: 'b' })]);
    const calls = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0HOLD0001');
    expect(calls.map((c) => c.status)).toEqual([429, 200, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1900);
  });

  it('keeps a send that went late an interval from the next, whoever reserved first', async () => {
    // The second poster's timer fires 400 ms late (a loaded or paused process): it wakes after the third call's slot.
    const { p } = poster({ channelIntervalMs: 300 });
    const late = poster({ channelIntervalMs: 300, sleep: (ms) => new Promise((r) => setTimeout(r, ms + 400)) }).p;
    const channel = 'C0LATE0001';
    await Promise.all([p.post({ channel, text: 'a' }), late.post({ channel, text: 'b' }), p.post({ channel, text: 'c' })]);
    const calls = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(calls.map((c) => c.body.text)).toEqual(['a', 'c', 'b']);
    for (let i = 1; i < calls.length; i += 1) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(200);
  });

  it('retries a 5xx with backoff', async () => {
    const { p } = poster();
    slack.failNext('chat.postMessage', { status: 503 }, 2);
    await p.post({ channel: 'C0FLAKY001', text: 'third time lucky' });
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0FLAKY001').map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('gives up with PostFailedError after its attempts, or at once on a platform error', async () => {
    const { p } = poster();
    slack.failNext('chat.postMessage', { status: 500 }, 3);
    await expect(p.post({ channel: 'C0BROKEN01', text: 'x' })).rejects.toBeInstanceOf(PostFailedError);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0BROKEN01')).toHaveLength(3);
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(p.post({ channel: 'C0GONE0001', text: 'x' })).rejects.toThrow(/channel_not_found/);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0GONE0001')).toHaveLength(1);
  });

  it('sends every mrkdwn text verbatim, so Slack links no URL or channel name from event text', async () => {
    const { p } = poster();
    const blocks = [
      { type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'user https://evil.example/x' }, fields: [{ type: 'mrkdwn' as const, text: '#general' }] },
      { type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: '<https://console.aws.amazon.com/|Console>' }] },
      { type: 'header' as const, text: { type: 'plain_text' as const, text: 'plain stays plain' } },
    ];
    const posted = await p.post({ channel: 'C0VERBATIM', text: 'x', blocks });
    const stored = slack.messages.get(`C0VERBATIM:${posted.ts}`)!;
    expect(JSON.stringify(stored.blocks).match(/"verbatim":true/g)).toHaveLength(3);
    expect(JSON.stringify(stored.blocks)).not.toMatch(/plain_text[^}]*verbatim/);
  });

  it('updates a message in place', async () => {
    const { p } = poster();
    const posted = await p.post({ channel: 'C0UPDATE01', text: 'v1' });
    await p.update({ channel: posted.channel, ts: posted.ts, text: 'v2' });
    const stored = slack.messages.get(`C0UPDATE01:${posted.ts}`);
    expect(stored).toMatchObject({ text: 'v2', updates: 1 });
  });
  describe('reconciling a post an earlier attempt may have made', () => {
    const reconcileCount = async (outcome: string) => {
      const m = (await registry.getMetricsAsJSON()).find((x) => x.name === 'srm_slack_reconcile_total');
      return Number(m?.values.find((v) => v.labels.outcome === outcome)?.value ?? 0);
    };
    const postsIn = (channel: string) => slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === channel);

    it('carries its key in the message metadata, and reads no history on a first attempt', async () => {
      const { p } = poster();
      const posted = await p.post({ channel: 'C0RECON001', text: 'first' }, { key: 'alert-abc-0' });
      expect(slack.messages.get(`C0RECON001:${posted.ts}`)?.metadata).toEqual({ event_type: 'srm_message', event_payload: { key: 'alert-abc-0' } });
      expect(slack.callsTo('conversations.history').filter((c) => c.body.channel === 'C0RECON001')).toHaveLength(0);
    });

    it('adopts the message an earlier attempt posted instead of posting it again', async () => {
      const { p } = poster();
      const since = Date.now();
      const earlier = await p.post({ channel: 'C0RECON002', text: 'died after Slack accepted it' }, { key: 'alert-k2-0' });
      await p.post({ channel: 'C0RECON002', text: 'another alert' }, { key: 'alert-other-0' });
      await forgetRecordedPosts();
      const before = await reconcileCount('adopted');
      const again = await p.post({ channel: 'C0RECON002', text: 'died after Slack accepted it' }, { key: 'alert-k2-0', reconcileSince: since });
      expect(again).toEqual({ channel: 'C0RECON002', ts: earlier.ts, adopted: true });
      expect(postsIn('C0RECON002')).toHaveLength(2);
      expect(await reconcileCount('adopted')).toBe(before + 1);
      const [read] = slack.callsTo('conversations.history').filter((c) => c.body.channel === 'C0RECON002');
      expect(read!.body).toMatchObject({ include_all_metadata: 'true', oldest: ((since - 60_000) / 1000).toFixed(6) });
    });

    it('posts once when the history has no such message, and counts it', async () => {
      const { p } = poster();
      const before = await reconcileCount('not_found');
      await p.post({ channel: 'C0RECON003', text: 'unrelated' }, { key: 'alert-x-0' });
      const posted = await p.post({ channel: 'C0RECON003', text: 'never posted before' }, { key: 'alert-k3-0', reconcileSince: Date.now() - 5_000 });
      expect(posted.adopted).toBeUndefined();
      expect(postsIn('C0RECON003')).toHaveLength(2);
      expect(await reconcileCount('not_found')).toBe(before + 1);
    });

    it('finds a thread reply with conversations.replies on its parent', async () => {
      const { p } = poster();
      const since = Date.now();
      const parent = await p.post({ channel: 'C0RECON004', text: 'parent' }, { key: 'alert-parent-0' });
      const reply = await p.post({ channel: 'C0RECON004', threadTs: parent.ts, text: 'repeat' }, { key: 'alert-reply-0' });
      await forgetRecordedPosts();
      const again = await p.post({ channel: 'C0RECON004', threadTs: parent.ts, text: 'repeat' }, { key: 'alert-reply-0', reconcileSince: since });
      expect(again).toMatchObject({ ts: reply.ts, adopted: true });
      expect(slack.callsTo('conversations.replies').filter((c) => c.body.channel === 'C0RECON004')[0]!.body).toMatchObject({ ts: parent.ts });
      // The parent's own key does not stand for a reply.
      const fresh = await p.post({ channel: 'C0RECON004', threadTs: parent.ts, text: 'other' }, { key: 'alert-parent-0', reconcileSince: since });
      expect(fresh.adopted).toBeUndefined();
    });

    it('pages through the history (newest first) to find it, within its page bound', async () => {
      const { p } = poster({ reconcilePageSize: 3, reconcileMaxPages: 4 });
      const since = Date.now();
      const target = await p.post({ channel: 'C0RECON005', text: 'old one' }, { key: 'alert-paged-0' });
      for (let i = 0; i < 7; i++) await p.post({ channel: 'C0RECON005', text: `newer ${i}` }, { key: `alert-newer${i}-0` });
      await forgetRecordedPosts();
      const again = await p.post({ channel: 'C0RECON005', text: 'old one' }, { key: 'alert-paged-0', reconcileSince: since });
      expect(again).toMatchObject({ ts: target.ts, adopted: true });
      const reads = slack.callsTo('conversations.history').filter((c) => c.body.channel === 'C0RECON005');
      expect(reads.map((c) => Boolean(c.body.cursor))).toEqual([false, true, true]);
      // Beyond the bound it gives up looking and posts (counted).
      const tight = poster({ reconcilePageSize: 2, reconcileMaxPages: 2 }).p;
      await forgetRecordedPosts();
      const before = await reconcileCount('page_limit');
      const posted = await tight.post({ channel: 'C0RECON005', text: 'old one' }, { key: 'alert-paged-0', reconcileSince: since });
      expect(posted.adopted).toBeUndefined();
      expect(await reconcileCount('page_limit')).toBe(before + 1);
    });

    it('without the history scope (or outside the channel) it posts as before, warns once and counts', async () => {
      const scoped = await startSlackApi({ scopes: ['chat:write', 'chat:write.public'] });
      const warnings: string[] = [];
      const logger = silentLogger();
      const spy = { ...logger, warn: (o: unknown, msg?: string) => void warnings.push(String(msg ?? o)), debug: () => undefined, info: () => undefined, error: () => undefined, child: () => spy } as unknown as typeof logger;
      try {
        const p = createPoster({ client: createPosterClient('xoxb-test', scoped.url), redis, prefix, logger: spy, channelIntervalMs: 10, backoffMs: 10, maxAttempts: 2 });
        const missing = await reconcileCount('missing_scope');
        const since = Date.now();
        await p.post({ channel: 'C0NOSCOPE1', text: 'x' }, { key: 'alert-ns-0' });
        await forgetRecordedPosts();
        const again = await p.post({ channel: 'C0NOSCOPE1', text: 'x' }, { key: 'alert-ns-0', reconcileSince: since });
        await p.post({ channel: 'G0NOSCOPE2', text: 'y' }, { key: 'alert-ns2-0', reconcileSince: since });
        expect(again.adopted).toBeUndefined();
        expect(scoped.okCallsTo('chat.postMessage')).toHaveLength(3);
        expect(await reconcileCount('missing_scope')).toBe(missing + 2);
        expect(warnings.filter((w) => /channels:history/.test(w))).toHaveLength(1);
        const notIn = await reconcileCount('not_in_channel');
        scoped.failNext('conversations.history', { error: 'not_in_channel' });
        const outside = await p.post({ channel: 'C0NOSCOPE3', text: 'z' }, { key: 'alert-ni-0', reconcileSince: since });
        expect(outside.ts).toBeTruthy();
        expect(await reconcileCount('not_in_channel')).toBe(notIn + 1);
        expect(warnings).toHaveLength(2);
      } finally {
        await scoped.close();
      }
    });

    it('does not count a history read as a post or a failed post', async () => {
      const { p } = poster();
      const failuresBefore = await metric('srm_slack_post_failures_total');
      slack.failNext('conversations.history', { error: 'channel_not_found' });
      const posted = await p.post({ channel: 'C0RECON006', text: 'x' }, { key: 'alert-f-0', reconcileSince: Date.now() });
      expect(posted.ts).toBeTruthy();
      expect(await metric('srm_slack_post_failures_total')).toBe(failuresBefore);
      expect(await reconcileCount('unavailable')).toBeGreaterThanOrEqual(1);
    });
  });
});

describe('poster and the Redis history of the posting job', () => {
  it('posts in the history its job started in; refuses (retryable) in another, unless told to post anyway', async () => {
    const { p } = poster();
    const history = await redisHistory(redis, prefix);
    const before = slack.messages.size;
    await p.post({ channel: 'C0HIST0001', text: 'same history' }, { key: 'alert-hist-0', history });
    await expect(p.post({ channel: 'C0HIST0001', text: 'after a failover' }, { key: 'alert-hist-1', history: '0'.repeat(40) })).rejects.toBeInstanceOf(ReplicationLagError);
    await p.post({ channel: 'C0HIST0001', text: 'last attempt' }, { key: 'alert-hist-2', history: '0'.repeat(40), requireReplicated: false });
    expect(slack.messages.size - before).toBe(2);
  });
});
