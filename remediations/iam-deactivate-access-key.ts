import { z } from 'zod';
import { iamAccessKeysRotated } from '../checks/iam-access-keys-rotated.js';
import { iamRootNoAccessKeys } from '../checks/iam-root-no-access-keys.js';
import { iamUnusedCredentials } from '../checks/iam-unused-credentials.js';
import { call } from '../src/checks/define-check.js';
import { SrmError } from '../src/errors.js';
import type { CheckResult } from '../src/checks/types.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { checkResult, cloudTrailRecord, exampleEvent, exampleFinding, guardDutyRecord, identities } from '../src/remediations/examples.js';
import { eventAccount, findingOf, globalRegion, parseArn } from '../src/remediations/records.js';
import { getPath, getString } from '../src/rules/event-fields.js';

const paramsSchema = z.strictObject({
  userName: z.string().regex(/^[\w+=,.@-]{1,64}$/, 'expected an IAM user name'),
  // Long-term user keys only: temporary (ASIA) keys cannot be deactivated, they expire.
  accessKeyId: z.string().regex(/^AKIA[0-9A-Z]{16}$/, 'expected a long-term access key id (AKIA…)'),
});
type Params = z.infer<typeof paramsSchema>;

const keyPattern = /^AKIA[0-9A-Z]{16}$/;

function target(account: string | undefined, partition: string | undefined, userName: string | undefined, accessKeyId: string | undefined, why: string): RemediationTarget<Params> | undefined {
  if (!account || !userName || !accessKeyId || !keyPattern.test(accessKeyId)) return undefined;
  return {
    account,
    region: globalRegion(partition),
    resource: `access key ${accessKeyId} of IAM user ${userName} (${why})`,
    params: { userName, accessKeyId },
  };
}

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const finding = findingOf(record);
  if (finding) {
    // GuardDuty names the key a finding is about in resource.accessKeyDetails; only IAM users' keys can be deactivated.
    const details = getPath(finding.resource, 'accessKeyDetails');
    if (getString(details, 'userType') !== 'IAMUser') return undefined;
    return target(finding.accountId, finding.partition, getString(details, 'userName'), getString(details, 'accessKeyId'), 'named by the finding');
  }
  if (record.source !== 'cloudtrail') return undefined;
  const e = record.event;
  const caller = e.userIdentity;
  const partition = parseArn(getString(caller, 'arn') ?? '')?.partition;
  if (e.eventSource === 'iam.amazonaws.com' && e.eventName === 'CreateAccessKey') {
    if (e.errorCode) return undefined;
    const requested = getString(e.requestParameters, 'userName');
    // The root user's own key: IAM APIs called by a role cannot deactivate it.
    if (getString(caller, 'type') === 'Root' && requested === undefined) return undefined;
    const created = getPath(e.responseElements, 'accessKey');
    const userName = getString(created, 'userName') ?? requested ?? (getString(caller, 'type') === 'IAMUser' ? getString(caller, 'userName') : undefined);
    return target(eventAccount(e), partition, userName, getString(created, 'accessKeyId'), 'created by this call');
  }
  // Any other call signed with an IAM user's long-term key: that key.
  if (getString(caller, 'type') !== 'IAMUser' || getString(caller, 'invokedBy') !== undefined) return undefined;
  return target(getString(caller, 'accountId'), partition, getString(caller, 'userName'), getString(caller, 'accessKeyId'), 'the key that made this call');
}

/** IAM user checks name a key only when their detail carries its id; the credential report itself has none. */
function fromCheckResult(result: CheckResult): RemediationTarget<Params> | undefined {
  if (result.check !== iamAccessKeysRotated.id && result.check !== iamUnusedCredentials.id) return undefined;
  const arn = parseArn(result.resource);
  const userName = arn?.service === 'iam' && arn.resource.startsWith('user/') ? arn.resource.split('/').pop() : undefined;
  const keys = [...new Set(result.detail.match(/\bAKIA[0-9A-Z]{16}\b/g) ?? [])];
  if (keys.length !== 1) return undefined;
  return target(arn?.account, arn?.partition, userName, keys[0], `failing ${result.check}`);
}

const aliceArn = 'arn:aws:iam::123456789012:user/alice';
const staleKeys = checkResult(iamAccessKeysRotated, { users: [{ user: 'alice', arn: aliceArn, keys: [{ slot: 1, lastRotated: '2025-01-02T03:04:05+00:00' }] }] }, 'global');

export const iamDeactivateAccessKey = defineRemediation({
  id: 'iam-deactivate-access-key',
  title: 'Deactivate the IAM access key',
  call: 'iam:UpdateAccessKey',
  permissions: ['iam:ListAccessKeys', 'iam:UpdateAccessKey'],
  approval: 'four-eyes',
  undo: 'Reactivate the key: iam:UpdateAccessKey with the same UserName and AccessKeyId and Status=Active (aws iam update-access-key --status Active). The key is never deleted, so nothing is lost.',
  impact: 'Every program, script or person using this key gets InvalidClientTokenId from then on, until it is reactivated. Sessions already issued from it (GetSessionToken) keep working until they expire.',
  sources: {
    events: ['iam.amazonaws.com:CreateAccessKey', 'any call signed with an IAM user access key'],
    findings: ['any finding with resource.accessKeyDetails of an IAM user'],
    checks: [iamAccessKeysRotated.id, iamUnusedCredentials.id],
  },
  notOffered: [
    `Root user keys (${iamRootNoAccessKeys.id}, cloudtrail-root-access-key-used): a role cannot deactivate them through IAM APIs; only the root user can, from its security credentials page.`,
    'Temporary (ASIA…) keys of roles, federated and console sessions: they cannot be deactivated; revoke the role\'s sessions instead.',
    'Check results that do not name the key id (the credential report has none): a key slot number is not enough to pick the key safely.',
  ],
  paramsSchema,
  fromRecord,
  fromCheckResult,
  preview: (t) => `iam:UpdateAccessKey UserName=${t.params.userName} AccessKeyId=${t.params.accessKeyId} Status=Inactive`,
  async run(ctx, t) {
    const { ListAccessKeysCommand, UpdateAccessKeyCommand } = await import('@aws-sdk/client-iam');
    const { userName, accessKeyId } = t.params;
    const listed = await call('iam:ListAccessKeys', () =>
      ctx.clients.iam.send(new ListAccessKeysCommand({ UserName: userName }), { abortSignal: ctx.signal }),
    );
    const key = listed.AccessKeyMetadata?.find((k) => k.AccessKeyId === accessKeyId);
    if (!key) throw new SrmError('not-found', `IAM user ${userName} has no access key ${accessKeyId} (deleted already, or it belongs to another user)`);
    if (key.Status === 'Inactive') return { summary: `Access key ${accessKeyId} of IAM user ${userName} was already inactive`, alreadyDone: true };
    await call('iam:UpdateAccessKey', () =>
      ctx.clients.iam.send(new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: 'Inactive' }), { abortSignal: ctx.signal }),
    );
    return { summary: `Deactivated access key ${accessKeyId} of IAM user ${userName}` };
  },
  cases: [
    {
      name: 'CreateAccessKey for another user: the new key',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'iam.amazonaws.com',
          eventName: 'CreateAccessKey',
          requestParameters: { userName: 'backup-bot' },
          responseElements: { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', status: 'Active', userName: 'backup-bot', createDate: 'May 1, 2024 10:00:00 AM' } },
        }),
      ),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: 'access key AKIAI44QH8DHBEXAMPLE of IAM user backup-bot (created by this call)',
        params: { userName: 'backup-bot', accessKeyId: 'AKIAI44QH8DHBEXAMPLE' },
      },
    },
    {
      name: 'a call signed with an IAM user key: that key',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', awsRegion: 'eu-west-1' })),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: 'access key AKIAIOSFODNN7EXAMPLE of IAM user alice (the key that made this call)',
        params: { userName: 'alice', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
      },
    },
    {
      name: 'GuardDuty finding about an IAM user key',
      record: guardDutyRecord(
        exampleFinding({
          type: 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS',
          severity: 8,
          resource: { resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', principalId: 'AIDAEXAMPLEUSER000002', userName: 'backup-bot', userType: 'IAMUser' } },
        }),
      ),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: 'access key AKIAI44QH8DHBEXAMPLE of IAM user backup-bot (named by the finding)',
        params: { userName: 'backup-bot', accessKeyId: 'AKIAI44QH8DHBEXAMPLE' },
      },
    },
    {
      name: 'a check result that names the key',
      result: { ...staleKeys, detail: 'alice: access key AKIAIOSFODNN7EXAMPLE last rotated 2025-01-02T03:04:05+00:00 (older than 90 days)' },
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: 'access key AKIAIOSFODNN7EXAMPLE of IAM user alice (failing iam-access-keys-rotated)',
        params: { userName: 'alice', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
      },
    },
    { name: 'a check result with only a key slot: none', result: staleKeys, expected: undefined },
    { name: 'root key check: none', result: checkResult(iamRootNoAccessKeys, { keysPresent: 1 }, 'global'), expected: undefined },
    {
      name: 'root creating its own key: none',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'iam.amazonaws.com',
          eventName: 'CreateAccessKey',
          userIdentity: { ...identities.root },
          responseElements: { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', status: 'Active' } },
        }),
      ),
      expected: undefined,
    },
    {
      name: 'root key used: none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'ListBuckets', userIdentity: { ...identities.root, accessKeyId: 'AKIAI44QH8DHBEXAMPLE' } })),
      expected: undefined,
    },
    {
      name: 'a role session (temporary key): none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'StopInstances', userIdentity: { ...identities.assumedRole } })),
      expected: undefined,
    },
    {
      name: 'a failed CreateAccessKey: none',
      record: cloudTrailRecord(
        exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'CreateAccessKey', requestParameters: { userName: 'backup-bot' }, errorCode: 'AccessDenied', userIdentity: { ...identities.assumedRole } }),
      ),
      expected: undefined,
    },
    {
      name: 'a GuardDuty sample finding with a placeholder key: none',
      record: guardDutyRecord(
        exampleFinding({
          type: 'Recon:IAMUser/MaliciousIPCaller.Custom',
          severity: 5,
          resource: { resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: 'GeneratedFindingAccessKeyId', userName: 'GeneratedFindingUserName', userType: 'IAMUser' } },
        }),
      ),
      expected: undefined,
    },
  ],
});
