import { GetPublicAccessBlockCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { s3BucketPublicAccessBlock } from '../../checks/s3-bucket-public-access-block.js';
import { accessDenied, account, awsError, brief, run, testClients } from './helpers.js';

const allOn = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const bucket = (name: string) => ({ Name: name, CreationDate: new Date('2025-01-01T00:00:00Z'), BucketRegion: 'us-east-1' });

describe('s3-bucket-public-access-block', () => {
  it('judges every bucket across ListBuckets pages: on, partly off, not configured, denied', async () => {
    const clients = testClients();
    const s3 = mockClient(clients.s3);
    s3.on(ListBucketsCommand)
      .resolvesOnce({ Buckets: [bucket('example-logs'), bucket('example-site')], ContinuationToken: 'c2' })
      .resolvesOnce({ Buckets: [bucket('example-raw'), bucket('example-locked')] });
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'example-logs' }).resolves({ PublicAccessBlockConfiguration: allOn });
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'example-site' }).resolves({ PublicAccessBlockConfiguration: { ...allOn, BlockPublicPolicy: false } });
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'example-raw' }).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    s3.on(GetPublicAccessBlockCommand, { Bucket: 'example-locked' }).rejects(accessDenied('s3:GetBucketPublicAccessBlock'));
    const results = await run(s3BucketPublicAccessBlock, clients);
    expect(brief(results)).toEqual([
      { resource: 'arn:aws:s3:::example-logs', status: 'pass', region: 'global' },
      { resource: 'arn:aws:s3:::example-site', status: 'fail', region: 'global' },
      { resource: 'arn:aws:s3:::example-raw', status: 'fail', region: 'global' },
      { resource: 'arn:aws:s3:::example-locked', status: 'error', region: 'global' },
    ]);
    expect(results[1]?.detail).toBe('example-site: off: BlockPublicPolicy');
    expect(results[3]?.detail).toBe('could not check: AccessDenied; missing permission s3:GetBucketPublicAccessBlock');
    expect(s3.commandCalls(ListBucketsCommand)[1]?.args[0].input).toMatchObject({ ContinuationToken: 'c2' });
  });

  it('passes an account without buckets; errors when ListBuckets is denied', async () => {
    const clients = testClients();
    mockClient(clients.s3).on(ListBucketsCommand).resolvesOnce({ Buckets: [] }).rejectsOnce(accessDenied('s3:ListAllMyBuckets'));
    expect(brief(await run(s3BucketPublicAccessBlock, clients))).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
    const [r] = await run(s3BucketPublicAccessBlock, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission s3:ListAllMyBuckets' });
  });
});
