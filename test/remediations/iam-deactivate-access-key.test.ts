import { describe, expect, it } from 'vitest';
import { iamDeactivateAccessKey } from '../../remediations/iam-deactivate-access-key.js';
import { cloudTrailRecord, exampleEvent, exampleFinding, guardDutyRecord } from '../../src/remediations/examples.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const newKey = 'AKIAI44QH8DHBEXAMPLE';
const otherKey = 'AKIAJ55RI9EICFXAMPLE';

const createAccessKey = (acct: string) =>
  cloudTrailRecord(
    exampleEvent({
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateAccessKey',
      recipientAccountId: acct,
      requestParameters: { userName: 'backup-bot' },
      responseElements: { accessKey: { accessKeyId: newKey, status: 'Active', userName: 'backup-bot', createDate: 'May 1, 2024 10:00:00 AM' } },
    }),
  );

function withKeys(server: AwsServer, acct: string): void {
  server.accessKeys.set(newKey, { account: acct, userName: 'backup-bot', status: 'Active' });
  server.accessKeys.set(otherKey, { account: acct, userName: 'backup-bot', status: 'Active' });
}

describe('iam-deactivate-access-key against IAM (query protocol)', () => {
  const aws = useLocalAws();

  it('deactivates exactly the key CreateAccessKey created: UpdateAccessKey Status=Inactive, after reading the user\'s keys', async () => {
    const server = aws.server();
    withKeys(server, account);
    const offer = offerFor(iamDeactivateAccessKey, createAccessKey(account));
    expect(iamDeactivateAccessKey.preview(offer.target as never)).toBe(`iam:UpdateAccessKey UserName=backup-bot AccessKeyId=${newKey} Status=Inactive`);

    const result = await run(offer);

    expect(result).toEqual({ ok: true, alreadyDone: false, summary: `Deactivated access key ${newKey} of IAM user backup-bot` });
    expect(calls(server)).toEqual([
      { service: 'iam', operation: 'ListAccessKeys', account, region: 'us-east-1', body: { Action: 'ListAccessKeys', Version: '2010-05-08', UserName: 'backup-bot' } },
      {
        service: 'iam',
        operation: 'UpdateAccessKey',
        account,
        region: 'us-east-1',
        body: { Action: 'UpdateAccessKey', Version: '2010-05-08', UserName: 'backup-bot', AccessKeyId: newKey, Status: 'Inactive' },
      },
    ]);
    expect(server.accessKeys.get(newKey)?.status).toBe('Inactive');
    expect(server.accessKeys.get(otherKey)?.status).toBe('Active');
  });

  it('a second run finds the key inactive and reports alreadyDone without calling UpdateAccessKey', async () => {
    const server = aws.server();
    withKeys(server, account);
    server.accessKeys.get(newKey)!.status = 'Inactive';
    const result = await run(offerFor(iamDeactivateAccessKey, createAccessKey(account)));
    expect(result).toEqual({ ok: true, alreadyDone: true, summary: `Access key ${newKey} of IAM user backup-bot was already inactive` });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'ListAccessKeys']);
  });

  it('deactivates the IAM user key a GuardDuty finding names', async () => {
    const server = aws.server();
    withKeys(server, account);
    const finding = exampleFinding({
      type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
      severity: 8,
      resource: { resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: otherKey, principalId: 'AIDAEXAMPLEUSER000002', userName: 'backup-bot', userType: 'IAMUser' } },
    });
    expect(await run(offerFor(iamDeactivateAccessKey, guardDutyRecord(finding)))).toMatchObject({ ok: true, alreadyDone: false });
    expect(server.calls('UpdateAccessKey').map((r) => r.body)).toEqual([
      { Action: 'UpdateAccessKey', Version: '2010-05-08', UserName: 'backup-bot', AccessKeyId: otherKey, Status: 'Inactive' },
    ]);
    expect(server.accessKeys.get(newKey)?.status).toBe('Active');
  });

  it('a key that no longer exists (or is another user\'s) is reported, not created or guessed', async () => {
    const server = aws.server();
    server.accessKeys.clear();
    server.accessKeys.set(otherKey, { account, userName: 'backup-bot', status: 'Active' });
    const result = await run(offerFor(iamDeactivateAccessKey, createAccessKey(account)));
    expect(result).toEqual({
      ok: false,
      code: 'not-found',
      retryable: false,
      message: `IAM user backup-bot has no access key ${newKey} (deleted already, or it belongs to another user)`,
    });
    expect(server.calls('UpdateAccessKey')).toEqual([]);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: iamDeactivateAccessKey,
    operation: 'UpdateAccessKey',
    accessDenied: { type: 'AccessDenied', status: 403 },
    arrange(server, acct) {
      server.accessKeys.clear();
      withKeys(server, acct);
      return offerFor(iamDeactivateAccessKey, createAccessKey(acct));
    },
  });
});
