import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumeSqs } from '../../jobs/consume-sqs.js';
import { parseConfig } from '../../src/config.js';
import { readPollStatus } from '../../src/ingest/pollers/status.js';
import { startWorkers } from '../../src/queue/workers.js';
import { srmEventsQueueUrl, startAwsTestRuntime } from '../helpers/aws-runtime.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { testPrefix } from '../helpers/redis.js';
import { createUserEvent, envelope } from '../ingest/pollers/fixtures.js';
import { eventually, type TestRuntime } from '../queue/harness.js';

const prefix = testPrefix(import.meta.url);
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;
let queueUrl: string;

beforeAll(async () => {
  ({ server, t, close } = await startAwsTestRuntime(prefix, {
    runtime: (s) => ({ config: parseConfig({ sqs: { queueUrl: srmEventsQueueUrl(s), region: 'us-east-1', waitSeconds: 0, budgetSeconds: 5 } }, {}) }),
  }));
  queueUrl = srmEventsQueueUrl(server);
  server.sqsQueues.set(queueUrl, []);
});
afterAll(() => close());

describe('consume-sqs job', () => {
  it('drains the configured queue into evaluate-event jobs and records its status', async () => {
    for (let i = 0; i < 3; i++) server.addSqsMessage(queueUrl, envelope('AWS API Call via CloudTrail', 'aws.iam', createUserEvent(`j${i}`, new Date())));
    const workers = await startWorkers(t.runtime, [consumeSqs], { queues: ['ingest'] });
    try {
      const job = await t.runtime.enqueue(consumeSqs, {});
      await eventually(async () => ((await job.isCompleted()) ? true : undefined));
      expect((await t.producer.queue('ingest').getJob(job.id!))?.returnvalue).toMatchObject({ received: 3, enqueued: 3, deleted: 3 });
    } finally {
      await workers.close();
    }
    expect(server.sqsQueues.get(queueUrl)).toHaveLength(0);
    expect(await readPollStatus(t.runtime)).toContainEqual(expect.objectContaining({ source: 'sqs', account: '123456789012', lastEvents: 3 }));
  });
});

describe('the shipped EventBridge pattern', () => {
  const root = new URL('../../', import.meta.url);
  const customTags = ['!Ref', '!Sub', '!GetAtt', '!Condition'].map((tag) => ({ tag, resolve: (s: string) => ({ [tag]: s }) }));
  const seqTags = ['!Equals', '!Not', '!And'].map((tag) => ({ tag, collection: 'seq' as const, resolve: (s: unknown) => s }));

  it('is the one the CloudFormation template deploys, and asks only for detail types the consumer reads', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const pattern = JSON.parse(readFileSync(new URL('docs/eventbridge-pattern.json', root), 'utf8')) as { $or: Array<Record<string, unknown>> };
    const template = parse(readFileSync(new URL('docs/cloudformation.yaml', root), 'utf8'), { customTags: [...customTags, ...seqTags] }) as {
      Resources: Record<string, { Properties: { EventPattern?: unknown } }>;
    };
    expect(template.Resources.SrmEventsRule!.Properties.EventPattern).toEqual(pattern);
    expect(template.Resources.ForwardingRule!.Properties.EventPattern).toEqual(pattern);
    const { cloudTrailDetailTypes, guardDutyDetailType } = await import('../../src/ingest/schemas.js');
    const detailTypes = pattern.$or.flatMap((p) => p['detail-type'] as string[]);
    for (const d of detailTypes) expect(cloudTrailDetailTypes.has(d) || d === guardDutyDetailType).toBe(true);
  });
});
