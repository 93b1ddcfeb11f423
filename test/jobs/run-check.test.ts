import { GetEbsEncryptionByDefaultCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import type { Job } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ec2EbsDefaultEncryption } from '../../checks/ec2-ebs-default-encryption.js';
import { iamPasswordPolicy } from '../../checks/iam-password-policy.js';
import { iamRootMfaEnabled } from '../../checks/iam-root-mfa-enabled.js';
import { alertsForNewlyFailing, runCheckJob } from '../../jobs/run-check.js';
import { startEnv, startRun } from '../../src/checks/check-runs.js';
import { createRunStore } from '../../src/checks/progress.js';
import { compareRun, createResultsStore } from '../../src/checks/results-store.js';
import { parseConfig } from '../../src/config.js';
import type { AlertSink } from '../../src/queue/runtime.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import type { Alert } from '../../src/rules/types.js';
import { awsError, testClients } from '../checks/helpers.js';
import { testPrefix } from '../helpers/redis.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

const account = '123456789012';
const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);
const published: Alert[] = [];
const sink: AlertSink = {
  async publish(alert) {
    published.push(alert);
  },
};

let t: TestRuntime;
let workers: RunningWorkers;
const catalogue = [iamRootMfaEnabled, iamPasswordPolicy, ec2EbsDefaultEncryption];

beforeAll(async () => {
  t = makeTestRuntime({
    prefix: testPrefix(import.meta.url),
    config: parseConfig({ accounts: [{ id: account, name: 'prod', regions: ['eu-west-1'] }] }, {}),
    aws: ({ region }) => testClients(region),
    alerts: sink,
  });
  t.runtime.checkCatalogue = catalogue;
  workers = await startWorkers(t.runtime, [runCheckJob], { queues: ['checks'] });
});

afterAll(async () => {
  await workers.close();
  await t.close();
  iam.restore();
  ec2.restore();
});

afterEach(() => {
  iam.reset();
  ec2.reset();
  published.length = 0;
});

async function runAndWait(selectors: string[], origin: 'command' | 'schedule' = 'command', scheduleId = 'test-schedule') {
  const started = await startRun(startEnv(t.runtime), { selectors }, { origin, delivery: { kind: 'none' }, ...(origin === 'schedule' ? { scheduleId } : {}) });
  const runs = createRunStore(t.redis, t.runtime.prefix);
  const state = await eventually(async () => {
    const s = await runs.get(started.runId);
    return s?.finishedAt ? s : undefined;
  }, 25_000);
  const records = await createResultsStore(t.redis, t.runtime.prefix).runRecords(started.runId);
  return { started, state, records, results: records.flatMap((r) => r.results) };
}

/** The job once BullMQ has settled it (the run can finish a moment before its last job is marked). */
async function jobOf(runId: string, checkId: string, region: string): Promise<Job> {
  return eventually(async () => {
    const job = await t.producer.queue('checks').getJob(`${runId}.${checkId}.${account}.${region}`);
    const state = await job?.getState();
    return state === 'completed' || state === 'failed' ? job : undefined;
  });
}

describe('run-check job', () => {
  it('runs each (check, account, region) once and completes the run', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 8 } });
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    const { started, state, results } = await runAndWait(['all']);
    expect(started.total).toBe(4); // two global checks + the regional one in us-east-1 and eu-west-1
    expect(state.done).toBe(4);
    const byCheck = (id: string) => results.filter((r) => r.check === id);
    expect(byCheck('iam-root-mfa-enabled').map((r) => [r.status, r.region])).toEqual([['pass', 'global']]);
    expect(byCheck('iam-password-policy')[0]!.status).toBe('fail');
    expect(byCheck('ec2-ebs-default-encryption').map((r) => r.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(results.every((r) => r.account === account)).toBe(true);
  });

  it('records AccessDenied as an error result, not a failed job', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('AccessDenied', 403));
    const { started, results } = await runAndWait(['iam-root-mfa-enabled']);
    expect(results).toHaveLength(1);
    expect(results[0]!.status).toBe('error');
    expect(results[0]!.detail).toContain('iam:GetAccountSummary');
    const job = await jobOf(started.runId, 'iam-root-mfa-enabled', 'global');
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
  });

  it('retries a throttled check and records the result of the attempt that worked', async () => {
    iam.on(GetAccountSummaryCommand).rejectsOnce(awsError('ThrottlingException', 400)).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    const { started, results } = await runAndWait(['iam-root-mfa-enabled']);
    expect(results.map((r) => r.status)).toEqual(['fail']);
    const job = await jobOf(started.runId, 'iam-root-mfa-enabled', 'global');
    expect(job.attemptsMade).toBe(2);
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(2);
  });

  it('after the last attempt of a 5xx, records the error so the run still completes', async () => {
    iam.on(GetAccountSummaryCommand).rejects(awsError('ServiceUnavailable', 503));
    const { started, state, results } = await runAndWait(['iam-root-mfa-enabled']);
    expect(state.done).toBe(state.total);
    expect(results.map((r) => r.status)).toEqual(['error']);
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(3);
    const job = await jobOf(started.runId, 'iam-root-mfa-enabled', 'global');
    expect(job.attemptsMade).toBe(3);
  });

  it('fails an unknown check for good after recording why', async () => {
    const env = { ...startEnv(t.runtime), catalogue: [...catalogue, { ...iamRootMfaEnabled, id: 'retired-check' }] };
    // The run was planned with a check this worker does not know (a deploy in between).
    const started = await startRun(env, { selectors: ['retired-check'] }, { origin: 'command', delivery: { kind: 'none' } });
    const runs = createRunStore(t.redis, t.runtime.prefix);
    await eventually(async () => (await runs.get(started.runId))?.finishedAt);
    // The run is finished once the job recorded its result; BullMQ moves the job to failed just after: read it then.
    await eventually(async () => (await (await jobOf(started.runId, 'retired-check', 'global')).getState()) === 'failed');
    const failed = await jobOf(started.runId, 'retired-check', 'global');
    expect(await failed.getState()).toBe('failed');
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toContain('unknown check retired-check');
    const [record] = await createResultsStore(t.redis, t.runtime.prefix).runRecords(started.runId);
    expect(record!.results[0]).toMatchObject({ status: 'error', detail: 'could not check: unknown check retired-check' });
  });

  it('rejects an invalid payload when it is enqueued', async () => {
    await expect(t.runtime.enqueue(runCheckJob, { runId: 'r-x', checkId: 'Bad Id', account, region: 'global' })).rejects.toThrow(/invalid run-check payload/);
  });

  it('on a schedule\'s first run, alerts its critical and high failures (not the medium ones), then only changes', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 8 } });
    const first = await runAndWait(['iam-root-mfa-enabled', 'iam-password-policy'], 'schedule', 'first-run');
    expect(first.results.map((r) => [r.check, r.status]).sort()).toEqual([
      ['iam-password-policy', 'fail'],
      ['iam-root-mfa-enabled', 'fail'],
    ]);
    expect(published.map((a) => [a.rule, a.severity])).toEqual([['iam-root-mfa-enabled', 'critical']]);
    expect(published[0]!.summary).toBe(`Check "Root user has MFA enabled" newly fails for ${account}: the root user has no MFA device`);
    expect(published[0]!.notes[0]).toContain('first run of schedule first-run');
    expect(published[0]!.dedupKey).toBe(`check:iam-root-mfa-enabled:${account}:global:${account}:${first.started.runId}`);

    // the next run: both still failing, nothing alerted
    await runAndWait(['iam-root-mfa-enabled', 'iam-password-policy'], 'schedule', 'first-run');
    expect(published).toHaveLength(1);

    // the medium check is fixed, then fails again: a change, alerted whatever its severity
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: { MinimumPasswordLength: 16, PasswordReusePrevention: 24, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true },
    });
    await runAndWait(['iam-password-policy'], 'schedule', 'first-run');
    expect(published).toHaveLength(1);
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 8 } });
    await runAndWait(['iam-password-policy'], 'schedule', 'first-run');
    expect(published.map((a) => [a.rule, a.severity])).toEqual([
      ['iam-root-mfa-enabled', 'critical'],
      ['iam-password-policy', 'medium'],
    ]);
    expect(published[1]!.notes.join(' ')).not.toContain('first run');
  });

  it('does not alert from on-demand runs, and a scheduled run still reports what changed since its own last run', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    await runAndWait(['iam-root-mfa-enabled'], 'schedule', 'between');
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    const onDemand = await runAndWait(['iam-root-mfa-enabled']);
    expect(compareRun(onDemand.records).results[0]!.change).toBe('newly-failing');
    expect(published).toHaveLength(0);
    await runAndWait(['iam-root-mfa-enabled'], 'schedule', 'between');
    expect(published.map((a) => a.rule)).toEqual(['iam-root-mfa-enabled']);
    expect(published[0]!.notes.join(' ')).not.toContain('first run');
  });

  it('alerts each newly failing resource of a scheduled run, once', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    await runAndWait(['iam-root-mfa-enabled'], 'schedule');
    expect(published).toHaveLength(0);
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    const second = await runAndWait(['iam-root-mfa-enabled'], 'schedule');
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      source: 'check',
      rule: 'iam-root-mfa-enabled',
      severity: 'critical',
      area: 'root-account',
      resource: account,
      dedupKey: `check:iam-root-mfa-enabled:${account}:global:${account}:${second.started.runId}`,
    });
    expect(published[0]!.eventId).toBe(published[0]!.dedupKey);
    // still failing: no new alert
    await runAndWait(['iam-root-mfa-enabled'], 'schedule');
    expect(published).toHaveLength(1);
    // the same record always gives the same alert (a retried job is deduplicated downstream)
    expect(alertsForNewlyFailing(second.records[0]!, second.started.runId, catalogue)).toEqual([published[0]]);
    expect(compareRun(second.records).results[0]!.change).toBe('newly-failing');
  });
});
