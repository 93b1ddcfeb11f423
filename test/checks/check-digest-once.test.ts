import { describe, expect, it } from 'vitest';
import { checks as catalogue } from '../../checks/index.js';
import { areaTitle, checkDigestMessageKey, createRunStore, finishRun, posterMessenger, type RunEnv, type RunMeta } from '../../src/checks/progress.js';
import { silentLogger } from '../../src/logger.js';
import type { Poster } from '../../src/slack/poster.js';
import { useTestRedis } from '../helpers/redis.js';
import { useLocalSlackPoster } from '../helpers/slack-api.js';

/**
 * Issue 11: a scheduled run's digest is posted once. The job that completes
 * the run records its intent to post, posts with the run's key in the
 * message metadata, then records the ts; run again after Slack accepted the
 * digest but before the ts was recorded (the worker killed, Redis lost the
 * write), it finds the message in the channel and adopts it.
 */

const { redis, prefix } = useTestRedis(import.meta.url);
const runs = createRunStore(redis, prefix);
const channel = 'C0CHECKS1';
const local = useLocalSlackPoster(redis, prefix);

function env(p: Pick<Poster, 'post' | 'update'>): RunEnv {
  return { logger: silentLogger(), redis, prefix, messenger: posterMessenger(p), catalogue, areaName: areaTitle };
}

/** The poster, but its first post "dies" once Slack has accepted the message (before srm records it). */
function dyingOnce(): Pick<Poster, 'post' | 'update'> {
  let died = false;
  return {
    update: (m) => local.poster.update(m),
    async post(message, options) {
      const posted = await local.poster.post(message, options);
      if (died) return posted;
      died = true;
      throw new Error('worker died right after Slack accepted the digest');
    },
  };
}

async function scheduledRun(runId: string): Promise<void> {
  const meta: RunMeta = { runId, origin: 'schedule', scheduleId: 'nightly', selection: { selectors: ['all'] }, checkIds: ['iam-root-mfa-enabled'], accounts: ['123456789012'], total: 1, createdAt: new Date().toISOString() };
  await runs.create(meta, { kind: 'digest', channel });
}

const digestsOf = (runId: string) => [...local.slack.messages.values()].filter((m) => m.metadata?.event_payload.key === checkDigestMessageKey(runId));

describe('a scheduled run posts its digest once', () => {
  it('a job run again after Slack accepted the digest, before its ts was recorded, adopts it instead of posting again', async () => {
    const runId = 'r-digest-once-1';
    await scheduledRun(runId);
    await expect(finishRun(env(dyingOnce()), runId, 'job-1')).rejects.toThrow('worker died');
    expect(digestsOf(runId)).toHaveLength(1);
    const reads = local.slack.callsTo('conversations.history').length;

    // BullMQ runs the same job again (taken over or retried): it still holds the final render.
    expect(await finishRun(env(local.poster), runId, 'job-1', new Date(), true)).toBe(true);
    expect(digestsOf(runId)).toHaveLength(1);
    expect(local.slack.callsTo('conversations.history').length).toBe(reads + 1);
    expect((await runs.digestPosting(runId)).ts).toBe(digestsOf(runId)[0]!.ts);
    expect((await runs.get(runId))!.finishedAt).not.toBeNull();
  });

  it('a first attempt reads no history and posts with the run key; a later call finds the ts recorded and posts nothing', async () => {
    const runId = 'r-digest-once-2';
    await scheduledRun(runId);
    const reads = local.slack.callsTo('conversations.history').length;
    expect(await finishRun(env(local.poster), runId, 'job-2')).toBe(true);
    expect(local.slack.callsTo('conversations.history').length).toBe(reads);
    const [digest] = digestsOf(runId);
    expect(digest).toMatchObject({ channel, metadata: { event_type: 'srm_message', event_payload: { key: checkDigestMessageKey(runId) } } });
    expect(await runs.digestPosting(runId)).toMatchObject({ ts: digest!.ts });
  });
});
