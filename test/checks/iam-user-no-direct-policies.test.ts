import { ListAttachedUserPoliciesCommand, ListUserPoliciesCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamUserNoDirectPolicies } from '../../checks/iam-user-no-direct-policies.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const arn = (u: string): string => `arn:aws:iam::${account}:user/${u}`;
const user = (name: string) => ({ UserName: name, UserId: `AIDA${name.toUpperCase()}EXAMPLE`, Arn: arn(name), Path: '/', CreateDate: new Date('2024-01-15T08:00:00Z') });

describe('iam-user-no-direct-policies', () => {
  it('fails users with managed or inline policies, across ListUsers pages', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(ListUsersCommand).resolvesOnce({ Users: [user('alice'), user('bob')], IsTruncated: true, Marker: 'm2' }).resolvesOnce({ Users: [user('carol')] });
    iam.on(ListAttachedUserPoliciesCommand).resolves({ AttachedPolicies: [] });
    iam.on(ListAttachedUserPoliciesCommand, { UserName: 'bob' }).resolves({ AttachedPolicies: [{ PolicyName: 'AmazonS3FullAccess', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' }] });
    iam.on(ListUserPoliciesCommand).resolves({ PolicyNames: [] });
    iam.on(ListUserPoliciesCommand, { UserName: 'carol' }).resolves({ PolicyNames: ['deploy-inline'] });
    const results = await run(iamUserNoDirectPolicies, clients);
    expect(brief(results)).toEqual([
      { resource: arn('alice'), status: 'pass', region: 'global' },
      { resource: arn('bob'), status: 'fail', region: 'global' },
      { resource: arn('carol'), status: 'fail', region: 'global' },
    ]);
    expect(results[1]?.detail).toBe('bob has managed AmazonS3FullAccess');
    expect(results[2]?.detail).toBe('carol has inline deploy-inline');
  });

  it('gives an error for the user whose policies cannot be listed', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(ListUsersCommand).resolves({ Users: [user('alice')] });
    iam.on(ListAttachedUserPoliciesCommand).resolves({ AttachedPolicies: [] });
    iam.on(ListUserPoliciesCommand).rejects(accessDenied('iam:ListUserPolicies'));
    const [r] = await run(iamUserNoDirectPolicies, clients);
    expect(r).toMatchObject({ resource: arn('alice'), status: 'error', detail: 'could not check: AccessDenied; missing permission iam:ListUserPolicies' });
  });
});
