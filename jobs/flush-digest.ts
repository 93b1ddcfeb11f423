import type { Job } from 'bullmq';
import { z } from 'zod';
import { SrmError } from '../src/errors.js';
import { defineJob, isLastAttempt, safeJobId } from '../src/queue/define-job.js';
import { readDigest, lockDigest, markDigestPosting, setDigestTs } from '../src/router/digest.js';
import { addFailedPost } from '../src/router/failed-posts.js';
import { countOutcome } from '../src/router/stats.js';
import { renderDigest } from '../src/slack/blocks/digest.js';
import { PostFailedError } from '../src/slack/poster.js';
import { waitReplicated } from '../src/queue/replicated.js';
import type { Runtime } from '../src/queue/runtime.js';

export interface FlushDigestPayload {
  digestId: string;
  /** How many alerts of the burst were posted on their own before the digest opened. */
  postedIndividually?: number;
  retries?: number;
}

const payloadSchema = z.object({
  digestId: z.string().regex(/^[\w-]{1,80}$/),
  postedIndividually: z.number().int().min(0).optional(),
  retries: z.number().int().min(0).optional(),
}) as z.ZodType<FlushDigestPayload>;

/** One flush per digest per interval: alerts arriving while a flush runs schedule the next one. */
export function flushDigestJobId(digestId: string, bucket: number): string {
  return safeJobId(`digest-${digestId}-${bucket}`);
}

/**
 * Whether this flush job was taken over as stalled (its worker died while it
 * ran). Its retries after an error are mostly waits for another flusher's
 * lock, which posted nothing: the posting mark covers the ones that did.
 */
function takenOver(job: Partial<Pick<Job, 'attemptsStarted' | 'attemptsMade' | 'stalledCounter'>> | undefined): boolean {
  return (job?.stalledCounter ?? 0) > 0 || (job?.attemptsStarted ?? 0) > (job?.attemptsMade ?? 0) + 1;
}

/**
 * Waits until a replica has the digest as it was read (Redis WAIT; at once
 * without replicas). Not acknowledged in time: the flush runs again, except
 * on its last attempt (shown rather than not at all).
 */
async function requireReplicated(runtime: Pick<Runtime, 'redis' | 'prefix'>, job: Partial<Pick<Job, 'attemptsMade' | 'opts'>> | undefined, digestId: string): Promise<void> {
  const replicated = await waitReplicated(runtime.redis, runtime.prefix, 2_000);
  if (replicated.outcome !== 'timeout' || isLastAttempt(job)) return;
  throw new Error(`no Redis replica acknowledged digest ${digestId} before showing it${replicated.error ? ` (${replicated.error})` : ''}; retrying`);
}

/** The key a digest message carries in its Slack metadata. */
export function digestMessageKey(digestId: string): string {
  return `digest-${digestId}`;
}

export type FlushDigestResult = { outcome: 'posted' | 'updated' | 'failed' | 'gone'; ts?: string; count?: number };

/**
 * Renders a digest as it stands and posts it (first flush) or updates it in
 * place (later flushes). One flusher per digest at a time (a Redis lock), so
 * replicas never post the same digest twice.
 */
export const flushDigest = defineJob<FlushDigestPayload>({
  name: 'flush-digest',
  queue: 'alerts',
  schema: payloadSchema,
  options: {
    // Mostly waiting for a running flush of the same digest to finish.
    attempts: 100,
    backoff: { type: 'fixed', delay: 1_000 },
    removeOnComplete: { age: 3600, count: 5_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  async process(payload, { runtime, logger, job, history }): Promise<FlushDigestResult> {
    const poster = runtime.poster;
    if (!poster) throw new SrmError('no-poster', 'this process has no Slack poster (SLACK_BOT_TOKEN unset?)', { retryable: true });
    // Renewed while this flush runs; a flusher killed mid-flush holds the digest back 15 s at most.
    const release = await lockDigest(runtime, payload.digestId, 15_000);
    // Another flush of this digest is running: try again shortly (it may not have seen our alerts).
    if (!release) throw new Error(`digest ${payload.digestId} is being flushed by another worker`);
    try {
      const digest = await readDigest(runtime, payload.digestId);
      if (!digest) return { outcome: 'gone' };
      const message = renderDigest(digest, payload.postedIndividually ? { postedIndividually: payload.postedIndividually } : {});
      try {
        if (digest.ts) {
          // Slack shows only what a replica has: a count a failover can take back (lines folded on a master that
          // died unreplicated, folded again elsewhere later) would stay on the message as lines shown twice.
          await requireReplicated(runtime, job, digest.id);
          await poster.update({ channel: digest.postedChannel ?? digest.channel, ts: digest.ts, ...message });
          logger.debug({ digestId: digest.id, count: digest.count }, 'digest updated');
          return { outcome: 'updated', ts: digest.ts, count: digest.count };
        }
        // The intent to post, recorded first: a flush that finds it without a ts looks for the message in Slack
        // before posting (the flusher died, or lost Redis, between Slack's answer and setDigestTs).
        if (digest.posting === undefined) await markDigestPosting(runtime, digest.id, Date.now());
        const since = digest.posting ?? (takenOver(job) && typeof job?.timestamp === 'number' ? job.timestamp : undefined);
        // Else, a flush whose records Redis lost (a failover) looks too: no flush posted it before its first alert's time.
        const first = digest.firstTime ? Date.parse(digest.firstTime) : NaN;
        const posted = await poster.post(
          { channel: digest.channel, ...message },
          {
            key: digestMessageKey(digest.id),
            ...(since !== undefined ? { reconcileSince: since } : Number.isFinite(first) ? { notBefore: first } : {}),
            ...(isLastAttempt(job) ? { requireReplicated: false } : history !== undefined ? { history } : {}),
          },
        );
        await setDigestTs(runtime, digest.id, posted.ts, posted.channel);
        // An earlier flush's message shows the digest as it stood then.
        if (posted.adopted) await poster.update({ channel: posted.channel, ts: posted.ts, ...message });
        await countOutcome(runtime, 'digests');
        logger.info({ digestId: digest.id, rule: digest.rule, channel: digest.channel, count: digest.count, ...(posted.adopted ? { adopted: true } : {}) }, 'digest posted');
        return { outcome: 'posted', ts: posted.ts, count: digest.count };
      } catch (err) {
        if (!(err instanceof PostFailedError)) throw err;
        await addFailedPost(runtime, {
          job: 'flush-digest',
          data: { digestId: digest.id, ...(payload.postedIndividually ? { postedIndividually: payload.postedIndividually } : {}) },
          channel: digest.channel,
          what: `digest of ${digest.count} × ${digest.title}`,
          error: err.message,
          retries: payload.retries ?? 0,
        });
        logger.error({ digestId: digest.id, err: err.message }, 'digest post failed; kept in the failed set');
        return { outcome: 'failed' };
      }
    } finally {
      await release();
    }
  },
});
