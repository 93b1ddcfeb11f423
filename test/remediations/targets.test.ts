import { describe, expect, it } from 'vitest';
import { ec2EbsDefaultEncryption } from '../../checks/ec2-ebs-default-encryption.js';
import { remediations } from '../../remediations/index.js';
import { checkResult, cloudTrailRecord, exampleEvent, exampleFinding, guardDutyRecord } from '../../src/remediations/examples.js';
import { getRemediation, remediationsForCheckResult, remediationsForRecord } from '../../src/remediations/targets.js';
import type { CloudTrailEvent } from '../../src/ingest/types.js';

const sg = 'sg-0123456789abcdef0';

describe('remediationsForRecord / remediationsForCheckResult', () => {
  it('offers every action that applies, each with its own target: the rule to revoke and the key that opened it', () => {
    const record = cloudTrailRecord(
      exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
      }),
    );
    expect(remediationsForRecord(record).map((o) => [o.id, o.target.resource])).toEqual([
      ['ec2-revoke-open-ingress', `${sg} ingress tcp/22 from 0.0.0.0/0`],
      ['iam-deactivate-access-key', 'access key AKIAIOSFODNN7EXAMPLE of IAM user alice (the key that made this call)'],
    ]);
  });

  it('offers nothing for a passing or could-not-check result', () => {
    const failing = checkResult(ec2EbsDefaultEncryption, { enabled: false }, 'eu-west-1');
    expect(remediationsForCheckResult(failing).map((o) => o.id)).toEqual(['ec2-enable-ebs-encryption-by-default']);
    expect(remediationsForCheckResult({ ...failing, status: 'pass' })).toEqual([]);
    expect(remediationsForCheckResult({ ...failing, status: 'error' })).toEqual([]);
  });

  it.each<[string, Partial<CloudTrailEvent> & Pick<CloudTrailEvent, 'eventSource' | 'eventName'>]>([
    ['a bucket name with a path in it', { eventSource: 's3.amazonaws.com', eventName: 'PutBucketPolicy', requestParameters: { bucketName: '../other?acl' } }],
    ['a region that is not a region', { eventSource: 's3.amazonaws.com', eventName: 'PutBucketPolicy', awsRegion: 'evil.example.com', requestParameters: { bucketName: 'example-bucket' } }],
    ['an account id that is not 12 digits', { eventSource: 'ec2.amazonaws.com', eventName: 'DisableEbsEncryptionByDefault', recipientAccountId: '123456789' }],
    ['a group id that is not one', { eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', requestParameters: { groupId: 'sg-1; drop', cidrIp: '0.0.0.0/0', ipProtocol: '-1' } }],
    ['a trail name with a slash', { eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging', requestParameters: { name: 'trail/../x' } }],
    ['requestParameters as a string', { eventSource: 'guardduty.amazonaws.com', eventName: 'UpdateDetector', requestParameters: 'enable=false' as never }],
  ])('offers nothing built from %s', (_name, fields) => {
    const record = cloudTrailRecord(exampleEvent({ ...fields, userIdentity: { type: 'AssumedRole', accountId: '123456789012' } }));
    expect(remediationsForRecord(record)).toEqual([]);
  });

  it('offers nothing from a finding with a detector id that would change the REST path', () => {
    const finding = exampleFinding({ type: 'Recon:EC2/PortProbeUnprotectedPort', severity: 2, service: { detectorId: '../../detector/x', archived: false } });
    expect(remediationsForRecord(guardDutyRecord(finding))).toEqual([]);
  });

  it('getRemediation finds each action by id, and nothing else', () => {
    for (const r of remediations) expect(getRemediation(r.id)).toBe(r);
    expect(getRemediation('iam-delete-access-key')).toBeUndefined();
  });
});
