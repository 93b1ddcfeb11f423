import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
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
  return recordDedupKey(record).replace(/:/g, '_');
}

/** Redis key of one alert's post-once marker: one per (rule, dedup key). */
export function alertDedupRedisKey(prefix: string, alert: Pick<Alert, 'rule' | 'dedupKey'>): string {
  const h = createHash('sha1').update(`${alert.rule}\0${alert.dedupKey}`).digest('hex');
  return `${prefix}:dedup:${h}`;
}

/**
 * Claim an alert for posting: true for the first claimant across replicas and
 * restarts (SET NX EX), false for every repeat within the TTL.
 */
export async function claimAlert(redis: Redis, prefix: string, alert: Pick<Alert, 'rule' | 'dedupKey'>, ttlSeconds = dedupTtlSeconds): Promise<boolean> {
  const ok = await redis.set(alertDedupRedisKey(prefix, alert), `${alert.rule} ${alert.dedupKey}`.slice(0, 300), 'EX', ttlSeconds, 'NX');
  return ok === 'OK';
}

/** Give a claim back (the hand-off failed, so a retry may post it). */
export async function releaseAlert(redis: Redis, prefix: string, alert: Pick<Alert, 'rule' | 'dedupKey'>): Promise<void> {
  await redis.del(alertDedupRedisKey(prefix, alert));
}
