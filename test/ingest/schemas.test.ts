import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloudTrailEventSchema, guardDutyFindingSchema } from '../../src/ingest/record-schemas.js';
import {
  camelKey,
  cloudTrailReason,
  guardDutyReason,
  quickValidCloudTrail,
  quickValidGuardDuty,
  camelizeKeys,
  classifyRecord,
  exceedsDepth,
  isSkipped,
  parseCloudTrailEvent,
  parseGuardDutyFinding,
} from '../../src/ingest/schemas.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/ingest/${name}`, import.meta.url)), 'utf8'));

const logFile = fixture('cloudtrail-log-file.json') as { Records: Record<string, unknown>[] };
const event = logFile.Records[1]!; // StopLogging
const finding = fixture('guardduty-finding.json') as Record<string, unknown>;

describe('parseCloudTrailEvent', () => {
  it('accepts a documented CloudTrail record and keeps every field', () => {
    const r = parseCloudTrailEvent(event);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event.eventName).toBe('StopLogging');
    expect(r.event['requestID']).toBe(event['requestID']);
    expect(r.event.userIdentity).toEqual(event['userIdentity']);
  });

  it.each([
    [{ eventName: 'X' }, 'eventSource is required'],
    [{ eventSource: 'ec2.amazonaws.com' }, 'eventName is required'],
    [{ eventSource: 'ec2.amazonaws.com', eventName: 7 }, 'eventName must be a string'],
    [{ eventSource: 's', eventName: 'n', userIdentity: 'root' }, 'userIdentity must be an object'],
    [{ eventSource: 's', eventName: 'n', userIdentity: [] }, 'userIdentity must be an object'],
    [{ eventSource: 's', eventName: 'n', eventTime: 1714554902 }, 'eventTime must be a string'],
    [{ eventSource: 's', eventName: 'n', requestParameters: 'x' }, 'requestParameters must be an object or null'],
    [{ eventSource: 's', eventName: 'n', errorCode: false }, 'errorCode must be a string'],
  ])('rejects %j with a precise reason', (value, reason) => {
    const r = parseCloudTrailEvent(value);
    expect(r).toEqual({ ok: false, reason });
  });

  it('allows null request parameters and response elements, as CloudTrail writes them', () => {
    const r = parseCloudTrailEvent({ eventSource: 's', eventName: 'n', requestParameters: null, responseElements: null });
    expect(r.ok).toBe(true);
  });

  it('takes eventTime from @timestamp when a shipper replaced it', () => {
    const r = parseCloudTrailEvent({ eventSource: 's', eventName: 'n', '@timestamp': '2020-09-14T00:44:23.000Z' });
    expect(r.ok && r.event.eventTime).toBe('2020-09-14T00:44:23.000Z');
  });
});

describe('parseGuardDutyFinding', () => {
  it('accepts a camelCase finding', () => {
    const r = parseGuardDutyFinding(finding);
    expect(r.ok && r.finding.type).toBe('UnauthorizedAccess:EC2/SSHBruteForce');
  });

  it('converts the AWS CLI PascalCase shape to the API camelCase shape', () => {
    const cli = (fixture('guardduty-findings-cli.json') as { Findings: unknown[] }).Findings[0];
    const r = parseGuardDutyFinding(cli);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const api = parseGuardDutyFinding(finding);
    expect(api.ok && r.finding).toEqual(api.ok && api.finding);
  });

  it('inlines additionalInfo.value so the sample flag reads the same in every shape', () => {
    const api = (fixture('guardduty-findings-api.json') as { findings: unknown[] }).findings[1];
    const r = parseGuardDutyFinding(api);
    expect(r.ok && (r.finding.service?.['additionalInfo'] as Record<string, unknown>)['sample']).toBe(true);
  });

  it.each([
    [{ ...finding, severity: '5' }, 'severity must be a number'],
    [{ ...finding, id: undefined }, 'id is required'],
    [{ ...finding, accountId: 123456789012 }, 'accountId must be a string'],
    [{ ...finding, resource: 'i-1' }, 'resource must be an object'],
  ])('rejects a wrongly typed field (%#)', (value, reason) => {
    expect(parseGuardDutyFinding(value)).toEqual({ ok: false, reason });
  });

  it('keeps SDK class instances (dates) while converting keys', () => {
    const at = new Date('2024-05-01T09:00:00Z');
    expect(camelizeKeys({ Service: { EventFirstSeen: at, Count: 2 } })).toEqual({ service: { eventFirstSeen: at, count: 2 } });
  });

  it('names keys as the API does', () => {
    expect(['AccountId', 'Id', 'S3BucketDetails', 'EcsClusterDetails', 'IpAddressV4', 'ID', 'already'].map(camelKey)).toEqual([
      'accountId',
      'id',
      's3BucketDetails',
      'ecsClusterDetails',
      'ipAddressV4',
      'id',
      'already',
    ]);
    expect(camelKey('DNSRequestAction')).toBe('dnsRequestAction');
  });

  it('refuses to convert absurdly deep PascalCase input', () => {
    let deep: unknown = {};
    for (let i = 0; i < 1000; i++) deep = { Next: deep };
    expect(() => camelizeKeys(deep)).toThrow(/deeper/);
    const r = parseGuardDutyFinding({ Id: 'x', Type: 't', Severity: 1, AccountId: 'a', Region: 'r', Service: deep });
    expect(r.ok).toBe(false);
  });
});

describe('classifyRecord', () => {
  it('recognises a CloudTrail record and a finding', () => {
    const ct = classifyRecord(event, { path: 'p', index: 3 });
    expect(ct).toMatchObject({ source: 'cloudtrail', origin: { path: 'p', index: 3 } });
    expect(classifyRecord(finding)).toMatchObject({ source: 'guardduty' });
  });

  it('unwraps EventBridge envelopes of each CloudTrail detail-type and of GuardDuty', () => {
    for (const detailType of ['AWS API Call via CloudTrail', 'AWS Console Sign In via CloudTrail', 'AWS Service Event via CloudTrail']) {
      const r = classifyRecord({ version: '0', 'detail-type': detailType, source: 'aws.cloudtrail', detail: event });
      expect(r).toMatchObject({ source: 'cloudtrail', event: { eventName: 'StopLogging' } });
    }
    const gd = classifyRecord(fixture('eventbridge-guardduty.json'));
    expect(gd).toMatchObject({ source: 'guardduty', finding: { id: finding['id'] } });
  });

  it('fills a finding’s account and region from its envelope', () => {
    const { accountId: _a, region: _r, ...bare } = finding;
    const r = classifyRecord({ 'detail-type': 'GuardDuty Finding', account: '123456789012', region: 'eu-west-1', detail: bare });
    expect(r).toMatchObject({ source: 'guardduty', finding: { accountId: '123456789012', region: 'eu-west-1' } });
  });

  it('skips unknown detail-types and broken envelopes with a reason', () => {
    const r = classifyRecord({ 'detail-type': 'EC2 Instance State-change Notification', detail: { state: 'running' } });
    expect(isSkipped(r) && r.reason).toMatch(/unsupported EventBridge detail-type "EC2 Instance State-change Notification"/);
    const bad = classifyRecord({ 'detail-type': 'AWS API Call via CloudTrail', detail: { eventSource: 's', eventName: 'n', userIdentity: 5 } });
    expect(isSkipped(bad) && bad.reason).toBe('detail: userIdentity must be an object');
  });

  it('reads a lookup-events entry through its CloudTrailEvent string', () => {
    const entry = (fixture('lookup-events.json') as { Events: unknown[] }).Events[0];
    expect(classifyRecord(entry)).toMatchObject({ source: 'cloudtrail', event: { eventName: 'StopLogging' } });
    const broken = classifyRecord({ EventId: 'x', CloudTrailEvent: '{"eventSource":' });
    expect(isSkipped(broken) && broken.reason).toBe('CloudTrailEvent is not valid JSON');
  });

  it('says what a value is when it is not a record', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /not null/],
      [[1], /not an array/],
      ['x', /not string/],
      [{ hello: 'world' }, /not a CloudTrail event, GuardDuty finding or EventBridge envelope/],
    ];
    for (const [value, reason] of cases) {
      const r = classifyRecord(value, { path: 'f', index: 0 });
      expect(isSkipped(r) && r.reason).toMatch(reason);
      expect(r.origin).toEqual({ path: 'f', index: 0 });
    }
  });

  it('uses the expected kind for a precise reason', () => {
    const r = classifyRecord({ eventVersion: '1.08' }, undefined, 'cloudtrail');
    expect(isSkipped(r) && r.reason).toBe('eventSource is required; eventName is required');
  });
});

describe('exceedsDepth', () => {
  it('measures nesting without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsDepth(deep, 256)).toBe(true);
    expect(exceedsDepth({ a: { b: [1, { c: 2 }] } }, 4)).toBe(false);
    expect(exceedsDepth({ a: { b: [1, { c: {} }] } }, 4)).toBe(true);
  });
});

describe('the fast check agrees with the zod schema, verdicts and reasons', () => {
  const anyValue = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.string(), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  );
  const recordOf = (keys: string[]) =>
    fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  // The reader's reasons are zod's first three messages, joined.
  const zodReason = (error: { issues: ReadonlyArray<{ message: string }> }): string => error.issues.slice(0, 3).map((i) => i.message).join('; ');
  const ctKeys = Object.keys(cloudTrailEventSchema.shape);
  const gdKeys = Object.keys(guardDutyFindingSchema.shape);

  it('on CloudTrail-shaped objects', () => {
    fc.assert(
      fc.property(recordOf(ctKeys), (v) => {
        const parsed = cloudTrailEventSchema.safeParse(v);
        expect(quickValidCloudTrail(v)).toBe(parsed.success);
        if (!parsed.success) expect(cloudTrailReason(v)).toBe(zodReason(parsed.error));
      }),
      { numRuns: 2000 },
    );
    // And on mostly valid ones, where a single field is off.
    const valid = { eventSource: 's', eventName: 'n' };
    fc.assert(
      fc.property(fc.constantFrom(...ctKeys), anyValue, (k, val) => {
        const v = { ...valid, [k]: val };
        const parsed = cloudTrailEventSchema.safeParse(v);
        expect(quickValidCloudTrail(v)).toBe(parsed.success);
        if (!parsed.success) expect(cloudTrailReason(v)).toBe(zodReason(parsed.error));
      }),
      { numRuns: 2000 },
    );
  });

  it('on GuardDuty-shaped objects', () => {
    const valid = { id: 'i', type: 't', severity: 5, accountId: 'a', region: 'r' };
    fc.assert(
      fc.property(fc.constantFrom(...gdKeys), anyValue, (k, val) => {
        const v = { ...valid, [k]: val };
        const parsed = guardDutyFindingSchema.safeParse(v);
        expect(quickValidGuardDuty(v)).toBe(parsed.success);
        if (!parsed.success) expect(guardDutyReason(v)).toBe(zodReason(parsed.error));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(recordOf(gdKeys), (v) => {
        const parsed = guardDutyFindingSchema.safeParse(v);
        expect(quickValidGuardDuty(v)).toBe(parsed.success);
        if (!parsed.success) expect(guardDutyReason(v)).toBe(zodReason(parsed.error));
      }),
      { numRuns: 1000 },
    );
  });
});
