import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateEvent } from '../../../jobs/evaluate-event.js';
import { parseConfig } from '../../../src/config.js';
import { SqsConsumer } from '../../../src/ingest/sqs/consumer.js';
import { ingestBacklog } from '../../../src/ingest/sqs/consumers.js';
import { startWorkers, type RunningWorkers } from '../../../src/queue/workers.js';
import type { Alert } from '../../../src/rules/types.js';
import { startAwsTestRuntime } from '../../helpers/aws-runtime.js';
import type { AwsServer } from '../../helpers/aws-server.js';
import { testPrefix } from '../../helpers/redis.js';
import { createUserEvent, envelope } from '../pollers/fixtures.js';
import { eventually, type TestRuntime } from '../../queue/harness.js';

const prefix = testPrefix(import.meta.url);
const published: Alert[] = [];
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;
let workers: RunningWorkers;
const url = () => `${server.url}/123456789012/srm-redelivery`;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, {
    server: { sqsVisibilityMs: 60_000 },
    runtime: (s) => ({
      config: parseConfig({ sqs: { queueUrl: `${s.url}/123456789012/srm-redelivery`, region: 'us-east-1', waitSeconds: 1, leaseSeconds: 2 } }, {}),
      alerts: { publish: async (a) => void published.push(a) },
    }),
  }));
  server.sqsQueues.set(url(), []);
  workers = await startWorkers(t.runtime, [evaluateEvent], { queues: ['ingest'] });
});
afterAll(async () => {
  await workers.close();
  await close();
});

/** One replica's consumer; a second one stands for the replica that takes over after a crash. */
function replica(): SqsConsumer {
  const c = new SqsConsumer({ runtime: t.runtime, queue: t.runtime.config.sqs[0]!, backlog: ingestBacklog(t.producer.queue('ingest')), standbyRetryMs: 100 });
  c.start();
  return c;
}

const jobId = (eventId: string) => `ct-${eventId}`;

describe('a message redelivered after a crash alerts once', () => {
  it('the same eventID is a no-op enqueue while its job is kept, and a duplicate claim once it is gone', async () => {
    const event = createUserEvent('redelivered', new Date());
    const body = envelope('AWS API Call via CloudTrail', 'aws.iam', event);
    const alertsFor = () => published.filter((a) => a.eventId === event.eventID);

    // Replica 1 enqueues the event, then "crashes" before SQS hears of the delete.
    server.failNext('DeleteMessageBatch', 1, 'AccessDenied');
    server.addSqsMessage(url(), body);
    const first = replica();
    await eventually(async () => ((await t.producer.queue('ingest').getJob(jobId(event.eventID)))?.finishedOn ? true : undefined));
    await first.stop();
    const rules = alertsFor().length;
    expect(rules).toBeGreaterThan(0);
    expect(server.sqsQueues.get(url())!.map((m) => m.receiveCount)).toEqual([1]);

    // Redelivered to replica 2 while the completed job is kept: the enqueue is a no-op, the message is deleted.
    server.sqsApi.expireVisibility(url());
    const second = replica();
    await eventually(() => (server.sqsQueues.get(url())!.length === 0 ? true : undefined));
    await second.stop();
    expect(alertsFor()).toHaveLength(rules);
    expect((await t.producer.queue('ingest').getJobs(['completed'], 0, -1)).filter((j) => j.id === jobId(event.eventID))).toHaveLength(1);

    // Redelivered again after the job was removed (kept an hour): evaluate-event runs again, every claim is a duplicate.
    await (await t.producer.queue('ingest').getJob(jobId(event.eventID)))!.remove();
    server.addSqsMessage(url(), body);
    const third = replica();
    await eventually(async () => ((await t.producer.queue('ingest').getJob(jobId(event.eventID)))?.returnvalue ? true : undefined));
    await third.stop();
    const rerun = (await t.producer.queue('ingest').getJob(jobId(event.eventID)))!.returnvalue as { published: number; duplicates: number };
    expect(rerun).toMatchObject({ published: 0, duplicates: rules });
    expect(alertsFor()).toHaveLength(rules);
    expect(server.sqsQueues.get(url())).toHaveLength(0);
  });
});
