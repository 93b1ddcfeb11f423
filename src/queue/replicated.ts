import type { Cluster, Redis } from 'ioredis';
import { errorMessage } from '../errors.js';

/**
 * What waiting for a replica said: every write this connection made to
 * srm's slot before the call reached a replica; the master has no replica
 * to wait for; or none acknowledged within the timeout (or the wait could
 * not be made).
 */
export type ReplicationOutcome = 'replicated' | 'no-replicas' | 'timeout';

/** CRC16 (XMODEM), as Redis Cluster computes key slots. */
function crc16(text: string): number {
  let crc = 0;
  for (const byte of Buffer.from(text)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The cluster slot of a key (its hash tag's, when it has one). */
export function keySlot(key: string): number {
  const open = key.indexOf('{');
  const close = open >= 0 ? key.indexOf('}', open + 1) : -1;
  return crc16(close > open + 1 ? key.slice(open + 1, close) : key) % 16384;
}

/** Whether srm talks to a Redis Cluster (where a master can be replaced by a replica that lacks its last writes). */
export function isCluster(redis: Redis | Cluster): redis is Cluster {
  return (redis as Cluster).isCluster === true;
}

/** Replicas of a master in the cluster's view, by node, read at most every few seconds. */
const replicaCounts = new Map<string, { at: number; count: Promise<number> }>();
const replicaCountTtlMs = 5_000;

/** Replicas of the node answering (CLUSTER NODES: replicas of `myself` not flagged failed), linked or not. */
async function clusterReplicas(node: Redis): Promise<number> {
  const lines = String(await node.call('CLUSTER', 'NODES')).trim().split('\n');
  const me = lines.find((l) => l.split(' ')[2]?.includes('myself'))?.split(' ')[0];
  return lines.filter((l) => {
    const [, , flags = '', master = ''] = l.split(' ');
    return master === me && flags.includes('slave') && !flags.includes('fail');
  }).length;
}

/**
 * The connection a write to `key` goes through, and how many replicas its
 * master has: on a cluster, the master node's own connection (the one
 * ioredis sends the slot's commands on) and its replicas in the cluster's
 * view, whether their link is up or not (a replica cut off can still be
 * promoted); else the connection itself and the replicas connected to it now.
 */
async function masterOf(redis: Redis | Cluster, key: string): Promise<{ node: Redis; replicas: number }> {
  if (isCluster(redis)) {
    const served = redis.slots[keySlot(key)]?.[0];
    const node = redis.nodes('master').find((n) => `${n.options.host}:${n.options.port}` === served);
    if (!served || !node) throw new Error(`no connection to the master of ${key}`);
    let cached = replicaCounts.get(served);
    if (!cached || Date.now() - cached.at > replicaCountTtlMs) {
      cached = { at: Date.now(), count: clusterReplicas(node) };
      replicaCounts.set(served, cached);
      cached.count.catch(() => replicaCounts.delete(served));
    }
    return { node, replicas: await cached.count };
  }
  const info = await redis.info('replication');
  return { node: redis, replicas: Number(/connected_slaves:(\d+)/.exec(info)?.[1] ?? 0) };
}

/**
 * Waits (Redis WAIT, at most `timeoutMs`) until a replica has what this
 * connection wrote under `prefix` so far. Replication is asynchronous: a
 * master that dies takes with it what it had not passed on, and a replica
 * promoted in its place has never seen it. Before srm lets go of something
 * only Redis now remembers (deletes an SQS message whose event it enqueued),
 * it waits for that. WAIT counts the writes of the connection it is sent on,
 * so a write to a fence key goes first on the same connection: it comes after
 * everything acknowledged before, on the master's one replication stream.
 */
export async function waitReplicated(redis: Redis, prefix: string, timeoutMs: number): Promise<{ outcome: ReplicationOutcome; error?: string }> {
  const fence = `${prefix}:replication-fence`;
  const wait = async (): Promise<{ outcome: ReplicationOutcome }> => {
    const { node, replicas } = await masterOf(redis as Redis | Cluster, fence);
    if (replicas === 0) return { outcome: 'no-replicas' };
    await node.incr(fence);
    const acked = Number(await node.call('WAIT', '1', String(timeoutMs)));
    return { outcome: acked >= 1 ? 'replicated' : 'timeout' };
  };
  // A node's own connection to a master that just died can hold a command until it reconnects, which it never does.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs + 1_000} ms`)), timeoutMs + 1_000);
  });
  try {
    return await Promise.race([wait(), late]);
  } catch (err) {
    return { outcome: 'timeout', error: errorMessage(err) };
  } finally {
    clearTimeout(timer);
  }
}
