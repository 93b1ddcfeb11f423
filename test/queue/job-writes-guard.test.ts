import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob, type QueueName } from '../../src/queue/define-job.js';
import { runJob } from '../../src/queue/workers.js';
import { testPrefix } from '../helpers/redis.js';
import { makeTestRuntime } from './harness.js';

const t = makeTestRuntime({ prefix: testPrefix(import.meta.url) });
afterAll(() => t.close());

let runs = 0;
const job = (queue: QueueName) =>
  defineJob<{ n: number }>({
    name: `guard-${queue}`,
    queue,
    schema: z.object({ n: z.number() }),
    async process(p) {
      runs++;
      return p.n;
    },
  });
const bullJob = (attemptsMade: number) => ({ id: 'j', name: 'guard', data: { n: 7 }, attemptsMade, opts: { attempts: 3 } }) as unknown as Job;

/**
 * A cluster client whose replica wait cannot be made (no slot map): what a
 * job sees when no replica acknowledges its writes in time.
 */
function unreplicatedCluster(redis: Redis): Redis {
  return new Proxy(redis, { get: (target, p) => (p === 'isCluster' ? true : p === 'slots' ? [] : Reflect.get(target, p)) });
}

describe("a job's end on a Redis Cluster", () => {
  it('on a single Redis, a job returns as before', async () => {
    expect(await runJob(job('alerts'), bullJob(0), t.runtime)).toBe(7);
  });

  it('an ingest or alerts job whose writes no replica acknowledged runs again (retryable error), except on its last attempt', async () => {
    const runtime = { ...t.runtime, redis: unreplicatedCluster(t.redis) };
    runs = 0;
    for (const queue of ['alerts', 'ingest'] as const) await expect(runJob(job(queue), bullJob(0), runtime)).rejects.toThrow(/runs again/);
    expect(runs).toBe(2);
    expect(await runJob(job('alerts'), bullJob(2), runtime)).toBe(7);
    // Other queues (checks, remediations) are not held back.
    expect(await runJob(job('checks'), bullJob(0), runtime)).toBe(7);
  });
});
