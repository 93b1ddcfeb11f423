import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logger.js';
import { cachedGroupMembers, isAllowed, notAllowedText, onlyRemediators } from '../../../src/slack/middleware/authorize.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../../helpers/slack-app.js';
import { blockAction, sendSigned } from '../../helpers/slack-request.js';

const policy = { allowedUsers: ['U0000ALLOW1'], allowedGroups: ['S0000GROUP1'] };
let t: RunningTestApp;
const ran: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  t.slack.usergroups.set('S0000GROUP1', ['U0000MEMBER']);
  t.app.action('test-remediate', onlyRemediators(policy, { logger: silentLogger() }), async ({ ack, body }) => {
    await ack();
    ran.push(body.user.id);
  });
});

afterAll(async () => {
  await t.stop();
});

async function press(userId: string, id: string): Promise<number> {
  const res = await sendSigned(t.baseUrl, blockAction({ actionId: 'test-remediate', value: 'x', userId, messageTs: '1700000000.000100', responseUrl: t.slack.responseUrl(id) }, testSigningSecret));
  return res.status;
}

describe('onlyRemediators (Bolt middleware)', () => {
  it('runs the listener for a listed user', async () => {
    expect(await press('U0000ALLOW1', 'allow')).toBe(200);
    await t.slack.waitFor(() => ran.includes('U0000ALLOW1'));
    expect(t.slack.responsesTo('allow')).toHaveLength(0);
  });

  it('runs the listener for a member of a listed user group', async () => {
    expect(await press('U0000MEMBER', 'member')).toBe(200);
    await t.slack.waitFor(() => ran.includes('U0000MEMBER'));
    expect(t.slack.callsTo('usergroups.users.list').at(-1)?.body.usergroup).toBe('S0000GROUP1');
  });

  it('refuses anyone else with an ephemeral answer and never runs the listener', async () => {
    expect(await press('U0000OTHER1', 'other')).toBe(200);
    await t.slack.waitFor(() => t.slack.responsesTo('other').length === 1);
    expect(t.slack.responsesTo('other')[0]?.body).toMatchObject({ response_type: 'ephemeral', text: notAllowedText });
    expect(ran).not.toContain('U0000OTHER1');
  });
});

describe('isAllowed', () => {
  it('fails closed when a group lookup fails', async () => {
    const allowed = await isAllowed('U1', { allowedUsers: [], allowedGroups: ['S1'] }, async () => Promise.reject(new Error('missing_scope')), silentLogger());
    expect(allowed).toBe(false);
  });

  it('caches group members for the configured time', async () => {
    let calls = 0;
    let clock = 0;
    const fakeClient = { usergroups: { users: { list: async () => ({ ok: true, users: [`U${++calls}`] }) } } } as never;
    const members = cachedGroupMembers(1000, () => clock);
    expect(await members(fakeClient, 'S1')).toEqual(['U1']);
    clock = 999;
    expect(await members(fakeClient, 'S1')).toEqual(['U1']);
    clock = 1000;
    expect(await members(fakeClient, 'S1')).toEqual(['U2']);
  });
});
