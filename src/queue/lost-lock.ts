import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { evalScript } from '../redis-script.js';

/**
 * The job a BullMQ error says lost its lock as an attempt ended: "Missing
 * lock for job <id>. <command>", where the command records the attempt's end
 * (completed, failed, retried with or without a delay). Undefined for any
 * other error (a lock held by another attempt is "Lock mismatch": someone
 * has the job; "Missing key": the job is gone).
 */
export function jobWithLostLock(message: string): string | undefined {
  return /^Missing lock for job (.+)\. (?:moveToDelayed|moveToFinished|retryJob)$/s.exec(message)?.[1];
}

/**
 * Hands a job back to its queue's wait list when it is still in the active
 * list and nobody holds its lock (the same move BullMQ's stalled-job check
 * makes, see moveStalledJobsToWait and moveJobToWait, without counting a
 * stall: the job's worker is alive, it is the record of the attempt's end
 * that could not be made). A prioritized job is left to the stalled-job check.
 * KEYS: active, wait, meta, marker, events, job, job lock; ARGV: job id.
 */
const handBackScript = `
if redis.call('EXISTS', KEYS[6]) == 0 or redis.call('EXISTS', KEYS[7]) == 1 then return 0 end
if (tonumber(redis.call('HGET', KEYS[6], 'priority')) or 0) > 0 then return 0 end
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
local attrs = redis.call('HMGET', KEYS[3], 'paused', 'concurrency')
local held = attrs[1] or (attrs[2] and redis.call('LLEN', KEYS[1]) >= tonumber(attrs[2]))
if not held then redis.call('ZADD', KEYS[4], 0, '0') end
local maxEvents = redis.call('HGET', KEYS[3], 'opts.maxLenEvents') or 10000
redis.call('XADD', KEYS[5], 'MAXLEN', '~', maxEvents, '*', 'event', 'waiting', 'jobId', ARGV[1], 'prev', 'active')
return 1
`;

/**
 * A job whose attempt ended after its lock was lost (a Redis failover took
 * the lock's last renewals; a lock that lapsed while Redis could not be
 * reached) cannot record how the attempt ended: BullMQ refuses with "Missing
 * lock" and leaves it where it is. Another attempt may have it already (it
 * is waiting, delayed or done: nothing to do); if it is still in the active
 * list with no lock, nobody runs it, and it would wait there for the
 * stalled-job check (two passes, up to a minute at the default interval,
 * counted as a stall towards maxStalledCount). This puts it back in the
 * wait list at once instead; its next attempt runs it again (srm's jobs
 * resume from their recorded progress). True when it was handed back.
 */
export async function handBackLostJob(connection: Pick<Redis, 'evalsha' | 'eval'>, worker: Pick<Worker, 'keys' | 'toKey'>, jobId: string): Promise<boolean> {
  const jobKey = worker.toKey(jobId);
  const k = worker.keys;
  const moved = await evalScript(connection, handBackScript, 7, k.active!, k.wait!, k.meta!, k.marker!, k.events!, jobKey, `${jobKey}:lock`, jobId);
  return Number(moved) === 1;
}
