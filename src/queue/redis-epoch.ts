import { evalScript } from '../redis-script.js';
import type { Redis } from 'ioredis';

/**
 * Lua: the replication id of the master that runs the script (`INFO
 * replication`, read inside the script, so atomically with its writes), or ''.
 */
export const replicationIdLua = `(string.match(redis.call('INFO', 'replication'), 'master_replid:(%w+)') or '')`;

/**
 * Since when (epoch ms, by Redis's clock) the Redis that holds srm's keys
 * has had its present history: 0 when no other history is known.
 *
 * Redis gives a master a new replication id whenever its history may have
 * forked: a replica promoted by a failover (what the old master had not
 * replicated is gone), a restart (with `appendfsync everysec`, up to a
 * second of writes). A job whose every record was written in the lost part
 * runs again as if it never had (a post-alert job the evaluate-event job
 * that made it hands on again, counters back at zero): nothing in Redis can
 * tell that it posted. So the epoch is kept beside srm's keys (the same hash
 * tag): the replication id srm last saw and when it saw it change. A post
 * whose message cannot exist before `notBefore` (its event's time) needs no
 * look in Slack when that time is later than the epoch's start; one that
 * could have been made in a history since lost does (src/slack/poster.ts).
 *
 * The first sight of a Redis without the key (a new install, or a Redis that
 * lost everything, where no job is left to run again) starts the epoch at 0.
 * KEYS[1] the epoch hash; returns its start.
 */
const epochScript = `
local id = ${replicationIdLua}
local known = redis.call('HGET', KEYS[1], 'replid')
if known == id then return tonumber(redis.call('HGET', KEYS[1], 'since') or '0') end
local since = 0
if known then
  local t = redis.call('TIME')
  since = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
redis.call('HSET', KEYS[1], 'replid', id, 'since', since)
return since
`;

export function redisEpochKey(prefix: string): string {
  return `${prefix}:redis-epoch`;
}

/** The start of Redis's present history (see above); one script call. */
export async function redisEpoch(redis: Pick<Redis, 'evalsha' | 'eval'>, prefix: string): Promise<number> {
  return Number(await evalScript(redis, epochScript, 1, redisEpochKey(prefix)));
}
