import { setTimeout as delay } from 'node:timers/promises';
import type { KnownBlock } from '@slack/types';
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError, WebClient } from '@slack/web-api';
import { Counter, Histogram } from 'prom-client';
import type { Redis } from 'ioredis';
import { SrmError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { registry } from '../metrics.js';
import { routerKeys } from '../router/keys.js';

const posts = new Counter({ name: 'srm_slack_posts_total', help: 'Slack messages posted or updated', labelNames: ['method'] as const, registers: [registry] });
const rateLimited = new Counter({ name: 'srm_slack_rate_limited_total', help: 'Slack calls answered 429 (Retry-After waited out)', labelNames: ['method'] as const, registers: [registry] });
const failures = new Counter({ name: 'srm_slack_post_failures_total', help: 'Slack posts that failed after every retry', labelNames: ['method', 'reason'] as const, registers: [registry] });
const retries = new Counter({ name: 'srm_slack_post_retries_total', help: 'Slack calls retried after a 5xx or network error', labelNames: ['method'] as const, registers: [registry] });
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
}

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
  /** Attempts for 5xx and network errors (429s are waited out and do not count). */
  maxAttempts?: number;
  /** First backoff after a 5xx; doubled each attempt. */
  backoffMs?: number;
  /** Give up waiting out 429s after this many in a row. */
  maxRateLimitWaits?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Poster {
  post(message: OutgoingMessage): Promise<PostedMessage>;
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
 * Reserves the channel's next slot (shared by every replica through Redis) and
 * returns how long to wait for it. `hold` pushes the slot out (Retry-After).
 */
const slotScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
local hold = tonumber(ARGV[2])
if hold > 0 then
  local holdUntil = now + hold
  if holdUntil > nextAt then nextAt = holdUntil end
  redis.call('SET', KEYS[1], nextAt, 'PX', hold + 60000)
  return 0
end
local slot = math.max(now, nextAt)
redis.call('SET', KEYS[1], slot + tonumber(ARGV[1]), 'PX', tonumber(ARGV[1]) + (slot - now) + 60000)
return slot - now
`;


function isServerError(err: unknown): boolean {
  if (err instanceof WebAPIHTTPError) return err.statusCode >= 500;
  return err instanceof WebAPIRequestError;
}

/**
 * Posts and updates messages at Slack's pace: one call per channel per
 * interval across replicas, 429s waited out for Retry-After (visible in logs
 * and metrics, and shared: the whole channel holds), 5xx and network errors
 * retried with backoff. When it gives up it throws PostFailedError; it never
 * silently drops a message.
 */
export function createPoster(options: PosterOptions): Poster {
  const interval = options.channelIntervalMs ?? 1100;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoffMs ?? 500;
  const maxWaits = options.maxRateLimitWaits ?? 20;
  const sleep = options.sleep ?? delay;
  const keys = routerKeys(options.prefix);
  const log = options.logger;

  async function slot(channel: string, holdMs = 0): Promise<number> {
    return Number(await options.redis.eval(slotScript, 1, keys.rate(channel), String(interval), String(holdMs)));
  }

  async function call<T>(method: 'chat.postMessage' | 'chat.update', channel: string, send: () => Promise<T>): Promise<T> {
    let attempt = 0;
    let waited = 0;
    for (;;) {
      const wait = await slot(channel);
      waits.observe(wait / 1000);
      if (wait > 0) await sleep(wait);
      try {
        const result = await send();
        posts.inc({ method });
        return result;
      } catch (err) {
        if (err instanceof WebAPIRateLimitedError) {
          rateLimited.inc({ method });
          waited += 1;
          const ms = Math.max(1, err.retryAfter) * 1000;
          log.warn({ method, channel, retryAfterSeconds: err.retryAfter, waits: waited }, 'slack rate limited; waiting Retry-After');
          if (waited > maxWaits) {
            failures.inc({ method, reason: 'rate_limited' });
            throw new PostFailedError(method, `${method} to ${channel} still rate limited after ${waited} waits`, { cause: err });
          }
          await slot(channel, ms);
          continue;
        }
        attempt += 1;
        if (isServerError(err) && attempt < maxAttempts) {
          retries.inc({ method });
          const ms = backoff * 2 ** (attempt - 1);
          log.warn({ method, channel, attempt, backoffMs: ms, err: errorMessage(err) }, 'slack call failed; retrying');
          await sleep(ms);
          continue;
        }
        const reason = err instanceof WebAPIPlatformError ? err.data.error : isServerError(err) ? 'server_error' : 'error';
        failures.inc({ method, reason });
        log.error({ method, channel, attempt, reason, err: errorMessage(err) }, 'slack call failed for good');
        throw new PostFailedError(method, `${method} to ${channel} failed: ${reason === 'error' ? errorMessage(err) : reason}`, { cause: err });
      }
    }
  }

  return {
    async post(message) {
      const result = await call('chat.postMessage', message.channel, () =>
        options.client.chat.postMessage({
          channel: message.channel,
          text: message.text,
          ...(message.blocks ? { blocks: message.blocks } : {}),
          ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      if (!result.ts) throw new PostFailedError('chat.postMessage', 'Slack answered without a message ts');
      return { channel: result.channel ?? message.channel, ts: result.ts };
    },
    async update(message) {
      await call('chat.update', message.channel, () =>
        options.client.chat.update({
          channel: message.channel,
          ts: message.ts,
          text: message.text,
          ...(message.blocks ? { blocks: message.blocks } : {}),
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
