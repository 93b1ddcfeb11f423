import { DescribeFlowLogsCommand, DescribeSecurityGroupsCommand, DescribeVpcsCommand, EC2Client, type SecurityGroup } from '@aws-sdk/client-ec2';
import { GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ec2SecurityGroupAdminPorts } from '../../checks/ec2-security-group-admin-ports.js';
import { ec2VpcFlowLogs } from '../../checks/ec2-vpc-flow-logs.js';
import { guarddutyEnabled } from '../../checks/guardduty-enabled.js';
import { iamPasswordPolicy } from '../../checks/iam-password-policy.js';
import { iamRootMfaEnabled } from '../../checks/iam-root-mfa-enabled.js';
import { flushDigest } from '../../jobs/flush-digest.js';
import { postAlert } from '../../jobs/post-alert.js';
import { runCheckJob } from '../../jobs/run-check.js';
import { scheduledChecks } from '../../jobs/scheduled-checks.js';
import { createChecksPort } from '../../src/checks/check-runs.js';
import { parseConfig } from '../../src/config.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import type { Alert } from '../../src/rules/types.js';
import { actionIds, callbackIds } from '../../src/slack/ids.js';
import type { SlackCall } from '../../src/slack/local-api.js';
import { awsError, testClients } from '../checks/helpers.js';
import { lateChecksPort, localPoster } from '../helpers/checks-port.js';
import { testPrefix } from '../helpers/redis.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../helpers/slack-app.js';
import { blockAction, sendSigned } from '../helpers/slack-request.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

/*
 * Scheduled checks end to end: the scheduled-checks job starts a run on the
 * real queue (real Redis, a prefix of this file's own), real run-check
 * workers run real checks against mocked SDK clients, failures raise alerts
 * through the router (post-alert jobs on the alerts queue, posted to Slack),
 * and the digest lands in the schedule's channel of the local Slack API. Its
 * "Show the full list" button is pressed through the real Bolt app.
 */

const account = '123456789012';
const digestChannel = 'C0DIGESTS1';
const alertChannel = 'C0ALERTS01';
const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);
const guardduty = mockClient(GuardDutyClient);

const config = parseConfig(
  {
    accounts: [{ id: account, name: 'prod', regions: ['eu-west-1'] }],
    defaultChannel: alertChannel,
    schedules: [
      { id: 'daily', cron: '0 8 * * *', checks: ['iam-root-mfa-enabled', 'iam-password-policy', 'ec2-security-group-admin-ports', 'guardduty-enabled'], regions: ['eu-west-1'], channel: digestChannel },
      { id: 'network', cron: '0 9 * * *', checks: ['ec2-vpc-flow-logs'], regions: ['eu-west-1'], channel: digestChannel },
    ],
  },
  {},
);

let t: TestRuntime;
let app: RunningTestApp;
let workers: RunningWorkers;

function openGroup(id: string, port: number): SecurityGroup {
  return { GroupId: id, GroupName: `open-${port}`, OwnerId: account, VpcId: 'vpc-0a1b2c3d4e5f60718', IpPermissions: [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }], IpPermissionsEgress: [] };
}

const digests = (): SlackCall[] => app.slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === digestChannel);

async function alertJobs(): Promise<Job<{ alert: Alert }>[]> {
  return (await t.producer.queue('alerts').getJobs(['completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized'])).filter((j) => j.name === postAlert.name);
}

/** Until nothing is left to run on the alerts queue (post-alert jobs and the flood digest's delayed flush). */
async function alertsSettled(): Promise<void> {
  await eventually(async () => {
    const counts = await t.producer.queue('alerts').getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).every((n) => n === 0);
  }, 25_000);
}

async function tick(scheduleId: string, expectedDigests: number): Promise<SlackCall> {
  await t.runtime.enqueue(scheduledChecks, { scheduleId });
  return eventually(() => digests()[expectedDigests - 1], 25_000);
}

beforeAll(async () => {
  t = makeTestRuntime({ prefix: testPrefix(import.meta.url), config, aws: ({ region }) => testClients(region) });
  const checks = lateChecksPort();
  app = await startTestApp({ checks: checks.port });
  // No `alerts` sink on the runtime: run-check publishes through the router's (one post-alert job per alert).
  Object.assign(t.runtime, {
    poster: localPoster(t.runtime, app.slack.url),
    checkCatalogue: [iamRootMfaEnabled, iamPasswordPolicy, ec2SecurityGroupAdminPorts, guarddutyEnabled, ec2VpcFlowLogs],
  });
  checks.set(createChecksPort(t.runtime));
  workers = await startWorkers(t.runtime, [runCheckJob, scheduledChecks, postAlert, flushDigest], { queues: ['checks', 'alerts'] });
});

afterAll(async () => {
  await workers?.close();
  await app?.stop();
  await t?.close();
  iam.restore();
  ec2.restore();
  guardduty.restore();
});

describe('scheduled check digests through the queue', () => {
  it('the first run alerts its critical and high failures through the router and names every failure in the digest', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } }); // critical
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404)); // medium
    ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [openGroup('sg-0000000000000ssh1', 22), openGroup('sg-0000000000000rdp1', 3389)] }); // high ×2
    guardduty.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 403, 'not authorized to perform: guardduty:ListDetectors'));

    const digest = await tick('daily', 1);
    const text = String(digest.body.text);
    expect(text).toContain('Scheduled checks (daily), first run of this schedule: 4 failing, all new; 3 alerts raised; 1 could not check, 0 passing');
    const blocks = JSON.stringify(digest.body.blocks);
    expect(blocks).toContain('*First run of this schedule*');
    for (const named of ['Root user has MFA enabled', 'IAM password policy is strong', 'sg-0000000000000ssh1', 'sg-0000000000000rdp1']) expect(blocks).toContain(named);
    expect(blocks).toMatch(/GuardDuty is enabled in the region.*AccessDeniedException; missing permission guardduty:ListDetectors/);

    // the router got one alert per critical or high failure (not the medium one), and posted them
    const jobs = await eventually(async () => {
      const all = await alertJobs();
      // (judged on the jobs as fetched: a job fetched while active has no return value yet, even once it completes)
      return all.length === 3 && all.every((j) => j.finishedOn !== undefined && j.returnvalue !== null && j.returnvalue !== undefined) ? all : undefined;
    }, 25_000);
    expect(jobs.map((j) => [j.data.alert.rule, j.data.alert.severity]).sort()).toEqual([
      ['ec2-security-group-admin-ports', 'high'],
      ['ec2-security-group-admin-ports', 'high'],
      ['iam-root-mfa-enabled', 'critical'],
    ]);
    for (const job of jobs) expect(['posted', 'threaded', 'digested']).toContain((job.returnvalue as { outcome: string }).outcome);
    await alertsSettled();
    const alertTexts = app.slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === alertChannel).map((c) => JSON.stringify(c.body));
    expect(alertTexts.some((m) => m.includes('Root user has MFA enabled'))).toBe(true);
    expect(app.slack.violations).toEqual([]);
  });

  it('the second run reports "still failing" and raises no alert again', async () => {
    const posted = app.slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === alertChannel).length;
    const digest = await tick('daily', 2);
    expect(String(digest.body.text)).toContain('Scheduled checks (daily): 0 newly failing, 0 fixed, 4 still failing; 4 failing, 1 could not check');
    const blocks = JSON.stringify(digest.body.blocks);
    expect(blocks).toContain('No change since the last run');
    expect(blocks.match(/:repeat: still failing/g)).toHaveLength(4);
    expect(blocks).not.toContain('newly failing*');
    // alerts are enqueued before the run's last job posts the digest: none were added
    expect(await alertJobs()).toHaveLength(3);
    expect(app.slack.okCallsTo('chat.postMessage').filter((c) => c.body.channel === alertChannel)).toHaveLength(posted);
  });

  it('a digest too long for one message shows the most severe with "and N more", and its button opens the full list', async () => {
    const vpcs = Array.from({ length: 40 }, (_, i) => ({ VpcId: `vpc-0${String(i).padStart(16, '0')}`, OwnerId: account }));
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: vpcs });
    ec2.on(DescribeFlowLogsCommand).resolves({ FlowLogs: [] });
    const before = (await alertJobs()).length;
    const digest = await tick('network', 3);
    expect(String(digest.body.text)).toContain('first run of this schedule: 40 failing, all new; 0 could not check');
    const blocks = digest.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
    expect(JSON.stringify(blocks)).toContain('Showing 25 of 40 failing results, most severe first: *and 15 more* in the full list.');
    expect(await alertJobs()).toHaveLength(before); // medium failures on a first run are in the digest, not alerts

    const button = blocks.find((b) => b.type === 'actions')!.elements![0]!;
    expect(button.action_id).toBe(actionIds.checkDigestFullList);
    const message = [...app.slack.messages.values()].find((m) => m.channel === digestChannel && m.text === digest.body.text)!;
    const res = await sendSigned(app.baseUrl, blockAction({ actionId: button.action_id, value: button.value, channelId: digestChannel, messageTs: message.ts }, testSigningSecret));
    expect(res.status).toBe(200);
    const opened = await eventually(() => app.slack.okCallsTo('views.open')[0]);
    const view = opened.body.view as { callback_id: string; blocks: Array<{ type: string; text?: { text: string } }> };
    expect(view.callback_id).toBe(callbackIds.checkDigestList);
    const list = view.blocks.filter((b) => b.type === 'section').map((b) => b.text!.text).join('\n');
    for (const vpc of vpcs) expect(list).toContain(vpc.VpcId);
    expect(list).toContain('*What to do:* Create a flow log for each VPC');
    expect(app.slack.violations).toEqual([]);
  });

  it('the button opens nothing of a run whose digest was posted in another channel', async () => {
    const digest = digests().at(-1)!;
    const runId = (digest.body.blocks as Array<{ type: string; elements?: Array<{ value: string }> }>).find((b) => b.type === 'actions')!.elements![0]!.value;
    const before = app.slack.okCallsTo('views.open').length;
    await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.checkDigestFullList, value: runId, channelId: 'C0ELSEWHER' }, testSigningSecret));
    const opened = await eventually(() => app.slack.okCallsTo('views.open')[before]);
    const shown = JSON.stringify(opened.body.view);
    expect(shown).toContain('no longer known here');
    expect(shown).not.toContain('vpc-0');
  });
});
