import { DescribeTrailsCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { cloudtrailKmsEncryption } from '../../checks/cloudtrail-kms-encryption.js';
import { trail } from './cloudtrail-fixture.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const key = `arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

describe('cloudtrail-kms-encryption', () => {
  it('passes trails with a KMS key and fails the others', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).resolves({ trailList: [trail('kms', { KmsKeyId: key }), trail('sse-s3')] });
    const results = await run(cloudtrailKmsEncryption, clients);
    expect(brief(results)).toEqual([
      { resource: trail('kms').TrailARN, status: 'pass', region: 'us-east-1' },
      { resource: trail('sse-s3').TrailARN, status: 'fail', region: 'us-east-1' },
    ]);
    expect(results[0]?.detail).toBe(`encrypted with ${key}`);
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.cloudtrail).on(DescribeTrailsCommand).rejects(accessDenied('cloudtrail:DescribeTrails'));
    expect(brief(await run(cloudtrailKmsEncryption, clients))).toEqual([{ resource: account, status: 'error', region: 'us-east-1' }]);
  });
});
