import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/logger.js';
import { cachedGroupMembers, isAllowed, notAllowedText, onlyRemediators, teamMismatch } from '../../../src/slack/middleware/authorize.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../../helpers/slack-app.js';
import { blockAction, blockActionPayload, payloadRequest, sendSigned, testTeamId } from '../../helpers/slack-request.js';

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
  t.app.action('test-remediate-team', onlyRemediators(policy, { logger: silentLogger(), teamId: testTeamId }), async ({ ack, body }) => {
    await ack();
    ran.push(`team:${body.user.id}`);
  });
  t.app.action('test-remediate-empty', onlyRemediators({ allowedUsers: [], allowedGroups: [] }, { logger: silentLogger() }), async ({ ack, body }) => {
    await ack();
    ran.push(`empty:${body.user.id}`);
  });
  t.app.action(
    'test-remediate-throws',
    onlyRemediators(
      () => {
        throw new Error('config not loaded');
      },
      { logger: silentLogger() },
    ),
    async ({ ack, body }) => {
      await ack();
      ran.push(`throws:${body.user.id}`);
    },
  );
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

/** Presses `actionId` as `userId`, whose own team is `userTeam`, in workspace `requestTeam`; resolves with the refusal's body. */
async function pressAs(actionId: string, userId: string, id: string, teams: { requestTeam?: string; userTeam?: string } = {}): Promise<unknown> {
  const payload = blockActionPayload({ actionId, value: 'x', userId, messageTs: '1700000000.000100', responseUrl: t.slack.responseUrl(id), teamId: teams.requestTeam ?? testTeamId }) as {
    user: { team_id: string };
  };
  if (teams.userTeam) payload.user.team_id = teams.userTeam;
  const res = await sendSigned(t.baseUrl, payloadRequest(payload, testSigningSecret));
  expect(res.status).toBe(200);
  await t.slack.waitFor(() => t.slack.responsesTo(id).length === 1);
  return t.slack.responsesTo(id)[0]?.body;
}

describe('onlyRemediators fails closed', () => {
  it('refuses an allowed user id coming from another workspace (configured team)', async () => {
    expect(await pressAs('test-remediate-team', 'U0000ALLOW1', 'team-other', { requestTeam: 'T0000EVIL1' })).toMatchObject({ text: notAllowedText });
    expect(ran).not.toContain('team:U0000ALLOW1');
  });

  it('refuses an allowed user id whose own team differs from the workspace (Slack Connect)', async () => {
    expect(await pressAs('test-remediate', 'U0000ALLOW1', 'team-connect', { userTeam: 'T0000EVIL1' })).toMatchObject({ text: notAllowedText });
    expect(await pressAs('test-remediate-team', 'U0000ALLOW1', 'team-connect-2', { userTeam: 'T0000EVIL1' })).toMatchObject({ text: notAllowedText });
    expect(ran.filter((r) => r.endsWith('U0000ALLOW1'))).toEqual(['U0000ALLOW1']);
  });

  it('lets the allowed user of the configured team through', async () => {
    await sendSigned(t.baseUrl, blockAction({ actionId: 'test-remediate-team', value: 'x', userId: 'U0000ALLOW1', messageTs: '1700000000.000100', responseUrl: t.slack.responseUrl('team-ok') }, testSigningSecret));
    await t.slack.waitFor(() => ran.includes('team:U0000ALLOW1'));
    expect(t.slack.responsesTo('team-ok')).toHaveLength(0);
  });

  it('refuses everyone when the policy lists no one', async () => {
    expect(await pressAs('test-remediate-empty', 'U0000ALLOW1', 'empty')).toMatchObject({ text: notAllowedText });
    expect(ran).not.toContain('empty:U0000ALLOW1');
  });

  it('refuses when the policy cannot be read', async () => {
    expect(await pressAs('test-remediate-throws', 'U0000ALLOW1', 'throws')).toMatchObject({ text: notAllowedText });
    expect(ran).not.toContain('throws:U0000ALLOW1');
  });

  it('refuses a group member when the group lookup fails (not cached)', async () => {
    t.slack.usergroups.set('S0000GROUP2', ['U0000MEMBR2']);
    const groupPolicy = { allowedUsers: [], allowedGroups: ['S0000GROUP2'] };
    t.app.action('test-remediate-lookup', onlyRemediators(groupPolicy, { logger: silentLogger() }), async ({ ack, body }) => {
      await ack();
      ran.push(`lookup:${body.user.id}`);
    });
    t.slack.failNext('usergroups.users.list', { error: 'missing_scope' });
    expect(await pressAs('test-remediate-lookup', 'U0000MEMBR2', 'lookup')).toMatchObject({ text: notAllowedText });
    expect(ran).not.toContain('lookup:U0000MEMBR2');
  });
});

describe('teamMismatch', () => {
  const body = (team: string | undefined, userTeam: string | undefined) => ({ team: team ? { id: team } : null, user: { id: 'U1', team_id: userTeam } }) as never;
  it('accepts matching teams and refuses any difference', () => {
    expect(teamMismatch(body('T1', 'T1'), undefined)).toBeUndefined();
    expect(teamMismatch(body('T1', 'T1'), 'T1')).toBeUndefined();
    expect(teamMismatch(body('T1', 'T2'), undefined)).toMatch(/T2/);
    expect(teamMismatch(body('T2', 'T2'), 'T1')).toMatch(/expected T1/);
    expect(teamMismatch(body(undefined, 'T1'), 'T1')).toMatch(/expected T1/);
  });
});

describe('isAllowed', () => {
  it('refuses everyone with an empty policy', async () => {
    expect(await isAllowed('U1', { allowedUsers: [], allowedGroups: [] }, async () => ['U1'], silentLogger())).toBe(false);
    expect(await isAllowed('', { allowedUsers: [''], allowedGroups: [] }, async () => [], silentLogger())).toBe(false);
  });

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
