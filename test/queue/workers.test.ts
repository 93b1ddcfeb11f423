import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SrmError } from '../../src/errors.js';
import { defineJob } from '../../src/queue/define-job.js';
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

/** Each processed id is appended to a Redis list, so several workers' runs can be counted. */
const recordJob = defineJob<{ id: string }>({
  name: 'test-record',
  queue: 'checks',
  schema: z.object({ id: z.string().regex(/^[a-z0-9-]+$/) }),
  jobId: (p) => `rec-${p.id}`,
  options: { attempts: 1 },
  concurrency: 4,
  async process(payload, { runtime, job }) {
    await runtime.redis.rpush(`${runtime.prefix}:processed`, `${payload.id}@${job.id}`);
    return payload.id;
  },
});

const failingJob = defineJob<{ mode: 'permanent' | 'transient' }>({
  name: 'test-fail',
  queue: 'checks',
  schema: z.object({ mode: z.enum(['permanent', 'transient']) }),
  options: { attempts: 3, backoff: { type: 'fixed', delay: 10 } },
  async process(payload) {
    if (payload.mode === 'permanent') throw new SrmError('unknown-check', 'no such check');
    throw new Error('network blip');
  },
});

describe('producer', () => {
  it('validates the payload when enqueuing', async () => {
    await expect(t.runtime.enqueue(recordJob, { id: 'Not Valid' })).rejects.toThrow(/invalid test-record payload: id:/);
  });

  it('uses the definition jobId so a repeat enqueue is a no-op', async () => {
    const a = await t.runtime.enqueue(recordJob, { id: 'same' });
    const b = await t.runtime.enqueue(recordJob, { id: 'same' });
    expect(a.id).toBe('rec-same');
    expect(b.id).toBe('rec-same');
    expect(await t.producer.queue('checks').getJobCountByTypes('waiting', 'prioritized', 'active', 'completed')).toBe(1);
    await t.producer.queue('checks').obliterate({ force: true });
  });
});

describe('startWorkers', () => {
  it('two workers on one queue process each job exactly once', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `job-${i}`);
    const a = await startWorkers(t.runtime, [recordJob], { concurrency: 3 });
    const b = await startWorkers(t.runtime, [recordJob], { concurrency: 3 });
    running.push(a, b);
    expect(a.running() && b.running()).toBe(true);
    await Promise.all(ids.map((id) => t.runtime.enqueue(recordJob, { id })));
    const processed = await eventually(async () => {
      const list = await t.redis.lrange(`${prefix}:processed`, 0, -1);
      return list.length >= ids.length ? list : undefined;
    });
    // A job records itself before BullMQ marks it completed: wait for the last completions to land (and let
    // any duplicate processing surface) before counting.
    const counts = await eventually(async () => {
      const c = await t.producer.queue('checks').getJobCounts('completed', 'failed', 'active', 'wait');
      return (c.completed ?? 0) + (c.failed ?? 0) >= ids.length ? c : undefined;
    });
    expect(counts.completed).toBe(ids.length);
    expect(counts.failed).toBe(0);
    expect(processed.map((p) => p.split('@')[0]).sort()).toEqual([...ids].sort());
    await a.close();
    expect(a.running()).toBe(false);
  });

  it('fails an invalid payload permanently (UnrecoverableError, no retries)', async () => {
    const w = await startWorkers(t.runtime, [recordJob]);
    running.push(w);
    // Bypass the producer's validation, as a foreign producer or an old payload would.
    const job = await t.producer.queue('checks').add('test-record', { id: 42 }, { attempts: 5 });
    const failed = await eventually(async () => ((await job.isFailed()) ? true : undefined));
    expect(failed).toBe(true);
    const after = await t.producer.queue('checks').getJob(job.id!);
    expect(after?.attemptsMade).toBe(1);
    expect(after?.failedReason).toMatch(/invalid test-record payload: id:/);
  });

  it('retries transient errors and gives up at once on non-retryable domain errors', async () => {
    const w = await startWorkers(t.runtime, [failingJob]);
    running.push(w);
    const permanent = await t.runtime.enqueue(failingJob, { mode: 'permanent' });
    const transient = await t.runtime.enqueue(failingJob, { mode: 'transient' });
    await eventually(async () => ((await permanent.isFailed()) && (await transient.isFailed()) ? true : undefined));
    const q = t.producer.queue('checks');
    expect((await q.getJob(permanent.id!))?.attemptsMade).toBe(1);
    expect((await q.getJob(permanent.id!))?.failedReason).toContain('unknown-check');
    expect((await q.getJob(transient.id!))?.attemptsMade).toBe(3);
  });

  it('rejects a job name with no definition on the queue', async () => {
    const w = await startWorkers(t.runtime, [recordJob]);
    running.push(w);
    const job = await t.producer.queue('checks').add('no-such-job', {});
    await eventually(async () => ((await job.isFailed()) ? true : undefined));
    expect((await t.producer.queue('checks').getJob(job.id!))?.failedReason).toContain('no job named no-such-job');
  });

  it('refuses two definitions with one name', async () => {
    await expect(startWorkers(t.runtime, [recordJob, recordJob])).rejects.toThrow(/defined twice/);
  });
});

describe('a worker killed mid-job', () => {
  it('loses nothing: the stalled job is retried by another worker', async () => {
    let started = 0;
    const hang = defineJob<{ id: string }>({
      name: 'test-hang',
      queue: 'remediate',
      schema: z.object({ id: z.string() }),
      options: { attempts: 1 },
      async process(payload, { runtime }) {
        started++;
        // The first run never finishes (its worker "dies"); the retry completes.
        if (started === 1) return new Promise(() => undefined);
        await runtime.redis.set(`${runtime.prefix}:hang-done`, payload.id);
        return 'done';
      },
    });
    const dying = await startWorkers(t.runtime, [hang], { lockDuration: 1_000, stalledInterval: 500 });
    const job = await t.runtime.enqueue(hang, { id: 'h1' });
    await eventually(() => (started === 1 ? true : undefined));
    // Forced close: no lock renewals, the active job is abandoned as a crash would leave it.
    await dying.close({ force: true });
    running.push(await startWorkers(t.runtime, [hang], { lockDuration: 1_000, stalledInterval: 500 }));
    await eventually(async () => ((await job.isCompleted()) ? true : undefined), 20_000);
    expect(await t.redis.get(`${prefix}:hang-done`)).toBe('h1');
    expect(started).toBe(2);
  });
});
