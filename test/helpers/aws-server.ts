import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalSqs } from './sqs-api.js';

/**
 * A local HTTP server that speaks the real wire protocols of the AWS APIs
 * srm's ingest calls, so tests drive the real SDK v3 clients:
 * - CloudTrail LookupEvents (awsJson1_1, X-Amz-Target CloudTrail_20131101.LookupEvents)
 * - GuardDuty ListDetectors / ListFindings / GetFindings (restJson1)
 * - SQS ReceiveMessage (long polling) / DeleteMessage(Batch) / ChangeMessageVisibility / GetQueueAttributes,
 *   with visibility timeouts, redelivery and a redrive policy to a DLQ (awsJson1_0, AmazonSQS.*; test/helpers/sqs-api.ts)
 * - STS GetCallerIdentity / AssumeRole (awsQuery, XML)
 * and the calls of the remediation catalogue (src/remediations), with the state they change:
 * - IAM ListAccessKeys / UpdateAccessKey (awsQuery, XML)
 * - EC2 DescribeSecurityGroupRules / RevokeSecurityGroupIngress / Get|EnableEbsEncryptionByDefault (ec2Query, XML)
 * - S3 Get|PutPublicAccessBlock (restXml, path-style bucket addressing)
 * - CloudTrail GetTrailStatus / StartLogging (awsJson1_1)
 * - GuardDuty GetDetector / UpdateDetector / ArchiveFindings (restJson1)
 * It paginates, can throttle, and records every request. The account of a
 * request is the one whose credentials signed it: the base credentials
 * belong to `ambientAccount`; AssumeRole issues keys for the role's account.
 */

export interface RecordedRequest {
  service: 'cloudtrail' | 'guardduty' | 'sqs' | 'sts' | 'iam' | 'ec2' | 's3';
  operation: string;
  account: string;
  region: string;
  accessKeyId: string;
  body: unknown;
  at: number;
}

/** A LookupEvents entry; `event` is the CloudTrail record (sent as the CloudTrailEvent JSON string). */
export interface LookupEntry {
  event: Record<string, unknown> & { eventID: string; eventTime: string; eventName: string; eventSource: string };
}

export interface SqsMessage {
  MessageId: string;
  Body: string;
  receipts: string[];
  invisibleUntil: number;
  receiveCount: number;
  /** When it was sent (SentTimestamp) and first received (ApproximateFirstReceiveTimestamp), epoch ms. */
  sentAt?: number;
  firstReceivedAt?: number;
}

export interface AwsServerOptions {
  ambientAccount?: string;
  cloudTrailPageSize?: number;
  guardDutyPageSize?: number;
  /** When set, LookupEvents calls closer together than this (per account+region) are throttled. */
  lookupEventsMinSpacingMs?: number;
  sqsVisibilityMs?: number;
}

/** An IAM user's access key (remediation tests). */
export interface AccessKeyState {
  account: string;
  userName: string;
  status: 'Active' | 'Inactive';
}

/** A security group rule as DescribeSecurityGroupRules returns it (remediation tests). */
export interface SecurityGroupRuleState {
  id: string;
  groupId: string;
  account: string;
  isEgress: boolean;
  /** "tcp", "udp", "icmp" or "-1" (all). */
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
}

interface Throttle {
  remaining: number;
  /** The error's __type (awsJson) or x-amzn-errortype (restJson). */
  type: string;
  status: number;
}

const json = (res: ServerResponse, status: number, body: unknown, contentType: string, extra: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'x-amzn-requestid': randomUUID(), ...extra });
  res.end(text);
};

const xml = (res: ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
  res.end(body);
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const iamNs = 'https://iam.amazonaws.com/doc/2010-05-08/';
const ec2Ns = 'http://ec2.amazonaws.com/doc/2016-11-15/';

/** An error in the query protocols' XML: IAM's ErrorResponse, EC2's Response/Errors; throttling as each service names it. */
function queryError(res: ServerResponse, service: 'iam' | 'ec2', e: { type: string; status: number; message?: string }): void {
  const throttled = e.type === 'ThrottlingException';
  const code = throttled ? (service === 'iam' ? 'Throttling' : 'RequestLimitExceeded') : e.type;
  const status = throttled ? (service === 'iam' ? 400 : 503) : e.status;
  const message = esc(e.message ?? (throttled ? 'Rate exceeded' : `injected ${code}`));
  xml(
    res,
    status,
    service === 'iam'
      ? `<ErrorResponse xmlns="${iamNs}"><Error><Type>Sender</Type><Code>${esc(code)}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
      : `<Response><Errors><Error><Code>${esc(code)}</Code><Message>${message}</Message></Error></Errors><RequestID>${randomUUID()}</RequestID></Response>`,
  );
}

/** `Prefix.1.Field`-style members of a query-protocol list, in order. */
function queryList(params: URLSearchParams, prefix: string): Map<number, URLSearchParams> {
  const out = new Map<number, URLSearchParams>();
  for (const [k, v] of params) {
    const m = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)(?:\\.(.+))?$`).exec(k);
    if (!m) continue;
    const i = Number(m[1]);
    const sub = out.get(i) ?? new URLSearchParams();
    sub.set(m[2] ?? '', v);
    out.set(i, sub);
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

const ruleXml = (r: SecurityGroupRuleState) =>
  `<item><securityGroupRuleId>${r.id}</securityGroupRuleId><groupId>${r.groupId}</groupId><groupOwnerId>${r.account}</groupOwnerId><isEgress>${r.isEgress}</isEgress><ipProtocol>${esc(r.ipProtocol)}</ipProtocol><fromPort>${r.fromPort}</fromPort><toPort>${r.toPort}</toPort>` +
  `${r.cidrIpv4 ? `<cidrIpv4>${esc(r.cidrIpv4)}</cidrIpv4>` : ''}${r.cidrIpv6 ? `<cidrIpv6>${esc(r.cidrIpv6)}</cidrIpv6>` : ''}</item>`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Credential=AKID/20260101/us-east-1/cloudtrail/aws4_request */
function signing(req: IncomingMessage): { accessKeyId: string; region: string; service: string } {
  const auth = req.headers.authorization ?? '';
  const m = /Credential=([^/]+)\/\d+\/([^/]+)\/([^/]+)\//.exec(auth);
  return { accessKeyId: m?.[1] ?? '', region: m?.[2] ?? '', service: m?.[3] ?? '' };
}

export class AwsServer {
  readonly requests: RecordedRequest[] = [];
  /** CloudTrail events served by LookupEvents, filtered by the caller's account and region. */
  readonly cloudTrail: LookupEntry[] = [];
  /** GuardDuty findings in the API's camelCase wire shape, keyed by account then region. */
  readonly findings: Array<Record<string, unknown> & { id: string; updatedAt: string; accountId: string; region: string }> = [];
  /** Detector ids per `${account}|${region}`; absent = GuardDuty not enabled there. */
  readonly detectors = new Map<string, string>();
  readonly sqsQueues = new Map<string, SqsMessage[]>();
  /** SQS's behaviour over sqsQueues: long polling, visibility, redrive to a DLQ, attributes (test/helpers/sqs-api.ts). */
  readonly sqsApi: LocalSqs;
  /** Role ARNs whose AssumeRole is denied (a failing account). */
  readonly deniedRoles = new Set<string>();
  /** IAM access keys by access key id. */
  readonly accessKeys = new Map<string, AccessKeyState>();
  /** Security group ids (with their account) and their rules. */
  readonly securityGroups = new Map<string, string>();
  readonly securityGroupRules: SecurityGroupRuleState[] = [];
  /** `${account}|${region}` where EBS encryption by default is on. */
  readonly ebsEncryptionByDefault = new Set<string>();
  /** S3 buckets by name: owner account and bucket-level Block Public Access (absent = none configured). */
  readonly buckets = new Map<string, { account: string; publicAccessBlock?: Record<string, boolean> }>();
  /** CloudTrail trails by ARN (arn:aws:cloudtrail:<region>:<account>:trail/<name>): logging or stopped. */
  readonly trails = new Map<string, { logging: boolean }>();
  /** Detector ids whose status is DISABLED (the others in `detectors` are ENABLED). */
  readonly disabledDetectors = new Set<string>();
  readonly ambientAccount: string;
  private readonly throttles = new Map<string, Throttle>();
  private readonly keyAccounts = new Map<string, string>();
  private readonly lastLookup = new Map<string, number>();
  private server: Server | undefined;
  url = '';
  lookupSpacingViolations = 0;

  constructor(readonly options: AwsServerOptions = {}) {
    this.ambientAccount = options.ambientAccount ?? '123456789012';
    this.sqsApi = new LocalSqs(this.sqsQueues, options.sqsVisibilityMs ?? 30_000);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        json(res, 500, { __type: 'InternalFailure', message: String(err) }, 'application/json');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `n` calls of `operation` (e.g. "LookupEvents") answer with a throttling error. */
  throttleNext(operation: string, n: number): void {
    this.throttles.set(operation, { remaining: n, type: 'ThrottlingException', status: 400 });
  }

  /** The next `n` calls of `operation` answer with the error `type` (e.g. AccessDeniedException, 400). */
  failNext(operation: string, n: number, type: string, status = 400): void {
    this.throttles.set(operation, { remaining: n, type, status });
  }

  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  addSqsMessage(queueUrl: string, body: unknown): string {
    return this.sqsApi.add(queueUrl, body);
  }

  /** Environment for SDK clients: every service at this server, dummy base credentials. */
  env(): Record<string, string> {
    return {
      AWS_ENDPOINT_URL: this.url,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_REGION: 'us-east-1',
    };
  }

  private accountOf(accessKeyId: string): string {
    return this.keyAccounts.get(accessKeyId) ?? this.ambientAccount;
  }

  private takeThrottle(operation: string): Throttle | undefined {
    const t = this.throttles.get(operation);
    if (!t || t.remaining <= 0) return undefined;
    t.remaining--;
    return t;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const sig = signing(req);
    const account = this.accountOf(sig.accessKeyId);
    const target = String(req.headers['x-amz-target'] ?? '');
    const record = (service: RecordedRequest['service'], operation: string, body: unknown) =>
      this.requests.push({ service, operation, account, region: sig.region, accessKeyId: sig.accessKeyId, body, at: Date.now() });

    if (target.startsWith('CloudTrail_20131101.')) {
      const op = target.slice('CloudTrail_20131101.'.length);
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      record('cloudtrail', op, body);
      const ct = 'application/x-amz-json-1.1';
      const fail = this.takeThrottle(op);
      if (fail) return json(res, fail.status, { __type: fail.type, message: fail.type === 'ThrottlingException' ? 'Rate exceeded' : `injected ${fail.type}` }, ct);
      if (op === 'GetTrailStatus' || op === 'StartLogging') return this.trail(res, op, body, account, sig.region, ct);
      if (op !== 'LookupEvents') return json(res, 400, { __type: 'UnknownOperationException', message: op }, ct);
      const spacing = this.options.lookupEventsMinSpacingMs;
      if (spacing !== undefined) {
        const key = `${account}|${sig.region}`;
        const now = Date.now();
        const last = this.lastLookup.get(key);
        this.lastLookup.set(key, now);
        if (last !== undefined && now - last < spacing) {
          this.lookupSpacingViolations++;
          return json(res, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' }, ct);
        }
      }
      return this.lookupEvents(res, body, account, sig.region, ct);
    }
    if (target.startsWith('AmazonSQS.')) {
      const op = target.slice('AmazonSQS.'.length);
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      record('sqs', op, body);
      const ct = 'application/x-amz-json-1.0';
      const fail = this.takeThrottle(op);
      if (fail) return json(res, fail.status, { __type: `com.amazonaws.sqs#${fail.type}`, message: `injected ${fail.type}` }, ct);
      return this.sqsApi.handle(res, op, body);
    }
    if (sig.service === 'iam' || sig.service === 'ec2') {
      const params = new URLSearchParams(raw);
      const op = params.get('Action') ?? '';
      record(sig.service, op, Object.fromEntries(params));
      const fail = this.takeThrottle(op);
      if (fail) return queryError(res, sig.service, fail);
      return sig.service === 'iam' ? this.iam(res, op, params, account) : this.ec2(res, op, params, account, sig.region);
    }
    if (sig.service === 's3') return this.s3(req, res, raw, account, record);
    if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      const params = new URLSearchParams(raw);
      const op = params.get('Action') ?? '';
      record('sts', op, Object.fromEntries(params));
      return this.sts(res, op, params, account);
    }
    if (req.url?.startsWith('/detector')) {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const path = req.url.split('?')[0] ?? '';
      const op =
        req.method === 'GET' && path === '/detector'
          ? 'ListDetectors'
          : /^\/detector\/[^/]+\/findings$/.test(path)
            ? 'ListFindings'
            : /^\/detector\/[^/]+\/findings\/get$/.test(path)
              ? 'GetFindings'
              : /^\/detector\/[^/]+\/findings\/archive$/.test(path)
                ? 'ArchiveFindings'
                : /^\/detector\/[^/]+$/.test(path)
                  ? req.method === 'GET'
                    ? 'GetDetector'
                    : 'UpdateDetector'
                  : 'Unknown';
      record('guardduty', op, body);
      const fail = this.takeThrottle(op);
      if (fail) {
        const type = fail.type === 'ThrottlingException' ? 'TooManyRequestsException' : fail.type;
        const status = fail.type === 'ThrottlingException' ? 429 : fail.status;
        return json(res, status, { message: `injected ${type}`, __type: type }, 'application/json', { 'x-amzn-errortype': type });
      }
      return this.guardduty(res, op, path, body, account, sig.region);
    }
    json(res, 404, { message: `no handler for ${req.method} ${req.url}` }, 'application/json');
  }

  private lookupEvents(res: ServerResponse, body: Record<string, unknown>, account: string, region: string, ct: string): void {
    const start = typeof body.StartTime === 'number' ? body.StartTime * 1000 : -Infinity;
    const end = typeof body.EndTime === 'number' ? body.EndTime * 1000 : Infinity;
    const size = Math.min(Number(body.MaxResults ?? 50), this.options.cloudTrailPageSize ?? 50);
    const matching = this.cloudTrail
      .filter((e) => {
        const t = Date.parse(e.event.eventTime);
        const acct = (e.event.recipientAccountId as string | undefined) ?? this.ambientAccount;
        const reg = (e.event.awsRegion as string | undefined) ?? 'us-east-1';
        return t >= start && t <= end && acct === account && reg === region;
      })
      .sort((a, b) => Date.parse(b.event.eventTime) - Date.parse(a.event.eventTime));
    const offset = body.NextToken ? Number(Buffer.from(String(body.NextToken), 'base64').toString()) : 0;
    const page = matching.slice(offset, offset + size);
    const next = offset + size < matching.length ? Buffer.from(String(offset + size)).toString('base64') : undefined;
    json(
      res,
      200,
      {
        Events: page.map((e) => ({
          EventId: e.event.eventID,
          EventName: e.event.eventName,
          EventSource: e.event.eventSource,
          EventTime: Date.parse(e.event.eventTime) / 1000,
          ReadOnly: 'false',
          Resources: [],
          CloudTrailEvent: JSON.stringify(e.event),
        })),
        ...(next ? { NextToken: next } : {}),
      },
      ct,
    );
  }

  private guardduty(res: ServerResponse, op: string, path: string, body: Record<string, unknown>, account: string, region: string): void {
    const ct = 'application/json';
    const detector = this.detectors.get(`${account}|${region}`);
    if (op === 'ListDetectors') return json(res, 200, { detectorIds: detector ? [detector] : [] }, ct);
    const id = path.split('/')[2];
    if (!detector || id !== detector) {
      return json(res, 400, { message: 'The request is rejected because the input detectorId is not owned by the current account.', __type: 'BadRequestException' }, ct, {
        'x-amzn-errortype': 'BadRequestException',
      });
    }
    const mine = this.findings.filter((f) => f.accountId === account && f.region === region);
    if (op === 'ListFindings') {
      const criterion = ((body.findingCriteria as Record<string, unknown> | undefined)?.criterion ?? {}) as Record<string, Record<string, number>>;
      const gte = criterion.updatedAt?.greaterThanOrEqual ?? criterion.updatedAt?.gte ?? -Infinity;
      const sorted = mine.filter((f) => Date.parse(f.updatedAt) >= gte).sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt));
      const size = Math.min(Number(body.maxResults ?? 50), this.options.guardDutyPageSize ?? 50);
      const offset = body.nextToken ? Number(body.nextToken) : 0;
      const page = sorted.slice(offset, offset + size);
      return json(res, 200, { findingIds: page.map((f) => f.id), nextToken: offset + size < sorted.length ? String(offset + size) : '' }, ct);
    }
    if (op === 'GetFindings') {
      const ids = (body.findingIds as string[] | undefined) ?? [];
      if (ids.length > 50) {
        return json(res, 400, { message: 'findingIds: at most 50 ids', __type: 'BadRequestException' }, ct, { 'x-amzn-errortype': 'BadRequestException' });
      }
      return json(res, 200, { findings: ids.map((i) => mine.find((f) => f.id === i)).filter(Boolean) }, ct);
    }
    if (op === 'GetDetector') {
      const at = new Date(0).toISOString();
      return json(res, 200, { createdAt: at, updatedAt: at, findingPublishingFrequency: 'SIX_HOURS', serviceRole: `arn:aws:iam::${account}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`, status: this.disabledDetectors.has(detector) ? 'DISABLED' : 'ENABLED' }, ct);
    }
    if (op === 'UpdateDetector') {
      if (body.enable === true) this.disabledDetectors.delete(detector);
      if (body.enable === false) this.disabledDetectors.add(detector);
      return json(res, 200, {}, ct);
    }
    if (op === 'ArchiveFindings') {
      const ids = (body.findingIds as string[] | undefined) ?? [];
      if (ids.length === 0 || ids.length > 50) {
        return json(res, 400, { message: 'findingIds: 1 to 50 ids', __type: 'BadRequestException' }, ct, { 'x-amzn-errortype': 'BadRequestException' });
      }
      for (const f of mine.filter((m) => ids.includes(m.id))) f.service = { ...(f.service as Record<string, unknown> | undefined), archived: true };
      return json(res, 200, {}, ct);
    }
    json(res, 404, { message: 'unknown GuardDuty operation' }, ct);
  }

  private iam(res: ServerResponse, op: string, params: URLSearchParams, account: string): void {
    const userName = params.get('UserName') ?? '';
    const keys = [...this.accessKeys].filter(([, k]) => k.account === account && k.userName === userName);
    const done = (name: string, result = '') =>
      xml(res, 200, `<${name}Response xmlns="${iamNs}">${result ? `<${name}Result>${result}</${name}Result>` : ''}<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${name}Response>`);
    if (op === 'ListAccessKeys') {
      if (keys.length === 0) return queryError(res, 'iam', { type: 'NoSuchEntity', status: 404, message: `The user with name ${userName} cannot be found.` });
      const members = keys.map(([id, k]) => `<member><UserName>${esc(k.userName)}</UserName><AccessKeyId>${id}</AccessKeyId><Status>${k.status}</Status><CreateDate>2024-05-01T10:00:00Z</CreateDate></member>`);
      return done(op, `<AccessKeyMetadata>${members.join('')}</AccessKeyMetadata><IsTruncated>false</IsTruncated>`);
    }
    if (op === 'UpdateAccessKey') {
      const id = params.get('AccessKeyId') ?? '';
      const key = keys.find(([k]) => k === id)?.[1];
      if (!key) return queryError(res, 'iam', { type: 'NoSuchEntity', status: 404, message: `The Access Key with id ${id} cannot be found.` });
      const status = params.get('Status');
      if (status !== 'Active' && status !== 'Inactive') return queryError(res, 'iam', { type: 'ValidationError', status: 400, message: 'Status must be Active or Inactive' });
      key.status = status;
      return done(op);
    }
    queryError(res, 'iam', { type: 'InvalidAction', status: 400, message: `${op} is not served by the local server` });
  }

  private ec2(res: ServerResponse, op: string, params: URLSearchParams, account: string, region: string): void {
    const done = (body: string) => xml(res, 200, `<${op}Response xmlns="${ec2Ns}"><requestId>${randomUUID()}</requestId>${body}</${op}Response>`);
    const regionKey = `${account}|${region}`;
    if (op === 'GetEbsEncryptionByDefault') return done(`<ebsEncryptionByDefault>${this.ebsEncryptionByDefault.has(regionKey)}</ebsEncryptionByDefault><sseType>sse-ebs</sseType>`);
    if (op === 'EnableEbsEncryptionByDefault') {
      this.ebsEncryptionByDefault.add(regionKey);
      return done('<ebsEncryptionByDefault>true</ebsEncryptionByDefault>');
    }
    const mine = this.securityGroupRules.filter((r) => r.account === account);
    if (op === 'DescribeSecurityGroupRules') {
      const filters = [...queryList(params, 'Filter').values()];
      const groupIds = filters.filter((f) => f.get('Name') === 'group-id').flatMap((f) => [...f].filter(([k]) => k.startsWith('Value.')).map(([, v]) => v));
      const ids = [...queryList(params, 'SecurityGroupRuleId').values()].map((p) => p.get('') ?? '');
      const rules = mine.filter((r) => (groupIds.length === 0 || groupIds.includes(r.groupId)) && (ids.length === 0 || ids.includes(r.id)));
      return done(`<securityGroupRuleSet>${rules.map(ruleXml).join('')}</securityGroupRuleSet>`);
    }
    if (op === 'RevokeSecurityGroupIngress') {
      const groupId = params.get('GroupId') ?? '';
      if (this.securityGroups.get(groupId) !== account) {
        return queryError(res, 'ec2', { type: 'InvalidGroup.NotFound', status: 400, message: `The security group '${groupId}' does not exist` });
      }
      const ingress = mine.filter((r) => r.groupId === groupId && !r.isEgress);
      const remove = (r: SecurityGroupRuleState) => this.securityGroupRules.splice(this.securityGroupRules.indexOf(r), 1);
      const ruleIds = [...queryList(params, 'SecurityGroupRuleId').values()].map((p) => p.get('') ?? '');
      if (ruleIds.length > 0) {
        const found = ruleIds.map((id) => ingress.find((r) => r.id === id));
        const missing = ruleIds.filter((_, i) => !found[i]);
        if (missing.length > 0) return queryError(res, 'ec2', { type: 'InvalidSecurityGroupRuleId.NotFound', status: 400, message: `The security group rule ID '${missing[0]}' does not exist` });
        for (const r of found) if (r) remove(r);
        return done('<return>true</return>');
      }
      // A non-default VPC: every rule named must exist, else InvalidPermission.NotFound and nothing is revoked.
      const hits: SecurityGroupRuleState[] = [];
      for (const p of queryList(params, 'IpPermissions').values()) {
        const protocol = p.get('IpProtocol') ?? '';
        const all = protocol === '-1';
        const from = Number(p.get('FromPort') ?? -1);
        const to = Number(p.get('ToPort') ?? -1);
        const cidrs = [...p].filter(([k]) => /^(IpRanges\.\d+\.CidrIp|Ipv6Ranges\.\d+\.CidrIpv6)$/.test(k)).map(([, v]) => v);
        for (const cidr of cidrs) {
          const hit = ingress.find((r) => r.ipProtocol === protocol && (all || (r.fromPort === from && r.toPort === to)) && (r.cidrIpv4 === cidr || r.cidrIpv6 === cidr));
          if (!hit) return queryError(res, 'ec2', { type: 'InvalidPermission.NotFound', status: 400, message: 'The specified rule does not exist in this security group.' });
          hits.push(hit);
        }
      }
      for (const r of hits) remove(r);
      return done('<return>true</return>');
    }
    queryError(res, 'ec2', { type: 'InvalidAction', status: 400, message: `${op} is not served by the local server` });
  }

  /** S3 Get/PutPublicAccessBlock on a path-style bucket URL (/bucket?publicAccessBlock). */
  private s3(req: IncomingMessage, res: ServerResponse, raw: string, account: string, record: (service: 's3', op: string, body: unknown) => void): void {
    const url = new URL(req.url ?? '/', 'http://local');
    const bucket = decodeURIComponent(url.pathname.split('/')[1] ?? '');
    const op = url.searchParams.has('publicAccessBlock') && req.method === 'PUT' ? 'PutPublicAccessBlock' : url.searchParams.has('publicAccessBlock') && req.method === 'GET' ? 'GetPublicAccessBlock' : 'Unknown';
    const settings = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
    const config = Object.fromEntries(settings.flatMap((s) => {
      const v = new RegExp(`<${s}>(true|false)</${s}>`).exec(raw)?.[1];
      return v === undefined ? [] : [[s, v === 'true']];
    }));
    const owner = req.headers['x-amz-expected-bucket-owner'];
    const expected = typeof owner === 'string' ? { ExpectedBucketOwner: owner } : {};
    record('s3', op, op === 'PutPublicAccessBlock' ? { Bucket: bucket, ...expected, PublicAccessBlockConfiguration: config } : { Bucket: bucket, ...expected });
    const error = (status: number, code: string, message: string) => {
      res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${esc(code)}</Code><Message>${esc(message)}</Message><BucketName>${esc(bucket)}</BucketName><RequestId>${randomUUID()}</RequestId></Error>`);
    };
    const fail = this.takeThrottle(op);
    if (fail) return fail.type === 'ThrottlingException' ? error(503, 'SlowDown', 'Please reduce your request rate.') : error(fail.status, fail.type, `injected ${fail.type}`);
    const b = this.buckets.get(bucket);
    if (!b) return error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    // S3 refuses a bucket of another account, and one whose owner is not the ExpectedBucketOwner.
    if (b.account !== account || (expected.ExpectedBucketOwner !== undefined && expected.ExpectedBucketOwner !== b.account)) return error(403, 'AccessDenied', 'Access Denied');
    if (op === 'GetPublicAccessBlock') {
      if (!b.publicAccessBlock) return error(404, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found');
      const fields = settings.map((s) => `<${s}>${b.publicAccessBlock?.[s] === true}</${s}>`).join('');
      res.writeHead(200, { 'content-type': 'application/xml', 'x-amz-request-id': randomUUID() });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><PublicAccessBlockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${fields}</PublicAccessBlockConfiguration>`);
      return;
    }
    if (op === 'PutPublicAccessBlock') {
      b.publicAccessBlock = config;
      res.writeHead(200, { 'x-amz-request-id': randomUUID() });
      res.end();
      return;
    }
    error(405, 'MethodNotAllowed', `${req.method} ${url.search} is not served by the local server`);
  }

  /** CloudTrail GetTrailStatus / StartLogging; Name is a trail name (in the caller's region) or ARN. */
  private trail(res: ServerResponse, op: string, body: Record<string, unknown>, account: string, region: string, ct: string): void {
    const name = String(body.Name ?? '');
    const arn = name.startsWith('arn:') ? name : `arn:aws:cloudtrail:${region}:${account}:trail/${name}`;
    const trail = this.trails.get(arn);
    if (!trail || !arn.includes(`:${account}:`)) return json(res, 400, { __type: 'TrailNotFoundException', message: `Unknown trail: ${name} for the user: ${account}` }, ct);
    if (op === 'StartLogging') {
      trail.logging = true;
      return json(res, 200, {}, ct);
    }
    json(res, 200, { IsLogging: trail.logging }, ct);
  }

  private sts(res: ServerResponse, op: string, params: URLSearchParams, account: string): void {
    const ns = 'https://sts.amazonaws.com/doc/2011-06-15/';
    const requestId = randomUUID();
    if (op === 'GetCallerIdentity') {
      return xml(
        res,
        200,
        `<GetCallerIdentityResponse xmlns="${ns}"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/srm</Arn><UserId>AIDAEXAMPLE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    }
    if (op === 'AssumeRole') {
      const roleArn = params.get('RoleArn') ?? '';
      if (this.deniedRoles.has(roleArn)) {
        return xml(
          res,
          403,
          `<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::${account}:user/srm is not authorized to perform: sts:AssumeRole on resource: ${esc(roleArn)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        );
      }
      const target = /^arn:aws:iam::(\d{12}):role\//.exec(roleArn)?.[1] ?? this.ambientAccount;
      const key = `ASIA${target}${this.keyAccounts.size}`;
      this.keyAccounts.set(key, target);
      const expiration = new Date(Date.now() + 3600_000).toISOString();
      return xml(
        res,
        200,
        `<AssumeRoleResponse xmlns="${ns}"><AssumeRoleResult><Credentials><AccessKeyId>${key}</AccessKeyId><SecretAccessKey>secret${target}</SecretAccessKey><SessionToken>token${target}</SessionToken><Expiration>${expiration}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${target}:assumed-role/srm/${esc(params.get('RoleSessionName') ?? 'srm')}</Arn><AssumedRoleId>AROAEXAMPLE:srm</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    }
    xml(res, 400, `<ErrorResponse xmlns="${ns}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${esc(op)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
  }
}

export async function startAwsServer(options: AwsServerOptions = {}): Promise<AwsServer> {
  return new AwsServer(options).start();
}
