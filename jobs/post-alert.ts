import type { Job } from 'bullmq';
import { z } from 'zod';
import { SrmError } from '../src/errors.js';
import { defineJob, isLastAttempt, safeJobId } from '../src/queue/define-job.js';
import type { Runtime } from '../src/queue/runtime.js';
import { evalScript } from '../src/redis-script.js';
import { createHash } from 'node:crypto';
import { alertMessage, refreshAlertMessage } from '../src/router/alert-message.js';
import { routedAlertSchema } from '../src/router/alert-schema.js';
import { getStoredAlert, markSeen, recordPostedAlert } from '../src/router/alert-store.js';
import { foldIntoDigest, foldManyIntoDigest } from '../src/router/digest.js';
import { asEventAlert, ruleAlerts, withRules, type EventAlert } from '../src/router/event-alert.js';
import { addFailedPost } from '../src/router/failed-posts.js';
import { decideFlood, decideFloodMany, markThreadPosted, readThread, type FloodDecision } from '../src/router/flood.js';
import { alertId, alertRef, routerKeys } from '../src/router/keys.js';
import { routerTuning } from '../src/router/options.js';
import { markPrincipalThreadPosted, replyInPrincipalThread } from '../src/router/principal-link.js';
import { applyEventSuppressions, routeAlert } from '../src/router/route.js';
import { activeSnooze, countQuieted, snoozeResource } from '../src/router/snooze.js';
import { alertsRouted, countOutcome } from '../src/router/stats.js';
import type { Alert } from '../src/rules/types.js';
import { renderAlertRepeat } from '../src/slack/blocks/alert.js';
import { PostFailedError, type Poster, type PostOptions } from '../src/slack/poster.js';
import type { Logger } from '../src/logger.js';
import { flushDigest, flushDigestJobId } from './flush-digest.js';

export interface PostAlertPayload {
  /** An event alert (every rule the record matched), or a per-rule Alert (an event of one rule). */
  alert: Alert | EventAlert;
  /** Set when routed already (a retry from the failed set keeps its channel). */
  channel?: string;
  /** How many times this post came back from the failed set. */
  retries?: number;
}

const payloadSchema = z.object({
  alert: routedAlertSchema,
  channel: z.string().min(1).max(200).optional(),
  retries: z.number().int().min(0).optional(),
}) as z.ZodType<PostAlertPayload>;

export type PostAlertResult =
  | { outcome: 'posted' | 'threaded' | 'digested'; channel: string; ts?: string; digestId?: string }
  | { outcome: 'suppressed' | 'snoozed' | 'unrouted' | 'failed'; channel?: string; reason: string };

/** Stored per dedup key so a retried job continues where it stopped instead of deciding (and posting) again. */
interface Progress {
  decision?: FloodDecision;
  /** The message this job posted (top-level or thread reply), once Slack answered. */
  ts?: string;
  /**
   * When an attempt was about to post (epoch ms), written just before the
   * call: found without `ts`, Slack may have the message (the attempt died
   * or lost Redis before recording it), and the next attempt looks for it
   * in the channel before posting.
   */
  posting?: number;
  postedChannel?: string;
  /** Folded into its digest (not folded twice on a retry). */
  folded?: boolean;
  /** The event as decided (after snoozes took their rules out), so a retry posts the same message. */
  alert?: EventAlert;
  done?: string;
}

const progressTtlSeconds = 7 * 24 * 3600;

async function readProgress(runtime: Runtime, key: string): Promise<Progress> {
  const raw = await runtime.redis.get(key);
  return raw ? (JSON.parse(raw) as Progress) : {};
}

async function saveProgress(runtime: Runtime, key: string, progress: Progress): Promise<void> {
  await runtime.redis.set(key, JSON.stringify(progress), 'EX', progressTtlSeconds);
}

/** The progress key of one alert's post (per failed-set retry, so a retry decides afresh). */
function progressKeyOf(runtime: Runtime, alert: Alert, retries = 0): string {
  return `${routerKeys(runtime.prefix).posted(alertId(alert))}:${retries}`;
}

const saveCountedScript = `
local ttl = tonumber(ARGV[1])
for i = 2, #KEYS do redis.call('SET', KEYS[i], ARGV[i + 1], 'EX', ttl) end
for outcome in string.gmatch(ARGV[2], '[^,]+') do redis.call('HINCRBY', KEYS[1], outcome, #KEYS - 1) end
return #KEYS - 1
`;

/** Saves many alerts' progress and counts each under `outcomes`, in one atomic step: a retry neither loses nor repeats a count. */
async function saveProgressCounted(runtime: Runtime, saved: ReadonlyArray<{ key: string; progress: Progress }>, outcomes: ReadonlyArray<'published' | 'digested'>): Promise<void> {
  if (saved.length === 0) return;
  const keys = [routerKeys(runtime.prefix).stats(), ...saved.map((s) => s.key)];
  await evalScript(runtime.redis, saveCountedScript, keys.length, ...keys, String(progressTtlSeconds), outcomes.join(','), ...saved.map((s) => JSON.stringify(s.progress)));
}

/** Whether BullMQ ran this job before (taken over as stalled, or retried after an error). */
export function ranBefore(job: Partial<Pick<Job, 'attemptsStarted' | 'attemptsMade' | 'stalledCounter'>> | undefined): boolean {
  return (job?.attemptsStarted ?? 0) > 1 || (job?.attemptsMade ?? 0) > 0 || (job?.stalledCounter ?? 0) > 0;
}

/** The time of an alert's event (epoch ms): no attempt can have posted its message before. */
export function eventTimeOf(alert: Pick<Alert, 'time'>): number | undefined {
  const t = alert.time ? Date.parse(alert.time) : NaN;
  return Number.isFinite(t) ? t : undefined;
}

/** The key a post-alert job's message carries in its Slack metadata (one message per alert and failed-set retry). */
export function alertMessageKey(alert: Alert, retries = 0): string {
  return `alert-${alertRef(alert)}-${retries}`;
}

function requirePoster(runtime: Runtime): Poster {
  if (!runtime.poster) throw new SrmError('no-poster', 'this process has no Slack poster (SLACK_BOT_TOKEN unset?)', { retryable: true });
  return runtime.poster;
}

async function waitForParent(runtime: Runtime, alert: EventAlert, channel: string, waitMs: number) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const t = await readThread(runtime, channel, alert.rule, alert.actor ?? '');
    if (t?.state === 'posted' && t.ts) return t;
    if (!t || Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A new top-level message. Its ts is saved as soon as Slack answers, so a job
 * retried after that (a Redis hiccup) finishes the bookkeeping without posting twice.
 */
async function postTopLevel(
  runtime: Runtime,
  alert: EventAlert,
  channel: string,
  threadParent: boolean,
  logger: Logger,
  saved: { ts?: string; channel?: string },
  save: (posted: { ts: string; channel: string }) => Promise<void>,
  begin: () => Promise<PostOptions>,
): Promise<string> {
  const poster = requirePoster(runtime);
  let posted: { ts: string; channel: string; adopted?: boolean } | undefined = saved.ts ? { ts: saved.ts, channel: saved.channel ?? channel } : undefined;
  if (!posted) {
    posted = await poster.post({ channel, ...alertMessage(alert, alertRef(alert)) }, await begin());
    await save(posted);
  }
  if (threadParent) await markThreadPosted(runtime, alert, channel, posted.ts, posted.channel);
  const permalink = await poster.permalink(posted.channel, posted.ts);
  await recordPostedAlert(runtime, { alert, channel: posted.channel, ts: posted.ts, permalink });
  logger.info({ rule: alert.rule, rules: alert.rules.length, eventId: alert.eventId, channel: posted.channel, ts: posted.ts, ...(posted.adopted ? { adopted: true } : {}) }, 'alert posted');
  return posted.ts;
}

/**
 * Takes snoozed rules out of the event (each quieted match counted on its
 * snooze); undefined when every rule is snoozed.
 */
async function withoutSnoozed(runtime: Runtime, event: EventAlert): Promise<{ alert?: EventAlert; snoozed: string[] }> {
  const kept = [];
  const snoozed: string[] = [];
  for (const [i, a] of ruleAlerts(event).entries()) {
    const resource = snoozeResource(a);
    if (await activeSnooze(runtime, a.rule, resource)) {
      await countQuieted(runtime, a.rule, resource);
      snoozed.push(a.rule);
    } else kept.push(event.rules[i]!);
  }
  if (snoozed.length === 0) return { alert: event, snoozed };
  const alert = withRules(event, kept);
  return alert ? { alert, snoozed } : { snoozed };
}

/** BullMQ job ids come from the record: a long one (hostile or broken input) is hashed. */
function postJobId(alert: Alert): string {
  const id = safeJobId(`alert-${alertId(alert)}`);
  return id.length <= 200 ? id : `alert-sha1-${createHash('sha1').update(id).digest('hex')}`;
}

/** The flush of the current interval for a digest: one job per digest per interval (its id), run at the interval's end. */
async function scheduleDigestFlush(runtime: Runtime, digestId: string, flushMs: number): Promise<void> {
  const bucket = Math.floor(Date.now() / flushMs);
  const delay = (bucket + 1) * flushMs - Date.now();
  await runtime.enqueue(flushDigest, { digestId, postedIndividually: runtime.config.digest.threshold }, { jobId: flushDigestJobId(digestId, bucket), delay });
}

/** Whether any snooze is in force (most of the time none is, and a batch skips looking one up per rule). */
async function snoozesInForce(runtime: Runtime): Promise<boolean> {
  return (await runtime.redis.zcount(routerKeys(runtime.prefix).snoozes(), `(${Date.now()}`, '+inf')) > 0;
}

/** alertsRouted for many alerts: one increment per rule and severity (a burst is mostly one rule). */
function countRouted(alerts: readonly Alert[], outcome: 'digested'): void {
  const by = new Map<string, { rule: string; severity: string; n: number }>();
  for (const a of alerts) {
    const key = `${a.rule}\0${a.severity}`;
    const c = by.get(key);
    if (c) c.n++;
    else by.set(key, { rule: a.rule, severity: a.severity, n: 1 });
  }
  for (const { rule, severity, n } of by.values()) alertsRouted.inc({ rule, severity, outcome }, n);
}

export interface RouteAlertsResult {
  alerts: number;
  suppressed: number;
  snoozed: number;
  digested: number;
  /** Alerts handed to their own post-alert job (a post, a thread reply, a fold, or no channel). */
  handedOn: number;
}

interface BatchItem {
  alert: EventAlert;
  channel: string;
  key: string;
  progress: Progress;
}

/**
 * Routes many event alerts (one evaluate-event batch, in its order) with the
 * steps of the one-alert job, each step for all of them in one or two round
 * trips: suppressions, channel, progress, snoozes, then every flood decision
 * in order in one atomic script (the one-alert Lua step once per alert, so
 * they decide what one job per alert would have), saved with the decision
 * (and counted as published) in one transaction. Alerts folded into a digest
 * are done here (the fold counts each alert once; done and counted in one
 * transaction); the others (a post, a thread reply, a fold into a
 * principal's thread, no channel) go on to their own post-alert job, which
 * finds the decision and posts. Run again after dying mid-way, it reads back
 * what was decided or done: nothing is posted, folded or counted twice.
 */
export async function routeAlerts(runtime: Runtime, alerts: ReadonlyArray<Alert | EventAlert>, logger: Logger = runtime.logger): Promise<RouteAlertsResult> {
  const tuning = routerTuning(runtime.router);
  const result: RouteAlertsResult = { alerts: alerts.length, suppressed: 0, snoozed: 0, digested: 0, handedOn: 0 };
  const handOn: EventAlert[] = [];
  const items: BatchItem[] = [];
  const suppressions = runtime.config.suppressions;
  for (const raw of alerts) {
    // Without suppressions in the config there is nothing to take out (and no event to rebuild).
    const verdict = suppressions.length ? applyEventSuppressions(asEventAlert(raw), suppressions) : { action: 'keep' as const, alert: asEventAlert(raw) };
    if (verdict.action === 'suppress') {
      alertsRouted.inc({ rule: raw.rule, severity: raw.severity, outcome: 'suppressed' });
      result.suppressed++;
      continue;
    }
    const channel = routeAlert(verdict.alert, runtime.config);
    // No channel: the one-alert job keeps it in the failed set.
    if (!channel) handOn.push(verdict.alert);
    else items.push({ alert: verdict.alert, channel, key: progressKeyOf(runtime, verdict.alert), progress: {} });
  }
  if (result.suppressed) await countOutcome(runtime, 'suppressed', result.suppressed);
  const stored = items.length ? await runtime.redis.mget(...items.map((i) => i.key)) : [];
  let fresh: BatchItem[] = [];
  items.forEach((item, i) => {
    const raw = stored[i];
    if (!raw) return void fresh.push(item);
    item.progress = JSON.parse(raw) as Progress;
    if (item.progress.alert) item.alert = item.progress.alert;
  });
  // The alert as decided is saved with its decision only when a snooze took rules out of it: else it is the one in this payload.
  const filtered = new Set<BatchItem>();
  if (fresh.length && (await snoozesInForce(runtime))) {
    const kept: BatchItem[] = [];
    for (const item of fresh) {
      const quiet = await withoutSnoozed(runtime, item.alert);
      if (quiet.alert) {
        if (quiet.snoozed.length) filtered.add(item);
        item.alert = quiet.alert;
        kept.push(item);
        continue;
      }
      item.progress = { done: 'snoozed' };
      await saveProgress(runtime, item.key, item.progress);
      alertsRouted.inc({ rule: item.alert.rule, severity: item.alert.severity, outcome: 'snoozed' });
      await countOutcome(runtime, 'snoozed');
      result.snoozed++;
    }
    fresh = kept;
  }
  // Every decision in batch order, in one atomic step (the one-alert decision, once per alert). A post, a
  // thread reply or a fold is saved (and counted as published) before its own job goes on with it; a
  // digest line is saved once folded (deciding it again, after a crash in between, finds the same open digest).
  const options = { ...runtime.config.digest, threadWindowSeconds: tuning.threadWindowSeconds };
  const decisions = await decideFloodMany(runtime, fresh, options);
  fresh.forEach((item, k) => (item.progress = { decision: decisions[k]!, ...(filtered.has(item) ? { alert: item.alert } : {}) }));
  const newlyDecided = new Set(fresh);
  await saveProgressCounted(runtime, fresh.filter((i) => i.progress.decision!.kind !== 'digest'), ['published']);

  const folding = items.filter((i) => i.progress.decision?.kind === 'digest' && !i.progress.done);
  // Lines recorded as folded by an earlier run are folded again (a no-op where the fold is there: a digest counts
  // an alert once): after a failover the record of the fold can have landed on the promoted replica without the
  // fold itself, which the old master had not replicated.
  const refolding = items.filter((i) => i.progress.decision?.kind === 'digest' && i.progress.done === 'digested');
  const byDigest = new Map<string, BatchItem[]>();
  for (const i of [...folding, ...refolding]) {
    const id = (i.progress.decision as { digestId: string }).digestId;
    const group = byDigest.get(id);
    if (group) group.push(i);
    else byDigest.set(id, [i]);
  }
  await Promise.all([...byDigest].map(([digestId, group]) => foldManyIntoDigest(runtime, digestId, group[0]!.channel, group.map((i) => i.alert))));
  for (const i of folding) i.progress = { decision: i.progress.decision!, folded: true, done: 'digested' };
  await saveProgressCounted(runtime, folding.filter((i) => newlyDecided.has(i)), ['published', 'digested']);
  await saveProgressCounted(runtime, folding.filter((i) => !newlyDecided.has(i)), ['digested']);
  countRouted(folding.map((i) => i.alert), 'digested');
  result.digested = folding.length;

  // One flush per digest per interval renders what was folded (also after a retry that found it folded).
  const digests = new Set(items.flatMap((i) => (i.progress.decision?.kind === 'digest' ? [i.progress.decision.digestId] : [])));
  for (const digestId of digests) await scheduleDigestFlush(runtime, digestId, tuning.digestFlushMs);
  for (const i of items) if (i.progress.decision && i.progress.decision.kind !== 'digest' && !i.progress.done) handOn.push(i.alert);
  await Promise.all(handOn.map((alert) => runtime.enqueue(postAlert, { alert })));
  result.handedOn = handOn.length;
  logger.debug({ ...result, digests: digests.size }, 'alerts routed');
  return result;
}

/**
 * Posts one alert: routed to its channel, then by flood control either a new
 * message, a reply in the thread of the actor's first alert (whose count is
 * updated in place), or folded into the channel+rule's digest. A post that
 * keeps failing lands in the failed set (`/srm status`), never dropped.
 */
export const postAlert = defineJob<PostAlertPayload>({
  name: 'post-alert',
  queue: 'alerts',
  schema: payloadSchema,
  jobId: (p) => postJobId(p.alert),
  options: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1_000 },
    removeOnComplete: { age: 24 * 3600, count: 20_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  concurrency: 50,
  async process(payload, { runtime, logger, job, history }): Promise<PostAlertResult> {
    const verdict = applyEventSuppressions(asEventAlert(payload.alert), runtime.config.suppressions);
    if (verdict.action === 'suppress') {
      alertsRouted.inc({ rule: payload.alert.rule, severity: payload.alert.severity, outcome: 'suppressed' });
      await countOutcome(runtime, 'suppressed');
      return { outcome: 'suppressed', reason: verdict.reasons.join('; ') };
    }
    let alert = verdict.alert;
    const channel = payload.channel ?? routeAlert(alert, runtime.config);
    const tuning = routerTuning(runtime.router);
    if (!channel) {
      // Nowhere to post is a configuration problem: keep the alert where /srm status shows it.
      await addFailedPost(runtime, { job: 'post-alert', data: { alert }, channel: '', what: alert.title, error: 'no channel: set SRM_CHANNEL or defaultChannel/routes in the config' });
      await countOutcome(runtime, 'unrouted');
      if (!payload.retries) {
        await countOutcome(runtime, 'published');
        await countOutcome(runtime, 'failed');
      }
      logger.warn({ rule: alert.rule, eventId: alert.eventId }, 'alert has no channel; kept in the failed set');
      return { outcome: 'unrouted', reason: 'no channel configured' };
    }
    const progressKey = progressKeyOf(runtime, alert, payload.retries);
    const progress = await readProgress(runtime, progressKey);
    if (progress.done === 'failed') return { outcome: 'failed', channel, reason: 'already in the failed set' };
    if (progress.done === 'snoozed') return { outcome: 'snoozed', channel, reason: 'every rule is snoozed on this resource' };
    if (progress.done === 'digested' && progress.decision?.kind === 'digest') {
      // Folded again (a no-op where the fold is there): after a failover the record can be there without the fold.
      if (await foldIntoDigest(runtime, progress.decision.digestId, channel, progress.alert ?? alert)) await scheduleDigestFlush(runtime, progress.decision.digestId, tuning.digestFlushMs);
      return { outcome: 'digested', channel, digestId: progress.decision.digestId };
    }
    if (progress.done) return { outcome: progress.done as 'posted', channel, ...(progress.ts ? { ts: progress.ts } : {}) };
    if (progress.alert) alert = progress.alert;
    if (!progress.decision) {
      // Snoozes are looked at once, when the job first decides (a retry keeps that decision).
      const quiet = await withoutSnoozed(runtime, alert);
      if (!quiet.alert) {
        await saveProgress(runtime, progressKey, { done: 'snoozed' });
        alertsRouted.inc({ rule: alert.rule, severity: alert.severity, outcome: 'snoozed' });
        await countOutcome(runtime, 'snoozed');
        logger.info({ rules: quiet.snoozed, eventId: alert.eventId }, 'alert kept quiet by a snooze');
        return { outcome: 'snoozed', channel, reason: 'every rule is snoozed on this resource' };
      }
      alert = quiet.alert;
      progress.alert = alert;
      // A retry from the failed set is posted as a plain message: its burst or thread is long gone.
      progress.decision = payload.retries
        ? { kind: 'post', threadParent: false }
        : await decideFlood(runtime, alert, channel, { ...runtime.config.digest, threadWindowSeconds: tuning.threadWindowSeconds });
      await saveProgress(runtime, progressKey, progress);
      if (!payload.retries) await countOutcome(runtime, 'published');
    }
    // Every outcome below is counted once; a retry that succeeds takes its alert out of the failed count.
    const counted = async (outcome: 'posted' | 'threaded' | 'digested') => {
      alertsRouted.inc({ rule: alert.rule, severity: alert.severity, outcome });
      await countOutcome(runtime, outcome);
      if (payload.retries) await countOutcome(runtime, 'failed', -1);
    };
    const decision = progress.decision;
    /**
     * Called just before the job's one message is posted: records the intent
     * (the first time), and when an earlier attempt may have posted it (an
     * intent left without a ts, or BullMQ ran the job before) asks the poster
     * to look for it in Slack, since that intent (or the job's creation).
     */
    const lastAttempt = isLastAttempt(job);
    const postOptions = async (key: string): Promise<PostOptions> => {
      const earlier = progress.posting;
      if (earlier === undefined) {
        progress.posting = Date.now();
        await saveProgress(runtime, progressKey, progress);
      }
      if (earlier !== undefined) return { key, reconcileSince: earlier };
      if (ranBefore(job)) return { key, reconcileSince: typeof job?.timestamp === 'number' ? job.timestamp : progress.posting };
      // A first attempt as far as Redis knows; if Redis lost records since the event (a failover), the poster looks.
      const notBefore = eventTimeOf(alert) ?? job?.timestamp;
      return { key, ...(notBefore !== undefined ? { notBefore } : {}) };
    };
    // The last attempt posts even if no Redis replica acknowledged the intent: at least once rather than not at all.
    const beginPost = async (): Promise<PostOptions> => {
      const key = alertMessageKey(alert, payload.retries);
      const options = await postOptions(key);
      return lastAttempt ? { ...options, requireReplicated: false } : { ...options, ...(history !== undefined ? { history } : {}) };
    };
    try {
      const savePosted = async (posted: { ts: string; channel: string }) => {
        progress.ts = posted.ts;
        progress.postedChannel = posted.channel;
        await saveProgress(runtime, progressKey, progress);
      };
      if (decision.kind === 'digest') {
        // Folded even when an earlier attempt recorded the fold (a no-op then): the record may have outlived the fold.
        await foldIntoDigest(runtime, decision.digestId, channel, alert);
        if (!progress.folded) {
          progress.folded = true;
          await saveProgress(runtime, progressKey, progress);
        }
        // The flush of the current interval renders it (one flush job per digest per interval).
        await scheduleDigestFlush(runtime, decision.digestId, tuning.digestFlushMs);
        await saveProgress(runtime, progressKey, { ...progress, done: 'digested' });
        await counted('digested');
        return { outcome: 'digested', channel, digestId: decision.digestId };
      }
      if (decision.kind === 'post') {
        const ts = await postTopLevel(runtime, alert, channel, decision.threadParent, logger, { ...(progress.ts ? { ts: progress.ts } : {}), ...(progress.postedChannel ? { channel: progress.postedChannel } : {}) }, savePosted, beginPost);
        // After it is recorded, so the other source's alerts about its principal can update it.
        if (decision.principalParent) await markPrincipalThreadPosted(runtime, alert, channel, ts, progress.postedChannel ?? channel);
        await saveProgress(runtime, progressKey, { ...progress, ts, done: 'posted' });
        await counted('posted');
        return { outcome: 'posted', channel, ts };
      }
      if (decision.kind === 'fold') {
        const linked = await replyInPrincipalThread({ ...runtime, poster: requirePoster(runtime) }, alert, channel, decision, progress.ts, savePosted, tuning.threadParentWaitMs, beginPost);
        if (linked) {
          await saveProgress(runtime, progressKey, { ...progress, done: 'threaded' });
          await counted('threaded');
          logger.info({ rule: alert.rule, eventId: alert.eventId, channel: linked.channel, parent: linked.parent, principal: decision.principal }, 'alert linked into the thread of its principal');
          return { outcome: 'threaded', channel: linked.channel, ts: linked.ts };
        }
        // Its parent was not posted in time: posted on its own, and a retry keeps to that.
        logger.warn({ rule: alert.rule, eventId: alert.eventId, principal: decision.principal }, 'principal thread parent not posted in time; posting on its own');
        progress.decision = { kind: 'post', threadParent: false };
        await saveProgress(runtime, progressKey, progress);
        const ts = await postTopLevel(runtime, alert, channel, false, logger, {}, savePosted, beginPost);
        await saveProgress(runtime, progressKey, { ...progress, ts, done: 'posted' });
        await counted('posted');
        return { outcome: 'posted', channel, ts };
      }
      const event = alert;
      const parent = progress.ts ? await readThread(runtime, channel, event.rule, event.actor ?? '') : await waitForParent(runtime, event, channel, tuning.threadParentWaitMs);
      if (progress.ts && !parent?.ts) {
        // The reply went out before a retry and its thread has since expired: nothing left to update.
        await saveProgress(runtime, progressKey, { ...progress, done: 'threaded' });
        await counted('threaded');
        return { outcome: 'threaded', channel, ts: progress.ts };
      }
      if (!parent?.ts) {
        logger.warn({ rule: alert.rule, eventId: alert.eventId }, 'thread parent not posted in time; posting on its own');
        const ts = await postTopLevel(runtime, alert, channel, false, logger, {}, savePosted, beginPost);
        await saveProgress(runtime, progressKey, { ...progress, ts, done: 'posted' });
        await counted('posted');
        return { outcome: 'posted', channel, ts };
      }
      const poster = requirePoster(runtime);
      const parentChannel = parent.channel ?? channel;
      if (!progress.ts) {
        const reply = await poster.post({ channel: parentChannel, threadTs: parent.ts, ...renderAlertRepeat(alert, decision.count) }, await beginPost());
        await savePosted(reply);
      }
      // The parent shows the latest count (re-read now: concurrent repeats converge on the highest),
      // re-rendered from its stored state so what people did with it stays on it.
      const latest = await readThread(runtime, channel, alert.rule, alert.actor ?? '');
      const parentAlert = asEventAlert(parent.alert ? (JSON.parse(parent.alert) as Alert) : alert);
      const parentRef = alertRef(parentAlert);
      await markSeen(runtime, parentRef, latest?.count ?? decision.count);
      if (await getStoredAlert(runtime, parentRef)) await refreshAlertMessage({ ...runtime, poster }, parentRef);
      else await poster.update({ channel: parentChannel, ts: parent.ts, ...alertMessage(parentAlert, parentRef, { seen: latest?.count ?? decision.count }) });
      await saveProgress(runtime, progressKey, { ...progress, done: 'threaded' });
      await counted('threaded');
      logger.info({ rule: alert.rule, eventId: alert.eventId, channel: parentChannel, parent: parent.ts, seen: decision.count }, 'alert repeat threaded');
      return { outcome: 'threaded', channel: parentChannel, ts: progress.ts };
    } catch (err) {
      if (!(err instanceof PostFailedError)) throw err;
      await addFailedPost(runtime, { job: 'post-alert', data: { alert, channel }, channel, what: alert.title, error: err.message, retries: payload.retries ?? 0 });
      await saveProgress(runtime, progressKey, { ...progress, done: 'failed' });
      alertsRouted.inc({ rule: alert.rule, severity: alert.severity, outcome: 'failed' });
      if (!payload.retries) await countOutcome(runtime, 'failed');
      logger.error({ rule: alert.rule, eventId: alert.eventId, channel, err: err.message }, 'alert post failed; kept in the failed set');
      return { outcome: 'failed', channel, reason: err.message };
    }
  },
});
