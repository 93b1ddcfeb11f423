import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { approvalFor, grantsFor, mayRun, nobodyMayRemediate, unknownActions } from '../../src/remediations/policy.js';

const config = {
  allowedUsers: ['U0000ALICE1'],
  allowedGroups: ['S0000SECOPS'],
  rules: [
    { actions: ['ec2-revoke-open-ingress'], allowedUsers: ['U0000NET001'], allowedGroups: [] },
    { accounts: ['210987654321'], allowedUsers: ['U0000DEV001'], allowedGroups: ['S0000DEVS01'] },
    { actions: ['s3-block-public-access'], accounts: ['123456789012'], allowedUsers: ['U0000DATA01'], allowedGroups: [] },
  ],
};
const members = async (g: string) => (g === 'S0000SECOPS' ? ['U0000CAROL1'] : g === 'S0000DEVS01' ? ['U0000DEV002'] : []);
const may = (user: string, action: string, account: string) => mayRun(user, action, account, config, members, silentLogger());

describe('remediation policy', () => {
  it('the top-level lists may run every action in every account', async () => {
    expect(await may('U0000ALICE1', 'iam-deactivate-access-key', '123456789012')).toBe(true);
    expect(await may('U0000CAROL1', 'guardduty-archive-finding', '210987654321')).toBe(true);
  });

  it('a per-action rule grants that action anywhere, nothing else', async () => {
    expect(await may('U0000NET001', 'ec2-revoke-open-ingress', '123456789012')).toBe(true);
    expect(await may('U0000NET001', 'ec2-revoke-open-ingress', '210987654321')).toBe(true);
    expect(await may('U0000NET001', 'iam-deactivate-access-key', '123456789012')).toBe(false);
  });

  it('a per-account rule grants every action in that account only; both together narrow to the pair', async () => {
    expect(await may('U0000DEV001', 'iam-deactivate-access-key', '210987654321')).toBe(true);
    expect(await may('U0000DEV002', 'cloudtrail-start-logging', '210987654321')).toBe(true);
    expect(await may('U0000DEV001', 'iam-deactivate-access-key', '123456789012')).toBe(false);
    expect(await may('U0000DATA01', 's3-block-public-access', '123456789012')).toBe(true);
    expect(await may('U0000DATA01', 's3-block-public-access', '210987654321')).toBe(false);
    expect(await may('U0000DATA01', 'ec2-revoke-open-ingress', '123456789012')).toBe(false);
  });

  it('fails closed: nobody listed, an empty user id, a group lookup that fails', async () => {
    const empty = { allowedUsers: [], allowedGroups: [], rules: [] };
    expect(nobodyMayRemediate(empty)).toBe(true);
    expect(nobodyMayRemediate(config)).toBe(false);
    expect(await mayRun('U0000ALICE1', 'x', '123456789012', empty, members, silentLogger())).toBe(false);
    expect(await may('', 'x', '123456789012')).toBe(false);
    const failing = async () => {
      throw new Error('usergroups.users.list failed');
    };
    expect(await mayRun('U0000CAROL1', 'x', '123456789012', config, failing, silentLogger())).toBe(false);
  });

  it('approval: the config overrides the catalogue default per action', () => {
    expect(approvalFor({ id: 'iam-deactivate-access-key', approval: 'four-eyes' }, { approval: {} })).toBe('four-eyes');
    expect(approvalFor({ id: 'ec2-revoke-open-ingress', approval: 'single' }, { approval: { 'ec2-revoke-open-ingress': 'four-eyes' } })).toBe('four-eyes');
    expect(approvalFor({ id: 'iam-deactivate-access-key', approval: 'four-eyes' }, { approval: { 'iam-deactivate-access-key': 'single' } })).toBe('single');
  });

  it('names the action ids the config mentions that the catalogue does not have', () => {
    expect(unknownActions({ approval: { 'iam-delete-user': 'single' }, rules: config.rules }, new Set(['ec2-revoke-open-ingress', 's3-block-public-access']))).toEqual(['iam-delete-user']);
    expect(grantsFor(config, 'ec2-revoke-open-ingress', '123456789012').users).toEqual(['U0000ALICE1', 'U0000NET001']);
  });
});
