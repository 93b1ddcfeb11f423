import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollCloudtrail } from '../../jobs/poll-cloudtrail.js';
import { parseConfig } from '../../src/config.js';
import { pollErrors } from '../../src/ingest/pollers/metrics.js';
import { readPollStatus } from '../../src/ingest/pollers/status.js';
import { evaluateEvent, payloadRecords, type EvaluateEventPayload } from '../../jobs/evaluate-event.js';
import { startWorkers } from '../../src/queue/workers.js';
import { startAwsTestRuntime } from '../helpers/aws-runtime.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { testPrefix } from '../helpers/redis.js';
import { createUserEvent } from '../ingest/pollers/fixtures.js';
import { eventually, type TestRuntime } from '../queue/harness.js';

const prefix = testPrefix(import.meta.url);
const good = '111111111111';
const bad = '222222222222';
let server: AwsServer;
let t: TestRuntime;
let close: () => Promise<void>;

beforeAll(async () => {
  const config = parseConfig(
    {
      accounts: [
        { id: bad, roleArn: `arn:aws:iam::${bad}:role/srm-readonly`, externalId: 'srm-ext-1' },
        { id: good, roleArn: `arn:aws:iam::${good}:role/srm-readonly`, externalId: 'srm-ext-1' },
      ],
    },
    {},
  );
  ({ server, t, close } = await startAwsTestRuntime(prefix, { runtime: () => ({ config }) }));
  server.deniedRoles.add(`arn:aws:iam::${bad}:role/srm-readonly`);
});
afterAll(() => close());

describe('poll-cloudtrail job', () => {
  it('polls each account through AssumeRole; a failing account is reported and does not stop the others', async () => {
    const now = Date.now();
    for (let i = 0; i < 3; i++) server.cloudTrail.push({ event: createUserEvent(`good${i}`, new Date(now - 60_000), { account: good }) });
    server.cloudTrail.push({ event: createUserEvent('bad0', new Date(now - 60_000), { account: bad }) });
    const errorsBefore = (await pollErrors.get()).values.filter((v) => v.labels.account === bad).reduce((n, v) => n + v.value, 0);

    const workers = await startWorkers(t.runtime, [pollCloudtrail, evaluateEvent], { queues: ['ingest'] });
    try {
      const badJob = await t.runtime.enqueue(pollCloudtrail, { account: bad, region: 'us-east-1' });
      const goodJob = await t.runtime.enqueue(pollCloudtrail, { account: good, region: 'us-east-1' });
      await eventually(async () => ((await badJob.isFailed()) && (await goodJob.isCompleted()) ? true : undefined));
      // the good account's page (one evaluate-event job of 3 records) and its poll job completed
      await eventually(async () => ((await t.producer.queue('ingest').getCompletedCount()) >= 2 ? true : undefined));
    } finally {
      await workers.close();
    }
    // The good account's events were read with its assumed-role credentials (and the external id).
    const assume = server.calls('AssumeRole').map((r) => r.body as Record<string, string>);
    expect(assume.find((b) => b.RoleArn?.includes(good))).toMatchObject({ ExternalId: 'srm-ext-1' });
    expect(server.calls('LookupEvents').every((r) => r.account === good)).toBe(true);
    const evaluated = await t.producer.queue('ingest').getJobs(['waiting', 'prioritized', 'active', 'completed'], 0, -1);
    const pages = evaluated.filter((j) => j.name === 'evaluate-event');
    expect(pages).toHaveLength(1);
    expect(pages.flatMap((j) => payloadRecords(j.data as EvaluateEventPayload)).map((r) => (r.source === 'cloudtrail' ? r.event.eventID : '')).sort()).toEqual(
      [0, 1, 2].map((i) => createUserEvent(`good${i}`, new Date(now)).eventID).sort(),
    );
    expect(await t.producer.queue('ingest').getFailedCount()).toBe(1);

    const status = await readPollStatus(t.runtime);
    const badStatus = status.find((s) => s.account === bad);
    expect(badStatus).toMatchObject({ source: 'cloudtrail', region: 'us-east-1', consecutiveErrors: 1 });
    expect(badStatus!.lastError).toContain('AccessDenied');
    expect(status.find((s) => s.account === good)).toMatchObject({ consecutiveErrors: 0, lastEvents: 3 });
    const errorsAfter = (await pollErrors.get()).values.filter((v) => v.labels.account === bad).reduce((n, v) => n + v.value, 0);
    expect(errorsAfter - errorsBefore).toBe(1);
  });

  it('reuses the assumed-role credentials on the next poll', async () => {
    const before = server.calls('AssumeRole').filter((r) => (r.body as Record<string, string>).RoleArn?.includes(good)).length;
    const workers = await startWorkers(t.runtime, [pollCloudtrail, evaluateEvent], { queues: ['ingest'] });
    try {
      const job = await t.runtime.enqueue(pollCloudtrail, { account: good, region: 'us-east-1' });
      await eventually(async () => ((await job.isCompleted()) ? true : undefined));
    } finally {
      await workers.close();
    }
    expect(before).toBe(1);
    expect(server.calls('AssumeRole').filter((r) => (r.body as Record<string, string>).RoleArn?.includes(good))).toHaveLength(1);
  });

  it('fails permanently for an account no longer in the config', async () => {
    const workers = await startWorkers(t.runtime, [pollCloudtrail, evaluateEvent], { queues: ['ingest'] });
    try {
      const job = await t.runtime.enqueue(pollCloudtrail, { account: '333333333333', region: 'us-east-1' });
      await eventually(async () => ((await job.isFailed()) ? true : undefined));
      expect((await t.producer.queue('ingest').getJob(job.id!))?.failedReason).toContain('not in the config');
    } finally {
      await workers.close();
    }
  });
});
