import { afterEach, describe, expect, it } from 'vitest';
import { flushDigest } from '../../jobs/flush-digest.js';
import { foldIntoDigest, lockDigest, readDigest } from '../../src/router/digest.js';
import { listFailedPosts } from '../../src/router/failed-posts.js';
import { createHarness, drained, makeAlert, type Harness } from '../router/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('flush-digest', () => {
  it('posts a digest once, then updates the same message in place', async () => {
    h = await createHarness({ file: 'flush-digest' });
    await h.start();
    for (let i = 0; i < 4; i++) await foldIntoDigest(h.runtime, 'd1', 'C0DIGEST1', makeAlert({ actor: `a${i % 2}`, region: i ? 'eu-west-1' : 'us-east-1', time: `2026-11-23T10:00:0${i}Z` }));
    await h.runtime.enqueue(flushDigest, { digestId: 'd1', postedIndividually: 5 });
    await drained(h);
    for (let i = 0; i < 3; i++) await foldIntoDigest(h.runtime, 'd1', 'C0DIGEST1', makeAlert({ actor: 'a9' }));
    await h.runtime.enqueue(flushDigest, { digestId: 'd1' }, { jobId: 'second-flush' });
    await drained(h);
    expect(h.slack.okCallsTo('chat.postMessage')).toHaveLength(1);
    expect(h.slack.okCallsTo('chat.update')).toHaveLength(1);
    const [message] = [...h.slack.messages.values()];
    expect(message!.text).toContain('burst of 7');
    expect(JSON.stringify(message!.blocks)).toContain('a9: *3*');
    const state = await readDigest(h.runtime, 'd1');
    expect(state).toMatchObject({ count: 7, firstTime: '2026-11-23T10:00:00Z', byRegion: { 'us-east-1': 4, 'eu-west-1': 3 } });
    expect(state?.ts).toBe(message!.ts);
  });

  it('folds an alert once however often its fold is retried', async () => {
    h = await createHarness({ file: 'flush-digest' });
    const alert = makeAlert();
    expect(await foldIntoDigest(h.runtime, 'd4', 'C0DIGEST1', alert)).toBe(true);
    expect(await foldIntoDigest(h.runtime, 'd4', 'C0DIGEST1', alert)).toBe(false);
    await foldIntoDigest(h.runtime, 'd4', 'C0DIGEST1', makeAlert());
    expect(await readDigest(h.runtime, 'd4')).toMatchObject({ count: 2, byActor: { [alert.actor!]: 2 } });
  });

  it('renews a held digest lock for as long as its flush runs', async () => {
    h = await createHarness({ file: 'flush-digest' });
    const release = await lockDigest(h.runtime, 'd5', 300);
    await new Promise((r) => setTimeout(r, 700));
    expect(await lockDigest(h.runtime, 'd5', 300)).toBeUndefined();
    await release!();
    expect(await lockDigest(h.runtime, 'd5', 300)).toBeDefined();
  });

  it('lets one flusher at a time hold a digest', async () => {
    h = await createHarness({ file: 'flush-digest' });
    const release = await lockDigest(h.runtime, 'd2', 10_000);
    expect(release).toBeDefined();
    expect(await lockDigest(h.runtime, 'd2', 10_000)).toBeUndefined();
    await release!();
    expect(await lockDigest(h.runtime, 'd2', 10_000)).toBeDefined();
  });

  it('keeps a digest it cannot post in the failed set', async () => {
    h = await createHarness({ file: 'flush-digest' });
    await h.start();
    await foldIntoDigest(h.runtime, 'd3', 'C0DIGEST1', makeAlert());
    h.slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.runtime.enqueue(flushDigest, { digestId: 'd3' });
    await drained(h);
    const failed = await listFailedPosts(h.runtime);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ job: 'flush-digest', data: { digestId: 'd3' } });
    expect(failed[0]!.error).toContain('channel_not_found');
  });
});
