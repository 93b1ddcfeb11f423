import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from '../../src/queue/define-job.js';
import { jobWithLostLock } from '../../src/queue/lost-lock.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import { testPrefix } from '../helpers/redis.js';
import { eventually, makeTestRuntime, type TestRuntime } from './harness.js';

const prefix = testPrefix(import.meta.url);
let t: TestRuntime;
const running: RunningWorkers[] = [];

beforeAll(() => {
  t = makeTestRuntime({ prefix });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.close()));
});
afterAll(async () => {
  await t.close();
});

/**
 * Loses its BullMQ lock on its first run, as a Redis failover does when the
 * promoted replica never got the lock's renewals, then ends that attempt as
 * `outcome` says; later runs complete. Runs are counted in Redis.
 */
const losesItsLock = defineJob<{ id: string; outcome: 'throw' | 'return' }>({
  name: 'test-lost-lock',
  queue: 'checks',
  schema: z.object({ id: z.string(), outcome: z.enum(['throw', 'return']) }),
  jobId: (p) => `lost-${p.id}`,
  options: { attempts: 3, backoff: { type: 'fixed', delay: 10 } },
  async process(payload, { runtime, job }) {
    const runs = await runtime.redis.incr(`${runtime.prefix}:runs:${payload.id}`);
    if (runs === 1) {
      await runtime.redis.del(`${runtime.prefix}:checks:${job.id}:lock`);
      if (payload.outcome === 'throw') throw new Error('a transient error, retried with a delay');
    }
    return runs;
  },
});

describe('jobWithLostLock', () => {
  it("reads the job of BullMQ's 'Missing lock' at the end of an attempt, and only that", () => {
    expect(jobWithLostLock('Missing lock for job digest-abc-123. moveToDelayed')).toBe('digest-abc-123');
    expect(jobWithLostLock('Missing lock for job alert-cloudtrail/6a9e. moveToFinished')).toBe('alert-cloudtrail/6a9e');
    expect(jobWithLostLock('Missing lock for job x. retryJob')).toBe('x');
    expect(jobWithLostLock('Lock mismatch for job x. Cmd moveToDelayed from active')).toBeUndefined();
    expect(jobWithLostLock('Missing key for job x. moveToDelayed')).toBeUndefined();
    expect(jobWithLostLock('Missing lock for job x. updateProgress')).toBeUndefined();
  });
});

describe('a job whose lock was lost during its attempt', () => {
  // The stalled-job check is set far beyond the test's life: only the hand-back can get the job running again.
  const options = { stalledInterval: 600_000, lockDuration: 30_000 };

  for (const outcome of ['throw', 'return'] as const) {
    it(`is handed back to its queue and run again at once when its attempt ends (${outcome === 'throw' ? 'failed, to be retried' : 'completed'})`, async () => {
      running.push(await startWorkers(t.runtime, [losesItsLock], options));
      await t.runtime.enqueue(losesItsLock, { id: outcome, outcome });
      const queue = t.producer.queue('checks');
      const state = await eventually(async () => {
        const s = await queue.getJobState(`lost-${outcome}`);
        return s === 'completed' ? s : undefined;
      });
      expect(state).toBe('completed');
      expect(await t.redis.get(`${prefix}:runs:${outcome}`)).toBe('2');
      const job = await queue.getJob(`lost-${outcome}`);
      expect(job?.returnvalue).toBe(2);
      // Not counted as a stall: the job's worker was alive, only the record of its attempt's end was refused.
      expect(job?.stalledCounter).toBe(0);
    });
  }
});
