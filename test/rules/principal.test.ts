import { describe, expect, it } from 'vitest';
import { createRuleEngine } from '../../src/rules/engine.js';
import { exampleEvent, exampleFinding, identities } from '../../src/rules/example-event.js';
import { ec2InstanceSession, eventPrincipal, principalKey } from '../../src/rules/principal.js';

const acct = '123456789012';
const key = (actor: string | null, extra: { resource?: string; source?: string } = {}) => principalKey({ actor, account: acct, ...extra });

describe('principalKey: one principal however it is named', () => {
  it('normalises users, roles, sessions, root and federated users', () => {
    expect(key(`arn:aws:iam::${acct}:user/alice`)).toBe(`${acct}:user/alice`);
    expect(key(`arn:aws:iam::${acct}:user/engineering/alice`)).toBe(`${acct}:user/alice`);
    expect(key(`arn:aws:sts::${acct}:assumed-role/Admin/bob@example.com`)).toBe(`${acct}:role/Admin`);
    expect(key(`arn:aws:sts::${acct}:assumed-role/Admin/other-session`)).toBe(`${acct}:role/Admin`);
    expect(key(`arn:aws:iam::${acct}:role/service-role/Admin`)).toBe(`${acct}:role/Admin`);
    expect(key('root')).toBe(`${acct}:root`);
    expect(key(`arn:aws:iam::${acct}:root`)).toBe(`${acct}:root`);
    expect(key(`arn:aws:sts::${acct}:federated-user/carol`)).toBe(`${acct}:federated-user/carol`);
    expect(key(`arn:aws-us-gov:iam::${acct}:user/alice`)).toBe(`${acct}:user/alice`);
  });

  it('keeps the person of an IAM Identity Center session (every user of a permission set shares its role)', () => {
    expect(key(`arn:aws:sts::${acct}:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/bob@example.com`)).toBe(
      `${acct}:role/AWSReservedSSO_Admin_0123456789abcdef/bob@example.com`,
    );
  });

  it('names services and bare access keys, and gives up on what it cannot name', () => {
    expect(key('lambda.amazonaws.com')).toBe('service:lambda.amazonaws.com');
    expect(key('AKIAIOSFODNN7EXAMPLE')).toBe('access-key:AKIAIOSFODNN7EXAMPLE');
    expect(key(null, { source: 'guardduty', resource: 'ASIAEXAMPLESESSION01' })).toBe('access-key:ASIAEXAMPLESESSION01');
    expect(key('GeneratedFindingUserName')).toBeNull();
    expect(key(null)).toBeNull();
    expect(principalKey({ actor: 'root', account: null })).toBeNull();
  });

  it('gives a GuardDuty finding and a CloudTrail alert about the same principal the same key', () => {
    const engine = createRuleEngine();
    const ct = engine.evaluate({
      source: 'cloudtrail',
      event: exampleEvent({
        eventSource: 'iam.amazonaws.com',
        eventName: 'CreateAccessKey',
        userIdentity: { ...identities.assumedRole },
        requestParameters: { userName: 'backup-bot' },
        responseElements: { accessKey: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', status: 'Active', userName: 'backup-bot' } },
      }),
    });
    const gd = engine.evaluate({
      source: 'guardduty',
      finding: exampleFinding({
        type: 'Persistence:IAMUser/AnomalousBehavior',
        severity: 5,
        resource: {
          resourceType: 'AccessKey',
          accessKeyDetails: { accessKeyId: 'ASIAEXAMPLESESSION01', principalId: 'AROAEXAMPLEROLE000001:bob@example.com', userName: 'Admin', userType: 'AssumedRole' },
        },
      }),
    });
    expect(ct).toHaveLength(1);
    expect(gd).toHaveLength(1);
    expect(gd[0]!.actor).toBe(`arn:aws:sts::${acct}:assumed-role/Admin/bob@example.com`);
    expect(principalKey(gd[0]!)).toBe(`${acct}:role/Admin`);
    expect(principalKey(ct[0]!)).toBe(principalKey(gd[0]!));
    expect(gd[0]!.attack).toEqual(['T1098']);
  });

  it('reads IAM users and root from GuardDuty the way CloudTrail names them', () => {
    const engine = createRuleEngine();
    const finding = (accessKeyDetails: Record<string, string>) =>
      engine.evaluate({ source: 'guardduty', finding: exampleFinding({ type: 'Recon:IAMUser/MaliciousIPCaller', severity: 5, resource: { resourceType: 'AccessKey', accessKeyDetails } }) })[0]!;
    expect(finding({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', principalId: 'AIDAEXAMPLEUSER000001', userName: 'alice', userType: 'IAMUser' }).actor).toBe(`arn:aws:iam::${acct}:user/alice`);
    expect(principalKey(finding({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', principalId: acct, userName: 'Root', userType: 'Root' }))).toBe(`${acct}:root`);
  });
});

describe('eventPrincipal and ec2InstanceSession', () => {
  it('name the caller of a CloudTrail event', () => {
    expect(eventPrincipal(exampleEvent({ eventSource: 's', eventName: 'n' }))).toBe(`${acct}:user/alice`);
    expect(eventPrincipal(exampleEvent({ eventSource: 's', eventName: 'n', userIdentity: { ...identities.root } }))).toBe(`${acct}:root`);
    expect(eventPrincipal(exampleEvent({ eventSource: 's', eventName: 'n', userIdentity: { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' } }))).toBe('service:ec2.amazonaws.com');
    expect(eventPrincipal(exampleEvent({ eventSource: 's', eventName: 'n', userIdentity: { type: 'Unknown', accessKeyId: 'ASIAEXAMPLESESSION01' } }))).toBe('access-key:ASIAEXAMPLESESSION01');
  });

  it('recognise an EC2 instance role session', () => {
    const instance = { ...identities.assumedRole, arn: `arn:aws:sts::${acct}:assumed-role/web/i-0123456789abcdef0`, principalId: 'AROAEXAMPLEROLE000001:i-0123456789abcdef0' };
    expect(ec2InstanceSession(exampleEvent({ eventSource: 's', eventName: 'n', userIdentity: instance }))).toBe(`${acct}:role/web/i-0123456789abcdef0`);
    expect(ec2InstanceSession(exampleEvent({ eventSource: 's', eventName: 'n', userIdentity: { ...identities.assumedRole } }))).toBeNull();
    expect(ec2InstanceSession(exampleEvent({ eventSource: 's', eventName: 'n' }))).toBeNull();
  });
});
