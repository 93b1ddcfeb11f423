import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEvent, eventClaim, type EvaluateResult } from '../../jobs/evaluate-event.js';
import type { EventAlert } from '../../src/router/event-alert.js';
import { exampleEvent, identities } from '../../src/rules/example-event.js';
import { parseConfig } from '../../src/config.js';
import { classifyRecord, isSkipped } from '../../src/ingest/schemas.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import type { AlertSink } from '../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import type { Alert } from '../../src/rules/types.js';
import { cleanupPrefix, testPrefix } from '../helpers/redis.js';
import { createUserEvent } from '../ingest/pollers/fixtures.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

const prefix = testPrefix(import.meta.url);
const published: Alert[] = [];
let failNext = 0;
const sink: AlertSink = {
  async publish(alert) {
    if (failNext > 0) {
      failNext--;
      throw new Error('slack unavailable');
    }
    published.push(alert);
  },
};
let t: TestRuntime;
const running: RunningWorkers[] = [];

function record(seed: string): IngestedRecord {
  const r = classifyRecord(createUserEvent(seed, new Date('2026-01-01T12:00:00Z')));
  if (isSkipped(r)) throw new Error(r.reason);
  return r;
}

const expectedAlerts = (r: IngestedRecord) => createRuleEngine().evaluate(r);

beforeAll(() => {
  t = makeTestRuntime({ prefix, alerts: sink });
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((w) => w.close()));
  published.length = 0;
  failNext = 0;
  await cleanupPrefix(t.redis, prefix);
});
afterAll(async () => {
  await t.close();
});

async function runToCompletion(ids: string[]): Promise<EvaluateResult[]> {
  const q = t.producer.queue('ingest');
  return eventually(async () => {
    const done = await Promise.all(ids.map(async (id) => (await q.getJob(id))?.isCompleted() ?? false));
    if (done.includes(false)) return undefined;
    // read the jobs only once they are completed: a job read while active has no return value yet
    const jobs = await Promise.all(ids.map((id) => q.getJob(id)));
    return jobs.map((j) => j!.returnvalue as EvaluateResult);
  });
}

describe('evaluate-event', () => {
  it('the fixture fires at least one rule (precondition of the tests below)', () => {
    expect(expectedAlerts(record('pre')).length).toBeGreaterThan(0);
  });

  it('folds every rule a record matched into ONE event alert, highest severity leading', async () => {
    const rootLogin = classifyRecord(
      exampleEvent({
        eventSource: 'signin.amazonaws.com',
        eventName: 'ConsoleLogin',
        eventType: 'AwsConsoleSignIn',
        eventID: 'root-0000-4000-8000-000000000001',
        userIdentity: { type: 'Root', principalId: '123456789012', arn: identities.root.arn, accountId: '123456789012' },
        responseElements: { ConsoleLogin: 'Success' },
        additionalEventData: { MFAUsed: 'No' },
      }),
    );
    if (isSkipped(rootLogin)) throw new Error(rootLogin.reason);
    const rules = expectedAlerts(rootLogin);
    expect(rules.length, 'a root console sign-in matches several rules').toBeGreaterThanOrEqual(2);
    running.push(await startWorkers(t.runtime, [evaluateEvent]));
    const job = await t.runtime.enqueue(evaluateEvent, { record: rootLogin });
    const [result] = await runToCompletion([job.id!]);
    expect(result).toMatchObject({ alerts: rules.length, published: 1, rules: rules.length });
    expect(published).toHaveLength(1);
    const event = published[0] as EventAlert;
    expect(event.rules.map((r) => r.rule).sort()).toEqual(rules.map((r) => r.rule).sort());
    expect(event.severity).toBe('critical');
    expect(event.rule).toBe(event.rules[0]!.rule);
    expect(new Set(event.controls)).toEqual(new Set(rules.flatMap((r) => r.controls)));
  });

  it('posts each event once when two workers get the same event twice', async () => {
    const r = record('twice');
    running.push(await startWorkers(t.runtime, [evaluateEvent]), await startWorkers(t.runtime, [evaluateEvent]));
    // Different job ids: as when the first job was already removed, or two replicas polled.
    const a = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'twice-a' });
    const b = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'twice-b' });
    const results = await runToCompletion([a.id!, b.id!]);
    expect(published).toHaveLength(1);
    expect(results.reduce((s, x) => s + x.published, 0)).toBe(1);
    expect(results.reduce((s, x) => s + x.duplicates, 0)).toBe(1);
  });

  it('keeps dedup across a restart of the workers', async () => {
    const r = record('restart');
    const first = await startWorkers(t.runtime, [evaluateEvent]);
    const a = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'restart-a' });
    await runToCompletion([a.id!]);
    await first.close();
    expect(published).toHaveLength(1);

    running.push(await startWorkers(t.runtime, [evaluateEvent]));
    const b = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'restart-b' });
    const [result] = await runToCompletion([b.id!]);
    expect(result).toMatchObject({ published: 0, duplicates: 1 });
    expect(published).toHaveLength(1);
  });

  it('uses the record dedup key as job id, so a repeat enqueue is a no-op', async () => {
    const r = record('jobid');
    const a = await t.runtime.enqueue(evaluateEvent, { record: r });
    const b = await t.runtime.enqueue(evaluateEvent, { record: r });
    expect(a.id).toBe(`ct-${createUserEvent('jobid', new Date()).eventID}`);
    expect(b.id).toBe(a.id);
  });

  it('releases the claim when publishing fails, so the retry posts it', async () => {
    const r = record('retry');
    failNext = 1;
    running.push(await startWorkers(t.runtime, [evaluateEvent]));
    const job = await t.runtime.enqueue(evaluateEvent, { record: r }, { backoff: { type: 'fixed', delay: 10 } });
    await runToCompletion([job.id!]);
    expect(published).toHaveLength(1);
    expect((await t.producer.queue('ingest').getJob(job.id!))?.attemptsMade).toBeGreaterThanOrEqual(2);
  });

  it('applies config suppressions and downgrades', async () => {
    const r = record('suppress');
    const alerts = expectedAlerts(r);
    const target = alerts[0]!;
    const suppress = makeTestRuntime({
      prefix,
      alerts: sink,
      config: parseConfig({ suppressions: [{ rule: target.rule, actor: 'arn:aws:iam::123456789012:user/*', action: 'suppress', reason: 'test' }] }, {}),
    });
    const downgrade = makeTestRuntime({
      prefix,
      alerts: sink,
      config: parseConfig({ suppressions: [{ rule: target.rule, action: 'downgrade', severity: 'info', reason: 'test' }] }, {}),
    });
    try {
      const w1 = await startWorkers(suppress.runtime, [evaluateEvent]);
      const j1 = await suppress.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'sup-1' });
      const [res1] = await runToCompletion([j1.id!]);
      await w1.close();
      expect(res1!.suppressed).toBe(1);
      expect(published.find((p) => p.rule === target.rule)).toBeUndefined();

      const w2 = await startWorkers(downgrade.runtime, [evaluateEvent]);
      const j2 = await downgrade.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'sup-2' });
      await runToCompletion([j2.id!]);
      await w2.close();
      expect((published.at(-1) as EventAlert).rules.find((p) => p.rule === target.rule)?.severity).toBe('info');
    } finally {
      await suppress.close({ cleanup: false });
      await downgrade.close({ cleanup: false });
    }
  });

  it('applies the config noise policy to known-noisy alerts', async () => {
    const headBucket = classifyRecord({
      eventVersion: '1.08',
      eventTime: '2026-01-01T12:00:00Z',
      eventSource: 's3.amazonaws.com',
      eventName: 'HeadBucket',
      awsRegion: 'us-east-1',
      sourceIPAddress: '192.0.2.10',
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::123456789012:user/alice', accountId: '123456789012', userName: 'alice' },
      errorCode: 'AccessDenied',
      errorMessage: 'Access Denied',
      eventID: 'noise-0000-4000-8000-000000000001',
      eventType: 'AwsApiCall',
      recipientAccountId: '123456789012',
    });
    if (isSkipped(headBucket)) throw new Error(headBucket.reason);
    const noisy = createRuleEngine().evaluate(headBucket).find((a) => a.noise?.includes('log-delivery-or-headbucket'));
    expect(noisy?.rule).toBe('cloudtrail-unauthorized-api-calls');
    const quiet = makeTestRuntime({ prefix, alerts: sink, config: parseConfig({ noise: { 'log-delivery-or-headbucket': 'suppress' } }, {}) });
    try {
      const w = await startWorkers(quiet.runtime, [evaluateEvent]);
      const j = await quiet.runtime.enqueue(evaluateEvent, { record: headBucket }, { jobId: 'noise-1' });
      const [res] = await runToCompletion([j.id!]);
      await w.close();
      expect(res!.alerts).toBe(0);
      expect(published.find((p) => p.rule === 'cloudtrail-unauthorized-api-calls')).toBeUndefined();
    } finally {
      await quiet.close({ cleanup: false });
    }
  });

  it('rejects a payload that is not a CloudTrail event or finding', async () => {
    await expect(t.runtime.enqueue(evaluateEvent, { record: { source: 'cloudtrail', event: { eventName: 'X' } } } as never)).rejects.toThrow(/invalid evaluate-event payload/);
  });
});

describe('evaluate-event after a crash between claim and hand-off', () => {
  it('the same job resumes its pending claim and hands the alert on; another job does not', async () => {
    const { alertDedupRedisKey, pendingTtlSeconds } = await import('../../src/ingest/dedup.js');
    const r = record('crash');
    const claim = eventClaim(expectedAlerts(r)[0]!);
    // What a worker killed right after claiming leaves behind: the event's claim pending for job "crash-job".
    await t.redis.set(alertDedupRedisKey(prefix, claim), 'pending crash-job', 'EX', pendingTtlSeconds);
    running.push(await startWorkers(t.runtime, [evaluateEvent]));
    const other = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'other-job' });
    const [otherResult] = await runToCompletion([other.id!]);
    expect(otherResult).toMatchObject({ published: 0, duplicates: 1 });
    const retried = await t.runtime.enqueue(evaluateEvent, { record: r }, { jobId: 'crash-job' });
    const [retriedResult] = await runToCompletion([retried.id!]);
    expect(retriedResult).toMatchObject({ published: 1, duplicates: 0 });
    expect(published).toHaveLength(1);
    expect(await t.redis.get(alertDedupRedisKey(prefix, claim))).toMatch(/^done /);
  });
});
