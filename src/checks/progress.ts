import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { checks as catalogue } from '../../checks/index.js';
import { areaName } from '../knowledge/model.js';
import type { Logger } from '../logger.js';
import type { Runtime } from '../queue/runtime.js';
import { renderCheckDigest, type DigestInput } from '../slack/blocks/check-digest.js';
import { renderRunProgress, renderRunResults, type RenderContext } from '../slack/blocks/check-run.js';
import { createPoster, type Poster, type PostOptions } from '../slack/poster.js';
import type { Check } from './define-check.js';
import { checkKeys, compareRun, createResultsStore, runTtlSeconds, type RecordOutcome, type RedisLike } from './results-store.js';

/** Which checks a run covers, as typed by a user or a schedule (validated at the edge). */
export const checkSelectionSchema = z.strictObject({
  /** Check ids, area ids, service prefixes or "all". */
  selectors: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).min(1).max(100),
  /** Account ids (or "ambient"); absent: every configured account. */
  accounts: z.array(z.string().regex(/^(\d{12}|ambient)$/)).max(100).optional(),
  /** Region names (or "global"); absent: the account's regions. */
  regions: z.array(z.string().regex(/^(global|[a-z]{2}(-[a-z]+)+-\d+)$/)).max(50).optional(),
});
export type CheckSelection = z.output<typeof checkSelectionSchema>;

/**
 * Where a run shows itself: a message updated in place, the invoking user's
 * ephemeral reply (the command waits and answers), or a digest posted to a
 * channel when a scheduled run completes.
 */
export type RunDelivery =
  | { kind: 'message'; channel: string; ts: string }
  | { kind: 'respond' }
  | { kind: 'digest'; channel: string | null }
  | { kind: 'none' };

export interface RunMeta {
  runId: string;
  origin: 'command' | 'schedule';
  selection: CheckSelection;
  checkIds: string[];
  accounts: string[];
  total: number;
  createdAt: string;
  requestedBy?: string;
  scheduleId?: string;
}

export interface RunState {
  meta: RunMeta;
  delivery: RunDelivery;
  done: number;
  total: number;
  /** Set once the final render happened. */
  finishedAt: string | null;
}

/** Longest a progress update may hold its lock (the poster may wait for the channel's rate slot). */
const progressLockMs = 15_000;

/** The run records in Redis: meta, delivery, the done counter and the final-render claim. */
export function createRunStore(redis: RedisLike, prefix: string) {
  const keys = checkKeys(prefix);
  return {
    async create(meta: RunMeta, delivery: RunDelivery): Promise<void> {
      const key = keys.run(meta.runId);
      await redis
        .multi()
        .hset(key, { meta: JSON.stringify(meta), delivery: JSON.stringify(delivery), total: String(meta.total), done: '0' })
        .expire(key, runTtlSeconds)
        .exec();
    },

    async setDelivery(runId: string, delivery: RunDelivery): Promise<void> {
      await redis.hset(keys.run(runId), 'delivery', JSON.stringify(delivery));
    },

    async get(runId: string): Promise<RunState | null> {
      const h = await redis.hgetall(keys.run(runId));
      if (!h.meta || !h.delivery) return null;
      return {
        meta: JSON.parse(h.meta) as RunMeta,
        delivery: JSON.parse(h.delivery) as RunDelivery,
        done: Number(h.done ?? 0),
        total: Number(h.total ?? 0),
        finishedAt: h.finishedAt ?? null,
      };
    },

    /**
     * Claims the final render for one job. True for the first claimer and for
     * that same job when it is retried, so the render happens exactly once
     * unless the claiming job itself fails mid-render (then its retry renders).
     */
    async claimFinal(runId: string, jobId: string): Promise<boolean> {
      const key = keys.run(runId);
      if ((await redis.hsetnx(key, 'finalBy', jobId)) === 1) return true;
      const [by, finishedAt] = await redis.hmget(key, 'finalBy', 'finishedAt');
      return by === jobId && !finishedAt;
    },

    async markFinished(runId: string, at = new Date()): Promise<void> {
      await redis.hset(keys.run(runId), 'finishedAt', at.toISOString());
    },

    /** At most one progress update per run per `intervalMs`, across every worker. */
    async mayUpdate(runId: string, intervalMs = 1000): Promise<boolean> {
      const ok = await redis.set(keys.progressThrottle(runId), '1', 'PX', intervalMs, 'NX');
      return ok === 'OK';
    },

    /**
     * Runs a progress update unless the final render has been claimed. The
     * final render waits for an update in flight (`waitForProgress`), so a
     * late progress update never overwrites the results.
     */
    async withProgressLock(runId: string, fn: () => Promise<void>): Promise<boolean> {
      const lock = `${keys.run(runId)}:progress-lock`;
      if ((await redis.set(lock, '1', 'PX', progressLockMs, 'NX')) !== 'OK') return false;
      try {
        if (await redis.hexists(keys.run(runId), 'finalBy')) return false;
        await fn();
        return true;
      } finally {
        await redis.del(lock);
      }
    },

    /**
     * Before a scheduled run's digest is posted: records the intent (once) and
     * answers what an earlier attempt left, the time it was about to post and
     * the message's ts once recorded. An intent without a ts: Slack may have
     * the message (the job died or lost Redis before recording it).
     */
    async digestPosting(runId: string, at = Date.now()): Promise<{ earlier?: number; ts?: string }> {
      const key = keys.run(runId);
      const [earlier, ts] = await redis.hmget(key, 'digestPosting', 'digestTs');
      if (ts) return { ts, ...(earlier ? { earlier: Number(earlier) } : {}) };
      if (earlier) return { earlier: Number(earlier) };
      await redis.hsetnx(key, 'digestPosting', String(at));
      return {};
    },

    async setDigestTs(runId: string, ts: string): Promise<void> {
      await redis.hset(keys.run(runId), 'digestTs', ts);
    },

    async waitForProgress(runId: string, timeoutMs = progressLockMs): Promise<void> {
      const lock = `${keys.run(runId)}:progress-lock`;
      const deadline = Date.now() + timeoutMs;
      while ((await redis.exists(lock)) === 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
export type RunStore = ReturnType<typeof createRunStore>;

/** A Block Kit message (text is the notification fallback). */
export interface RenderedMessage {
  text: string;
  blocks: import('@slack/types').KnownBlock[];
}

/** Posting and updating messages; the Slack poster implements it in production. */
export interface RunMessenger {
  /** `options`: srm's message key, and when an earlier attempt may have posted it (src/slack/poster.ts). */
  post(channel: string, message: RenderedMessage, options?: PostOptions): Promise<{ channel: string; ts: string }>;
  update(channel: string, ts: string, message: RenderedMessage): Promise<void>;
}

/** Whether a run should now render its progress, its final results, or nothing. */
export function progressStep(outcome: RecordOutcome): 'final' | 'progress' {
  return outcome.total > 0 && outcome.done >= outcome.total ? 'final' : 'progress';
}

/** Slack errors that mean "the bot cannot post in that channel" (fall back to the ephemeral reply). */
export function isNotInChannel(err: unknown): boolean {
  const code = slackErrorCode(err);
  return code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived';
}

/** The Slack `error` code of a failed Web API call, also when wrapped (PostFailedError's cause). */
export function slackErrorCode(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 3) return undefined;
  const data = (err as { data?: { error?: unknown } }).data;
  if (data && typeof data.error === 'string') return data.error;
  return slackErrorCode((err as { cause?: unknown }).cause, depth + 1);
}

/** Logs and swallows a failed progress update: progress is best effort, the final render is not. */
export async function bestEffort(logger: Logger, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    logger.warn({ err: { name: (err as Error)?.name, code: slackErrorCode(err) } }, what);
  }
}

/* ---- the run's lifecycle, shared by the run-check job and the /srm check command ---- */

/** What the lifecycle needs from the process (built from the Runtime by `runEnv`). */
export interface RunEnv {
  logger: Logger;
  redis: RedisLike;
  prefix: string;
  /** Absent when the process has no Slack client: runs still complete, nothing is posted. */
  messenger?: RunMessenger;
  catalogue: readonly Check[];
  areaName(id: string): string;
}

/** Builds the lifecycle's environment from a job runtime. */
export function runEnv(runtime: Runtime): RunEnv {
  // The runtime's poster; a bare WebClient (`runtime.slack`) is wrapped in one.
  const slack = (runtime as Runtime & { slack?: WebClient }).slack;
  const poster = runtime.poster ?? (slack ? createPoster({ client: slack, redis: runtime.redis, prefix: runtime.prefix, logger: runtime.logger }) : undefined);
  return {
    logger: runtime.logger,
    redis: runtime.redis,
    prefix: runtime.prefix,
    ...(poster ? { messenger: posterMessenger(poster) } : {}),
    catalogue: runtime.checkCatalogue ?? catalogue,
    areaName: areaTitle,
  };
}

/** The Slack poster (rate-limited, retried) as a RunMessenger. */
export function posterMessenger(poster: Pick<Poster, 'post' | 'update'>): RunMessenger {
  return {
    post: (channel, message, options) => poster.post({ channel, text: message.text, blocks: message.blocks }, options),
    update: (channel, ts, message) => poster.update({ channel, ts, text: message.text, blocks: message.blocks }),
  };
}

/** "root-account" → the knowledge base's area name ("Root user credentials …"), else "Root account". */
export function areaTitle(id: string): string {
  return areaName(id);
}

export function renderContext(env: Pick<RunEnv, 'catalogue' | 'areaName'>): RenderContext {
  const byId = new Map(env.catalogue.map((c) => [c.id, c]));
  return {
    checkInfo: (id) => {
      const c = byId.get(id);
      return c ? { remediation: c.remediation, why: c.why } : undefined;
    },
    areaName: env.areaName,
  };
}

/** The run's results as the final message (also what the command answers in the ephemeral fallback). */
export async function renderFinal(env: RunEnv, state: RunState, finishedAt = new Date()): Promise<RenderedMessage> {
  const records = await createResultsStore(env.redis, env.prefix).runRecords(state.meta.runId);
  const { results, gone } = compareRun(records);
  return renderRunResults(
    { meta: state.meta, results, gone, finishedAt: state.finishedAt ?? finishedAt.toISOString(), rerunValue: JSON.stringify(state.meta.selection) },
    renderContext(env),
  );
}

/** A scheduled run's results compared with the schedule's last run: what its digest and full list show. */
export async function digestInput(env: Pick<RunEnv, 'redis' | 'prefix'>, state: RunState, finishedAt = new Date()): Promise<DigestInput> {
  const records = await createResultsStore(env.redis, env.prefix).runRecords(state.meta.runId);
  const { results, gone, firstRun } = compareRun(records);
  return { meta: state.meta, results, gone, firstRun, finishedAt: state.finishedAt ?? finishedAt.toISOString() };
}

/**
 * After a target was recorded: update the progress (at most once a second per
 * run) or, when the run is complete, render the final message exactly once.
 */
export async function reportProgress(env: RunEnv, runId: string, outcome: RecordOutcome, jobId: string, ranAgain = false): Promise<void> {
  const runs = createRunStore(env.redis, env.prefix);
  if (progressStep(outcome) === 'final') {
    await finishRun(env, runId, jobId, new Date(), ranAgain);
    return;
  }
  const state = await runs.get(runId);
  if (!state || state.delivery.kind !== 'message' || !env.messenger) return;
  if (!(await runs.mayUpdate(runId))) return;
  const { channel, ts } = state.delivery;
  const messenger = env.messenger;
  await bestEffort(env.logger, 'progress update failed', async () => {
    await runs.withProgressLock(runId, () => messenger.update(channel, ts, renderRunProgress(state.meta, outcome.done)));
  });
}

/** Renders a complete run once: updates its message, or posts its digest. True when this call rendered it. */
/** The key a scheduled run's digest message carries in its Slack metadata. */
export function checkDigestMessageKey(runId: string): string {
  return `check-digest-${runId}`;
}

/** `ranAgain`: the calling job ran before (taken over, retried), so an earlier attempt may have posted without recording it. */
export async function finishRun(env: RunEnv, runId: string, jobId: string, now = new Date(), ranAgain = false): Promise<boolean> {
  const runs = createRunStore(env.redis, env.prefix);
  if (!(await runs.claimFinal(runId, jobId))) return false;
  const state = await runs.get(runId);
  if (!state) return false;
  const finishedAt = now.toISOString();
  const log = env.logger.child({ runId, origin: state.meta.origin });
  const delivery = state.delivery;
  if (delivery.kind === 'message' && env.messenger) {
    await runs.waitForProgress(runId);
    await env.messenger.update(delivery.channel, delivery.ts, await renderFinal(env, { ...state, finishedAt }));
  } else if (delivery.kind === 'digest' && delivery.channel && env.messenger) {
    const input = await digestInput(env, { ...state, finishedAt });
    // Posted once: a job run again after Slack took the digest but before its ts was recorded finds it in the channel.
    const posting = await runs.digestPosting(runId);
    if (!posting.ts) {
      const since = posting.earlier ?? (ranAgain ? Date.parse(state.meta.createdAt) : undefined);
      const options: PostOptions = { key: checkDigestMessageKey(runId), ...(since !== undefined && Number.isFinite(since) ? { reconcileSince: since } : { notBefore: Date.parse(state.meta.createdAt) }) };
      const posted = await env.messenger.post(delivery.channel, renderCheckDigest(input, renderContext(env)), options);
      await runs.setDigestTs(runId, posted.ts);
    }
    const failing = input.results.filter((r) => r.result.status === 'fail');
    log.info(
      { scheduleId: state.meta.scheduleId, channel: delivery.channel, firstRun: input.firstRun, failing: failing.length, newlyFailing: failing.filter((r) => r.change === 'newly-failing').length, errors: input.results.filter((r) => r.result.status === 'error').length },
      'check digest posted',
    );
  } else if (delivery.kind !== 'respond' && delivery.kind !== 'none') {
    log.warn({ delivery: delivery.kind }, 'check run finished with nowhere to post it (no Slack client or channel)');
  }
  await runs.markFinished(runId, now);
  log.info({ total: state.total }, 'check run finished');
  return true;
}

/**
 * Waits for a run to complete (the ephemeral fallback: the command answers
 * itself). Polls Redis; `onProgress` sees each new done count.
 */
export async function waitForRun(
  env: Pick<RunEnv, 'redis' | 'prefix'>,
  runId: string,
  options: { timeoutMs?: number; intervalMs?: number; onProgress?: (done: number, total: number) => Promise<void> | void } = {},
): Promise<RunState | null> {
  const runs = createRunStore(env.redis, env.prefix);
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
  let last = -1;
  for (;;) {
    const state = await runs.get(runId);
    if (!state) return null;
    if (state.done >= state.total) return state;
    if (state.done !== last) {
      last = state.done;
      await options.onProgress?.(state.done, state.total);
    }
    if (Date.now() >= deadline) return state;
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 1000));
  }
}
