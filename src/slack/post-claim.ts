import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { evalScript } from '../redis-script.js';

/**
 * A keyed message is posted by one attempt at a time, and once. BullMQ can
 * run one job twice at once: a worker whose lock lapsed (its Redis
 * connection was re-established after a failover, its event loop stalled)
 * keeps running while the job, taken over as stalled, runs elsewhere. Both
 * may have looked in the channel before either posted (the look comes before
 * the wait for the channel's slot), so the look alone cannot stop the second
 * post. The claim is taken right before chat.postMessage, after the slot:
 *
 *   none            -> `c:<token>` (this attempt posts)
 *   `c:<token>`     -> this attempt's own claim (a retried call after a 5xx)
 *   `c:<other>`     -> another attempt is posting it now: wait for its outcome
 *   `p:<channel> <ts>` -> posted: adopt that message, do not post again
 *
 * The record lives as long as a job can be retried (a day); a claim whose
 * holder died lapses after `claimTtlMs`, and the message it may have posted
 * is then found by the channel look of the attempt that runs again.
 */
export type ClaimOutcome = { kind: 'post' } | { kind: 'posted'; channel: string; ts: string } | { kind: 'busy' };

/** KEYS[1] the message's claim; ARGV token, claim ttl ms. Returns 'post', 'busy' or the posted record. */
const takeScript = `
local v = redis.call('GET', KEYS[1])
if not v then
  redis.call('SET', KEYS[1], 'c:' .. ARGV[1], 'PX', tonumber(ARGV[2]))
  return 'post'
end
if v == 'c:' .. ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
  return 'post'
end
if string.sub(v, 1, 2) == 'p:' then return v end
return 'busy'
`;


/** KEYS[1]; ARGV token: drops this attempt's claim (its post failed), never another's or a record. */
const releaseScript = `
if redis.call('GET', KEYS[1]) == 'c:' .. ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0
`;

export interface PostClaimOptions {
  /** How long a claim holds without its post recorded (the holder died): default 2 minutes. */
  claimTtlMs?: number;
  /** How long a posted record is kept: default one day. */
  recordTtlMs?: number;
  /** How long to wait for another attempt's claim to resolve before giving up (the job retries): default 15 s. */
  waitMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PostClaim {
  /** Takes the claim, or says the message was posted (adopt it) or another attempt still holds it after waiting. */
  take(): Promise<ClaimOutcome>;
  /** Records the posted message (channel and ts). */
  done(channel: string, ts: string): Promise<void>;
  /** Drops the claim after a failed post so a retry can post. */
  release(): Promise<void>;
}

function parseRecord(v: string): { channel: string; ts: string } | null {
  const m = /^p:(\S+) (\S+)$/.exec(v);
  return m ? { channel: m[1]!, ts: m[2]! } : null;
}

export function postClaim(redis: Redis, key: string, options: PostClaimOptions = {}): PostClaim {
  const token = randomUUID();
  const claimTtl = options.claimTtlMs ?? 120_000;
  const recordTtl = options.recordTtlMs ?? 86_400_000;
  const waitMs = options.waitMs ?? 15_000;
  const pollMs = options.pollMs ?? 250;
  const sleep = options.sleep ?? delay;
  return {
    async take() {
      const until = Date.now() + waitMs;
      for (;;) {
        const v = String(await evalScript(redis, takeScript, 1, key, token, String(claimTtl)));
        if (v === 'post') return { kind: 'post' };
        const posted = parseRecord(v);
        if (posted) return { kind: 'posted', ...posted };
        if (Date.now() >= until) return { kind: 'busy' };
        await sleep(pollMs);
      }
    },
    async done(channel, ts) {
      await redis.set(key, `p:${channel} ${ts}`, 'PX', recordTtl);
    },
    async release() {
      await evalScript(redis, releaseScript, 1, key, token);
    },
  };
}
