import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { consumeSqs } from '../../../src/ingest/pollers/sqs.js';
import { recordJobId } from '../../../src/ingest/dedup.js';
import type { Runtime } from '../../../src/queue/runtime.js';
import type { EvaluateEventPayload } from '../../../jobs/evaluate-event.js';
import { srmEventsQueueUrl, startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { cleanupPrefix, testPrefix } from '../../helpers/redis.js';
import type { TestRuntime } from '../../queue/harness.js';
import { createUserEvent, envelope, finding } from './fixtures.js';

const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;
let queueUrl: string;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, {
    server: { sqsVisibilityMs: 60_000 },
    runtime: (s) => ({ config: parseConfig({ sqs: { queueUrl: srmEventsQueueUrl(s), region: 'us-east-1', waitSeconds: 0 } }, {}) }),
  }));
  queueUrl = srmEventsQueueUrl(server);
});
beforeEach(async () => {
  await cleanupPrefix(t.redis, prefix);
  server.sqsQueues.set(queueUrl, []);
  server.requests.length = 0;
});
afterAll(() => close());

describe('consumeSqs', () => {
  it('parses EventBridge envelopes and deletes only messages whose event is safely enqueued', async () => {
    const now = new Date();
    for (let i = 0; i < 12; i++) server.addSqsMessage(queueUrl, envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent(`s${i}`, now)));
    server.addSqsMessage(queueUrl, envelope('GuardDuty Finding', 'aws.guardduty', finding('sqs', now)));
    server.addSqsMessage(queueUrl, '{not json');
    server.addSqsMessage(queueUrl, envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent('fail-me', now)));

    // An enqueue that fails for one event (as when Redis drops mid-batch); resolution order is recorded.
    const enqueuedAt = new Map<string, number>();
    const runtime: Runtime = {
      ...t.runtime,
      async enqueue(def, payload, opts) {
        const p = payload as EvaluateEventPayload;
        if (p.record.source === 'cloudtrail' && p.record.event.eventID === createUserEvent('fail-me', now).eventID) throw new Error('Connection is closed.');
        const job = await t.runtime.enqueue(def, payload, opts);
        enqueuedAt.set(recordJobId(p.record), Date.now());
        return job;
      },
    };
    const sqsConfig = runtime.config.sqs!;
    const result = await consumeSqs(runtime, sqsConfig, undefined, { budgetMs: 10_000 });
    expect(result).toMatchObject({ received: 15, enqueued: 13, deleted: 13, skipped: 1 });

    const receives = server.calls('ReceiveMessage');
    expect((receives[0]!.body as { MaxNumberOfMessages: number }).MaxNumberOfMessages).toBe(10);
    // What is left on the queue: the unreadable message (for the DLQ) and the one whose enqueue failed.
    const left = server.sqsQueues.get(queueUrl)!.map((m) => m.Body);
    expect(left).toHaveLength(2);
    expect(left.some((b) => b.includes('fail-me'))).toBe(true);
    expect(left).toContain('{not json');

    // Every delete came after the enqueue of each message it deleted, and each deleted event has its job.
    const jobs = await t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1);
    expect(jobs).toHaveLength(13);
    const deletes = server.calls('DeleteMessageBatch');
    expect(deletes.length).toBeGreaterThan(0);
    const lastEnqueue = Math.max(...enqueuedAt.values());
    expect(deletes[deletes.length - 1]!.at).toBeGreaterThanOrEqual(lastEnqueue);
    for (const job of jobs) expect(enqueuedAt.has(job.id!)).toBe(true);
    expect(jobs.filter((j) => (j.data as EvaluateEventPayload).record.source === 'guardduty')).toHaveLength(1);
  });

  it('a redelivered message (delete lost) is a no-op enqueue', async () => {
    const now = new Date();
    const body = envelope('AWS Console Sign In via CloudTrail', 'aws.signin', { ...createUserEvent('dup', now), eventName: 'ConsoleLogin', eventSource: 'signin.amazonaws.com' });
    server.addSqsMessage(queueUrl, body);
    server.addSqsMessage(queueUrl, body);
    const result = await consumeSqs(t.runtime, t.runtime.config.sqs!, undefined, { budgetMs: 10_000 });
    expect(result.deleted).toBe(2);
    expect(await t.producer.queue('ingest').getJobs(['waiting', 'prioritized'], 0, -1)).toHaveLength(1);
  });
});
