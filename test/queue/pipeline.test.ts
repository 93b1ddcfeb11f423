import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEvent } from '../../jobs/evaluate-event.js';
import { pollCloudtrail } from '../../jobs/poll-cloudtrail.js';
import { pollGuardduty } from '../../jobs/poll-guardduty.js';
import { parseConfig } from '../../src/config.js';
import { readPollStatus } from '../../src/ingest/pollers/status.js';
import { startSqsConsumers } from '../../src/ingest/sqs/consumers.js';
import { upsertSchedulers } from '../../src/queue/schedulers.js';
import { startWorkers } from '../../src/queue/workers.js';
import type { Alert } from '../../src/rules/types.js';
import { srmEventsQueueUrl, startAwsTestRuntime } from '../helpers/aws-runtime.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { testPrefix } from '../helpers/redis.js';
import { createUserEvent, envelope } from '../ingest/pollers/fixtures.js';
import { eventually, type TestRuntime } from './harness.js';

const prefix = testPrefix(import.meta.url);
const published: Alert[] = [];
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, {
    runtime: (s) => ({
      config: parseConfig(
        { poll: { seconds: 5, guardduty: false }, sqs: { queueUrl: srmEventsQueueUrl(s), region: 'us-east-1', waitSeconds: 1 } },
        { AWS_REGION: 'us-east-1' },
      ),
      alerts: { publish: async (a) => void published.push(a) },
    }),
  }));
  server.sqsQueues.set(srmEventsQueueUrl(server), []);
});
afterAll(() => close());

describe('the ingest pipeline', () => {
  it('schedulers poll, pollers enqueue, evaluate-event publishes each alert once (polling and SQS both bring it)', async () => {
    const event = createUserEvent('pipeline', new Date(Date.now() - 60_000));
    server.cloudTrail.push({ event });
    server.addSqsMessage(srmEventsQueueUrl(server), envelope('AWS API Call via CloudTrail', 'aws.iam', event));
    await upsertSchedulers(t.runtime, t.producer);
    // Two replicas, each with its workers and its SQS consumer (one of them holds the queue's lease).
    const a = await startWorkers(t.runtime, [pollCloudtrail, pollGuardduty, evaluateEvent], { queues: ['ingest'] });
    const b = await startWorkers(t.runtime, [pollCloudtrail, pollGuardduty, evaluateEvent], { queues: ['ingest'] });
    const sqsA = startSqsConsumers(t.runtime, t.producer.queue('ingest'));
    const sqsB = startSqsConsumers(t.runtime, t.producer.queue('ingest'));
    try {
      await eventually(async () => {
        const status = await readPollStatus(t.runtime);
        const ct = status.find((s) => s.source === 'cloudtrail');
        const sqs = status.find((s) => s.source === 'sqs');
        return ct?.lastSuccessAt && sqs?.lastSuccessAt && server.sqsQueues.get(srmEventsQueueUrl(server))!.length === 0 ? true : undefined;
      }, 25_000);
      await eventually(async () => ((await t.producer.queue('ingest').getActiveCount()) + (await t.producer.queue('ingest').getWaitingCount()) === 0 ? true : undefined));
    } finally {
      await sqsA.stop();
      await sqsB.stop();
      await a.close();
      await b.close();
    }
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((p) => p.eventId === event.eventID)).toBe(true);
    // Each rule that fired was published once although the event came twice.
    expect(new Set(published.map((p) => p.rule)).size).toBe(published.length);
    expect(await t.producer.queue('ingest').getFailedCount()).toBe(0);
  });
});
