import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/audit/log.js';
import { getStoredAlert, type StoredAlert } from '../../../src/router/alert-store.js';
import { listSnoozes } from '../../../src/router/snooze.js';
import { readRouterStats } from '../../../src/router/stats.js';
import { cloudTrailRecord, exampleEvent, identities } from '../../../src/remediations/examples.js';
import { validateMessage, validateView } from '../../../src/slack/block-limits.js';
import { modalBlocks } from '../../../src/slack/blocks/alert-modals.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { otherWorkspaceText } from '../../../src/slack/middleware/authorize.js';
import { blockActionPayload, payloadRequest, sendSigned } from '../../helpers/slack-request.js';
import { testSigningSecret } from '../../helpers/slack-app.js';
import { until } from '../../helpers/until.js';
import { startAlertApp, type AlertApp } from './alert-app.js';

const alice = 'U0000ALICE1';
const bob = 'U0000BOB001';

let app: AlertApp;
let seq = 0;

beforeAll(async () => {
  app = await startAlertApp(import.meta.url, {});
}, 60_000);

afterAll(async () => {
  await app?.close();
});

/** A security group opened to the world by a user of its own (so each test gets its own top-level alert). */
function openIngress(groupId = 'sg-0123456789abcdef0') {
  seq += 1;
  return cloudTrailRecord(
    exampleEvent({
      eventSource: 'ec2.amazonaws.com',
      eventName: 'AuthorizeSecurityGroupIngress',
      awsRegion: 'eu-west-1',
      userIdentity: { ...identities.iamUser, userName: `dev${seq}`, arn: `arn:aws:iam::123456789012:user/dev${seq}` },
      requestParameters: { groupId, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
      responseElements: { _return: true, securityGroupRuleSet: { items: [{ groupId, securityGroupRuleId: 'sgr-0123456789abcdef0', ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0', isEgress: false }] } },
    }),
  );
}

async function press(alert: StoredAlert, actionId: string, user: string, userTeam?: string): Promise<string[]> {
  seq += 1;
  const id = `press-${seq}`;
  const payload = blockActionPayload({ actionId, value: alert.ref, userId: user, messageTs: alert.ts, channelId: alert.channel, responseUrl: app.slack.responseUrl(id) }) as { user: { team_id: string } };
  if (userTeam) payload.user.team_id = userTeam;
  expect((await sendSigned(app.baseUrl, payloadRequest(payload, testSigningSecret))).status).toBe(200);
  await new Promise((r) => setTimeout(r, 150));
  return app.slack.responsesTo(id).map((r) => String(r.body.text));
}

const messageOf = (alert: StoredAlert) => app.slack.messages.get(`${alert.channel}:${alert.ts}`)!;
const buttons = (alert: StoredAlert) =>
  (messageOf(alert).blocks as Array<{ type: string; elements?: Array<{ text?: { text: string } }> }>).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])).map((e) => e.text?.text);

describe('alert buttons', () => {
  it('an alert is posted with Acknowledge, Assign, Snooze and Remediate…', async () => {
    const alert = await app.ingest(openIngress());
    expect(alert.alert.remediations?.map((r) => r.id)).toContain('ec2-revoke-open-ingress');
    expect(buttons(alert)).toEqual(['Acknowledge', 'Assign', 'Snooze', 'Remediate…']);
  });

  it('Acknowledge: recorded once, audited, and the message updated in place to say who and when, without the button', async () => {
    const alert = await app.ingest(openIngress());
    expect(await press(alert, actionIds.alertAcknowledge, alice)).toEqual([]);
    await until(() => JSON.stringify(messageOf(alert).blocks).includes('Acknowledged by <@U0000ALICE1>'));
    expect(buttons(alert)).toEqual(['Assign', 'Snooze', 'Remediate…']);
    expect(messageOf(alert).updates).toBeGreaterThanOrEqual(1);
    expect(validateMessage({ text: messageOf(alert).text, blocks: messageOf(alert).blocks })).toEqual([]);
    // a second press (the old message in someone's client) changes nothing and says who did it
    expect((await press(alert, actionIds.alertAcknowledge, bob))[0]).toBe('<@U0000ALICE1> acknowledged this alert already.');
    expect((await getStoredAlert(app.runtime, alert.ref))!.life.acknowledged?.by).toBe(alice);
    const entries = (await readAudit(app.runtime, { since: new Date(0) })).filter((e) => e.alert === alert.ref);
    expect(entries.map((e) => `${e.action}:${e.outcome}:${e.user}`)).toEqual([`acknowledge:ok:${alice}`, `acknowledge:already-acknowledged:${bob}`]);
    // it survives a restart: the state is in Redis, not in the process
    const fresh = await getStoredAlert({ redis: app.runtime.redis, prefix: app.runtime.prefix }, alert.ref);
    expect(fresh?.life.acknowledged).toMatchObject({ by: alice });
  });

  it('Assign: a user picker; the assignee gets a DM with a link to the alert; the message names both', async () => {
    const alert = await app.ingest(openIngress());
    const opened = app.slack.callsTo('views.open').length;
    await press(alert, actionIds.alertAssign, alice);
    await until(() => app.slack.callsTo('views.open').length > opened);
    const view = app.slack.callsTo('views.open').at(-1)!.body.view as { private_metadata: string; blocks: unknown[] };
    expect(validateView(view)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('users_select');
    const res = await app.submit({
      callbackId: callbackIds.assignModal,
      privateMetadata: view.private_metadata,
      userId: alice,
      values: { [modalBlocks.assignee]: { [actionIds.assignUser]: { type: 'users_select', selected_user: bob } } },
    });
    expect(res.status).toBe(200);
    await until(() => app.slack.callsTo('conversations.open').some((c) => c.body.users === bob));
    await until(() => [...app.slack.messages.values()].some((m) => m.channel === 'D0000BOB001'));
    const dm = [...app.slack.messages.values()].find((m) => m.channel === 'D0000BOB001')!;
    expect(JSON.stringify(dm.blocks)).toContain(`<${alert.permalink}|Open the alert>`);
    expect(JSON.stringify(dm.blocks)).toContain('<@U0000ALICE1> assigned you an alert');
    await until(() => JSON.stringify(messageOf(alert).blocks).includes('Assigned to <@U0000BOB001> by <@U0000ALICE1>'));
    expect((await readAudit(app.runtime, { since: new Date(0) })).find((e) => e.alert === alert.ref && e.action === 'assign')).toMatchObject({ user: alice, detail: `assigned to ${bob}` });
  });

  it('Assign with no one picked is answered in the modal', async () => {
    const alert = await app.ingest(openIngress());
    const res = await app.submit({ callbackId: callbackIds.assignModal, privateMetadata: alert.ref, userId: alice, values: {} });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'errors' });
  });

  it('Snooze: later matches of its rules on the same resource stay quiet (counted) until it runs out, other resources still alert', async () => {
    const alert = await app.ingest(openIngress('sg-0aaaaaaaaaaaaaaa1'));
    const opened = app.slack.callsTo('views.open').length;
    await press(alert, actionIds.alertSnooze, alice);
    await until(() => app.slack.callsTo('views.open').length > opened);
    const view = app.slack.callsTo('views.open').at(-1)!.body.view as { private_metadata: string };
    expect(validateView(view)).toEqual([]);
    await app.submit({
      callbackId: callbackIds.snoozeModal,
      privateMetadata: view.private_metadata,
      userId: alice,
      values: { [modalBlocks.snoozeFor]: { [actionIds.snoozeFor]: { type: 'radio_buttons', selected_option: { value: '1d' } } } },
    });
    await until(() => JSON.stringify(messageOf(alert).blocks).includes('Snoozed for 1 day by <@U0000ALICE1>'));
    expect(buttons(alert)).toEqual(['Acknowledge', 'Assign', 'Remediate…']);
    const snoozes = await listSnoozes(app.runtime);
    const keyed = alert.alert.rules.map((r) => r.rule).sort();
    expect(snoozes.filter((s) => s.alertRef === alert.ref).map((s) => s.rule).sort()).toEqual(keyed);

    // the same rules on the same group again: quiet, counted
    const posts = app.slack.okCallsTo('chat.postMessage').length;
    const before = (await readRouterStats(app.runtime)).snoozed;
    await app.runtime.enqueue((await import('../../../jobs/evaluate-event.js')).evaluateEvent, { record: openIngress('sg-0aaaaaaaaaaaaaaa1') });
    await until(async () => (await readRouterStats(app.runtime)).snoozed === before + 1);
    expect(app.slack.okCallsTo('chat.postMessage').length).toBe(posts);
    const quiet = (await listSnoozes(app.runtime)).filter((s) => s.alertRef === alert.ref);
    expect(quiet.every((s) => s.quieted === 1)).toBe(true);

    // another group still alerts
    const other = await app.ingest(openIngress('sg-0bbbbbbbbbbbbbbb2'));
    expect(other.ref).not.toBe(alert.ref);

    // once the snooze runs out (its keys expire), the same resource alerts again
    for (const s of quiet) await app.runtime.redis.del((await import('../../../src/router/keys.js')).routerKeys(app.runtime.prefix).snooze(s.rule, s.resource));
    const again = await app.ingest(openIngress('sg-0aaaaaaaaaaaaaaa1'));
    expect(again.ref).not.toBe(alert.ref);
    expect((await readAudit(app.runtime, { since: new Date(0) })).find((e) => e.alert === alert.ref && e.action === 'snooze')).toMatchObject({ user: alice, outcome: 'ok' });
  });

  it('refuses users of another workspace (Slack Connect), audited', async () => {
    const alert = await app.ingest(openIngress());
    expect(await press(alert, actionIds.alertAcknowledge, alice, 'T0OTHER001')).toEqual([otherWorkspaceText]);
    expect((await getStoredAlert(app.runtime, alert.ref))!.life.acknowledged).toBeUndefined();
    expect((await readAudit(app.runtime, { limit: 5 })).at(-1)).toMatchObject({ action: 'refusal', user: alice, outcome: 'refused' });
  });

  it('says so for a damaged or unknown alert reference', async () => {
    const alert = await app.ingest(openIngress());
    expect(await press({ ...alert, ref: 'ffffffffffffffffffffffff' }, actionIds.alertAcknowledge, alice)).toEqual([expect.stringContaining('no longer known')]);
    expect(await press({ ...alert, ref: 'not-a-ref' }, actionIds.alertAcknowledge, alice)).toEqual([expect.stringContaining('damaged')]);
  });
});
