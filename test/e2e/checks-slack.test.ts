import { EC2Client, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ec2EbsDefaultEncryption } from '../../checks/ec2-ebs-default-encryption.js';
import { iamPasswordPolicy } from '../../checks/iam-password-policy.js';
import { iamRootMfaEnabled } from '../../checks/iam-root-mfa-enabled.js';
import { runCheckJob } from '../../jobs/run-check.js';
import { createChecksPort, createHomePort, type HomePort } from '../../src/checks/check-runs.js';
import { parseConfig } from '../../src/config.js';
import { startWorkers, type RunningWorkers } from '../../src/queue/workers.js';
import { actionIds } from '../../src/slack/ids.js';
import type { StoredMessage } from '../../src/slack/local-api.js';
import { awsError, testClients } from '../checks/helpers.js';
import { lateChecksPort, localPoster } from '../helpers/checks-port.js';
import { testPrefix } from '../helpers/redis.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../helpers/slack-app.js';
import { appHomeOpened, blockAction, sendSigned, slashCommand, testChannelId } from '../helpers/slack-request.js';
import { eventually, makeTestRuntime, type TestRuntime } from '../queue/harness.js';

/*
 * /srm check end to end: a signed slash command into the real Bolt app, the
 * port records the run and enqueues jobs, real BullMQ workers on the real
 * Redis run real checks against mocked AWS SDK clients, and the local Slack
 * Web API records the one message, its in-place updates and the App Home.
 */

const account = '123456789012';
const iam = mockClient(IAMClient);
const ec2 = mockClient(EC2Client);

let t: TestRuntime;
let app: RunningTestApp;
let workers: RunningWorkers;

interface Block {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: string }>;
}

function sectionTexts(m: StoredMessage): string[] {
  return (m.blocks as Block[]).filter((b) => b.type === 'section').map((b) => b.text!.text);
}

function finalIn(channel: string, exclude: string[] = []): StoredMessage | undefined {
  for (const m of app.slack.messages.values()) {
    if (m.channel === channel && m.text.startsWith('Check results') && !exclude.some((runId) => JSON.stringify(m.blocks).includes(runId))) return m;
  }
  return undefined;
}

function runIdOf(m: StoredMessage): string {
  const id = /run `(r-[a-z0-9-]+)`/.exec(JSON.stringify(m.blocks))?.[1];
  if (!id) throw new Error('no run id in message');
  return id;
}

beforeAll(async () => {
  t = makeTestRuntime({
    prefix: testPrefix(import.meta.url),
    config: parseConfig({ accounts: [{ id: account, name: 'prod', regions: ['eu-west-1'] }] }, {}),
    aws: ({ region }) => testClients(region),
  });
  t.runtime.checkCatalogue = [iamRootMfaEnabled, iamPasswordPolicy, ec2EbsDefaultEncryption];
  // The app starts first (it owns the local Slack API); the ports, which post through
  // the runtime's Slack client, are made once its URL is known and reached through these forwarders.
  const checks = lateChecksPort();
  let home: HomePort | undefined;
  app = await startTestApp({ checks: checks.port, home: { view: (userId) => home!.view(userId) } });
  Object.assign(t.runtime, { poster: localPoster(t.runtime, app.slack.url) });
  checks.set(createChecksPort(t.runtime));
  home = createHomePort(t.runtime);
  workers = await startWorkers(t.runtime, [runCheckJob], { queues: ['checks'] });
});

afterAll(async () => {
  await workers?.close();
  await app?.stop();
  await t?.close();
  iam.restore();
  ec2.restore();
});

describe('/srm check through the queue', () => {
  let first: StoredMessage;

  it('posts one message, updates it in place and ends with the results, failures first', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 8 } });
    ec2.on(GetEbsEncryptionByDefaultCommand).rejects(awsError('UnauthorizedOperation', 403));

    const res = await sendSigned(app.baseUrl, slashCommand({ text: 'check all', responseUrl: app.slack.responseUrl('first') }, testSigningSecret));
    expect(res.status).toBe(200);
    first = await eventually(() => finalIn(testChannelId), 25_000);

    expect(app.slack.okCallsTo('chat.postMessage')).toHaveLength(1);
    const posted = app.slack.okCallsTo('chat.postMessage')[0]!;
    expect(posted.body.channel).toBe(testChannelId);
    expect(String(posted.body.text)).toBe('Running 3 checks in 1 account… 0 of 4 done');
    expect(first.updates).toBeGreaterThanOrEqual(1);
    expect(app.slack.okCallsTo('chat.update').every((c) => c.body.ts === first.ts)).toBe(true);
    expect(app.slack.violations).toEqual([]);

    const sections = sectionTexts(first);
    const failingAt = sections.findIndex((s) => s.includes('IAM password policy is strong'));
    const errorsAt = sections.findIndex((s) => s.includes('Could not check'));
    expect(failingAt).toBeGreaterThan(0);
    expect(errorsAt).toBeGreaterThan(failingAt);
    expect(sections[failingAt - 1]).toMatch(/^\*.+\* · your duty$/); // the area heading above it
    expect(sections[failingAt]).toContain('*What to do:*');
    expect(sections[errorsAt]).toContain('UnauthorizedOperation');
    expect(first.text).toContain('1 failing result');
    expect(JSON.stringify(first.blocks)).toContain('Root user has MFA enabled (1)'); // the passes, summarised
    const actions = (first.blocks as Block[]).at(-1)!;
    expect(actions.elements![0]!.action_id).toBe(actionIds.checkRerun);
  });

  it('Re-run runs the same selection again in the same message and marks what changed', async () => {
    const firstRun = runIdOf(first);
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } }); // newly failing
    iam.on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: { MinimumPasswordLength: 16, PasswordReusePrevention: 24, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true },
    }); // fixed
    const value = (first.blocks as Block[]).at(-1)!.elements![0]!.value!;
    const res = await sendSigned(app.baseUrl, blockAction({ actionId: actionIds.checkRerun, value, messageTs: first.ts }, testSigningSecret));
    expect(res.status).toBe(200);
    const second = await eventually(() => {
      const m = app.slack.messages.get(`${testChannelId}:${first.ts}`);
      return m && m.text.startsWith('Check results') && runIdOf(m) !== firstRun ? m : undefined;
    }, 25_000);
    expect(app.slack.okCallsTo('chat.postMessage')).toHaveLength(1); // still the one message
    const all = JSON.stringify(second.blocks);
    expect(all).toContain('since the last run: 1 newly failing, 1 fixed');
    const rootFailure = sectionTexts(second).find((s) => s.includes('Root user has MFA enabled'))!;
    expect(rootFailure).toContain('newly failing');
    expect(sectionTexts(second).find((s) => s.startsWith('*Fixed since the last run*'))).toContain('IAM password policy is strong');
    expect(app.slack.violations).toEqual([]);
  });

  it('answers through the response_url when the bot is not in the channel', async () => {
    app.slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    const responseId = 'private';
    await sendSigned(app.baseUrl, slashCommand({ text: 'check iam-root-mfa-enabled prod', channelId: 'C0000PRIV1', responseUrl: app.slack.responseUrl(responseId) }, testSigningSecret));
    const final = await eventually(() => app.slack.responsesTo(responseId).find((r) => String(r.body.text).startsWith('Check results')), 25_000);
    const responses = app.slack.responsesTo(responseId);
    expect(String(responses[0]!.body.text)).toBe('Running 1 check in 1 account… 0 of 1 done');
    expect(responses.length).toBeLessThanOrEqual(5); // a response_url takes 5 uses
    expect(final.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(final.body.blocks)).toContain('Root user has MFA enabled');
    expect([...app.slack.messages.values()].some((m) => m.channel === 'C0000PRIV1')).toBe(false);
  });

  it('App Home shows the checklist with the latest statuses', async () => {
    const before = app.slack.okCallsTo('views.publish').length;
    const res = await sendSigned(app.baseUrl, appHomeOpened('U0000USER1', testSigningSecret));
    expect(res.status).toBe(200);
    const call = await eventually(() => app.slack.okCallsTo('views.publish')[before]);
    expect(call.body.user_id).toBe('U0000USER1');
    const view = call.body.view as { type: string; blocks: Block[] };
    expect(view.type).toBe('home');
    const duty = view.blocks.find((b) => b.type === 'section' && b.text!.text.startsWith('*Detect account compromise*'))!;
    expect(duty.text!.text).toContain(':red_circle: 1 failing'); // root MFA failed in the last run
    const leastAccess = view.blocks.find((b) => b.type === 'section' && b.text!.text.startsWith('*Grant least access*'))!;
    expect(leastAccess.text!.text).toContain('0 failing'); // the password policy was fixed
    expect(app.slack.violations).toEqual([]);
  });
});
