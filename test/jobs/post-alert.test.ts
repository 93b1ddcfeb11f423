import { afterEach, describe, expect, it } from 'vitest';
import { listFailedPosts, retryFailedPosts } from '../../src/router/failed-posts.js';
import { acknowledgeAlert, getStoredAlert, listOpenAlerts } from '../../src/router/alert-store.js';
import { buildEventAlert } from '../../src/router/event-alert.js';
import { addSnooze, listSnoozes } from '../../src/router/snooze.js';
import { readRouterStats } from '../../src/router/stats.js';
import { postAlert } from '../../jobs/post-alert.js';
import { flushDigest } from '../../jobs/flush-digest.js';
import { createHarness, drained, makeAlert, type Harness } from '../router/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const topLevel = (x: Harness) => [...x.slack.messages.values()].filter((m) => !m.threadTs);

describe('post-alert', () => {
  it('posts a new alert once to its routed channel and remembers it as open', async () => {
    h = await createHarness({ file: 'post-alert' });
    await h.start();
    const alert = makeAlert();
    await h.runtime.alerts!.publish(alert);
    await h.runtime.alerts!.publish(alert); // same dedup key: one job
    await drained(h);
    const posts = h.slack.okCallsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.channel).toBe('C0ALERTS1');
    expect(JSON.stringify(posts[0]!.body.blocks)).toContain(alert.eventId);
    const open = await listOpenAlerts(h.runtime, 10);
    expect(open.map((o) => o.alert.eventId)).toEqual([alert.eventId]);
    expect(open[0]!.permalink).toContain('C0ALERTS1');
    expect(h.slack.violations).toEqual([]);
  });

  it('threads repeats of the same rule by the same actor and updates the parent count', async () => {
    h = await createHarness({ file: 'post-alert', config: { digest: { threshold: 10, windowSeconds: 60 } } });
    await h.start();
    for (let i = 0; i < 3; i++) await h.runtime.alerts!.publish(makeAlert({ actor: 'arn:aws:iam::123456789012:user/alice' }));
    await drained(h);
    const parents = topLevel(h);
    expect(parents).toHaveLength(1);
    const replies = [...h.slack.messages.values()].filter((m) => m.threadTs === parents[0]!.ts);
    expect(replies).toHaveLength(2);
    await h.slack.waitFor(() => JSON.stringify(parents[0]!.blocks).includes('Seen *3* times'));
    const stats = await readRouterStats(h.runtime);
    expect(stats).toMatchObject({ published: 3, posted: 1, threaded: 2, digested: 0 });
  });

  it('a repeat threaded under an alert keeps what people did with it on the parent, and counts', async () => {
    h = await createHarness({ file: 'post-alert', config: { digest: { threshold: 10, windowSeconds: 60 } } });
    await h.start();
    const actor = 'arn:aws:iam::123456789012:user/carol';
    await h.runtime.alerts!.publish(makeAlert({ actor }));
    await drained(h);
    const [parent] = await listOpenAlerts(h.runtime, 10);
    await acknowledgeAlert(h.runtime, parent!.ref, { by: 'U0000ALICE1', at: '2026-11-23T10:05:00.000Z' });
    await h.runtime.alerts!.publish(makeAlert({ actor }));
    await drained(h);
    const message = h.slack.messages.get(`${parent!.channel}:${parent!.ts}`)!;
    await h.slack.waitFor(() => JSON.stringify(message.blocks).includes('Seen *2* times'));
    expect(JSON.stringify(message.blocks)).toContain('Acknowledged by <@U0000ALICE1>');
    expect(JSON.stringify(message.blocks)).not.toContain('"Acknowledge"');
    expect((await getStoredAlert(h.runtime, parent!.ref))!.life.seen).toBe(2);
  });

  it('an event whose rules are all snoozed on its resource is kept quiet and counted; one with a rule left posts that rule', async () => {
    h = await createHarness({ file: 'post-alert' });
    await h.start();
    const a = makeAlert({ rule: 'cloudtrail-root-console-login', resource: 'r-1' });
    const event = buildEventAlert([a, { ...a, rule: 'cloudtrail-root-account-usage', severity: 'medium' }])!;
    const until = new Date(Date.now() + 3_600_000).toISOString();
    await addSnooze(h.runtime, { rule: 'cloudtrail-root-console-login', resource: 'r-1', by: 'U0000ALICE1', at: new Date().toISOString(), until, alertRef: 'x' });
    await h.runtime.alerts!.publish(event);
    await drained(h);
    const posted = topLevel(h);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.blocks)).toContain('cloudtrail-root-account-usage');
    expect(JSON.stringify(posted[0]!.blocks)).not.toContain('cloudtrail-root-console-login');
    await addSnooze(h.runtime, { rule: 'cloudtrail-root-account-usage', resource: 'r-1', by: 'U0000ALICE1', at: new Date().toISOString(), until, alertRef: 'x' });
    const b = makeAlert({ rule: 'cloudtrail-root-console-login', resource: 'r-1', actor: 'arn:aws:iam::123456789012:user/dan' });
    await h.runtime.alerts!.publish(buildEventAlert([b, { ...b, rule: 'cloudtrail-root-account-usage', severity: 'medium' }])!);
    await drained(h);
    expect(topLevel(h)).toHaveLength(1);
    const stats = await readRouterStats(h.runtime);
    expect(stats).toMatchObject({ published: 1, posted: 1, snoozed: 1 });
    expect((await listSnoozes(h.runtime)).map((s) => s.quieted).sort()).toEqual([1, 2]);
  });

  it('turns a burst into one digest message, updated in place, that accounts for every alert', async () => {
    h = await createHarness({ file: 'post-alert', config: { digest: { threshold: 3, windowSeconds: 60 } }, router: { digestFlushMs: 200 } });
    await h.start();
    const n = 40;
    const alerts = Array.from({ length: n }, (_, i) => makeAlert({ actor: `arn:aws:iam::123456789012:user/u${i % 4}`, region: i % 2 ? 'eu-west-1' : 'us-east-1' }));
    // Sequential so the first three are the individually posted ones.
    for (const a of alerts.slice(0, 3)) await h.runtime.alerts!.publish(a);
    await drained(h);
    await Promise.all(alerts.slice(3).map((a) => h!.runtime.alerts!.publish(a)));
    await drained(h);
    const stats = await readRouterStats(h.runtime);
    expect(stats.posted + stats.threaded + stats.digested).toBe(n);
    expect(stats.digests).toBe(1);
    const digest = topLevel(h).find((m) => m.text.includes('burst of'));
    expect(digest).toBeDefined();
    expect(digest!.text).toContain(`burst of ${stats.digested}`);
    const body = JSON.stringify(digest!.blocks);
    expect(body).toContain('eu-west-1');
    // every folded event id is listed (they fit within the block limit)
    const folded = alerts.filter((a) => body.includes(a.eventId));
    expect(folded.length).toBe(stats.digested);
    expect(h.slack.violations).toEqual([]);
  });

  it('keeps a post that keeps failing in the failed set and posts it on retry', async () => {
    h = await createHarness({ file: 'post-alert', maxAttempts: 2 });
    await h.start();
    h.slack.failNext('chat.postMessage', { status: 500 }, 2);
    const alert = makeAlert();
    await h.runtime.alerts!.publish(alert);
    await drained(h);
    const failed = await listFailedPosts(h.runtime);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ job: 'post-alert', channel: 'C0ALERTS1', what: alert.title });
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(0);
    const r = await retryFailedPosts(h.runtime, [postAlert, flushDigest]);
    expect(r.retried).toBe(1);
    await drained(h);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(1);
    expect(await listFailedPosts(h.runtime)).toHaveLength(0);
    const stats = await readRouterStats(h.runtime);
    expect(stats).toMatchObject({ published: 1, posted: 1, failed: 0 });
  });

  it('is idempotent: a job run again after it posted does not post twice', async () => {
    h = await createHarness({ file: 'post-alert' });
    const alert = makeAlert();
    const ctx = { runtime: h.runtime, logger: h.runtime.logger, job: {} as never };
    const first = await postAlert.process({ alert }, ctx);
    const again = await postAlert.process({ alert }, ctx);
    expect(first).toMatchObject({ outcome: 'posted', channel: 'C0ALERTS1' });
    expect(again).toEqual(first);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(1);
    expect((await readRouterStats(h.runtime)).published).toBe(1);
  });

  it('keeps an alert with no channel in the failed set', async () => {
    h = await createHarness({ file: 'post-alert' });
    h.runtime.config = { ...h.runtime.config, defaultChannel: undefined, routes: [] } as typeof h.runtime.config;
    delete (h.runtime.config as { defaultChannel?: string }).defaultChannel;
    await h.start();
    await h.runtime.alerts!.publish(makeAlert());
    await drained(h);
    const failed = await listFailedPosts(h.runtime);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatch(/no channel/);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});
