import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterOptions } from '../../src/queue/connection.js';
import { findRedisServer } from '../../src/redis-local.js';
import { RedisServer } from '../faults/lib/redis-servers.js';

/**
 * A Redis Cluster that answers CLUSTER SLOTS but says cluster_state:fail, as
 * every node does while a master is down and its replica not yet promoted:
 * one cluster-enabled node serving slot 0 only.
 *
 * BullMQ resets a worker's blocking connection after a missed BZPOPMIN and
 * awaits the cluster's connect() with no bound. With ioredis's ready check
 * (CLUSTER INFO) that promise is never settled when the check finds the
 * cluster failing (ioredis drops the connection and reconnects on its own):
 * in the fault suite's cluster-failover every ingest worker stopped fetching
 * for good that way. srm's cluster connections must have a connect() that settles.
 */
describe.skipIf(!findRedisServer())('cluster connect() while the cluster is failing', () => {
  let node: RedisServer;

  beforeAll(async () => {
    node = await RedisServer.start({ cluster: true });
    await node.cli('CLUSTER', 'ADDSLOTS', '0');
    expect(await node.cli('CLUSTER', 'INFO')).toContain('cluster_state:fail');
  });

  afterAll(async () => {
    await node?.stop();
  });

  async function settles(options: ConstructorParameters<typeof Cluster>[1]): Promise<'settled' | 'pending'> {
    const cluster = new Cluster([{ host: '127.0.0.1', port: node.port }], { ...options, lazyConnect: true });
    cluster.on('error', () => undefined);
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        cluster.connect().then(
          () => 'settled' as const,
          () => 'settled' as const,
        ),
        new Promise<'pending'>((resolve) => (timer = setTimeout(() => resolve('pending'), 3_000))),
      ]);
    } finally {
      clearTimeout(timer);
      cluster.disconnect();
    }
  }

  it("ioredis's ready check leaves connect() pending for good (why srm turns it off)", async () => {
    expect(await settles({ ...clusterOptions('worker', { nodes: [], tls: false }), enableReadyCheck: true })).toBe('pending');
  });

  it('every srm cluster role settles connect()', async () => {
    for (const role of ['worker', 'client', 'producer'] as const) {
      expect(await settles(clusterOptions(role, { nodes: [], tls: false }))).toBe('settled');
    }
  });
});
