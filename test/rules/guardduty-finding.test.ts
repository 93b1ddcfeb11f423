import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guarddutyFinding } from '../../rules/guardduty-finding.js';
import { createRuleEngine } from '../../src/rules/engine.js';
import { exampleFinding } from '../../src/rules/example-event.js';
import { familyOf, guardDutySeverity } from '../../src/rules/guardduty-families.js';

const engine = createRuleEngine({ rules: [guarddutyFinding] });
const alertFor = (f: ReturnType<typeof exampleFinding>) => {
  const alerts = engine.evaluate({ source: 'guardduty', finding: f });
  expect(alerts).toHaveLength(1);
  return alerts[0]!;
};

describe('GuardDuty severity bands', () => {
  it.each([
    [0.5, 'info'],
    [1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
  ] as const)('%s is %s', (value, band) => {
    expect(guardDutySeverity(value)).toBe(band);
    expect(alertFor(exampleFinding({ type: 'Recon:EC2/Portscan', severity: value })).severity).toBe(band);
  });

  it('never goes down as the score goes up', () => {
    const order = ['info', 'low', 'medium', 'high', 'critical'];
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return order.indexOf(guardDutySeverity(lo)) <= order.indexOf(guardDutySeverity(hi));
      }),
    );
  });
});

describe('GuardDuty finding families', () => {
  it.each([
    ['UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS', 'iam'],
    ['CredentialAccess:IAMUser/AnomalousBehavior', 'iam'],
    ['Policy:IAMUser/RootCredentialUsage', 'root-account'],
    ['Recon:EC2/PortProbeUnprotectedPort', 'security-groups'],
    ['UnauthorizedAccess:EC2/SSHBruteForce', 'security-groups'],
    ['UnauthorizedAccess:EC2/RDPBruteForce', 'security-groups'],
    ['CryptoCurrency:EC2/BitcoinTool.B!DNS', 'guest-os-hardening'],
    ['Backdoor:EC2/C&CActivity.B', 'guest-os-hardening'],
    ['Trojan:EC2/DNSDataExfiltration', 'guest-os-hardening'],
    ['Exfiltration:S3/AnomalousBehavior', 'resource-policies'],
    ['Policy:S3/BucketBlockPublicAccessDisabled', 'resource-policies'],
    ['Discovery:S3/TorIPCaller', 'resource-policies'],
    ['Stealth:IAMUser/CloudTrailLoggingDisabled', 'api-logging'],
    ['Discovery:Kubernetes/SuccessfulAnonymousAccess', 'container-orchestration'],
    ['CredentialAccess:RDS/AnomalousBehavior.SuccessfulLogin', 'database-users'],
    ['Backdoor:Lambda/C&CActivity.B', 'application-code'],
    ['Execution:Runtime/NewBinaryExecuted', 'guest-os-hardening'],
    ['Execution:EC2/MaliciousFile', 'data-classification'],
    ['AttackSequence:IAM/CompromisedCredentials', 'incident-response'],
    ['Canary:EC2/Stateless.IntegTest', 'threat-detection'],
  ])('%s → %s', (type, area) => {
    expect(familyOf(type).area).toBe(area);
    const a = alertFor(exampleFinding({ type, severity: 5 }));
    expect(a.area).toBe(area);
    expect(a.customerAction).toBe(familyOf(type).customerAction);
  });
});

describe('GuardDuty resources and samples', () => {
  it.each([
    [{ resourceType: 'Instance', instanceDetails: { instanceId: 'i-0123456789abcdef0' } }, 'i-0123456789abcdef0'],
    [{ resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', userName: 'alice', userType: 'IAMUser' } }, 'AKIAI44QH8DHBEXAMPLE'],
    [{ resourceType: 'S3Bucket', s3BucketDetails: [{ name: 'example-bucket', type: 'Destination' }] }, 'example-bucket'],
    [{ resourceType: 'EKSCluster', eksClusterDetails: { name: 'prod-cluster' } }, 'prod-cluster'],
    [{ resourceType: 'RDSDBInstance', rdsDbInstanceDetails: { dbInstanceIdentifier: 'orders-db' } }, 'orders-db'],
    [{ resourceType: 'Lambda', lambdaDetails: { functionName: 'resize-images' } }, 'resize-images'],
    [{ resourceType: 'Unknown' }, null],
  ])('names the resource of %j', (resource, expected) => {
    expect(alertFor(exampleFinding({ type: 'Recon:EC2/Portscan', severity: 5, resource })).resource).toBe(expected);
  });

  it('labels a sample finding and keeps real findings unlabelled', () => {
    const sample = alertFor(
      exampleFinding({ type: 'Recon:EC2/Portscan', severity: 5, title: 'Portscan', service: { serviceName: 'guardduty', additionalInfo: { sample: true, value: '{}' } } }),
    );
    expect(sample.sample).toBe(true);
    expect(sample.title).toBe('[SAMPLE] Portscan');
    expect(sample.notes.join(' ')).toContain('sample');
    const real = alertFor(exampleFinding({ type: 'Recon:EC2/Portscan', severity: 5, title: 'Portscan' }));
    expect(real).toMatchObject({ sample: false, title: 'Portscan' });
  });

  it('names the caller and remote IP when GuardDuty gives them', () => {
    const a = alertFor(
      exampleFinding({
        type: 'Recon:IAMUser/MaliciousIPCaller',
        severity: 5,
        resource: { resourceType: 'AccessKey', accessKeyDetails: { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', userName: 'alice', principalId: 'AIDAEXAMPLE' } },
        service: { serviceName: 'guardduty', action: { actionType: 'AWS_API_CALL', awsApiCallAction: { api: 'ListBuckets', remoteIpDetails: { ipAddressV4: '192.0.2.66' } } } },
      }),
    );
    expect(a).toMatchObject({ actor: 'alice', sourceIp: '192.0.2.66', resource: 'AKIAI44QH8DHBEXAMPLE', area: 'iam' });
  });
});
