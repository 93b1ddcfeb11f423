import type { CloudTrailEvent, GuardDutyFinding } from '../ingest/types.js';

/**
 * Builders for the example events rules embed as cases: complete CloudTrail
 * records in the documented shape (eventVersion 1.08+), redacted (account
 * 123456789012, IPs from 192.0.2.0/24, example.com). Fields given override the
 * defaults; `undefined` removes a default field.
 */
export const EXAMPLE_ACCOUNT = '123456789012';

export const identities = {
  iamUser: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLEUSER000001',
    arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:user/alice`,
    accountId: EXAMPLE_ACCOUNT,
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    userName: 'alice',
  },
  root: {
    type: 'Root',
    principalId: EXAMPLE_ACCOUNT,
    arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:root`,
    accountId: EXAMPLE_ACCOUNT,
    accessKeyId: 'ASIAEXAMPLEROOTSESS1',
  },
  assumedRole: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEROLE000001:bob@example.com',
    arn: `arn:aws:sts::${EXAMPLE_ACCOUNT}:assumed-role/Admin/bob@example.com`,
    accountId: EXAMPLE_ACCOUNT,
    accessKeyId: 'ASIAEXAMPLESESSION01',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAEXAMPLEROLE000001',
        arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/Admin`,
        accountId: EXAMPLE_ACCOUNT,
        userName: 'Admin',
      },
      attributes: { creationDate: '2024-05-01T09:00:00Z', mfaAuthenticated: 'false' },
    },
  },
  awsService: {
    type: 'AWSService',
    invokedBy: 'cloudtrail.amazonaws.com',
  },
} as const;

let counter = 0;

export function exampleEvent(fields: Partial<CloudTrailEvent> & Pick<CloudTrailEvent, 'eventSource' | 'eventName'>): CloudTrailEvent {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  const base: CloudTrailEvent = {
    eventVersion: '1.09',
    userIdentity: { ...identities.iamUser },
    eventTime: '2024-05-01T10:00:00Z',
    eventSource: fields.eventSource,
    eventName: fields.eventName,
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.10',
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64',
    requestParameters: null,
    responseElements: null,
    requestID: `5c2e1a0b-0000-4000-8000-${hex}`,
    eventID: `0d9c8a41-0000-4000-8000-${hex}`,
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: EXAMPLE_ACCOUNT,
    eventCategory: 'Management',
  };
  const out: CloudTrailEvent = { ...base, ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete out[k];
  return out;
}

/** A GuardDuty finding in the API's shape (GetFindings), redacted. */
export function exampleFinding(fields: Partial<GuardDutyFinding> & Pick<GuardDutyFinding, 'type' | 'severity'>): GuardDutyFinding {
  counter += 1;
  const hex = counter.toString(16).padStart(8, '0');
  const base: GuardDutyFinding = {
    schemaVersion: '2.0',
    accountId: EXAMPLE_ACCOUNT,
    region: 'us-east-1',
    partition: 'aws',
    id: `a2b3c4d5e6f7a8b9c0d1e2f3${hex}`,
    arn: `arn:aws:guardduty:us-east-1:${EXAMPLE_ACCOUNT}:detector/12abc34d567e8fa901bc2d34eexample/finding/a2b3c4d5e6f7a8b9c0d1e2f3${hex}`,
    type: fields.type,
    severity: fields.severity,
    title: fields.title ?? fields.type,
    description: fields.description ?? `GuardDuty finding ${fields.type}.`,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:05:00.000Z',
    resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-99999999' } },
    service: {
      serviceName: 'guardduty',
      detectorId: '12abc34d567e8fa901bc2d34eexample',
      archived: false,
      count: 1,
      eventFirstSeen: '2024-05-01T09:58:00.000Z',
      eventLastSeen: '2024-05-01T10:04:00.000Z',
      resourceRole: 'TARGET',
      additionalInfo: { value: '{}', type: 'default' },
    },
  };
  return { ...base, ...fields };
}

/** An example event's time, `minutes` after 2024-05-01T10:00:00Z (for stateful rules' cases). */
export function exampleTime(minutes: number): string {
  return new Date(Date.UTC(2024, 4, 1, 10, 0, 0) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** An EC2 instance's role session as the instance metadata service hands it out. */
export function instanceRoleIdentity(role: string, instanceId: string): Record<string, unknown> {
  return {
    type: 'AssumedRole',
    principalId: `AROAEXAMPLEROLE000002:${instanceId}`,
    arn: `arn:aws:sts::${EXAMPLE_ACCOUNT}:assumed-role/${role}/${instanceId}`,
    accountId: EXAMPLE_ACCOUNT,
    accessKeyId: 'ASIAEXAMPLEINSTANCE1',
    sessionContext: {
      sessionIssuer: { type: 'Role', principalId: 'AROAEXAMPLEROLE000002', arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/${role}`, accountId: EXAMPLE_ACCOUNT, userName: role },
      attributes: { creationDate: '2024-05-01T09:00:00Z', mfaAuthenticated: 'false' },
      ec2RoleDelivery: '2.0',
    },
  };
}

/** An IAM Identity Center user's session (a person behind a permission set role). */
export const ssoIdentity = {
  type: 'AssumedRole',
  principalId: 'AROAEXAMPLEROLE000003:carol@example.com',
  arn: `arn:aws:sts::${EXAMPLE_ACCOUNT}:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/carol@example.com`,
  accountId: EXAMPLE_ACCOUNT,
  accessKeyId: 'ASIAEXAMPLESSOSESS01',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAEXAMPLEROLE000003',
      arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef`,
      accountId: EXAMPLE_ACCOUNT,
      userName: 'AWSReservedSSO_Admin_0123456789abcdef',
    },
    attributes: { creationDate: '2024-05-01T09:00:00Z', mfaAuthenticated: 'false' },
  },
} as const;
