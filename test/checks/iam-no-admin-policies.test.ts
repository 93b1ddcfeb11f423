import { GetPolicyVersionCommand, ListPoliciesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { grantsFullAdmin, iamNoAdminPolicies } from '../../checks/iam-no-admin-policies.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const arn = (name: string): string => `arn:aws:iam::${account}:policy/${name}`;
const doc = (statement: unknown): string => encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statement }));
const policy = (name: string) => ({ PolicyName: name, Arn: arn(name), DefaultVersionId: 'v2', AttachmentCount: 1, IsAttachable: true });

describe('iam-no-admin-policies', () => {
  it('fails policies allowing * on *, across ListPolicies pages, and asks only for attached local policies', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(ListPoliciesCommand).resolvesOnce({ Policies: [policy('admin')], IsTruncated: true, Marker: 'm2' }).resolvesOnce({ Policies: [policy('s3-read')], IsTruncated: false });
    iam.on(GetPolicyVersionCommand, { PolicyArn: arn('admin') }).resolves({ PolicyVersion: { VersionId: 'v2', IsDefaultVersion: true, Document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) } });
    iam.on(GetPolicyVersionCommand, { PolicyArn: arn('s3-read') }).resolves({
      PolicyVersion: { VersionId: 'v2', IsDefaultVersion: true, Document: doc([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }]) },
    });
    const results = await run(iamNoAdminPolicies, clients);
    expect(brief(results)).toEqual([
      { resource: arn('admin'), status: 'fail', region: 'global' },
      { resource: arn('s3-read'), status: 'pass', region: 'global' },
    ]);
    expect(iam.commandCalls(ListPoliciesCommand)[0]?.args[0].input).toMatchObject({ Scope: 'Local', OnlyAttached: true });
    expect(iam.commandCalls(ListPoliciesCommand)[1]?.args[0].input).toMatchObject({ Marker: 'm2' });
    expect(iam.commandCalls(GetPolicyVersionCommand)[0]?.args[0].input).toEqual({ PolicyArn: arn('admin'), VersionId: 'v2' });
  });

  it('reads single and listed statements; Deny and scoped resources are not admin', () => {
    expect(grantsFullAdmin(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] }))).toBe(true);
    expect(grantsFullAdmin(JSON.stringify({ Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }))).toBe(false);
    expect(grantsFullAdmin(JSON.stringify({ Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::example-bucket/*' } }))).toBe(false);
  });

  it('is an error for a policy whose version cannot be read', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(ListPoliciesCommand).resolves({ Policies: [policy('admin')] });
    iam.on(GetPolicyVersionCommand).rejects(accessDenied('iam:GetPolicyVersion'));
    const [r] = await run(iamNoAdminPolicies, clients);
    expect(r).toMatchObject({ resource: arn('admin'), status: 'error', detail: 'could not check: AccessDenied; missing permission iam:GetPolicyVersion' });
  });
});
