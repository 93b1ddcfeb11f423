import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/logger.js';
import { registry } from '../../src/metrics.js';
import { PostFailedError, createPoster, createPosterClient, type PosterOptions } from '../../src/slack/poster.js';
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

async function metric(name: string): Promise<number> {
  const m = (await registry.getMetricsAsJSON()).find((x) => x.name === name);
  return (m?.values ?? []).reduce((s, v) => s + Number(v.value), 0);
}

describe('poster', () => {
  it('spaces posts to one channel across two posters sharing Redis, so the server never rate-limits', async () => {
    const a = poster();
    const b = poster();
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
    const { p } = poster();
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 2 });
    await Promise.all([p.post({ channel: 'C0HOLD0001', text: 'a' }), p.post({ channel: 'C0HOLD0001', text: 'b' })]);
    const calls = slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'C0HOLD0001');
    expect(calls.map((c) => c.status)).toEqual([429, 200, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(1900);
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
});
