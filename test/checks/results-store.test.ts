import { beforeEach, describe, expect, it } from 'vitest';
import { checkKeys, compareRun, createResultsStore, parseTargetField, targetField } from '../../src/checks/results-store.js';
import type { CheckResult, CheckStatus } from '../../src/checks/types.js';
import { cleanupPrefix, useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const store = createResultsStore(redis, prefix);
const target = { checkId: 'iam-console-users-mfa', account: '123456789012', region: 'global' };

function result(resource: string, status: CheckStatus): CheckResult {
  return {
    check: target.checkId,
    title: 'Console users have MFA',
    area: 'iam',
    owner: 'customer',
    controls: ['IAM.5'],
    account: target.account,
    region: target.region,
    resource,
    status,
    detail: `${resource} is ${status}`,
    severity: 'high',
  };
}

async function newRun(runId: string, total: number): Promise<void> {
  await redis.hset(checkKeys(prefix).run(runId), { total: String(total), done: '0' });
}

const alice = 'arn:aws:iam::123456789012:user/alice';
const bob = 'arn:aws:iam::123456789012:user/bob';
const carol = 'arn:aws:iam::123456789012:user/carol';

beforeEach(async () => {
  await cleanupPrefix(redis, prefix);
});

describe('results store', () => {
  it('round-trips target fields', () => {
    expect(parseTargetField(targetField(target))).toEqual(target);
    expect(parseTargetField('only|two')).toBeNull();
  });

  it('records a target once per run and counts it done once (a retried job changes nothing)', async () => {
    await newRun('run-a1', 2);
    const first = await store.recordTarget('run-a1', target, [result(alice, 'fail')]);
    expect(first).toEqual({ recorded: true, done: 1, total: 2 });
    const again = await store.recordTarget('run-a1', target, [result(alice, 'pass')]);
    expect(again).toEqual({ recorded: false, done: 1, total: 2 });
    const records = await store.runRecords('run-a1');
    expect(records).toHaveLength(1);
    expect(records[0]!.results[0]!.status).toBe('fail');
    const latest = await store.latest();
    expect(latest).toHaveLength(1);
    expect(latest[0]!.entries.map((e) => e.result.status)).toEqual(['fail']);
  });

  it('keeps the previous results in the next run and marks what changed', async () => {
    await newRun('run-b1', 1);
    await store.recordTarget('run-b1', target, [result(alice, 'fail'), result(bob, 'pass'), result(carol, 'fail')], { at: new Date('2026-11-22T08:00:00Z') });
    const firstRun = compareRun(await store.runRecords('run-b1'));
    expect(firstRun.results.map((r) => r.change)).toEqual(['new', 'new', 'new']);

    await newRun('run-b2', 1);
    // alice still fails, bob newly fails, carol is gone (deleted user), dave is new and passes
    const dave = 'arn:aws:iam::123456789012:user/dave';
    await store.recordTarget('run-b2', target, [result(alice, 'fail'), result(bob, 'fail'), result(dave, 'pass')], { at: new Date('2026-11-23T08:00:00Z') });
    const second = compareRun(await store.runRecords('run-b2'));
    const byResource = Object.fromEntries(second.results.map((r) => [r.result.resource, r]));
    expect(byResource[alice]!.change).toBe('still-failing');
    expect(byResource[bob]!.change).toBe('newly-failing');
    expect(byResource[bob]!.previousStatus).toBe('pass');
    expect(byResource[bob]!.previousAt).toBe('2026-11-22T08:00:00.000Z');
    expect(byResource[dave]!.change).toBe('unchanged');
    expect(second.gone.map((g) => g.result.resource)).toEqual([carol]);

    await newRun('run-b3', 1);
    await store.recordTarget('run-b3', target, [result(alice, 'pass'), result(bob, 'fail')]);
    const third = compareRun(await store.runRecords('run-b3'));
    expect(third.results.find((r) => r.result.resource === alice)!.change).toBe('fixed');
    expect(third.results.find((r) => r.result.resource === bob)!.change).toBe('still-failing');
    expect(third.gone).toEqual([]);
    // the latest state is exactly the last run's resources
    const latest = await store.latest();
    expect(latest[0]!.entries.map((e) => e.result.resource).sort()).toEqual([alice, bob]);
    expect(latest[0]!.entries.every((e) => e.runId === 'run-b3')).toBe(true);
  });

  it('stores resources with characters JSON and Lua must carry unchanged', async () => {
    await newRun('run-c1', 1);
    const odd = 'arn:aws:s3:::bucket-"quoted"\\back/slash:ünïcode';
    await store.recordTarget('run-c1', target, [result(odd, 'fail')]);
    await newRun('run-c2', 1);
    await store.recordTarget('run-c2', target, [result(odd, 'pass')]);
    const records = await store.runRecords('run-c2');
    expect(Object.keys(records[0]!.previous)).toEqual([odd]);
    expect(compareRun(records).results[0]!.change).toBe('fixed');
  });

  it('compares a scheduled run with that schedule\'s own previous run, and counts unseen failures as newly failing', async () => {
    // An on-demand run saw alice fail already; the schedule has never run.
    await newRun('run-e0', 1);
    await store.recordTarget('run-e0', target, [result(alice, 'fail')]);
    await newRun('run-e1', 1);
    await store.recordTarget('run-e1', target, [result(alice, 'fail'), result(bob, 'pass')], { scheduleId: 'daily' });
    const first = compareRun(await store.runRecords('run-e1'));
    expect(first.firstRun).toBe(true);
    expect(first.results.map((r) => [r.result.resource, r.change, r.previousStatus])).toEqual([
      [alice, 'newly-failing', null],
      [bob, 'new', null],
    ]);
    expect((await store.runRecords('run-e1'))[0]!.scheduleId).toBe('daily');
    expect(await redis.ttl(checkKeys(prefix).scheduleLatest('daily', target))).toBeGreaterThan(300 * 24 * 3600);

    // An on-demand run in between sees bob fail; the schedule's next run still calls bob newly failing.
    await newRun('run-e2', 1);
    await store.recordTarget('run-e2', target, [result(alice, 'fail'), result(bob, 'fail')]);
    expect(compareRun(await store.runRecords('run-e2')).results.map((r) => r.change)).toEqual(['still-failing', 'newly-failing']);
    await newRun('run-e3', 1);
    await store.recordTarget('run-e3', target, [result(alice, 'fail'), result(bob, 'fail')], { scheduleId: 'daily' });
    const second = compareRun(await store.runRecords('run-e3'));
    expect(second.firstRun).toBe(false);
    expect(second.results.map((r) => [r.change, r.previousStatus])).toEqual([
      ['still-failing', 'fail'],
      ['newly-failing', 'pass'],
    ]);
    // another schedule has a baseline of its own
    await newRun('run-e4', 1);
    await store.recordTarget('run-e4', target, [result(alice, 'fail')], { scheduleId: 'weekly' });
    expect(compareRun(await store.runRecords('run-e4')).firstRun).toBe(true);
    // App Home's latest state follows every run
    expect((await store.latest())[0]!.entries.map((e) => e.runId)).toEqual(['run-e4']);
  });

  it('counts concurrent targets of one run exactly', async () => {
    await newRun('run-d1', 20);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.recordTarget('run-d1', { ...target, region: `eu-west-${i + 1}` }, [result(alice, 'pass')])),
    );
    expect(outcomes.map((o) => o.done).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(outcomes.filter((o) => o.done === o.total)).toHaveLength(1);
  });
});
