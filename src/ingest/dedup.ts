import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { evalScript } from '../redis-script.js';
import { replicationIdLua } from '../queue/redis-epoch.js';
import { sha1Hex } from '../sha1.js';
import type { Alert } from '../rules/types.js';
import type { IngestedRecord } from './types.js';

/** How long a posted alert's key is kept: a re-read or redelivered event within it is not posted again. */
export const dedupTtlSeconds = 14 * 24 * 3600;

/**
 * The post-once key of a record: CloudTrail eventID, or GuardDuty
 * `${id}@${updatedAt}` (an updated finding is a new signal). A CloudTrail
 * record without eventID is keyed by a hash of its content.
 */
export function recordDedupKey(record: IngestedRecord): string {
  if (record.source === 'cloudtrail') {
    const id = record.event.eventID;
    if (id) return `ct-${id}`;
    return `ct-sha1-${createHash('sha1').update(JSON.stringify(record.event)).digest('hex')}`;
  }
  const f = record.finding;
  return `gd-${f.id}@${f.updatedAt ?? f.createdAt ?? ''}`;
}

/** A BullMQ job id for a record (BullMQ reserves ':'; GuardDuty's updatedAt has some). */
export function recordJobId(record: IngestedRecord): string {
  const key = recordDedupKey(record).replace(/:/g, '_');
  // Ids come from the record: an overlong one (hostile or broken input) must not make an unbounded Redis key.
  return key.length <= 160 ? key : `sha1-${createHash('sha1').update(key).digest('hex')}`;
}

/** Redis key of one alert's post-once marker: one per (rule, dedup key). */
export function alertDedupRedisKey(prefix: string, alert: Pick<Alert, 'rule' | 'dedupKey'>): string {
  const h = sha1Hex(`${alert.rule}\0${alert.dedupKey}`);
  return `${prefix}:dedup:${h}`;
}

/** How long a claim stays pending while its job hands the alert on; a crashed job's claim lapses after this. */
export const pendingTtlSeconds = 600;

export type ClaimResult = 'claimed' | 'resumed' | 'duplicate';

/**
 * Claim alerts for posting (in order, atomically, in one round trip), in two
 * phases so that a worker killed between claim and hand-off loses nothing:
 * each claim is first "pending" for its job (SET NX EX 600); completeAlerts()
 * then marks it done for the dedup TTL. Per alert:
 * - claimed: first claimant across replicas and restarts, go ahead;
 * - resumed: this same job claimed it before and did not finish (a stalled or
 *   retried job): go ahead again (the hand-off must be idempotent);
 * - duplicate: done already, or pending for another job.
 * The last element is the Redis history the claims were made in: the master's
 * replication id (replicationIdLua, read atomically with the claims), which
 * Redis changes whenever its history may have forked (a replica promoted by a
 * failover, a restart). Replication is in order, so what survives a failover
 * is a prefix of what the master acknowledged: a job whose first and last
 * writes ran in one history has all of its writes in between.
 */
const claimManyScript = `
local out = {}
local mine = 'pending ' .. ARGV[1]
for i, key in ipairs(KEYS) do
  if redis.call('SET', key, mine, 'EX', tonumber(ARGV[2]), 'NX') then
    out[i] = 'claimed'
  elseif redis.call('GET', key) == mine then
    out[i] = 'resumed'
  else
    out[i] = 'duplicate'
  end
end
out[#KEYS + 1] = ${replicationIdLua}
return out
`;

export interface Claims {
  results: ClaimResult[];
  /** The Redis history the claims were made in: completeAlerts() completes them only in the same one. */
  history: string;
}

/** `keys`: the alerts' alertDedupRedisKey()s when the caller has them already (a batch claims and completes the same keys). */
export async function claimAlerts(redis: Redis, prefix: string, alerts: readonly Pick<Alert, 'rule' | 'dedupKey'>[], owner: string, keys = alerts.map((a) => alertDedupRedisKey(prefix, a))): Promise<Claims> {
  if (alerts.length === 0) return { results: [], history: '' };
  const out = (await evalScript(redis, claimManyScript, keys.length, ...keys, owner, String(pendingTtlSeconds))) as string[];
  return { results: out.slice(0, keys.length) as ClaimResult[], history: out[keys.length] ?? '' };
}

/**
 * Marks claims done, only in the history they were made in (else nothing is
 * written: 'moved'), and never over another job's pending claim (one whose
 * own claim lapsed after 10 minutes and was taken: that job completes it).
 */
const completeManyScript = `
if ${replicationIdLua} ~= ARGV[3] then return 'moved' end
local mine = 'pending ' .. ARGV[2]
for i, key in ipairs(KEYS) do
  local v = redis.call('GET', key)
  if (not v) or v == mine then redis.call('SET', key, ARGV[i + 3], 'EX', tonumber(ARGV[1])) end
end
return 'done'
`;

/**
 * What completing claims found: 'done', or 'moved' when Redis's history
 * changed since the claims were made (a failover promoted a replica; nothing
 * was written). 'moved' means any of the hand-off's writes may be gone (the
 * claims too): the caller must hand the alerts on again (claim, publish,
 * complete: each step idempotent), never mark them done as they are.
 */
export type Completion = 'done' | 'moved';

/**
 * The alerts were handed on: keep their keys for the dedup TTL so repeats are
 * dropped (one round trip). Conditional (completeManyScript): an
 * unconditional done that lands on a promoted replica which never got the
 * claim or the hand-off would drop the event for good.
 */
export async function completeAlerts(
  redis: Redis,
  prefix: string,
  alerts: readonly Pick<Alert, 'rule' | 'dedupKey'>[],
  claim: { owner: string; history: string },
  ttlSeconds = dedupTtlSeconds,
  keys = alerts.map((a) => alertDedupRedisKey(prefix, a)),
): Promise<Completion> {
  if (alerts.length === 0) return 'done';
  const values = alerts.map((a) => `done ${a.rule} ${a.dedupKey}`.slice(0, 300));
  return (await evalScript(redis, completeManyScript, keys.length, ...keys, String(ttlSeconds), claim.owner, claim.history, ...values)) === 'moved' ? 'moved' : 'done';
}

/** Give claims back (the hand-off failed, so a retry may post them). */
export async function releaseAlerts(redis: Redis, prefix: string, alerts: readonly Pick<Alert, 'rule' | 'dedupKey'>[], keys = alerts.map((a) => alertDedupRedisKey(prefix, a))): Promise<void> {
  if (alerts.length === 0) return;
  await redis.del(...keys);
}
