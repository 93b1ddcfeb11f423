import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readAudit, type AuditEntry } from '../../../src/audit/log.js';
import { getStoredAlert, type StoredAlert } from '../../../src/router/alert-store.js';
import { getRequest, requestKeys } from '../../../src/remediations/approval-store.js';
import { cloudTrailRecord, exampleEvent, identities } from '../../../src/remediations/examples.js';
import { validateMessage, validateView } from '../../../src/slack/block-limits.js';
import { modalBlocks } from '../../../src/slack/blocks/alert-modals.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { notAllowedText, otherWorkspaceText } from '../../../src/slack/middleware/authorize.js';
import { blockActionPayload, payloadRequest, sendSigned } from '../../helpers/slack-request.js';
import { testSigningSecret } from '../../helpers/slack-app.js';
import { until } from '../../helpers/until.js';
import { createRunStore } from '../../../src/checks/progress.js';
import { createResultsStore } from '../../../src/checks/results-store.js';
import type { CheckResult } from '../../../src/checks/types.js';
import { checkRemediateValue } from '../../../src/slack/blocks/check-run.js';
import { startAlertApp, type AlertApp } from './alert-app.js';

const alice = 'U0000ALICE1'; // allowed to run everything
const bob = 'U0000BOB001'; // allowed to run everything
const carol = 'U0000CAROL1'; // allowed through the security group
const dave = 'U0000DAVE01'; // allowed only cloudtrail-start-logging (a per-action rule)
const erin = 'U0000ERIN01'; // allowed only in another account (a per-account rule)
const mallory = 'U0000MALLRY'; // not allowed

const trailArn = 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/management-events';
const newKey = 'AKIAI44QH8DHBEXAMPLE';

let app: AlertApp;
let seq = 0;

beforeAll(async () => {
  app = await startAlertApp(import.meta.url, {
    remediation: {
      allowedUsers: [alice, bob],
      allowedGroups: ['S0000SECOPS'],
      rules: [
        { actions: ['cloudtrail-start-logging'], allowedUsers: [dave] },
        { accounts: ['210987654321'], allowedUsers: [erin] },
      ],
    },
  });
  app.slack.usergroups.set('S0000SECOPS', [carol]);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

beforeEach(() => {
  app.aws.requests.splice(0);
});

/**
 * Each event by another principal: repeats of a rule by the same actor go to the first alert's thread (flood
 * control), and each test wants an alert of its own.
 */
let actor = 0;
function iamUser() {
  actor += 1;
  return { ...identities.iamUser, userName: `user${actor}`, arn: `arn:aws:iam::123456789012:user/user${actor}` };
}

/** StopLogging by an IAM user's access key: offers start-logging (single) and deactivating that key (four-eyes). */
function stopLogging() {
  return cloudTrailRecord(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', awsRegion: 'eu-west-1', userIdentity: iamUser(), requestParameters: { name: 'management-events' } }));
}

/** CreateAccessKey for backup-bot, by a role (so the only offer is deactivating the new key, four-eyes). */
function createAccessKey() {
  return cloudTrailRecord(
    exampleEvent({
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateAccessKey',
      userIdentity: { ...identities.assumedRole, arn: `${identities.assumedRole.arn}-${(actor += 1)}` },
      requestParameters: { userName: 'backup-bot' },
      responseElements: { accessKey: { accessKeyId: newKey, status: 'Active', userName: 'backup-bot', createDate: 'May 1, 2024 10:00:00 AM' } },
    }),
  );
}

/** Presses Remediate… on `alert` as `user`; resolves with the modal it opened (or undefined) and the ephemeral answers. */
async function pressRemediate(alert: StoredAlert, user: string, teams: { userTeam?: string } = {}) {
  seq += 1;
  const id = `remediate-${seq}`;
  const opened = app.slack.callsTo('views.open').length;
  const payload = blockActionPayload({ actionId: actionIds.alertRemediate, value: alert.ref, userId: user, messageTs: alert.ts, channelId: alert.channel, responseUrl: app.slack.responseUrl(id) }) as { user: { team_id: string } };
  if (teams.userTeam) payload.user.team_id = teams.userTeam;
  const res = await sendSigned(app.baseUrl, payloadRequest(payload, testSigningSecret));
  expect(res.status).toBe(200);
  await until(() => app.slack.callsTo('views.open').length > opened || app.slack.responsesTo(id).length > 0);
  const view = app.slack.callsTo('views.open').length > opened ? (app.slack.callsTo('views.open').at(-1)!.body.view as Record<string, unknown>) : undefined;
  return { view, answers: app.slack.responsesTo(id).map((r) => String(r.body.text)) };
}

/** Submits the confirmation modal as `user`, choosing `choice` when the modal offers several. */
async function submit(view: Record<string, unknown>, user: string, choice?: string) {
  const values: Record<string, Record<string, Record<string, unknown>>> = choice ? { [modalBlocks.choice]: { [actionIds.remediationChoice]: { type: 'radio_buttons', selected_option: { value: choice } } } } : {};
  seq += 1;
  const viewId = `V${String(seq).padStart(10, '0')}`;
  const res = await app.submit({ callbackId: callbackIds.remediateModal, privateMetadata: String(view.private_metadata), userId: user, values, viewId });
  expect(res.status).toBe(200);
  return { res, viewId };
}

async function modalText(viewId: string): Promise<string> {
  await until(() => app.slack.callsTo('views.update').some((c) => c.body.view_id === viewId));
  return JSON.stringify(app.slack.callsTo('views.update').filter((c) => c.body.view_id === viewId).at(-1)!.body.view);
}

async function pressDecision(actionId: string, requestId: string, user: string, channel: string, ts: string) {
  seq += 1;
  const id = `decide-${seq}`;
  const res = await app.press({ actionId, value: requestId, userId: user, messageTs: ts, channelId: channel, responseUrl: app.slack.responseUrl(id) });
  expect(res.status).toBe(200);
  await until(() => app.slack.responsesTo(id).length > 0);
  return String(app.slack.responsesTo(id)[0]!.body.text);
}

const audit = async (): Promise<AuditEntry[]> => readAudit(app.runtime, { since: new Date(0) });

function approvalMessage(alert: StoredAlert) {
  return app.thread(alert.ts).find((m) => JSON.stringify(m.blocks).includes(actionIds.remediationApprove) || JSON.stringify(m.blocks).includes('asks to run'));
}

function requestIdOf(message: { blocks: unknown[] }): string {
  const m = /rq-[0-9a-z]+-[0-9a-f]{10}/.exec(JSON.stringify(message.blocks));
  if (!m) throw new Error('no request id in the approval message');
  return m[0];
}

describe('Remediate…: authorization', () => {
  it('refuses a user the config does not list, ephemerally and audited, and nothing reaches AWS', async () => {
    const alert = await app.ingest(createAccessKey());
    const { view, answers } = await pressRemediate(alert, mallory);
    expect(view).toBeUndefined();
    expect(answers[0]).toContain('You are not allowed to run `iam-deactivate-access-key` in account `123456789012`');
    expect(app.aws.requests).toEqual([]);
    const refusal = (await audit()).find((e) => e.action === 'refusal' && e.user === mallory);
    expect(refusal).toMatchObject({ outcome: 'refused', alert: alert.ref, remediation: 'iam-deactivate-access-key', account: '123456789012' });
  });

  it('refuses a forged submission of the modal by an unlisted user: no request, no job, no AWS call', async () => {
    const alert = await app.ingest(createAccessKey());
    const { view } = await pressRemediate(alert, alice);
    const { res } = await submit(view!, mallory);
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'update' });
    expect(res.text).toContain('You are not allowed to run');
    await new Promise((r) => setTimeout(r, 300));
    expect((await getStoredAlert(app.runtime, alert.ref))!.life.remediation).toBeUndefined();
    expect(await app.runtime.redis.exists(requestKeys(app.runtime.prefix).active({ kind: 'alert', ref: alert.ref }, 'iam-deactivate-access-key'))).toBe(0);
    expect(app.aws.requests).toEqual([]);
    expect((await audit()).filter((e) => e.action === 'refusal' && e.user === mallory && e.alert === alert.ref)).toHaveLength(1);
  });

  it('refuses a user of another workspace (Slack Connect) even when the id is listed', async () => {
    const alert = await app.ingest(createAccessKey());
    const { view, answers } = await pressRemediate(alert, alice, { userTeam: 'T0OTHER001' });
    expect(view).toBeUndefined();
    expect(answers[0]).toBe(otherWorkspaceText);
    expect(app.aws.requests).toEqual([]);
  });

  it('grants by user group, and per-action and per-account rules: each sees only what they may run', async () => {
    const alert = await app.ingest(stopLogging());
    const byGroup = await pressRemediate(alert, carol);
    expect(JSON.stringify(byGroup.view)).toContain('cloudtrail:StartLogging');
    expect(JSON.stringify(byGroup.view)).toContain('iam:UpdateAccessKey');
    // dave may run only cloudtrail-start-logging: the modal offers him that one alone
    const perAction = await pressRemediate(alert, dave);
    expect(JSON.stringify(perAction.view)).toContain('cloudtrail:StartLogging');
    expect(JSON.stringify(perAction.view)).not.toContain('iam:UpdateAccessKey');
    // erin may act only in account 210987654321
    const perAccount = await pressRemediate(alert, erin);
    expect(perAccount.view).toBeUndefined();
    expect(perAccount.answers[0]).toContain('You are not allowed to run');
    // and dave cannot submit the action he was not offered
    const { res } = await submit(byGroup.view!, dave, 'iam-deactivate-access-key');
    expect(res.text).toContain('You are not allowed to run `iam-deactivate-access-key`');
    expect(app.aws.requests).toEqual([]);
  });

  it('the refusal text of the plain middleware still reads as before', () => {
    expect(notAllowedText).toMatch(/not allowed to run remediations/);
  });
});

describe('Remediate…: single approval', () => {
  it('the modal shows account, region, resource, the exact call and the undo; submitting runs exactly the declared call once, however often it is submitted', async () => {
    app.aws.trails.set(trailArn, { logging: false });
    const alert = await app.ingest(stopLogging());
    expect(alert.alert.remediations?.map((o) => o.id).sort()).toEqual(['cloudtrail-start-logging', 'iam-deactivate-access-key']);
    const { view } = await pressRemediate(alert, alice);
    expect(validateView(view)).toEqual([]);
    const shown = JSON.stringify(view);
    for (const part of ['123456789012', 'eu-west-1', trailArn, 'cloudtrail:StartLogging Name=management-events (region eu-west-1)', 'cloudtrail:StopLogging on the same trail']) expect(shown).toContain(part);

    // a double submit and a Slack retry of the same submission: one request, one call
    const first = await submit(view!, alice, 'cloudtrail-start-logging');
    const second = await submit(view!, alice, 'cloudtrail-start-logging');
    const again = await pressRemediate(alert, bob);
    const third = await submit(again.view!, bob, 'cloudtrail-start-logging');
    expect(await modalText(first.viewId)).toContain('result will be posted in the thread');
    await until(() => app.thread(alert.ts).some((m) => m.text.startsWith('Remediated')));
    expect(await modalText(second.viewId)).toContain('Already requested by <@U0000ALICE1>');
    expect(await modalText(third.viewId)).toContain('Already requested by <@U0000ALICE1>');

    const writes = app.aws.requests.filter((r) => r.operation === 'StartLogging');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ service: 'cloudtrail', account: '123456789012', region: 'eu-west-1', body: { Name: 'management-events' } });
    expect(app.aws.requests.map((r) => r.operation)).toEqual(['GetCallerIdentity', 'GetTrailStatus', 'StartLogging']);
    expect(app.aws.trails.get(trailArn)?.logging).toBe(true);

    // the result in the thread, once; the alert message updated in place without Remediate… for it
    await new Promise((r) => setTimeout(r, 300));
    const results = app.thread(alert.ts).filter((m) => m.text.startsWith('Remediated'));
    expect(results).toHaveLength(1);
    expect(JSON.stringify(results[0]!.blocks)).toContain('Started logging on trail management-events');
    await until(async () => (await getStoredAlert(app.runtime, alert.ref))?.life.remediation?.state === 'succeeded');
    await until(() => JSON.stringify(app.slack.messages.get(`${alert.channel}:${alert.ts}`)!.blocks).includes('*Remediated*'));
    const message = app.slack.messages.get(`${alert.channel}:${alert.ts}`)!;
    expect(validateMessage({ text: message.text, blocks: message.blocks })).toEqual([]);
    expect(JSON.stringify(message.blocks)).not.toContain(actionIds.alertRemediate);

    const steps = (await audit()).filter((e) => e.alert === alert.ref);
    // the worker may finish before or after the later submissions: the request comes first, the rest in any order
    const outcomes = steps.map((e) => `${e.action}:${e.outcome}`);
    expect(outcomes[0]).toBe('remediation-request:queued');
    expect(outcomes.slice(1).sort()).toEqual(['remediation-request:duplicate', 'remediation-request:duplicate', 'result:succeeded']);
    expect(steps[0]).toMatchObject({ user: alice, remediation: 'cloudtrail-start-logging', account: '123456789012', region: 'eu-west-1' });
    expect(steps[0]!.target).toContain(`cloudtrail:StartLogging on ${trailArn}`);
  });

  it('shows the AWS error in plain words in the thread, marks the alert failed and offers Remediate… again', async () => {
    app.aws.trails.set(trailArn, { logging: false });
    const alert = await app.ingest(stopLogging());
    app.aws.failNext('StartLogging', 1, 'AccessDeniedException');
    const { view } = await pressRemediate(alert, dave);
    await submit(view!, dave);
    await until(() => app.thread(alert.ts).some((m) => m.text.startsWith('Remediation failed')));
    const failure = JSON.stringify(app.thread(alert.ts).find((m) => m.text.startsWith('Remediation failed'))!.blocks);
    expect(failure).toContain('AccessDeniedException');
    expect(failure).toContain('lack cloudtrail:StartLogging on');
    expect(failure).toContain(trailArn);
    await until(async () => (await getStoredAlert(app.runtime, alert.ref))?.life.remediation?.state === 'failed');
    await until(() => JSON.stringify(app.slack.messages.get(`${alert.channel}:${alert.ts}`)!.blocks).includes('Remediation failed'));
    expect(JSON.stringify(app.slack.messages.get(`${alert.channel}:${alert.ts}`)!.blocks)).toContain(actionIds.alertRemediate);
    expect((await audit()).filter((e) => e.alert === alert.ref && e.action === 'result')).toMatchObject([{ outcome: 'failed', user: dave }]);
    expect(app.aws.trails.get(trailArn)?.logging).toBe(false);

    // after a failure the same action may be asked for again, and this time it runs
    const retry = await pressRemediate(alert, dave);
    await submit(retry.view!, dave);
    await until(() => app.thread(alert.ts).some((m) => m.text.startsWith('Remediated')));
    expect(app.aws.trails.get(trailArn)?.logging).toBe(true);
  });
});

describe('Remediate…: four-eyes', () => {
  it('posts an approval request in the thread; the requester cannot approve; another allowed person approves and only then it runs', async () => {
    app.aws.accessKeys.set(newKey, { account: '123456789012', userName: 'backup-bot', status: 'Active' });
    const alert = await app.ingest(createAccessKey());
    const { view } = await pressRemediate(alert, alice);
    const shown = JSON.stringify(view);
    expect(shown).toContain('Request approval');
    expect(shown).toContain(`iam:UpdateAccessKey UserName=backup-bot AccessKeyId=${newKey} Status=Inactive`);
    const { viewId } = await submit(view!, alice);
    expect(await modalText(viewId)).toContain('Approval requested in the thread');
    await until(() => approvalMessage(alert) !== undefined);
    const approval = approvalMessage(alert)!;
    expect(validateMessage({ text: approval.text, blocks: approval.blocks })).toEqual([]);
    const requestId = requestIdOf(approval);
    expect(app.aws.requests).toEqual([]);
    await until(() => JSON.stringify(app.slack.messages.get(`${alert.channel}:${alert.ts}`)!.blocks).includes('second person'));

    // the requester's own Approve is refused; an unlisted user's too (by the middleware)
    expect(await pressDecision(actionIds.remediationApprove, requestId, alice, alert.channel, approval.ts)).toContain('a second person must approve it');
    expect(await pressDecision(actionIds.remediationApprove, requestId, mallory, alert.channel, approval.ts)).toContain('You are not allowed to run');
    await new Promise((r) => setTimeout(r, 200));
    expect(app.aws.requests).toEqual([]);
    expect((await getRequest(app.runtime, requestId))?.state).toBe('pending-approval');

    // a different allowed person approves: it runs, once, with exactly the event's key
    expect(await pressDecision(actionIds.remediationApprove, requestId, bob, alert.channel, approval.ts)).toContain('Approved');
    expect(await pressDecision(actionIds.remediationApprove, requestId, carol, alert.channel, approval.ts)).toContain('decided by <@U0000BOB001>');
    await until(() => app.thread(alert.ts).some((m) => m.text.startsWith('Remediated')));
    const writes = app.aws.requests.filter((r) => r.operation === 'UpdateAccessKey');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ service: 'iam', account: '123456789012', region: 'us-east-1', body: { UserName: 'backup-bot', AccessKeyId: newKey, Status: 'Inactive' } });
    expect(app.aws.accessKeys.get(newKey)?.status).toBe('Inactive');
    await until(() => JSON.stringify(app.slack.messages.get(`${alert.channel}:${approval.ts}`)!.blocks).includes('Approved by <@U0000BOB001>'));
    expect(JSON.stringify(app.slack.messages.get(`${alert.channel}:${approval.ts}`)!.blocks)).not.toContain(actionIds.remediationApprove);

    await until(async () => (await audit()).some((e) => e.request === requestId && e.action === 'result'));
    const steps = (await audit()).filter((e) => e.request === requestId || (e.alert === alert.ref && e.action === 'refusal'));
    expect(steps.map((e) => `${e.action}:${e.outcome}:${e.user}`)).toEqual([
      `remediation-request:pending-approval:${alice}`,
      `approval:refused:${alice}`,
      `refusal:refused:${mallory}`,
      `approval:approved:${bob}`,
      `result:succeeded:${alice}`,
    ]);
  });

  it('an expired request does nothing: Approve after the deadline expires it, and the expiry job is a no-op then', async () => {
    app.aws.accessKeys.set(newKey, { account: '123456789012', userName: 'backup-bot', status: 'Active' });
    const alert = await app.ingest(createAccessKey());
    const { view } = await pressRemediate(alert, alice);
    await submit(view!, alice);
    await until(() => approvalMessage(alert) !== undefined);
    const approval = approvalMessage(alert)!;
    const requestId = requestIdOf(approval);
    // an hour passes: move the deadline into the past
    const key = requestKeys(app.runtime.prefix).request(requestId);
    const doc = JSON.parse((await app.runtime.redis.hget(key, 'doc'))!) as { expiresAt: string };
    await app.runtime.redis.hset(key, 'doc', JSON.stringify({ ...doc, expiresAt: new Date(Date.now() - 1000).toISOString() }));

    expect(await pressDecision(actionIds.remediationApprove, requestId, bob, alert.channel, approval.ts)).toContain('expired');
    expect((await getRequest(app.runtime, requestId))?.state).toBe('expired');
    const { remediate } = await import('../../../jobs/remediate.js');
    const expireAgain = await remediate.process({ requestId, step: 'expire' }, { runtime: app.runtime, logger: app.runtime.logger, job: { attemptsMade: 0, opts: {} } as never });
    expect(expireAgain).toMatchObject({ outcome: 'skipped', state: 'expired' });
    const runAnyway = await remediate.process({ requestId, step: 'run' }, { runtime: app.runtime, logger: app.runtime.logger, job: { attemptsMade: 0, opts: {} } as never });
    expect(runAnyway).toMatchObject({ outcome: 'skipped', state: 'expired' });
    expect(app.aws.requests).toEqual([]);
    expect(app.aws.accessKeys.get(newKey)?.status).toBe('Active');
    await until(() => JSON.stringify(app.slack.messages.get(`${alert.channel}:${approval.ts}`)!.blocks).includes('Expired'));
    const expiries = (await audit()).filter((e) => e.request === requestId && e.action === 'expiry');
    expect(expiries).toMatchObject([{ outcome: 'expired', user: alice }]);
  });

  it('a rejection ends the request: nothing runs and it can be asked for again', async () => {
    const alert = await app.ingest(createAccessKey());
    const { view } = await pressRemediate(alert, alice);
    await submit(view!, alice);
    await until(() => approvalMessage(alert) !== undefined);
    const approval = approvalMessage(alert)!;
    const requestId = requestIdOf(approval);
    expect(await pressDecision(actionIds.remediationReject, requestId, carol, alert.channel, approval.ts)).toContain('Rejected');
    expect(await pressDecision(actionIds.remediationApprove, requestId, bob, alert.channel, approval.ts)).toContain('rejected');
    expect(app.aws.requests).toEqual([]);
    expect((await audit()).filter((e) => e.request === requestId).map((e) => e.action)).toEqual(['remediation-request', 'rejection']);
    await until(async () => (await getStoredAlert(app.runtime, alert.ref))?.life.remediation?.state === 'rejected');
    const again = await pressRemediate(alert, alice);
    expect(again.view).toBeDefined();
  });
});

describe('Remediate… beside a failing check result', () => {
  it('resolves the result from the run in Redis, shows the modal, and runs the call for that resource in the run message\'s thread', async () => {
    const detector = '12abc34d567e8fa901bc2d34eexample';
    app.aws.detectors.set('123456789012|eu-west-1', detector);
    app.aws.disabledDetectors.add(detector);
    const result: CheckResult = {
      check: 'guardduty-enabled',
      title: 'GuardDuty is enabled in the region',
      area: 'threat-detection',
      owner: 'customer',
      controls: ['GuardDuty.1'],
      account: '123456789012',
      region: 'eu-west-1',
      resource: `arn:aws:guardduty:eu-west-1:123456789012:detector/${detector}`,
      status: 'fail',
      detail: 'detector status is DISABLED',
      severity: 'high',
    };
    const runId = 'r-remediate-0001';
    const posted = await app.runtime.poster!.post({ channel: 'C0CHECKS1', text: 'Check results' });
    await createRunStore(app.runtime.redis, app.runtime.prefix).create(
      { runId, origin: 'command', selection: { selectors: ['guardduty-enabled'] }, checkIds: ['guardduty-enabled'], accounts: ['123456789012'], total: 1, createdAt: new Date().toISOString(), requestedBy: alice },
      { kind: 'message', channel: posted.channel, ts: posted.ts },
    );
    await createResultsStore(app.runtime.redis, app.runtime.prefix).recordTarget(runId, { checkId: 'guardduty-enabled', account: '123456789012', region: 'eu-west-1' }, [result]);

    seq += 1;
    const opened = app.slack.callsTo('views.open').length;
    await app.press({ actionId: actionIds.checkRemediate, value: checkRemediateValue(runId, result), userId: carol, messageTs: posted.ts, channelId: posted.channel, responseUrl: app.slack.responseUrl(`check-${seq}`) });
    await until(() => app.slack.callsTo('views.open').length > opened);
    const view = app.slack.callsTo('views.open').at(-1)!.body.view as Record<string, unknown>;
    expect(JSON.stringify(view)).toContain('guardduty:UpdateDetector');
    await submit(view, carol);
    await until(() => app.thread(posted.ts).some((m) => m.text.startsWith('Remediated')));
    const writes = app.aws.requests.filter((r) => r.operation === 'UpdateDetector');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ service: 'guardduty', account: '123456789012', region: 'eu-west-1', body: { enable: true } });
    expect(app.aws.disabledDetectors.has(detector)).toBe(false);

    // a value naming a result the run does not have is refused as unknown, calling nothing
    seq += 1;
    app.aws.requests.splice(0);
    await app.press({ actionId: actionIds.checkRemediate, value: `c:${runId}:ffffffffffffffffffffffff`, userId: carol, messageTs: posted.ts, channelId: posted.channel, responseUrl: app.slack.responseUrl(`check-${seq}`) });
    await until(() => app.slack.responsesTo(`check-${seq}`).length > 0);
    expect(String(app.slack.responsesTo(`check-${seq}`)[0]!.body.text)).toContain('no longer known');
    expect(app.aws.requests).toEqual([]);
  });
});
