import { randomBytes, randomUUID } from 'node:crypto';
import type { CloudTrailEvent, GuardDutyFinding } from '../../../src/ingest/types.js';

/** Accounts of the burst: one routed channel each, so posting runs in parallel (Slack's pace is per channel). */
export function burstAccounts(n: number, first = 0): string[] {
  return Array.from({ length: n }, (_, i) => `210000000${String(first + i).padStart(3, '0')}`);
}

export function channelOf(i: number): string {
  return `C0FLT${String(i).padStart(4, '0')}`;
}

/** A denied API call in CloudTrail's documented shape (fires cloudtrail-unauthorized-api-calls). */
export function deniedCall(eventID: string, account: string, actor: string, time: Date): CloudTrailEvent {
  return {
    eventVersion: '1.09',
    userIdentity: { type: 'AssumedRole', principalId: `AROAEXAMPLEFAULTS001:${actor}`, arn: `arn:aws:sts::${account}:assumed-role/${actor}/session`, accountId: account, accessKeyId: 'ASIAEXAMPLEFAULTS001' },
    eventTime: time.toISOString().replace(/\.\d+Z$/, 'Z'),
    eventSource: 'iam.amazonaws.com',
    eventName: 'ListRoles',
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.10',
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64',
    errorCode: 'AccessDenied',
    errorMessage: 'User is not authorized to perform: iam:ListRoles',
    requestParameters: null,
    responseElements: null,
    requestID: randomUUID(),
    eventID,
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: 'Management',
  };
}

/** A GuardDuty finding in the API's shape (fires guardduty-finding). */
export function finding(id: string, account: string, time: Date): GuardDutyFinding {
  const at = time.toISOString();
  return {
    schemaVersion: '2.0',
    accountId: account,
    region: 'us-east-1',
    partition: 'aws',
    id,
    arn: `arn:aws:guardduty:us-east-1:${account}:detector/12abc34d567e8fa901bc2d34e56789f0/finding/${id}`,
    type: 'UnauthorizedAccess:EC2/SSHBruteForce',
    resource: { resourceType: 'Instance', instanceDetails: { instanceId: 'i-0123456789abcdef0' } },
    service: { serviceName: 'guardduty', detectorId: '12abc34d567e8fa901bc2d34e56789f0', archived: false, count: 1, eventFirstSeen: at, eventLastSeen: at },
    severity: 5,
    createdAt: at,
    updatedAt: at,
    title: '192.0.2.77 is performing SSH brute force attacks against i-0123456789abcdef0.',
    description: '192.0.2.77 is performing SSH brute force attacks against i-0123456789abcdef0. Brute force attacks are used to gain unauthorized access to your instance by guessing the SSH password.',
  };
}

/** How EventBridge delivers a CloudTrail event or a GuardDuty finding to SQS. */
export function eventBridge(record: { event: CloudTrailEvent } | { finding: GuardDutyFinding }): Record<string, unknown> {
  if ('finding' in record) {
    const f = record.finding;
    return { version: '0', id: randomUUID(), 'detail-type': 'GuardDuty Finding', source: 'aws.guardduty', account: f.accountId, time: f.updatedAt, region: f.region, resources: [], detail: f };
  }
  const e = record.event;
  return { version: '0', id: randomUUID(), 'detail-type': 'AWS API Call via CloudTrail', source: `aws.${String(e.eventSource).split('.')[0]}`, account: e.recipientAccountId, time: e.eventTime, region: e.awsRegion, resources: [], detail: e };
}

export interface Burst {
  /** EventBridge envelopes, in send order. */
  messages: Record<string, unknown>[];
  /** The id each one is accounted for by (CloudTrail eventID, GuardDuty finding id). */
  ids: Set<string>;
}

/**
 * `n` events spread over `accounts` (one channel each): denied API calls by
 * three actors per account (thread repeats, then a digest once the channel's
 * burst passes the threshold), and every 50th a GuardDuty finding (its own
 * rule: posted on its own until its burst digests too).
 */
export function burst(n: number, accounts: readonly string[], now = new Date()): Burst {
  const messages: Record<string, unknown>[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < n; i++) {
    const account = accounts[i % accounts.length]!;
    const time = new Date(now.getTime() - 60_000 + (i % 60_000));
    if (i % 50 === 49) {
      const id = randomBytes(16).toString('hex');
      ids.add(id);
      messages.push(eventBridge({ finding: finding(id, account, time) }));
    } else {
      const id = randomUUID();
      ids.add(id);
      messages.push(eventBridge({ event: deniedCall(id, account, `ci-role-${i % 3}`, time) }));
    }
  }
  return { messages, ids };
}
