import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { ingestSchedulers, upsertSchedulers } from '../../src/queue/schedulers.js';
import { testPrefix } from '../helpers/redis.js';
import { makeTestRuntime, type TestRuntime } from './harness.js';

const prefix = testPrefix(import.meta.url);
let t: TestRuntime;

beforeAll(() => {
  t = makeTestRuntime({ prefix });
});
afterAll(async () => {
  await t.close();
});

const twoAccounts = parseConfig(
  {
    accounts: [
      { id: '111111111111', regions: ['eu-west-1'] },
      { id: '222222222222', roleArn: 'arn:aws:iam::222222222222:role/srm-readonly' },
    ],
    poll: { seconds: 45 },
    sqs: { queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/srm-events' },
  },
  {},
);

describe('ingestSchedulers', () => {
  it('plans CloudTrail and GuardDuty per (account, region), us-east-1 included (SQS is consumed continuously, not scheduled)', () => {
    const ids = ingestSchedulers(twoAccounts).map((s) => s.id).sort();
    expect(ids).toEqual(
      [
        'poll-cloudtrail-111111111111-eu-west-1',
        'poll-cloudtrail-111111111111-us-east-1',
        'poll-cloudtrail-222222222222-us-east-1',
        'poll-guardduty-111111111111-eu-west-1',
        'poll-guardduty-111111111111-us-east-1',
        'poll-guardduty-222222222222-us-east-1',
      ].sort(),
    );
  });

  it('skips a source turned off in the config', () => {
    const c = parseConfig({ poll: { guardduty: false } }, { AWS_REGION: 'us-east-1' });
    expect(ingestSchedulers(c).map((s) => s.id)).toEqual(['poll-cloudtrail-ambient-us-east-1']);
  });
});

describe('upsertSchedulers', () => {
  it('upserts job schedulers idempotently and removes stale ones, leaving other owners alone', async () => {
    const queue = t.producer.queue('ingest');
    // Another part's scheduler on the same queue.
    await queue.upsertJobScheduler('check-daily', { pattern: '0 8 * * *', tz: 'UTC' }, { name: 'run-check', data: {} });
    // The SQS scheduler of a version that visited the queue on a timer.
    await queue.upsertJobScheduler('consume-sqs', { every: 45_000 }, { name: 'consume-sqs', data: {} });

    await upsertSchedulers({ ...t.runtime, config: twoAccounts }, t.producer);
    await upsertSchedulers({ ...t.runtime, config: twoAccounts }, t.producer);
    const all = await queue.getJobSchedulers(0, -1);
    expect(all.map((s) => s.key)).not.toContain('consume-sqs');
    expect(all).toHaveLength(7);
    const ct = all.find((s) => s.key === 'poll-cloudtrail-222222222222-us-east-1');
    expect(ct).toMatchObject({ name: 'poll-cloudtrail', every: 45_000 });
    expect(ct?.template?.data).toEqual({ account: '222222222222', region: 'us-east-1' });
    // Each scheduler has its next job waiting (delayed), once (a job the removed consume-sqs scheduler had already made may wait too).
    expect((await queue.getJobs(['delayed', 'waiting'], 0, -1)).filter((j) => j.name !== 'consume-sqs')).toHaveLength(7);

    const oneAccount = parseConfig({ accounts: [{ id: '111111111111' }], poll: { seconds: 45 } }, {});
    const result = await upsertSchedulers({ ...t.runtime, config: oneAccount });
    expect(result.removed.sort()).toEqual(
      ['poll-cloudtrail-111111111111-eu-west-1', 'poll-cloudtrail-222222222222-us-east-1', 'poll-guardduty-111111111111-eu-west-1', 'poll-guardduty-222222222222-us-east-1'].sort(),
    );
    const left = (await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort();
    expect(left).toEqual(['check-daily', 'poll-cloudtrail-111111111111-us-east-1', 'poll-guardduty-111111111111-us-east-1']);
  });
});
