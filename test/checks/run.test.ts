import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../../src/aws/clients.js';
import { AwsCallError, call, defineCheck, type Check, type Finding } from '../../src/checks/define-check.js';
import { planRuns, runCheck, runChecks } from '../../src/checks/run.js';
import { UsageError } from '../../src/errors.js';
import { account, awsError, now, testClients } from './helpers.js';

function fakeCheck(id: string, scope: 'global' | 'regional', collect: () => Promise<Finding[]>): Check<Finding[]> {
  return defineCheck({
    id,
    title: `Fake check ${id}`,
    area: 'iam',
    owner: 'customer',
    severity: 'low',
    controls: ['IAM.1'],
    why: 'test double',
    remediation: 'do the thing',
    permissions: ['iam:ListUsers', 'iam:ListPolicies'],
    scope,
    collect,
    evaluate: (s) => s,
  });
}

const clients = testClients();
const target = { account, region: 'eu-central-1' };

describe('runCheck', () => {
  it('adds the check metadata to each finding; region is "global" for global checks', async () => {
    const check = fakeCheck('fake-global', 'global', async () => [{ resource: 'arn:aws:iam::123456789012:user/alice', status: 'fail', detail: 'bad' }]);
    const [r] = await runCheck(check, target, clients, { now });
    expect(r).toEqual({
      check: 'fake-global',
      title: 'Fake check fake-global',
      area: 'iam',
      owner: 'customer',
      controls: ['IAM.1'],
      account,
      region: 'global',
      resource: 'arn:aws:iam::123456789012:user/alice',
      status: 'fail',
      detail: 'bad',
      severity: 'low',
    });
  });

  it('gives one pass for the account when there is nothing to check', async () => {
    const results = await runCheck(fakeCheck('fake-empty', 'regional', async () => []), target, clients);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ resource: account, status: 'pass', region: 'eu-central-1', detail: 'nothing to check in eu-central-1' });
  });

  it('turns an escaped AwsCallError into one error naming the permission', async () => {
    const check = fakeCheck('fake-denied', 'regional', () => call('iam:ListUsers', () => Promise.reject(awsError('AccessDenied', 403))));
    const [r] = await runCheck(check, target, clients);
    expect(r).toMatchObject({ status: 'error', resource: account, detail: 'could not check: AccessDenied; missing permission iam:ListUsers' });
  });

  it('turns any other error into an error result with its name, never a pass', async () => {
    const denied = fakeCheck('fake-raw', 'regional', () => Promise.reject(awsError('AccessDeniedException', 403)));
    const [r1] = await runCheck(denied, target, clients);
    expect(r1).toMatchObject({ status: 'error', detail: 'could not check: AccessDeniedException; needs iam:ListUsers, iam:ListPolicies' });
    const bug = fakeCheck('fake-bug', 'regional', () => Promise.reject(new TypeError('x is undefined')));
    const [r2] = await runCheck(bug, target, clients);
    expect(r2?.status).toBe('error');
    expect(r2?.detail).toContain('TypeError');
  });

  it('AwsCallError keeps the classified error', () => {
    const e = new AwsCallError('kms:ListKeys', awsError('ThrottlingException', 400));
    expect(e.aws).toEqual({ kind: 'throttled', name: 'ThrottlingException', message: 'ThrottlingException (test)' });
    expect(e.permission).toBe('kms:ListKeys');
  });
});

describe('runChecks', () => {
  const targets = [
    { account, region: 'us-east-1' },
    { account, region: 'eu-west-1' },
    { account: '210987654321', region: 'us-east-1' },
  ];

  it('plans global checks once per account and regional checks per target', () => {
    const g = fakeCheck('fake-g', 'global', async () => []);
    const r = fakeCheck('fake-r', 'regional', async () => []);
    const plan = planRuns([g, r], targets).map((p) => `${p.check.id}@${p.target.account}/${p.target.region}`);
    expect(plan).toEqual([
      `fake-g@${account}/us-east-1`,
      `fake-r@${account}/us-east-1`,
      `fake-r@${account}/eu-west-1`,
      'fake-g@210987654321/us-east-1',
      'fake-r@210987654321/us-east-1',
    ]);
  });

  it('bounds concurrency, returns results in plan order, and hands each target its clients', async () => {
    let active = 0;
    let peak = 0;
    const seen: string[] = [];
    const slow = (id: string): Check =>
      fakeCheck(id, 'regional', async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setImmediate(resolve));
        active--;
        return [{ resource: id, status: 'pass', detail: 'ok' }];
      });
    const picked = [slow('fake-a'), slow('fake-b'), slow('fake-c')];
    const progress: number[] = [];
    const results = await runChecks(picked, targets, (t) => {
      seen.push(t.region);
      return { region: t.region } as AwsClients;
    }, { concurrency: 2, onResults: (_r, run) => progress.push(run.done) });
    expect(peak).toBe(2);
    expect(results).toHaveLength(9);
    expect(results.map((r) => `${r.resource}/${r.account}/${r.region}`).slice(0, 3)).toEqual([
      `fake-a/${account}/us-east-1`,
      `fake-a/${account}/eu-west-1`,
      `fake-b/${account}/us-east-1`,
    ]);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seen.filter((r) => r === 'eu-west-1')).toHaveLength(3);
  });

  it('resolves ids through the catalogue and rejects unknown ones', async () => {
    await expect(runChecks(['no-such-check'], targets, () => clients)).rejects.toBeInstanceOf(UsageError);
  });
});
