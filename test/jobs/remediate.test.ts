import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { remediate } from '../../jobs/remediate.js';
import { readAudit } from '../../src/audit/log.js';
import { parseConfig } from '../../src/config.js';
import { createRequest, getRequest, newRequestId, transition, type RequestDoc } from '../../src/remediations/approval-store.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { createPoster, createPosterClient } from '../../src/slack/poster.js';
import { startAwsServer, type AwsServer } from '../helpers/aws-server.js';
import { testPrefix } from '../helpers/redis.js';
import { useAwsServer } from '../ingest/pollers/aws-env.js';
import { makeTestRuntime, type TestRuntime } from '../queue/harness.js';

const account = '123456789012';
const other = '210987654321';
const trail = (acct: string) => `arn:aws:cloudtrail:eu-west-1:${acct}:trail/management-events`;

let aws: AwsServer;
let undo: () => void;
let slack: SlackApiServer;
let t: TestRuntime;

beforeAll(async () => {
  aws = await startAwsServer({ ambientAccount: account });
  undo = useAwsServer(aws);
  slack = await startSlackApi();
  t = makeTestRuntime({
    prefix: testPrefix(import.meta.url),
    config: parseConfig({ remediation: { allowedUsers: ['U0000ALICE1'], roleArn: { [other]: `arn:aws:iam::${other}:role/srm-remediation` } } }, {}),
  });
  t.runtime.poster = createPoster({ client: createPosterClient('xoxb-test', slack.url), redis: t.redis, prefix: t.runtime.prefix, logger: t.runtime.logger, channelIntervalMs: 1 });
  t.runtime.remediation = { clientOptions: { maxAttempts: 1 } };
});

afterAll(async () => {
  await t.close();
  await slack.close();
  undo();
  await aws.close();
});

beforeEach(() => {
  aws.requests.splice(0);
});

let seq = 0;
async function queued(acct = account, state: 'queued' | 'pending-approval' = 'queued'): Promise<string> {
  seq += 1;
  const doc: RequestDoc = {
    id: newRequestId(),
    subject: { kind: 'check', runId: `r-test-${seq}`, key: '0123456789abcdef01234567' },
    offer: { id: 'cloudtrail-start-logging', target: { account: acct, region: 'eu-west-1', resource: trail(acct), params: { trail: trail(acct) } } },
    title: 'Start CloudTrail logging again on the trail',
    call: 'cloudtrail:StartLogging',
    preview: `cloudtrail:StartLogging Name=${trail(acct)}`,
    approval: state === 'queued' ? 'single' : 'four-eyes',
    requestedBy: 'U0000ALICE1',
    requestedAt: new Date().toISOString(),
    ...(state === 'pending-approval' ? { expiresAt: new Date(Date.now() - 1).toISOString() } : {}),
    thread: { channel: 'C0ALERTS1' },
    target: `test ${seq}`,
  };
  const created = await createRequest(t.runtime, doc, state);
  expect(created.created).toBe(true);
  return doc.id;
}

const ctx = (attemptsMade = 0, attempts = 5) => ({ runtime: t.runtime, logger: t.runtime.logger, job: { attemptsMade, opts: { attempts } } as never });

describe('remediate job', () => {
  it('runs a queued request exactly once: a second run (a retry, a duplicate job) announces nothing new and calls nothing', async () => {
    aws.trails.set(trail(account), { logging: false });
    const id = await queued();
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx())).toEqual({ outcome: 'succeeded' });
    expect(aws.requests.map((r) => r.operation)).toEqual(['GetCallerIdentity', 'GetTrailStatus', 'StartLogging']);
    expect(aws.requests.at(-1)).toMatchObject({ account, region: 'eu-west-1', body: { Name: trail(account) } });
    aws.requests.splice(0);
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx())).toEqual({ outcome: 'succeeded' });
    expect(aws.requests).toEqual([]);
    const results = [...slack.messages.values()].filter((m) => m.text.startsWith('Remediated') && JSON.stringify(m.blocks).includes(id));
    expect(results).toHaveLength(1);
    expect((await readAudit(t.runtime, { since: new Date(0) })).filter((e) => e.request === id).map((e) => `${e.action}:${e.outcome}`)).toEqual(['result:succeeded']);
  });

  it('posts its result once: run again after Slack accepted the result but before srm recorded it, it finds the message and adopts it', async () => {
    aws.trails.set(trail(account), { logging: false });
    const id = await queued();
    const real = t.runtime.poster!;
    t.runtime.poster = {
      ...real,
      async post(message, options) {
        await real.post(message, options);
        throw new Error('worker died right after Slack accepted the result');
      },
    };
    try {
      await expect(remediate.process({ requestId: id, step: 'run' }, ctx())).rejects.toThrow('worker died');
    } finally {
      t.runtime.poster = real;
    }
    const resultsOf = () => [...slack.messages.values()].filter((m) => m.metadata?.event_payload.key === `remediation-result-${id}`);
    expect(resultsOf()).toHaveLength(1);
    const reads = slack.callsTo('conversations.history').length;
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx(1))).toEqual({ outcome: 'succeeded' });
    expect(resultsOf()).toHaveLength(1);
    expect(slack.callsTo('conversations.history').length).toBe(reads + 1);
    expect((await getRequest(t.runtime, id))!.done.has('result-posted')).toBe(true);
    expect(aws.calls('StartLogging')).toHaveLength(1);
  });

  it('resumes a request left running by a crashed worker (the catalogue run is idempotent)', async () => {
    aws.trails.set(trail(account), { logging: true });
    const id = await queued();
    const r = (await getRequest(t.runtime, id))!;
    expect(await transition(t.runtime, r, ['queued'], 'running')).toMatchObject({ outcome: 'ok' });
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx(1))).toEqual({ outcome: 'succeeded', alreadyDone: true });
    expect(aws.requests.map((x) => x.operation)).toEqual(['GetCallerIdentity', 'GetTrailStatus']);
  });

  it('retries a throttled call with backoff, and gives up as failed on the last attempt', async () => {
    aws.trails.set(trail(account), { logging: false });
    const id = await queued();
    aws.throttleNext('StartLogging', 2);
    await expect(remediate.process({ requestId: id, step: 'run' }, ctx(0, 2))).rejects.toThrow(/Throttling/);
    expect((await getRequest(t.runtime, id))?.state).toBe('running');
    const last = await remediate.process({ requestId: id, step: 'run' }, ctx(1, 2));
    expect(last).toEqual({ outcome: 'failed', code: 'throttled' });
    expect((await getRequest(t.runtime, id))?.summary).toContain('cloudtrail:StartLogging');
  });

  it('assumes the account\'s remediation role from the config, never the ambient credentials, for another account', async () => {
    aws.trails.set(trail(other), { logging: false });
    const id = await queued(other);
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx())).toEqual({ outcome: 'succeeded' });
    expect(aws.calls('AssumeRole')[0]?.body).toMatchObject({ RoleArn: `arn:aws:iam::${other}:role/srm-remediation`, RoleSessionName: `srm-${id}` });
    expect(aws.calls('StartLogging')[0]).toMatchObject({ account: other });
  });

  it('does not run a request that waits for approval; the expire step ends it, once, and it can never run after', async () => {
    const id = await queued(account, 'pending-approval');
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx())).toEqual({ outcome: 'skipped', state: 'pending-approval' });
    expect(await remediate.process({ requestId: id, step: 'expire' }, ctx())).toEqual({ outcome: 'expired' });
    expect(await remediate.process({ requestId: id, step: 'expire' }, ctx())).toEqual({ outcome: 'skipped', state: 'expired' });
    expect(await remediate.process({ requestId: id, step: 'run' }, ctx())).toEqual({ outcome: 'skipped', state: 'expired' });
    expect(aws.requests).toEqual([]);
    expect((await readAudit(t.runtime, { since: new Date(0) })).filter((e) => e.request === id).map((e) => e.action)).toEqual(['expiry']);
  });

  it('validates its payload (ids only) and has one job id per step of a request', async () => {
    expect(remediate.schema.safeParse({ requestId: 'rq-x; DROP', step: 'run' }).success).toBe(false);
    expect(remediate.schema.safeParse({ requestId: 'rq-mhx0k2a1-0a1b2c3d4e', step: 'delete' }).success).toBe(false);
    expect(remediate.jobId!({ requestId: 'rq-mhx0k2a1-0a1b2c3d4e', step: 'run' })).toBe('remediate-run-rq-mhx0k2a1-0a1b2c3d4e');
    expect(await remediate.process({ requestId: 'rq-mhx0k2a1-0a1b2c3d4e', step: 'run' }, ctx())).toEqual({ outcome: 'gone' });
  });
});
