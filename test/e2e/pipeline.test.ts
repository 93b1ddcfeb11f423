import { afterEach, describe, expect, it } from 'vitest';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { flushDigest } from '../../jobs/flush-digest.js';
import { pollCloudtrail } from '../../jobs/poll-cloudtrail.js';
import { postAlert } from '../../jobs/post-alert.js';
import { awsForAccount } from '../../src/queue/runtime.js';
import { startWorkers } from '../../src/queue/workers.js';
import { readRouterStats } from '../../src/router/stats.js';
import { createStatusPort } from '../../src/router/status.js';
import { startAwsServer, type AwsServer } from '../helpers/aws-server.js';
import { slashCommand, sendSigned } from '../helpers/slack-request.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../helpers/slack-app.js';
import { createUserEvent } from '../ingest/pollers/fixtures.js';
import { useAwsServer } from '../ingest/pollers/aws-env.js';
import { Redis } from 'ioredis';
import { silentLogger } from '../../src/logger.js';
import type { Runtime } from '../../src/queue/runtime.js';
import { createPoster, createPosterClient } from '../../src/slack/poster.js';
import { createHarness, drained, makeAlert, redisUrl, type Harness } from '../router/harness.js';
import { until } from '../helpers/until.js';

let h: Harness | undefined;
let aws: AwsServer | undefined;
let undoEnv: (() => void) | undefined;
let app: RunningTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  await h?.close();
  undoEnv?.();
  await aws?.close();
  h = undefined;
  aws = undefined;
  undoEnv = undefined;
  app = undefined;
});

describe('pipeline end to end', () => {
  it('turns an event read by the CloudTrail poller (real SDK, paginated, throttled) into exactly one post', async () => {
    aws = await (await startAwsServer({ cloudTrailPageSize: 2 })).start();
    undoEnv = useAwsServer(aws);
    h = await createHarness({ file: 'e2e' });
    h.runtime.aws = awsForAccount;
    const now = Date.now();
    aws.cloudTrail.push({ event: createUserEvent('e2e-target', new Date(now - 60_000)) });
    for (let i = 0; i < 4; i++) aws.cloudTrail.push({ event: { ...createUserEvent(`noise${i}`, new Date(now - 30_000)), eventName: 'ListUsers', eventSource: 'iam.amazonaws.com', readOnly: true } });
    aws.throttleNext('LookupEvents', 1);
    await h.start([pollCloudtrail, evaluateEvent, postAlert, flushDigest]);
    await h.runtime.enqueue(pollCloudtrail, { account: 'ambient', region: 'us-east-1' });
    await until(() => h!.slack.okCallsTo('chat.postMessage').length >= 1);
    // a second, overlapping poll re-reads the same event: still one post
    await h.runtime.enqueue(pollCloudtrail, { account: 'ambient', region: 'us-east-1' }, { jobId: 'second-poll' });
    await until(async () => (await h!.producer.queue('ingest').getCompletedCount()) >= 2);
    await drained(h);
    const posts = h.slack.okCallsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    const eventId = createUserEvent('e2e-target', new Date(now - 60_000)).eventID;
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain(eventId);
    expect(aws.calls('LookupEvents').length).toBeGreaterThanOrEqual(3);
  });

  it('two workers on one queue post each alert once', async () => {
    h = await createHarness({ file: 'e2e', perChannelPerSecond: 20, channelIntervalMs: 200 });
    await h.start();
    // a second replica: its own Redis connection and poster, the same prefix and Slack
    const otherRedis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    const replica: Runtime = {
      ...h.runtime,
      redis: otherRedis,
      poster: createPoster({ client: createPosterClient('xoxb-test', h.slack.url), redis: otherRedis, prefix: h.runtime.prefix, logger: silentLogger(), channelIntervalMs: 200, backoffMs: 20 }),
    };
    const second = await startWorkers(replica, [postAlert, flushDigest], { queues: ['alerts'] });
    try {
      const alerts = Array.from({ length: 12 }, (_, i) => makeAlert({ actor: `arn:aws:iam::123456789012:user/u${i}`, rule: `rule-${i % 3}` }));
      await Promise.all([...alerts, ...alerts].map((a) => h!.runtime.alerts!.publish(a)));
      await drained(h);
      const posted = h.slack.okCallsTo('chat.postMessage').map((c) => JSON.stringify(c.body.blocks));
      expect(posted).toHaveLength(alerts.length);
      for (const a of alerts) expect(posted.filter((p) => p.includes(a.eventId))).toHaveLength(1);
      // the replicas shared the per-channel pace through Redis: Slack never had to say 429
      expect(h.slack.rateLimited).toBe(0);
    } finally {
      await second.close();
      await otherRedis.quit();
    }
  });

  it('a burst becomes one digest message, updated in place as it grows', async () => {
    h = await createHarness({ file: 'e2e', config: { digest: { threshold: 2, windowSeconds: 60 } }, router: { digestFlushMs: 150 } });
    await h.start();
    const total = 30;
    for (let wave = 0; wave < 3; wave++) {
      await Promise.all(Array.from({ length: total / 3 }, (_, i) => h!.runtime.alerts!.publish(makeAlert({ actor: `arn:aws:iam::123456789012:user/w${wave}-${i}` }))));
      await drained(h);
    }
    const digests = [...h.slack.messages.values()].filter((m) => m.text.includes('burst of'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.updates).toBeGreaterThanOrEqual(2);
    const stats = await readRouterStats(h.runtime);
    expect(stats.posted + stats.threaded + stats.digested).toBe(total);
    expect(digests[0]!.text).toContain(`burst of ${stats.digested}`);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(stats.posted + stats.threaded + 1);
  });

  it('waits out a 429 for its Retry-After, then posts', async () => {
    h = await createHarness({ file: 'e2e' });
    await h.start();
    h.slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.runtime.alerts!.publish(makeAlert());
    await drained(h);
    const calls = h.slack.callsTo('chat.postMessage');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('retries a 5xx and posts once', async () => {
    h = await createHarness({ file: 'e2e' });
    await h.start();
    h.slack.failNext('chat.postMessage', { status: 502 });
    await h.runtime.alerts!.publish(makeAlert());
    await drained(h);
    expect(h.slack.callsTo('chat.postMessage').map((c) => c.status)).toEqual([502, 200]);
  });

  it('a post that keeps failing lands in the failed set, and /srm status shows it', async () => {
    h = await createHarness({ file: 'e2e', maxAttempts: 3 });
    await h.start();
    h.slack.failNext('chat.postMessage', { status: 500 }, 3);
    const alert = makeAlert({ title: 'Root user signed in to the console' });
    await h.runtime.alerts!.publish(alert);
    await drained(h);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(0);
    app = await startTestApp({ status: createStatusPort(h.runtime, h.producer) });
    const responseUrl = app.slack.responseUrl('status');
    const res = await sendSigned(app.baseUrl, slashCommand({ text: 'status', responseUrl }, testSigningSecret));
    expect(res.status).toBe(200);
    await app.slack.waitFor(() => app!.slack.responses.length > 0, 10_000);
    const shown = JSON.stringify(app.slack.responses.map((r) => r.body));
    expect(shown).toContain('Failed posts: 1');
    expect(shown).toContain('Root user signed in to the console');
    expect(shown).toContain('/srm status retry');
  });
});
