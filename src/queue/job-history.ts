import type { Redis } from 'ioredis';
import { evalScript } from '../redis-script.js';
import { redisEpochKey, replicationIdLua } from './redis-epoch.js';
import { waitReplicated } from './replicated.js';

/**
 * The history srm's slot is in: its master's replication id, which Redis
 * changes whenever the history may have forked (a replica promoted by a
 * failover, a restart). Read by a script on a key of srm's slot, so a
 * cluster answers from that slot's master. The key is not written.
 */
const historyScript = `return ${replicationIdLua}`;

export async function redisHistory(redis: Redis, prefix: string): Promise<string> {
  return String(await evalScript(redis, historyScript, 1, redisEpochKey(prefix)));
}

export type JobWrites = 'kept' | 'moved' | 'timeout';

/**
 * Whether what a job wrote since `history` was read will outlive a failover:
 * 'kept' when a replica acknowledged it (or the master has none) and the
 * history is still the one the job started in; 'moved' when it changed (a
 * failover happened during the job: its writes before it may be gone while
 * later ones landed on the promoted replica); 'timeout' when no replica
 * acknowledged in time. Replication is in order, so what survives a failover
 * is a prefix of what the master acknowledged: once a replica has the job's
 * last write, it has them all.
 */
export async function jobWritesKept(redis: Redis, prefix: string, history: string, timeoutMs: number): Promise<JobWrites> {
  const replicated = await waitReplicated(redis, prefix, timeoutMs);
  if (replicated.outcome === 'timeout') return 'timeout';
  try {
    return (await redisHistory(redis, prefix)) === history ? 'kept' : 'moved';
  } catch {
    return 'timeout';
  }
}
