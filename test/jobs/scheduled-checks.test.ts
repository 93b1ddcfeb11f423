import { GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamRootMfaEnabled } from '../../checks/iam-root-mfa-enabled.js';
import { runCheckJob } from '../../jobs/run-check.js';
import { scheduleSelection, scheduledChecks } from '../../jobs/scheduled-checks.js';
import { checkSchedulerPrefix, checkSchedulers, upsertCheckSchedules } from '../../src/checks/schedules.js';
import { parseConfig } from '../../src/config.js';
import type { AlertSink } from '../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import type { Alert } from '../../src/rules/types.js';
import { startSlackApi, type SlackApiServer } from '../../src/slack/local-api.js';
import { testClients } from '../checks/helpers.js';
import { localPoster } from '../helpers/checks-port.js';
import { testPrefix } from '../helpers/redis.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

const account = '123456789012';
const channel = 'C0SECURITY';
const iam = mockClient(IAMClient);
const published: Alert[] = [];
const sink: AlertSink = {
  async publish(alert) {
    published.push(alert);
  },
};
const config = parseConfig(
  {
    accounts: [{ id: account, regions: ['us-east-1'] }],
    schedules: [
      { id: 'daily-root', cron: '0 8 * * *', tz: 'Europe/Paris', checks: ['iam-root-mfa-enabled'], channel },
      { id: 'weekly-all', cron: '0 6 * * 1', checks: ['all'], regions: ['eu-west-1'] },
    ],
  },
  {},
);

let t: TestRuntime;
let slack: SlackApiServer;
let workers: RunningWorkers;

beforeAll(async () => {
  slack = await startSlackApi();
  t = makeTestRuntime({ prefix: testPrefix(import.meta.url), config, aws: ({ region }) => testClients(region), alerts: sink });
  Object.assign(t.runtime, { poster: localPoster(t.runtime, slack.url), checkCatalogue: [iamRootMfaEnabled] });
  workers = await startWorkers(t.runtime, [runCheckJob, scheduledChecks], { queues: ['checks'] });
});

afterAll(async () => {
  await workers?.close();
  await t?.close();
  await slack?.close();
  iam.restore();
});

describe('check schedules', () => {
  it('turns each configured schedule into a cron job scheduler with its time zone', () => {
    expect(checkSchedulers(config.schedules)).toEqual([
      { id: `${checkSchedulerPrefix}daily-root`, def: scheduledChecks, data: { scheduleId: 'daily-root' }, pattern: '0 8 * * *', tz: 'Europe/Paris' },
      { id: `${checkSchedulerPrefix}weekly-all`, def: scheduledChecks, data: { scheduleId: 'weekly-all' }, pattern: '0 6 * * 1', tz: 'UTC' },
    ]);
    expect(scheduleSelection(config.schedules[1]!)).toEqual({ selectors: ['all'], regions: ['eu-west-1'] });
  });

  it('upserts the schedulers on the checks queue and removes those no longer configured', async () => {
    await upsertCheckSchedules(t.runtime, t.producer);
    const queue = t.producer.queue('checks');
    const first = await queue.getJobSchedulers(0, -1);
    expect(first.map((s) => [s.key, s.pattern, s.tz]).sort()).toEqual([
      [`${checkSchedulerPrefix}daily-root`, '0 8 * * *', 'Europe/Paris'],
      [`${checkSchedulerPrefix}weekly-all`, '0 6 * * 1', 'UTC'],
    ]);
    const fewer = { ...t.runtime, config: { ...config, schedules: config.schedules.slice(0, 1) } };
    const result = await upsertCheckSchedules(fewer, t.producer);
    expect(result.removed).toEqual([`${checkSchedulerPrefix}weekly-all`]);
    expect((await queue.getJobSchedulers(0, -1)).map((s) => s.key)).toEqual([`${checkSchedulerPrefix}daily-root`]);
    await queue.removeJobScheduler(`${checkSchedulerPrefix}daily-root`);
  });

  it('posts a digest after each scheduled run: the first run alerts what fails, later runs only what changed', async () => {
    const digests = () => slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === channel);

    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    await t.runtime.enqueue(scheduledChecks, { scheduleId: 'daily-root' });
    await eventually(() => digests().length === 1, 20_000);
    const first = digests()[0]!;
    expect(String(first.body.text)).toContain('first run of this schedule: 1 failing, all new; 1 alert raised; 0 could not check, 0 passing');
    expect(JSON.stringify(first.body.blocks)).toContain('Root user has MFA enabled');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ source: 'check', rule: 'iam-root-mfa-enabled', severity: 'critical', account, resource: account });

    await t.runtime.enqueue(scheduledChecks, { scheduleId: 'daily-root' });
    await eventually(() => digests().length === 2, 20_000);
    expect(String(digests()[1]!.body.text)).toContain('0 newly failing, 0 fixed, 1 still failing');
    expect(JSON.stringify(digests()[1]!.body.blocks)).toContain('still failing');
    expect(published).toHaveLength(1); // still failing is not news

    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    await t.runtime.enqueue(scheduledChecks, { scheduleId: 'daily-root' });
    await eventually(() => digests().length === 3, 20_000);
    expect(String(digests()[2]!.body.text)).toContain('0 newly failing, 1 fixed, 0 still failing');
    expect(published).toHaveLength(1);
    expect(slack.violations).toEqual([]);
    // scheduled runs never post progress messages: only the three digests
    expect(slack.okCallsTo('chat.postMessage')).toHaveLength(3);
    expect(slack.okCallsTo('chat.update')).toHaveLength(0);
  });

  it('fails a tick of a schedule that is no longer configured', async () => {
    const job = await t.runtime.enqueue(scheduledChecks, { scheduleId: 'gone-schedule' });
    const state = await eventually(async () => {
      const s = await job.getState();
      return s === 'failed' || s === 'completed' ? s : undefined;
    });
    expect(state).toBe('failed');
  });
});
