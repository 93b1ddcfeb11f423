import { createHash } from 'node:crypto';

/** Deterministic UUID-shaped ids from a seed, so fixtures are stable and distinct. */
export function uuidFrom(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** CloudTrail's own time format: seconds precision, Z. */
export function ctTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An IAM CreateUser management event in CloudTrail's documented record format (redacted). */
export function createUserEvent(seed: string, time: Date, opts: { account?: string; region?: string } = {}) {
  const account = opts.account ?? '123456789012';
  const userName = `user-${seed}`;
  return {
    eventVersion: '1.08',
    userIdentity: {
      type: 'IAMUser',
      principalId: 'AIDACKCEVSQ6C2EXAMPLE',
      arn: `arn:aws:iam::${account}:user/alice`,
      accountId: account,
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      userName: 'alice',
    },
    eventTime: ctTime(time),
    eventSource: 'iam.amazonaws.com',
    eventName: 'CreateUser',
    awsRegion: opts.region ?? 'us-east-1',
    sourceIPAddress: '192.0.2.10',
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64',
    requestParameters: { userName },
    responseElements: {
      user: { path: '/', userName, userId: 'AIDACKCEVSQ6C2EXAMPLE', arn: `arn:aws:iam::${account}:user/${userName}`, createDate: 'Jan 1, 2026 12:00:00 PM' },
    },
    requestID: uuidFrom(`req-${seed}`),
    eventID: uuidFrom(`evt-${seed}`),
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: account,
    eventCategory: 'Management',
  };
}

/** A GuardDuty finding in the API's (camelCase) wire format, as GetFindings returns it. */
export function finding(seed: string, updatedAt: Date, opts: { account?: string; region?: string; detector?: string; severity?: number; count?: number } = {}) {
  const account = opts.account ?? '123456789012';
  const region = opts.region ?? 'us-east-1';
  const detector = opts.detector ?? 'd2b4c6e8f0a1b3c5d7e9f1a3b5c7d9e1';
  const id = createHash('md5').update(`finding-${seed}`).digest('hex');
  return {
    schemaVersion: '2.0',
    accountId: account,
    region,
    partition: 'aws',
    id,
    arn: `arn:aws:guardduty:${region}:${account}:detector/${detector}/finding/${id}`,
    type: 'UnauthorizedAccess:EC2/SSHBruteForce',
    resource: {
      resourceType: 'Instance',
      instanceDetails: { instanceId: 'i-0123456789abcdef0', instanceType: 't3.micro', availabilityZone: `${region}a` },
    },
    service: {
      serviceName: 'guardduty',
      detectorId: detector,
      action: {
        actionType: 'NETWORK_CONNECTION',
        networkConnectionAction: {
          connectionDirection: 'INBOUND',
          blocked: false,
          protocol: 'TCP',
          remoteIpDetails: { ipAddressV4: '192.0.2.99' },
          localPortDetails: { port: 22, portName: 'SSH' },
        },
      },
      archived: false,
      count: opts.count ?? 1,
      eventFirstSeen: '2026-01-01T00:00:00.000Z',
      eventLastSeen: updatedAt.toISOString(),
      resourceRole: 'TARGET',
      additionalInfo: { value: '{}', type: 'default' },
    },
    severity: opts.severity ?? 5,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: updatedAt.toISOString(),
    title: '192.0.2.99 is performing SSH brute force attacks against i-0123456789abcdef0.',
    description: '192.0.2.99 is performing SSH brute force attacks against i-0123456789abcdef0. Brute force attacks are used to gain unauthorized access to your instance by guessing the SSH password.',
  };
}

/** An EventBridge envelope as EventBridge delivers it to SQS. */
export function envelope(detailType: string, source: string, detail: Record<string, unknown>, opts: { account?: string; region?: string; time?: string } = {}) {
  return {
    version: '0',
    id: uuidFrom(`env-${JSON.stringify(detail).slice(0, 200)}`),
    'detail-type': detailType,
    source,
    account: opts.account ?? '123456789012',
    time: opts.time ?? '2026-01-01T00:00:00Z',
    region: opts.region ?? 'us-east-1',
    resources: [],
    detail,
  };
}
