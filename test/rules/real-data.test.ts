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

  it('fires nothing on the read-only discovery techniques', async () => {
    const quiet = await evaluate([stratus('aws.discovery.ec2-download-user-data'), stratus('aws.credential-access.secretsmanager-retrieve-secrets')]);
    expect(quiet.length).toBeGreaterThan(20);
    expect(quiet.flatMap((e) => e.alerts).filter((a) => a.rule !== 'cloudtrail-unauthorized-api-calls')).toEqual([]);
  });
});

describe('OTRF ec2_proxy_s3_exfiltration: a negative set for the CIS filters', () => {
  it('reads all 103 records and fires no rule', async () => {
    const all = await evaluate([path.join(dataDir, 'cloudtrail/otrf-security-datasets')]);
    expect(all).toHaveLength(103);
    expect(all.flatMap((e) => e.alerts)).toEqual([]);
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
