import { describe, expect, it } from 'vitest';
import { newRunId, planTargets, startRun, type AccountChoice, type StartEnv } from '../../src/checks/check-runs.js';
import { defineCheck, pass, type Check } from '../../src/checks/define-check.js';
import { createRunStore, type RenderedMessage } from '../../src/checks/progress.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { useTestRedis } from '../helpers/redis.js';

function fakeCheck(id: string, area: Check['area'], scope: 'global' | 'regional'): Check {
  return defineCheck({
    id,
    title: `Title of ${id}`,
    area,
    owner: 'customer',
    severity: 'high',
    controls: [],
    why: 'why',
    remediation: 'fix it',
    permissions: [],
    scope,
    async collect() {
      return null;
    },
    evaluate: (_s, ctx) => [pass(ctx.account, 'ok')],
  }) as Check;
}

const catalogue = [
  fakeCheck('iam-root-mfa-enabled', 'root-account', 'global'),
  fakeCheck('iam-password-policy', 'iam', 'global'),
  fakeCheck('ec2-ebs-encryption-default', 'encryption-at-rest', 'regional'),
];
const accounts: AccountChoice[] = [
  { key: '123456789012', name: 'prod', regions: ['us-east-1', 'eu-west-1'] },
  { key: '210987654321', name: 'dev', regions: ['us-east-1'] },
];

describe('planTargets', () => {
  it('runs global checks once per account and regional ones per configured region', () => {
    const plan = planTargets({ selectors: ['all'] }, catalogue, accounts);
    expect(plan.targets).toHaveLength(2 * 2 + 2 + 1);
    expect(plan.targets.filter((t) => t.checkId === 'iam-root-mfa-enabled').map((t) => t.region)).toEqual(['global', 'global']);
    expect(plan.targets.filter((t) => t.checkId === 'ec2-ebs-encryption-default').map((t) => `${t.account}/${t.region}`)).toEqual([
      '123456789012/us-east-1',
      '123456789012/eu-west-1',
      '210987654321/us-east-1',
    ]);
  });

  it('narrows to an area, an account and a region', () => {
    const plan = planTargets({ selectors: ['encryption-at-rest'], accounts: ['123456789012'], regions: ['ap-south-1'] }, catalogue, accounts);
    expect(plan.targets).toEqual([{ checkId: 'ec2-ebs-encryption-default', account: '123456789012', region: 'ap-south-1' }]);
    const globalOnly = planTargets({ selectors: ['all'], regions: ['global'] }, catalogue, accounts);
    expect(globalOnly.targets.every((t) => t.region === 'global')).toBe(true);
    expect(globalOnly.targets).toHaveLength(4);
  });

  it('rejects unknown checks and accounts, and empty plans', () => {
    expect(() => planTargets({ selectors: ['iam-root-mfa-enabeld'] }, catalogue, accounts)).toThrow(/did you mean iam-root-mfa-enabled/);
    expect(() => planTargets({ selectors: ['all'], accounts: ['999999999999'] }, catalogue, accounts)).toThrow(UsageError);
    expect(() => planTargets({ selectors: ['encryption-at-rest'], regions: ['global'] }, catalogue, accounts)).toThrow(/nothing to run/);
  });

  it('makes run ids that are unique and safe in job ids', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newRunId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{6,64}$/);
  });
});

describe('startRun', () => {
  const { redis, prefix } = useTestRedis(import.meta.url);

  function env(messenger: StartEnv['messenger']) {
    const enqueued: unknown[] = [];
    const e: StartEnv = {
      logger: silentLogger(),
      redis,
      prefix,
      catalogue,
      areaName: (id) => id,
      accounts,
      enqueue: async (p) => {
        enqueued.push(p);
      },
      ...(messenger ? { messenger } : {}),
    };
    return { e, enqueued };
  }

  it('posts the progress message, records the run and enqueues one job per target', async () => {
    const posted: Array<{ channel: string; message: RenderedMessage }> = [];
    const { e, enqueued } = env({
      post: async (channel, message) => {
        posted.push({ channel, message });
        return { channel, ts: '1700000000.000100' };
      },
      update: async () => undefined,
    });
    const started = await startRun(e, { selectors: ['all'], accounts: ['123456789012'] }, { origin: 'command', requestedBy: 'U0123ABCD', delivery: { kind: 'message', channel: 'C0123ABCD' } });
    expect(started).toMatchObject({ total: 4, checks: 3, accounts: 1, delivery: 'message' });
    expect(posted).toHaveLength(1);
    expect(posted[0]!.message.text).toBe('Running 3 checks in 1 account… 0 of 4 done');
    expect(enqueued).toHaveLength(4);
    expect(enqueued).toContainEqual({ runId: started.runId, checkId: 'ec2-ebs-encryption-default', account: '123456789012', region: 'eu-west-1' });
    const state = await createRunStore(redis, prefix).get(started.runId);
    expect(state).toMatchObject({ total: 4, done: 0, delivery: { kind: 'message', channel: 'C0123ABCD', ts: '1700000000.000100' } });
  });

  it('falls back to answering the user when the bot is not in the channel', async () => {
    const err = Object.assign(new Error('not_in_channel'), { data: { ok: false, error: 'not_in_channel' } });
    const { e, enqueued } = env({
      post: async () => {
        throw err;
      },
      update: async () => undefined,
    });
    const started = await startRun(e, { selectors: ['iam'] }, { origin: 'command', delivery: { kind: 'message', channel: 'C0PRIVATE1' } });
    expect(started.delivery).toBe('respond');
    // "iam" selects the iam area and the iam-* checks: 2 global checks in 2 accounts
    expect(enqueued).toHaveLength(4);
    expect((await createRunStore(redis, prefix).get(started.runId))!.delivery).toEqual({ kind: 'respond' });
  });

  it('does not start a run when Slack fails for another reason', async () => {
    const { e, enqueued } = env({
      post: async () => {
        throw Object.assign(new Error('invalid_auth'), { data: { ok: false, error: 'invalid_auth' } });
      },
      update: async () => undefined,
    });
    await expect(startRun(e, { selectors: ['iam'] }, { origin: 'command', delivery: { kind: 'message', channel: 'C0123ABCD' } })).rejects.toThrow('invalid_auth');
    expect(enqueued).toHaveLength(0);
  });

  it('says the run did not start when the queue refuses the jobs', async () => {
    const updates: string[] = [];
    const { e } = env({
      post: async (channel) => ({ channel, ts: '1700000000.000200' }),
      update: async (_c, _ts, message) => {
        updates.push(message.text);
      },
    });
    const failing: StartEnv = { ...e, enqueue: async () => { throw new Error('Stream isn\'t writeable and enableOfflineQueue options is false'); } };
    await expect(startRun(failing, { selectors: ['all'] }, { origin: 'command', delivery: { kind: 'message', channel: 'C0123ABCD' } })).rejects.toThrow(/enableOfflineQueue/);
    expect(updates).toEqual(['Could not start the checks: the job queue is not available. Try again in a minute.']);
  });
});
