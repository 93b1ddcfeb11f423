import type { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { waitReplicated } from '../../src/queue/replicated.js';

/** A connection to one Redis as waitReplicated sees it: its address, its replicas, INCR and WAIT. */
function fakeRedis(replicas: number) {
  const fake = {
    options: { host: '127.0.0.1', port: 7000 },
    waits: 0,
    info: async () => `# Replication\r\nrole:master\r\nconnected_slaves:${replicas}\r\n`,
    incr: async () => 1,
    call: async (command: string) => {
      if (command === 'WAIT') fake.waits += 1;
      return replicas;
    },
  };
  return fake;
}

describe('waitReplicated', () => {
  it('says no-replicas or replicated for the master it writes to', async () => {
    expect(await waitReplicated(fakeRedis(0) as unknown as Redis, 'srm', 100)).toEqual({ outcome: 'no-replicas' });
    expect(await waitReplicated(fakeRedis(1) as unknown as Redis, 'srm', 100)).toEqual({ outcome: 'replicated' });
  });

  it('does not vouch for writes made before the master changed (a failover): timeout once, then the new master answers', async () => {
    const redis = fakeRedis(0);
    expect(await waitReplicated(redis as unknown as Redis, 'srm', 100)).toEqual({ outcome: 'no-replicas' });
    // The master died and another took its slots: what was written since the last wait may have died with it.
    redis.options.port = 7001;
    const changed = await waitReplicated(redis as unknown as Redis, 'srm', 100);
    expect(changed.outcome).toBe('timeout');
    expect(changed.error).toMatch(/master of srm:replication-fence changed \(127\.0\.0\.1:7000 -> 127\.0\.0\.1:7001\)/);
    expect(await waitReplicated(redis as unknown as Redis, 'srm', 100)).toEqual({ outcome: 'no-replicas' });
  });
});
