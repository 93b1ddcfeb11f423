import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { parseConfig } from '../../src/config.js';
import { classifyRecord, isSkipped } from '../../src/ingest/schemas.js';
import type { CloudTrailEvent, IngestedRecord } from '../../src/ingest/types.js';
import type { AlertSink } from '../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import { exampleEvent, exampleTime } from '../../src/rules/example-event.js';
import type { Alert } from '../../src/rules/types.js';
import { cleanupPrefix, testPrefix } from '../helpers/redis.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

/**
 * Stateful rules in the live pipeline: evaluate-event jobs on several workers
 * share one window in Redis; the config's `rules:` section tunes it.
 */
const prefix = testPrefix(import.meta.url);
const published: Alert[] = [];
const sink: AlertSink = {
  async publish(alert) {
    published.push(alert);
  },
};
let t: TestRuntime;
const running: RunningWorkers[] = [];

const read = (i: number): IngestedRecord => {
  const r = classifyRecord(
    exampleEvent({
      eventSource: 'secretsmanager.amazonaws.com',
      eventName: 'GetSecretValue',
      readOnly: true,
      eventID: `5ec7e700-0000-4000-8000-${String(i).padStart(12, '0')}`,
      eventTime: exampleTime(i / 10),
      requestParameters: { secretId: `arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/s${i}` },
    }) as CloudTrailEvent,
  );
  if (isSkipped(r)) throw new Error(r.reason);
  return r;
};

const rulesOf = (a: Alert) => ((a as Alert & { rules?: { rule: string }[] }).rules ?? [a]).map((r) => r.rule);

async function runAll(records: IngestedRecord[], runtime = t.runtime): Promise<void> {
  const jobs = await Promise.all(records.map((record) => runtime.enqueue(evaluateEvent, { record })));
  const q = t.producer.queue('ingest');
  await eventually(async () => {
    const done = await Promise.all(jobs.map(async (j) => (await q.getJob(j.id!))?.isCompleted() ?? false));
    return !done.includes(false);
  });
}

beforeAll(() => {
  t = makeTestRuntime({ prefix, alerts: sink });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.close()));
  published.length = 0;
  await cleanupPrefix(t.redis, prefix);
});
afterAll(async () => {
  await t.close();
});

describe('stateful rules in evaluate-event (Redis windows)', () => {
  it('fires once for ten secrets read by one principal, whichever worker takes which event', async () => {
    running.push(await startWorkers(t.runtime, [evaluateEvent]), await startWorkers(t.runtime, [evaluateEvent]));
    await runAll(Array.from({ length: 12 }, (_, i) => read(i)));
    const bulk = published.filter((a) => rulesOf(a).includes('cloudtrail-secrets-bulk-retrieved'));
    expect(bulk).toHaveLength(1);
    expect(bulk[0]!.attack).toContain('T1555.006');
    const keys = await t.redis.keys(`${prefix}:srm:rule-state:cloudtrail-secrets-bulk-retrieved:*`);
    expect(keys.length).toBeGreaterThan(0);
  });

  it('takes the threshold from the config', async () => {
    const tuned = makeTestRuntime({ prefix, alerts: sink, config: parseConfig({ rules: { 'cloudtrail-secrets-bulk-retrieved': { threshold: 3, window: '5m' } } }, {}) });
    try {
      running.push(await startWorkers(tuned.runtime, [evaluateEvent]));
      // Sequentially, so the third read is the one that crosses.
      for (let i = 0; i < 4; i++) await runAll([read(100 + i)], tuned.runtime);
      const bulk = published.filter((a) => rulesOf(a).includes('cloudtrail-secrets-bulk-retrieved'));
      expect(bulk.map((a) => a.eventId)).toEqual(['5ec7e700-0000-4000-8000-000000000102']);
      expect(bulk[0]!.summary).toContain('within 5m (threshold 3)');
    } finally {
      await Promise.all(running.splice(0).map((w) => w.close()));
      await tuned.close({ cleanup: false });
    }
  });
});
