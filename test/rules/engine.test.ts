import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { readRecords } from '../../src/ingest/read.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { defineRule, type Rule } from '../../src/rules/define-rule.js';
import { createRuleEngine, ruleFires } from '../../src/rules/engine.js';
import { stableRecordId } from '../../src/rules/event-fields.js';
import { exampleEvent, exampleFinding, identities } from '../../src/rules/example-event.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const ct = (event: ReturnType<typeof exampleEvent>): IngestedRecord => ({ source: 'cloudtrail', event });

describe('createRuleEngine: alert fields', () => {
  const engine = createRuleEngine();

  it('fills an alert from a CloudTrail event and the rule metadata', () => {
    const event = exampleEvent({
      eventSource: 'cloudtrail.amazonaws.com',
      eventName: 'StopLogging',
      requestParameters: { name: 'management-events' },
      userIdentity: { ...identities.assumedRole },
      awsRegion: 'eu-west-1',
      sourceIPAddress: '192.0.2.44',
      eventTime: '2024-06-01T12:00:00Z',
    });
    const alerts = engine.evaluate(ct(event));
    expect(alerts.map((a) => a.rule)).toEqual(['cloudtrail-trail-config-changes', 'cloudtrail-logging-stopped']);
    const a = alerts[1]!;
    expect(a).toMatchObject({
      eventId: event.eventID,
      dedupKey: event.eventID,
      source: 'cloudtrail',
      title: 'CloudTrail logging stopped or trail deleted',
      severity: 'critical',
      area: 'api-logging',
      account: '123456789012',
      region: 'eu-west-1',
      actor: identities.assumedRole.arn,
      sourceIp: '192.0.2.44',
      time: '2024-06-01T12:00:00Z',
      eventName: 'StopLogging',
      resource: 'management-events',
      sample: false,
      notes: [],
    });
    expect(a.controls).toEqual(['CloudTrail.1', 'cis-aws-1.4.0:3.1', 'cis-aws-3.0.0:3.1']);
    expect(a.summary).toContain('management-events');
  });

  it('names the actor: "root", ARN, session issuer, user name, principal id', () => {
    const actor = (userIdentity: Record<string, unknown>) =>
      engine.evaluate(ct(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail', userIdentity, requestParameters: { name: 't' } })))[0]?.actor;
    expect(actor({ ...identities.root })).toBe('root');
    expect(actor({ ...identities.iamUser })).toBe(identities.iamUser.arn);
    expect(actor({ type: 'AssumedRole', sessionContext: identities.assumedRole.sessionContext })).toBe('arn:aws:iam::123456789012:role/Admin');
    expect(actor({ type: 'IAMUser', userName: 'carol' })).toBe('carol');
    expect(actor({ type: 'Unknown', principalId: 'AIDAEXAMPLE' })).toBe('AIDAEXAMPLE');
    expect(actor({})).toBeNull();
  });

  it('takes the account from recipientAccountId, else userIdentity.accountId', () => {
    const account = (fields: Record<string, unknown>) =>
      engine.evaluate(ct(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail', requestParameters: { name: 't' }, ...fields })))[0]?.account;
    expect(account({ recipientAccountId: '111122223333' })).toBe('111122223333');
    expect(account({ recipientAccountId: undefined })).toBe('123456789012');
    expect(account({ recipientAccountId: undefined, userIdentity: { type: 'IAMUser' } })).toBeNull();
  });

  it('gives a record without eventID a stable hash id, independent of key order', () => {
    const a = exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail', requestParameters: { name: 't' }, eventID: undefined });
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    const other = { ...a, eventTime: '2024-05-01T10:00:01Z' };
    const id1 = engine.evaluate(ct(a))[0]!.eventId;
    expect(id1).toMatch(/^sha256-[0-9a-f]{32}$/);
    expect(engine.evaluate(ct(reordered))[0]!.eventId).toBe(id1);
    expect(engine.evaluate(ct(other))[0]!.eventId).not.toBe(id1);
    expect(engine.evaluate(ct(a))[0]!.dedupKey).toBe(id1);
    expect(stableRecordId(a)).toBe(id1);
  });

  it('dedups GuardDuty findings by id@updatedAt and labels samples', () => {
    const f = exampleFinding({
      type: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
      severity: 8,
      title: 'EC2 instance i-99999999 is querying a domain name associated with Bitcoin.',
      service: { serviceName: 'guardduty', archived: false, count: 1, additionalInfo: { sample: true } },
    });
    const [a] = createRuleEngine().evaluate({ source: 'guardduty', finding: f });
    expect(a).toMatchObject({
      eventId: f.id,
      dedupKey: `${f.id}@2024-05-01T10:05:00.000Z`,
      source: 'guardduty',
      rule: 'guardduty-finding',
      severity: 'high',
      area: 'guest-os-hardening',
      resource: 'i-99999999',
      sample: true,
      eventName: 'CryptoCurrency:EC2/BitcoinTool.B!DNS',
      time: '2024-05-01T10:05:00.000Z',
    });
    expect(a!.title).toBe('[SAMPLE] EC2 instance i-99999999 is querying a domain name associated with Bitcoin.');
  });
});

describe('createRuleEngine: noise policy', () => {
  const autoscalingDelete = exampleEvent({ eventSource: 'autoscaling.amazonaws.com', eventName: 'DeletePolicy', requestParameters: { policyName: 'scale-out' } });
  const rule = 'cloudtrail-iam-policy-changes';

  it('notes a noisy match by default, with its stable code', () => {
    const a = createRuleEngine().evaluate(ct(autoscalingDelete)).find((x) => x.rule === rule)!;
    expect(a.noise).toEqual(['autoscaling-deletepolicy']);
    expect(a.notes.join(' ')).toContain('Auto Scaling');
    expect(a.severity).toBe('medium');
  });

  it('downgrades or suppresses by code, by rule:code, or "*"', () => {
    const sev = (noise: Record<string, 'note' | 'downgrade' | 'suppress'>) =>
      createRuleEngine({ noise }).evaluate(ct(autoscalingDelete)).find((x) => x.rule === rule)?.severity ?? 'suppressed';
    expect(sev({ 'autoscaling-deletepolicy': 'downgrade' })).toBe('low');
    expect(sev({ [`${rule}:autoscaling-deletepolicy`]: 'suppress' })).toBe('suppressed');
    expect(sev({ '*': 'suppress' })).toBe('suppressed');
    expect(sev({ '*': 'suppress', [`${rule}:autoscaling-deletepolicy`]: 'note' })).toBe('medium');
  });

  it('leaves events without the noisy condition alone', () => {
    const iamDelete = exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'DeletePolicy', requestParameters: { policyArn: 'arn:aws:iam::123456789012:policy/x' } });
    const a = createRuleEngine({ noise: { '*': 'suppress' } }).evaluate(ct(iamDelete)).find((x) => x.rule === rule)!;
    expect(a.noise).toBeUndefined();
    expect(a.notes).toEqual([]);
  });
});

describe('createRuleEngine: robustness', () => {
  it('skips a rule that throws, reports it, and still runs the others', () => {
    const broken = defineRule({
      id: 'cloudtrail-broken',
      title: 'Broken',
      source: 'cloudtrail',
      severity: 'low',
      area: 'iam',
      controls: [],
      attack: ['T1562.008'],
      guardduty: [],
      falsePositives: ['none'],
      tuning: 'none',
      when: { eventName: 'DeleteTrail' },
      match: () => {
        throw new Error('boom');
      },
      description: 'A rule that throws.',
      customerAction: 'Nothing to do here.',
      describe: () => 'never',
      cases: [
        { name: 'a', fires: true, event: exampleEvent({ eventSource: 'x', eventName: 'DeleteTrail' }) },
        { name: 'b', fires: false, event: exampleEvent({ eventSource: 'x', eventName: 'Other' }) },
      ],
    });
    const errors: string[] = [];
    const engine = createRuleEngine({ rules: [broken, ...(rules as readonly Rule[])], onRuleError: (id) => errors.push(id) });
    const alerts = engine.evaluate(ct(exampleEvent({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'DeleteTrail', requestParameters: { name: 't' } })));
    expect(errors).toEqual(['cloudtrail-broken']);
    expect(alerts.map((a) => a.rule)).toEqual(['cloudtrail-trail-config-changes', 'cloudtrail-logging-stopped']);
  });

  it('rejects a rule with a bad pattern or without both kinds of case', () => {
    const base = {
      id: 'cloudtrail-x',
      title: 'X',
      source: 'cloudtrail' as const,
      severity: 'low' as const,
      area: 'iam' as const,
      controls: [],
      attack: ['T1078'],
      guardduty: [],
      falsePositives: ['none'],
      tuning: 'none',
      description: 'x',
      customerAction: 'x',
      describe: () => 'x',
    };
    const e = exampleEvent({ eventSource: 'x', eventName: 'Y' });
    expect(() => defineRule({ ...base, pattern: '{ $.a = ', cases: [{ name: 'a', fires: true, event: e }, { name: 'b', fires: false, event: e }] })).toThrow();
    expect(() => defineRule({ ...base, pattern: '{ $.a = 1 }', cases: [{ name: 'a', fires: true, event: e }] })).toThrow();
  });
});

describe('createRuleEngine: indexing is invisible', () => {
  const list = rules as readonly Rule[];
  // Stateful rules depend on the events before: compared against an engine of their own fed the same sequence.
  const isStateful = (r: Rule) => r.source === 'cloudtrail' && r.state !== undefined;
  const statefulIds = new Set(list.filter(isStateful).map((r) => r.id));
  const names = [...new Set(list.flatMap((r) => (r.source === 'cloudtrail' ? r.cases.map((c) => c.event.eventName) : [])))];
  const sources = [...new Set(list.flatMap((r) => (r.source === 'cloudtrail' ? r.cases.map((c) => c.event.eventSource) : [])))];

  it('gives what running every rule gives, on generated events mixing the rules\' own fields', () => {
    const engine = createRuleEngine();
    const caseEvents = list.flatMap((r) => (r.source === 'cloudtrail' ? r.cases.map((c) => c.event) : []));
    fc.assert(
      fc.property(
        fc.constantFrom(...caseEvents),
        fc.constantFrom(...names, 'DescribeInstances', 'GetObject'),
        fc.constantFrom(...sources),
        fc.constantFrom(undefined, 'AccessDenied', 'Client.UnauthorizedOperation', 'ValidationException'),
        fc.constantFrom(identities.iamUser, identities.root, identities.assumedRole, identities.awsService),
        (base, eventName, eventSource, errorCode, userIdentity) => {
          const event = { ...base, eventName, eventSource, userIdentity: { ...userIdentity } };
          if (errorCode) event.errorCode = errorCode;
          else delete event.errorCode;
          const indexed = engine.evaluate(ct(event)).map((a) => a.rule).filter((id) => !statefulIds.has(id));
          const naive = list.filter((r) => r.source === 'cloudtrail' && !isStateful(r) && ruleFires(r, event)).map((r) => r.id);
          expect(indexed).toEqual(naive);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives exactly what running every rule on every record gives, on all the public data', async () => {
    const engine = createRuleEngine();
    const alone = list.filter(isStateful).map((r) => createRuleEngine({ rules: [r] }));
    let records = 0;
    let fired = 0;
    let statefulFired = 0;
    for await (const record of readRecords([dataDir])) {
      records++;
      const all = engine.evaluate(record).map((a) => a.rule);
      const naive = list
        .filter((r) => r.source === record.source && !isStateful(r))
        .filter((r) => ruleFires(r, record.source === 'cloudtrail' ? record.event : record.finding))
        .map((r) => r.id);
      expect(all.filter((id) => !statefulIds.has(id))).toEqual(naive);
      const stateful = alone.flatMap((e) => e.evaluate(record).map((a) => a.rule));
      expect(all.filter((id) => statefulIds.has(id)).sort()).toEqual(stateful.sort());
      fired += all.length;
      statefulFired += stateful.length;
    }
    expect(records).toBeGreaterThan(3700);
    expect(fired).toBeGreaterThan(300);
    expect(statefulFired).toBeGreaterThan(3);
  });
});
