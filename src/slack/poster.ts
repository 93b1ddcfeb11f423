import { setTimeout as delay } from 'node:timers/promises';
import type { KnownBlock } from '@slack/types';
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError, WebClient } from '@slack/web-api';
import { Counter, Histogram } from 'prom-client';
import type { Redis } from 'ioredis';
import { SrmError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { registry } from '../metrics.js';
import { routerKeys } from '../router/keys.js';
import { evalScript } from '../redis-script.js';
import { redisEpoch } from '../queue/redis-epoch.js';
import { waitReplicated } from '../queue/replicated.js';
import { redisHistory } from '../queue/job-history.js';
import { postClaim, type PostClaimOptions } from './post-claim.js';

const posts = new Counter({ name: 'srm_slack_posts_total', help: 'Slack messages posted or updated', labelNames: ['method'] as const, registers: [registry] });
const rateLimited = new Counter({ name: 'srm_slack_rate_limited_total', help: 'Slack calls answered 429 (Retry-After waited out)', labelNames: ['method'] as const, registers: [registry] });
const failures = new Counter({ name: 'srm_slack_post_failures_total', help: 'Slack posts that failed after every retry', labelNames: ['method', 'reason'] as const, registers: [registry] });
const retries = new Counter({ name: 'srm_slack_post_retries_total', help: 'Slack calls retried after a 5xx or network error', labelNames: ['method'] as const, registers: [registry] });
const reconciled = new Counter({
  name: 'srm_slack_reconcile_total',
  help: 'Posts that may have reached Slack on an earlier attempt, checked against the channel history first, by outcome',
  labelNames: ['outcome'] as const,
  registers: [registry],
});
const waits = new Histogram({
  name: 'srm_slack_rate_wait_seconds',
  help: 'Time a post waited for its channel slot',
  buckets: [0, 0.1, 0.5, 1, 2, 5, 10, 30, 60],
  registers: [registry],
});

export interface OutgoingMessage {
  channel: string;
  text: string;
  blocks?: KnownBlock[];
  threadTs?: string;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  /** Found in the channel (posted by an earlier attempt) instead of posted now. */
  adopted?: boolean;
}

/** The `event_type` of the message metadata srm posts with: `event_payload.key` names the message. */
export const messageEventType = 'srm_message';

/**
 * How a post is made idempotent. `key` names the message (an alert's post or
 * reply, a digest) and goes into its Slack message metadata. With
 * `reconcileSince` (epoch ms, when the first attempt that may have posted
 * it started), the post is for an attempt that may have run before (taken
 * over as stalled, retried, or an intent to post recorded without its ts):
 * the channel's history (a reply: the thread's) since then is read first,
 * and a message of srm's own whose metadata names `key` is adopted instead
 * of posting again. Without it, `notBefore` (epoch ms: no attempt can have
 * posted this message earlier, e.g. its event's time) covers the records
 * Redis itself lost: when Redis's present history began after that time (a
 * failover or restart since, src/queue/redis-epoch.ts), an attempt may have
 * posted it in the history that was lost, and the channel is read since
 * `notBefore` first.
 */
export interface PostOptions {
  key?: string;
  reconcileSince?: number;
  notBefore?: number;
  /**
   * A keyed post waits first until a Redis replica has everything written
   * before it (the intent to post, the decision, the digest): a failover then
   * loses at most the record of the post, never what makes the job look for
   * it. Not acknowledged in time, it throws ReplicationLagError (the job
   * retries); false posts anyway (a job's last attempt: at least once rather
   * than not at all).
   */
  requireReplicated?: boolean;
  /**
   * The Redis history (master replication id) the posting job started in
   * (JobContext.history, on a cluster): a keyed post that must be replicated
   * is refused (ReplicationLagError) when Redis's history is another by then.
   * A failover during the job may have taken its job record, and the job,
   * enqueued again, be running afresh elsewhere: the run from before the
   * failover must not post beside it.
   */
  history?: string;
}

/** No Redis replica acknowledged srm's writes before a post in time: the job retries (retryable). */
export class ReplicationLagError extends SrmError {
  constructor(message: string) {
    super('redis-replication-lag', message, { retryable: true });
    this.name = 'ReplicationLagError';
  }
}

/**
 * What reading the history found: the message, none, or why it could not be
 * read (then srm posts as it would without the check: at least once).
 */
export type ReconcileOutcome = 'adopted' | 'not_found' | 'page_limit' | 'missing_scope' | 'not_in_channel' | 'unavailable' | 'error';

/** Thrown when a call kept failing (or failed for good); the caller keeps the post in the failed set. */
export class PostFailedError extends SrmError {
  readonly method: string;
  constructor(method: string, message: string, options: { cause?: unknown } = {}) {
    super('slack-post-failed', message, { retryable: false, ...options });
    this.name = 'PostFailedError';
    this.method = method;
  }
}

export interface PosterOptions {
  client: WebClient;
  redis: Redis;
  prefix: string;
  logger: Logger;
  /** Spacing of calls per channel (Slack allows about one message per second per channel). */
  channelIntervalMs?: number;
  /** Attempts for 5xx and network errors (429s are waited out and do not count); default 20, about four minutes with the backoff. */
  maxAttempts?: number;
  /** First backoff after a 5xx; doubled each attempt up to maxBackoffMs (default 15 s). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Give up waiting out 429s after this many in a row. */
  maxRateLimitWaits?: number;
  /** History pages (of `reconcilePageSize` messages) read at most when looking for an earlier attempt's message; default 10. */
  reconcileMaxPages?: number;
  /** Default 200 (Slack recommends no more than 200 a page). */
  reconcilePageSize?: number;
  /** How far before `reconcileSince` the history is read (clock skew between srm and Slack); default 60 s. */
  reconcileMarginMs?: number;
  /** How long a keyed post waits for a Redis replica to acknowledge what came before it (PostOptions.requireReplicated); default 2 s. */
  replicationTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Tuning of the claim a keyed post takes before posting (post-claim.ts). */
  claim?: PostClaimOptions;
}

export interface Poster {
  /** Posts a message; with `options.key` it carries srm's metadata, and with `options.reconcileSince` an earlier attempt's message is adopted if Slack has it. */
  post(message: OutgoingMessage, options?: PostOptions): Promise<PostedMessage>;
  update(message: OutgoingMessage & { ts: string }): Promise<void>;
  permalink(channel: string, ts: string): Promise<string | null>;
}

/** A WebClient for the poster: no hidden retries, 429s come back to us. */
export function createPosterClient(token: string | undefined, slackApiUrl?: string, logger?: Logger): WebClient {
  return new WebClient(token, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    ...(logger ? { logger: webClientLogger(logger) } : {}),
  });
}

function webClientLogger(logger: Logger) {
  const child = logger.child({ component: 'slack-web-api' });
  return {
    debug: (...m: unknown[]) => child.debug(m.map(String).join(' ')),
    info: (...m: unknown[]) => child.debug(m.map(String).join(' ')),
    warn: (...m: unknown[]) => child.warn(m.map(String).join(' ')),
    error: (...m: unknown[]) => child.error(m.map(String).join(' ')),
    setLevel: () => undefined,
    getLevel: () => 'info' as never,
    setName: () => undefined,
  };
}

/**
 * Reserves the next slot of one method in one channel (shared by every
 * replica through Redis) and returns how long to wait for it: never before
 * the previous slot + interval, nor before a Retry-After hold.
 * KEYS[1] next free slot, KEYS[2] hold (epoch ms).
 */
const slotScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
local holdUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
local slot = math.max(now, nextAt, holdUntil)
redis.call('SET', KEYS[1], slot + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + (slot - now) + 60000)
return slot - now
`;

/** Holds a method in a channel for a Retry-After (never shortens a longer hold); returns 0. */
const holdScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local holdUntil = now + tonumber(ARGV[1])
if holdUntil > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], holdUntil, 'PX', tonumber(ARGV[1]) + 60000) end
return 0
`;

/**
 * The gate a call passes just before it is sent. A reserved slot is a time
 * to wake, and a timer can fire late (a loaded event loop, a paused
 * process): slots spaced by the interval do not keep the sends so. So the
 * time of the last send in the channel is kept too, and a call may go only
 * an interval after it. Returns [0, 0] and records the send when it may go;
 * [1, ms] while a Retry-After hold set after the slot was reserved still runs
 * (the call reserves again); [2, ms] while the last send is nearer than the
 * interval (the call waits that out).
 * KEYS[1] hold (epoch ms), KEYS[2] last send (epoch ms); ARGV[1] interval.
 */
const gateScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local holdLeft = tonumber(redis.call('GET', KEYS[1]) or '0') - now
if holdLeft > 0 then return {1, holdLeft} end
local gap = tonumber(redis.call('GET', KEYS[2]) or '0') + tonumber(ARGV[1]) - now
if gap > 0 then return {2, gap} end
redis.call('SET', KEYS[2], now, 'PX', tonumber(ARGV[1]) + 60000)
return {0, 0}
`;

/**
 * Every mrkdwn text object marked verbatim: Slack then turns no bare URL,
 * channel name or mention into a link (untrusted event text such as
 * "https://evil.example" would otherwise become clickable in a security
 * alert); srm's own links are written as <url|label>, which verbatim keeps.
 */
export function verbatimBlocks(blocks: KnownBlock[]): KnownBlock[] {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return o.type === 'mrkdwn' && typeof o.text === 'string' && o.verbatim === undefined ? { ...o, verbatim: true } : o;
  };
  return walk(blocks) as KnownBlock[];
}

function isServerError(err: unknown): boolean {
  if (err instanceof WebAPIHTTPError) return err.statusCode >= 500;
  return err instanceof WebAPIRequestError;
}

/**
 * Posts and updates messages at Slack's pace: one call per method per channel
 * per interval across replicas, 429s waited out for Retry-After (visible in
 * logs and metrics, and shared by the replicas: the method holds in that
 * channel, including calls that had reserved a slot before the 429 came;
 * Slack limits chat.update apart from chat.postMessage, so one does not hold
 * the other), 5xx and network errors retried with backoff for a few minutes
 * (a Slack incident of a minute or two is ridden out). When it gives up it
 * throws PostFailedError; it never silently drops a message.
 */
export function createPoster(options: PosterOptions): Poster {
  const interval = options.channelIntervalMs ?? 1100;
  const maxAttempts = options.maxAttempts ?? 20;
  const backoff = options.backoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 15_000;
  const maxWaits = options.maxRateLimitWaits ?? 20;
  const sleep = options.sleep ?? delay;
  const keys = routerKeys(options.prefix);
  const log = options.logger;

  type Method = 'chat.postMessage' | 'chat.update' | 'conversations.history' | 'conversations.replies';
  const reads = new Set<Method>(['conversations.history', 'conversations.replies']);
  // chat.postMessage keeps the key it always had; other methods get their own.
  const rateKey = (method: Method, channel: string) => (method === 'chat.postMessage' ? keys.rate(channel) : keys.rate(`${method} ${channel}`));
  const slot = async (method: Method, channel: string): Promise<number> => {
    const key = rateKey(method, channel);
    return Number(await evalScript(options.redis, slotScript, 2, key, `${key}:hold`, String(interval)));
  };
  const hold = async (method: Method, channel: string, ms: number): Promise<void> => {
    await evalScript(options.redis, holdScript, 1, `${rateKey(method, channel)}:hold`, String(ms));
  };
  /** Waits until the call may be sent (gateScript); false when a Retry-After hold came meanwhile (reserve again). */
  const gate = async (method: Method, channel: string): Promise<boolean> => {
    const key = rateKey(method, channel);
    for (;;) {
      const [kind, ms] = (await evalScript(options.redis, gateScript, 2, `${key}:hold`, `${key}:sent`, String(interval))) as [number, number];
      if (kind === 0) return true;
      if (kind === 1) return false;
      await sleep(ms);
    }
  };

  async function call<T>(method: Method, channel: string, send: () => Promise<T>, sent: (result: T) => boolean = () => true): Promise<T> {
    let attempt = 0;
    let waited = 0;
    for (;;) {
      const wait = await slot(method, channel);
      waits.observe(wait / 1000);
      if (wait > 0) await sleep(wait);
      // A 429 that came while this call waited for its slot holds it too; a send that went late is kept an interval from.
      if (!(await gate(method, channel))) continue;
      try {
        const result = await send();
        if (!reads.has(method) && sent(result)) posts.inc({ method });
        return result;
      } catch (err) {
        // (the post claim's "another attempt is posting it": the job retries later)
        if (err instanceof ReplicationLagError) throw err;
        if (err instanceof WebAPIRateLimitedError) {
          rateLimited.inc({ method });
          waited += 1;
          const ms = Math.max(1, err.retryAfter) * 1000;
          log.warn({ method, channel, retryAfterSeconds: err.retryAfter, waits: waited }, 'slack rate limited; waiting Retry-After');
          if (waited > maxWaits) {
            failures.inc({ method, reason: 'rate_limited' });
            throw new PostFailedError(method, `${method} to ${channel} still rate limited after ${waited} waits`, { cause: err });
          }
          await hold(method, channel, ms);
          continue;
        }
        attempt += 1;
        if (isServerError(err) && attempt < maxAttempts) {
          retries.inc({ method });
          const ms = Math.min(maxBackoff, backoff * 2 ** (attempt - 1));
          log.warn({ method, channel, attempt, backoffMs: ms, err: errorMessage(err) }, 'slack call failed; retrying');
          await sleep(ms);
          continue;
        }
        const reason = err instanceof WebAPIPlatformError ? err.data.error : isServerError(err) ? 'server_error' : 'error';
        // A read that fails is the caller's to judge (reconcile falls back to posting): not a failed post.
        if (reads.has(method)) throw new PostFailedError(method, `${method} in ${channel} failed: ${reason === 'error' ? errorMessage(err) : reason}`, { cause: err });
        failures.inc({ method, reason });
        log.error({ method, channel, attempt, reason, err: errorMessage(err) }, 'slack call failed for good');
        throw new PostFailedError(method, `${method} to ${channel} failed: ${reason === 'error' ? errorMessage(err) : reason}`, { cause: err });
      }
    }
  }

  const maxPages = options.reconcileMaxPages ?? 10;
  const pageSize = options.reconcilePageSize ?? 200;
  const marginMs = options.reconcileMarginMs ?? 60_000;
  // The bot's own id (auth.test, once): only srm's own messages are adopted, whatever another app puts in its metadata.
  let self: Promise<string> | undefined;
  const botId = (): Promise<string> => {
    self ??= options.client.auth.test().then((r) => {
      if (!r.bot_id) throw new Error('auth.test answered without a bot_id');
      return r.bot_id;
    });
    self.catch(() => (self = undefined));
    return self;
  };
  const warned = new Set<string>();

  /**
   * When a post with `notBefore` must look first: Redis's history began after
   * that time (less the margin for clocks: the event's time is AWS's), so a
   * record of the post may be among what Redis lost. Undefined when not (or
   * when the epoch cannot be read: posted as before, at least once).
   */
  async function lostHistorySince(notBefore: number): Promise<number | undefined> {
    try {
      const epoch = await redisEpoch(options.redis, options.prefix);
      return epoch > 0 && notBefore < epoch + marginMs ? notBefore : undefined;
    } catch (err) {
      const first = !warned.has('epoch');
      warned.add('epoch');
      log[first ? 'warn' : 'debug']({ err: errorMessage(err) }, "cannot read redis's replication id (INFO in a script): a message posted just before a failover may be posted again");
      return undefined;
    }
  }

  /**
   * Looks for srm's message named `key` in a channel (or the thread of
   * `threadTs`) posted since `since` (epoch ms, less the margin): history
   * pages newest first, at most `maxPages`.
   */
  async function findPosted(channel: string, key: string, since: number, threadTs?: string): Promise<{ outcome: ReconcileOutcome; ts?: string; pages: number; reason?: string }> {
    const method: Method = threadTs ? 'conversations.replies' : 'conversations.history';
    const oldest = (Math.max(0, since - marginMs) / 1000).toFixed(6);
    let pages = 0;
    try {
      const bot = await botId();
      let cursor: string | undefined;
      while (pages < maxPages) {
        const args = { channel, oldest, limit: pageSize, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
        const page = await call(method, channel, () => (threadTs ? options.client.conversations.replies({ ...args, ts: threadTs }) : options.client.conversations.history(args)));
        pages += 1;
        for (const m of page.messages ?? []) {
          if (threadTs && m.ts === threadTs) continue; // the thread's parent
          const meta = m.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
          if (m.ts && m.bot_id === bot && meta?.event_type === messageEventType && meta.event_payload?.key === key) return { outcome: 'adopted', ts: m.ts, pages };
        }
        cursor = page.response_metadata?.next_cursor || undefined;
        if (!page.has_more || !cursor) return { outcome: 'not_found', pages };
      }
      return { outcome: 'page_limit', pages };
    } catch (err) {
      const code = err instanceof PostFailedError && err.cause instanceof WebAPIPlatformError ? err.cause.data.error : undefined;
      const outcome: ReconcileOutcome = code === 'missing_scope' ? 'missing_scope' : code === 'not_in_channel' ? 'not_in_channel' : code ? 'unavailable' : 'error';
      return { outcome, pages, reason: code ?? errorMessage(err) };
    }
  }

  return {
    async post(message, postOptions = {}) {
      const { key, notBefore } = postOptions;
      const reconcileSince = postOptions.reconcileSince ?? (key && notBefore !== undefined && Number.isFinite(notBefore) ? await lostHistorySince(notBefore) : undefined);
      if (key && reconcileSince !== undefined) {
        const found = await findPosted(message.channel, key, reconcileSince, message.threadTs);
        reconciled.inc({ outcome: found.outcome });
        const where = { method: message.threadTs ? 'conversations.replies' : 'conversations.history', channel: message.channel, ...(message.threadTs ? { threadTs: message.threadTs } : {}), key, pages: found.pages };
        if (found.outcome === 'adopted' && found.ts) {
          log.info({ ...where, ts: found.ts }, 'message an earlier attempt posted found in Slack; adopted, not posted again');
          return { channel: message.channel, ts: found.ts, adopted: true };
        }
        if (found.outcome === 'missing_scope' || found.outcome === 'not_in_channel') {
          // Once per process and reason: an install without the history scopes (or a channel the bot is not in) posts as before.
          const first = !warned.has(found.outcome);
          warned.add(found.outcome);
          log[first ? 'warn' : 'debug'](
            { ...where, reason: found.outcome },
            found.outcome === 'missing_scope'
              ? 'cannot read channel history (add channels:history and groups:history to the app): a message a killed worker had posted may be posted again'
              : 'cannot read the history of a channel the bot is not in (invite it): a message a killed worker had posted may be posted again',
          );
        } else if (found.outcome === 'not_found') log.debug(where, 'no earlier attempt posted this message; posting');
        else log.warn({ ...where, outcome: found.outcome, reason: found.reason }, 'could not tell whether an earlier attempt posted this message; posting');
      }
      if (key) {
        const replicated = await waitReplicated(options.redis, options.prefix, options.replicationTimeoutMs ?? 2_000);
        if (replicated.outcome === 'timeout') {
          const why = `no Redis replica acknowledged srm's writes before posting ${key}${replicated.error ? ` (${replicated.error})` : ''}`;
          if (postOptions.requireReplicated !== false) throw new ReplicationLagError(`${why}; retrying later`);
          log.warn({ key, channel: message.channel, err: replicated.error }, `${why}; posting anyway (last attempt)`);
        }
        if (postOptions.history !== undefined && postOptions.requireReplicated !== false && (await redisHistory(options.redis, options.prefix)) !== postOptions.history) {
          throw new ReplicationLagError(`Redis failed over since the job that posts ${key} started; it runs again`);
        }
      }
      // Taken after the channel's slot, right before the post: another attempt of the same job running at the
      // same time (a lapsed lock) may have posted it while this one waited (post-claim.ts).
      const claim = key ? postClaim(options.redis, keys.postClaim(message.channel, message.threadTs, key), options.claim) : undefined;
      const send = async (): Promise<{ posted?: { channel?: string; ts?: string }; adopted?: PostedMessage }> => {
        const taken = claim ? await claim.take() : { kind: 'post' as const };
        if (taken.kind === 'posted') return { adopted: { channel: taken.channel, ts: taken.ts, adopted: true } };
        if (taken.kind === 'busy') throw new ReplicationLagError(`another attempt is posting ${key ?? 'this message'} right now; retrying later`);
        const posted = await options.client.chat.postMessage({
          channel: message.channel,
          text: message.text,
          ...(message.blocks ? { blocks: verbatimBlocks(message.blocks) } : {}),
          ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
          ...(key ? { metadata: { event_type: messageEventType, event_payload: { key } } } : {}),
          unfurl_links: false,
          unfurl_media: false,
        });
        return { posted };
      };
      let result: Awaited<ReturnType<typeof send>>;
      try {
        result = await call('chat.postMessage', message.channel, send, (r) => r.posted !== undefined);
      } catch (err) {
        if (!(err instanceof ReplicationLagError)) await claim?.release().catch(() => undefined);
        throw err;
      }
      if (result.adopted) {
        reconciled.inc({ outcome: 'adopted' });
        log.info({ method: 'chat.postMessage', channel: result.adopted.channel, key, ts: result.adopted.ts, via: 'claim' }, 'message an earlier attempt posted found in Slack; adopted, not posted again');
        return result.adopted;
      }
      const ts = result.posted?.ts;
      if (!ts) throw new PostFailedError('chat.postMessage', 'Slack answered without a message ts');
      const channel = result.posted?.channel ?? message.channel;
      await claim?.done(channel, ts).catch((err: unknown) => log.warn({ key, err: errorMessage(err) }, 'could not record the posted message in redis; a concurrent attempt will find it in the channel'));
      return { channel, ts };
    },
    async update(message) {
      await call('chat.update', message.channel, () =>
        options.client.chat.update({
          channel: message.channel,
          ts: message.ts,
          text: message.text,
          ...(message.blocks ? { blocks: verbatimBlocks(message.blocks) } : {}),
        }),
      );
    },
    async permalink(channel, ts) {
      try {
        const r = await options.client.chat.getPermalink({ channel, message_ts: ts });
        return r.permalink ?? null;
      } catch (err) {
        log.debug({ channel, err: errorMessage(err) }, 'no permalink');
        return null;
      }
    },
  };
}
