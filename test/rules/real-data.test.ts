import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/ingest/read.js';
import type { CloudTrailEvent, IngestedRecord } from '../../src/ingest/types.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import type { Alert } from '../../src/rules/types.js';

/** Public CloudTrail/GuardDuty data written by others (see ../shared/data/README.md). */
const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const stratus = (name: string) => path.join(dataDir, 'cloudtrail/stratus-red-team-detonation-logs', `${name}.json`);

interface Evaluated {
  record: IngestedRecord;
  alerts: Alert[];
}

async function evaluate(paths: string[]): Promise<Evaluated[]> {
  const engine = createRuleEngine();
  const out: Evaluated[] = [];
  for await (const record of readRecords(paths)) out.push({ record, alerts: engine.evaluate(record) });
  return out;
}

const firedBy = (all: Evaluated[], eventId: string): string[] => all.flatMap((e) => e.alerts.filter((a) => a.eventId === eventId).map((a) => a.rule));

describe('Stratus Red Team detonation logs: each technique fires its rules on the exact event', () => {
  let all: Evaluated[];
  beforeAll(async () => {
    all = await evaluate([path.join(dataDir, 'cloudtrail/stratus-red-team-detonation-logs')]);
  });

  it.each([
    ['cloudtrail-stop StopLogging', '10163ed2-2253-469d-a5ee-cbc6651f8934', ['cloudtrail-trail-config-changes', 'cloudtrail-logging-stopped']],
    ['cloudtrail-delete DeleteTrail', 'ee73c230-44bc-4492-8542-cfb189eae287', ['cloudtrail-trail-config-changes', 'cloudtrail-logging-stopped']],
    ['cloudtrail-event-selectors PutEventSelectors', 'c2a89408-340a-42f0-8ace-75d9f5769393', ['cloudtrail-event-selectors-reduced']],
    ['console-login-without-mfa ConsoleLogin', '865d9377-9c6b-4fd7-8aad-725e95f6a140', ['cloudtrail-console-signin-without-mfa']],
    ['organizations-leave LeaveOrganization (denied)', '16903cbd-fdff-4818-82f2-d66ad09aaf57', ['cloudtrail-unauthorized-api-calls', 'cloudtrail-organizations-changes', 'cloudtrail-organization-left']],
    ['vpc-remove-flow-logs DeleteFlowLogs', 'ded2f5af-f3a5-46d2-a170-a23206a32c36', ['cloudtrail-vpc-flow-logs-deleted']],
    ['security-group-open-port-22 AuthorizeSecurityGroupIngress', '9fd68588-ecbf-4528-a345-199fa6bb0821', ['cloudtrail-security-group-changes', 'cloudtrail-security-group-open-to-world']],
    ['share-ami ModifyImageAttribute', '1f00bcfa-e050-4c2e-b99b-768ebe3a3dd3', ['cloudtrail-ami-shared']],
    ['share-ebs-snapshot ModifySnapshotAttribute', '6897ff63-d738-445c-9e86-43e5b1f8e12f', ['cloudtrail-ebs-snapshot-shared']],
    ['rds-share-snapshot ModifyDBSnapshotAttribute', 'fef2bf02-bbea-4d0f-a91c-e6ccfe3fba46', ['cloudtrail-rds-snapshot-shared']],
    ['iam-create-admin-user AttachUserPolicy', '083dc4ad-e264-46bc-a407-d0dd31b58bdc', ['cloudtrail-iam-policy-changes', 'cloudtrail-iam-admin-policy-granted']],
    ['iam-create-admin-user CreateUser', '3346344c-5a3e-429e-8405-420f98f75d6e', ['cloudtrail-iam-user-created']],
    ['iam-create-admin-user CreateAccessKey', '94faedcc-0fa4-46e6-9322-022e8e934f04', ['cloudtrail-iam-access-key-created']],
    ['iam-backdoor-user CreateAccessKey', 'c64c4ded-ef03-4e5c-81eb-153b118d72f2', ['cloudtrail-iam-access-key-created']],
    ['iam-backdoor-role UpdateAssumeRolePolicy', '62e290e2-ee95-4a7c-a9f8-db4ef462b12d', ['cloudtrail-iam-role-trust-external']],
    ['iam-create-backdoor-role AttachRolePolicy', '39480357-0a1d-4531-a3f2-71be4c041c25', ['cloudtrail-iam-policy-changes', 'cloudtrail-iam-admin-policy-granted']],
    ['iam-create-user-login-profile CreateLoginProfile', 'd3906a7d-604b-407f-acb6-fc425742821e', ['cloudtrail-iam-login-profile-changed']],
    ['iam-update-user-login-profile UpdateLoginProfile', 'a46a1a42-9ef1-48d4-9c61-507eb6d4019f', ['cloudtrail-iam-login-profile-changed']],
    // The fifth instance asked for (of 30 denied calls) reaches the threshold.
    ['ec2-get-password-data GetPasswordData (5th instance)', '4bf1ca5d-42ba-4e95-a493-9cdeefb58b87', ['cloudtrail-unauthorized-api-calls', 'cloudtrail-ec2-password-data-retrieved']],
    ['ec2-steal-instance-credentials SendCommand', '2a5178c8-b4c7-44ba-b066-1ecc79b7087c', ['cloudtrail-ssm-send-command']],
    // The instance's credentials first used from the address the IAM user ran SendCommand from.
    ['ec2-steal-instance-credentials GetCallerIdentity', 'b379479b-05c9-4c3c-af4b-cbd43acf29e1', ['cloudtrail-ec2-instance-credentials-user-ip']],
    ['ec2-steal-instance-credentials DescribeInstances (same address again)', '394cf343-b9cf-48ce-8a94-e188656ae8ba', []],
    ['secretsmanager-batch-retrieve-secrets BatchGetSecretValue', '61619dbf-c10b-471e-9d78-8199a2f8233a', ['cloudtrail-secrets-batch-retrieved-by-filter']],
    ['secretsmanager-retrieve-secrets GetSecretValue (10th secret)', 'dbff1b29-c7fb-4fe4-b5ed-24e8794b77fe', ['cloudtrail-secrets-bulk-retrieved']],
    ['ssm-retrieve-securestring-parameters GetParameters (20th parameter)', 'f7fd8826-9ac0-46a5-b7d5-55c269f59541', ['cloudtrail-ssm-parameters-bulk-decrypted']],
    ['dns-delete-logs DeleteResolverQueryLogConfig', 'ba4609ca-b420-4cb6-bdff-307729b3b7db', ['cloudtrail-route53-resolver-query-logging-deleted']],
    ['ec2-download-user-data DescribeInstanceAttribute (5th instance)', '12b3736b-a8c7-4eaf-ae84-fa8dab5b5503', ['cloudtrail-unauthorized-api-calls', 'cloudtrail-ec2-user-data-read']],
    ['ec2-launch-unusual-instances RunInstances (denied)', '1a4debbb-12e9-4bde-b8c7-ea29002bb2a7', ['cloudtrail-unauthorized-api-calls', 'cloudtrail-ec2-unusual-instance-type']],
    ['ec2-user-data ModifyInstanceAttribute', 'f634894e-d625-4b7b-b1c1-50354cc1100e', ['cloudtrail-ec2-user-data-modified']],
    ['ssm-send-command SendCommand', '5288bfb8-e3fa-4c41-be02-6853521afe8b', ['cloudtrail-ssm-send-command']],
    ['ssm-start-session StartSession', '8086b250-d29c-4659-9aec-86c8446a3895', ['cloudtrail-ssm-start-session']],
    ['bedrock-invoke-model PutFoundationModelEntitlement', '4031b2d2-5e47-4d71-9eda-4f22702c45f3', ['cloudtrail-bedrock-model-access-enabled']],
    ['bedrock-invoke-model InvokeModel', '51d580ea-04f5-421c-b733-b5e4ec485a6e', []],
    ['ec2-instance-connect SendSSHPublicKey', '0968cbec-f8df-43f3-94ba-b451aad083ed', ['cloudtrail-ec2-instance-connect-key-sent']],
    ['ec2-serial-console-send-ssh-public-key EnableSerialConsoleAccess', '37ba412b-f943-44f2-ae48-4527f6e789d9', ['cloudtrail-ec2-serial-console-enabled']],
    ['ec2-serial-console-send-ssh-public-key SendSerialConsoleSSHPublicKey', '787b2464-f27b-4d4c-91bc-6396f2297d0e', ['cloudtrail-ec2-instance-connect-key-sent']],
    ['lambda-backdoor-function AddPermission', 'b67a9bba-d9da-4980-bf74-baed881b117d', ['cloudtrail-lambda-permission-external']],
    ['lambda-layer-extension UpdateFunctionConfiguration', 'da929d96-8e20-475c-a810-973addd64769', ['cloudtrail-lambda-layer-added']],
    ['lambda-overwrite-code UpdateFunctionCode', '4672b74f-2466-4784-b3fb-5b4db904a995', ['cloudtrail-lambda-code-updated']],
    ['rolesanywhere-create-trust-anchor CreateTrustAnchor', '66e5f252-e092-4ad0-9a33-a03595e05aca', ['cloudtrail-rolesanywhere-trust-anchor']],
    ['sts-federation-token GetFederationToken', '6e882b9d-2af8-4c67-b91f-aeac6a0e5e70', ['cloudtrail-sts-federation-token']],
  ])('%s', (_name, eventId, expected) => {
    expect(firedBy(all, eventId)).toEqual(expected);
  });

  it('rates the technique events as the rules say (public vs cross-account sharing, another user\'s password)', () => {
    const alert = (eventId: string, rule: string) => all.flatMap((e) => e.alerts).find((a) => a.eventId === eventId && a.rule === rule)!;
    expect(alert('6897ff63-d738-445c-9e86-43e5b1f8e12f', 'cloudtrail-ebs-snapshot-shared')).toMatchObject({ severity: 'medium', resource: 'snap-041993b54a9b3af6f' });
    expect(alert('16903cbd-fdff-4818-82f2-d66ad09aaf57', 'cloudtrail-organization-left')).toMatchObject({ severity: 'high', title: 'Attempt to leave the organization' });
    expect(alert('d3906a7d-604b-407f-acb6-fc425742821e', 'cloudtrail-iam-login-profile-changed').severity).toBe('high');
    expect(alert('10163ed2-2253-469d-a5ee-cbc6651f8934', 'cloudtrail-logging-stopped')).toMatchObject({
      actor: 'arn:aws:iam::143434273843:user/christophe',
      account: '143434273843',
      resource: 'stratus-red-team-ct-stop-trail-buykxbqejv',
    });
  });

  it('sees the read-only sweeps only as a pattern: one alert per sweep, on the event that crosses the threshold', async () => {
    const sweeps = await evaluate([stratus('aws.discovery.ec2-download-user-data'), stratus('aws.credential-access.secretsmanager-retrieve-secrets')]);
    expect(sweeps.length).toBeGreaterThan(20);
    const specific = sweeps.flatMap((e) => e.alerts).filter((a) => a.rule !== 'cloudtrail-unauthorized-api-calls');
    expect(specific.map((a) => [a.rule, a.eventId])).toEqual([
      ['cloudtrail-ec2-user-data-read', '12b3736b-a8c7-4eaf-ae84-fa8dab5b5503'],
      ['cloudtrail-secrets-bulk-retrieved', 'dbff1b29-c7fb-4fe4-b5ed-24e8794b77fe'],
    ]);
    expect(specific[1]).toMatchObject({
      actor: 'arn:aws:iam::903144391865:user/christophe',
      attack: ['T1555.006'],
      summary: expect.stringMatching(/^10 different secrets were read by one principal within 10m \(threshold 10\)/),
    });
  });

  it('names the ATT&CK techniques on every alert', () => {
    const alerts = all.flatMap((e) => e.alerts);
    expect(alerts.length).toBeGreaterThan(80);
    for (const a of alerts) expect(a.attack?.length, `${a.rule} ${a.eventId}`).toBeGreaterThan(0);
  });
});

describe('OTRF ec2_proxy_s3_exfiltration: a negative set for the CIS filters, and an independent positive for stolen instance credentials', () => {
  it('reads all 103 records; fires no CIS rule, and flags the instance credentials used from the recon user\'s address once', async () => {
    const all = await evaluate([path.join(dataDir, 'cloudtrail/otrf-security-datasets')]);
    expect(all).toHaveLength(103);
    const alerts = all.flatMap((e) => e.alerts);
    // The data replays an SSRF on an EC2-hosted app: the instance role's credentials list and read S3 from 1.2.3.4, where the IAM user pedro ran recon.
    expect(alerts.map((a) => [a.rule, a.eventName, a.sourceIp, a.resource])).toEqual([
      ['cloudtrail-ec2-instance-credentials-user-ip', 'ListObjects', '1.2.3.4', 'i-0317f6c6b66ae9c40'],
    ]);
    expect(alerts[0]!.summary).toContain('123456789123:user/pedro');
  });
});

/**
 * A second, independent reading of each Security Hub / CIS filter, written as
 * plain predicates from the documented patterns; the engine's pattern evaluator
 * must agree with it record by record on all the public data.
 */
const str = (v: unknown, ...keys: string[]): string | undefined => {
  let cur = v;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return typeof cur === 'string' ? cur : undefined;
};
const named = (...names: string[]) => (e: CloudTrailEvent) => typeof e.eventName === 'string' && names.includes(e.eventName);
const independent: Record<string, (e: CloudTrailEvent) => boolean> = {
  'CloudWatch.1': (e) =>
    str(e, 'userIdentity', 'type') === 'Root' &&
    !(e.userIdentity && Object.hasOwn(e.userIdentity, 'invokedBy')) &&
    str(e, 'eventType') !== undefined &&
    str(e, 'eventType') !== 'AwsServiceEvent',
  'CloudWatch.2': (e) => {
    const c = str(e, 'errorCode');
    return c !== undefined && (c.endsWith('UnauthorizedOperation') || c.startsWith('AccessDenied'));
  },
  'CloudWatch.3': (e) =>
    e.eventName === 'ConsoleLogin' &&
    str(e, 'additionalEventData', 'MFAUsed') !== undefined &&
    str(e, 'additionalEventData', 'MFAUsed') !== 'Yes' &&
    str(e, 'userIdentity', 'type') === 'IAMUser' &&
    str(e, 'responseElements', 'ConsoleLogin') === 'Success',
  'CloudWatch.4': named('DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'),
  'CloudWatch.5': named('CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'),
  'CloudWatch.6': (e) => e.eventName === 'ConsoleLogin' && str(e, 'errorMessage') === 'Failed authentication',
  'CloudWatch.7': (e) => e.eventSource === 'kms.amazonaws.com' && named('DisableKey', 'ScheduleKeyDeletion')(e),
  'CloudWatch.8': (e) =>
    e.eventSource === 's3.amazonaws.com' &&
    named('PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy', 'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication')(e),
  'CloudWatch.9': (e) => e.eventSource === 'config.amazonaws.com' && named('StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder')(e),
  'CloudWatch.10': named('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'),
  'CloudWatch.11': named('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'),
  'CloudWatch.12': named('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'),
  'CloudWatch.13': named('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'),
  'CloudWatch.14': named('CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection', 'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink'),
  'cis-aws-1.4.0:4.15': (e) =>
    e.eventSource === 'organizations.amazonaws.com' &&
    named('AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization', 'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization', 'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit')(e),
};

describe('CIS filters agree, control by control, with an independent reading on all public CloudTrail data', () => {
  let all: Evaluated[];
  beforeAll(async () => {
    all = await evaluate([path.join(dataDir, 'cloudtrail')]);
  });

  it('reads every CloudTrail record', () => {
    expect(all.length).toBe(3749);
  });

  it.each(Object.keys(independent))('%s', (control) => {
    let agreed = 0;
    let positives = 0;
    for (const { record, alerts } of all) {
      if (record.source !== 'cloudtrail') continue;
      const expected = independent[control]!(record.event);
      const actual = alerts.some((a) => a.controls.includes(control));
      if (expected !== actual) expect.fail(`${control} disagrees on ${record.origin?.path}#${record.origin?.index}: expected ${expected}`);
      agreed++;
      if (expected) positives++;
    }
    expect(agreed).toBe(3749);
    // Every CIS filter except network ACL-free corner cases has positives in this data.
    expect(positives).toBeGreaterThan(0);
  });

  it('writes a readable summary and a complete alert for every match', () => {
    const alerts = all.flatMap((e) => e.alerts);
    expect(alerts.length).toBeGreaterThan(400);
    for (const a of alerts) {
      expect(a.summary, `${a.rule} ${a.eventId}`).not.toMatch(/undefined|\[object|NaN/);
      expect(a.summary.length).toBeGreaterThan(10);
      expect(a.eventId).not.toBe('');
      expect(a.dedupKey).toBe(a.eventId);
      expect(a.customerAction.length).toBeGreaterThan(10);
    }
  });

  it('finds root activity only where userIdentity.type is Root (panther tests)', () => {
    const root = all.flatMap((e) => e.alerts).filter((a) => a.rule === 'cloudtrail-root-account-usage');
    expect(root.length).toBeGreaterThan(0);
    expect(root.every((a) => a.actor === 'root')).toBe(true);
  });
});

describe('GuardDuty samples and findings', () => {
  it('labels CreateSampleFindings output as samples and names the resource', async () => {
    const all = await evaluate([path.join(dataDir, 'guardduty/aws-samples-amazon-guardduty-automated-response-sample')]);
    const alerts = all.flatMap((e) => e.alerts);
    expect(alerts).toHaveLength(3);
    for (const a of alerts) {
      expect(a.rule).toBe('guardduty-finding');
      expect(a.dedupKey).toBe(`${a.eventId}@${a.time}`);
      expect(a.resource).not.toBeNull();
    }
    const byId = new Map(alerts.map((a) => [a.eventId, a]));
    expect(byId.get('30bf285e52a1e405084ff6ec28e06e17')).toMatchObject({
      sample: true,
      area: 'iam',
      severity: 'medium',
      eventName: 'Recon:IAMUser/MaliciousIPCaller.Custom',
      noise: ['archived'],
    });
    expect(byId.get('30bf285e52a1e405084ff6ec28e06e17')!.title.startsWith('[SAMPLE] ')).toBe(true);
    expect(byId.get('2cbf285e52a6e74ff96f4cb3cf93296d')).toMatchObject({ sample: true, area: 'resource-policies' });
    expect(byId.get('16afba5c5c43e07c9e3e5e2e544e95df')).toMatchObject({ sample: false, resource: 'i-05746eb48123455e0', area: 'threat-detection' });
    expect(byId.get('16afba5c5c43e07c9e3e5e2e544e95df')!.title.startsWith('[SAMPLE]')).toBe(false);
  });
});
