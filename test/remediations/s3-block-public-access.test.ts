import { describe, expect, it } from 'vitest';
import { s3BucketPublicAccessBlock } from '../../checks/s3-bucket-public-access-block.js';
import { s3BlockPublicAccess } from '../../remediations/s3-block-public-access.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../../src/remediations/examples.js';
import type { AwsServer } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, otherAccount, run, useLocalAws } from './helpers.js';

const bucket = 'example-bucket';
const allOn = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

const policyMadePublic = (acct: string) =>
  cloudTrailRecord(
    exampleEvent({
      eventSource: 's3.amazonaws.com',
      eventName: 'PutBucketPolicy',
      awsRegion: 'eu-west-1',
      recipientAccountId: acct,
      requestParameters: { bucketName: bucket, bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] }, policy: '' },
    }),
  );

function withBucket(server: AwsServer, acct: string, publicAccessBlock?: Record<string, boolean>): void {
  server.buckets.clear();
  server.buckets.set(bucket, { account: acct, ...(publicAccessBlock ? { publicAccessBlock } : {}) });
}

describe('s3-block-public-access against S3 (REST-XML)', () => {
  const aws = useLocalAws();

  it('turns on all four settings for the bucket the event named, with ExpectedBucketOwner, after reading the current ones', async () => {
    const server = aws.server();
    withBucket(server, account, { ...allOn, BlockPublicPolicy: false, RestrictPublicBuckets: false });
    const offer = offerFor(s3BlockPublicAccess, policyMadePublic(account));
    expect(s3BlockPublicAccess.preview(offer.target as never)).toBe(
      `s3:PutBucketPublicAccessBlock Bucket=${bucket} ExpectedBucketOwner=${account} PublicAccessBlockConfiguration={BlockPublicAcls=true, IgnorePublicAcls=true, BlockPublicPolicy=true, RestrictPublicBuckets=true}`,
    );

    const result = await run(offer);

    expect(result).toEqual({
      ok: true,
      alreadyDone: false,
      summary: `Turned on all four Block Public Access settings for bucket ${bucket} (before: BlockPublicAcls=true, IgnorePublicAcls=true, BlockPublicPolicy=false, RestrictPublicBuckets=false)`,
    });
    expect(calls(server)).toEqual([
      { service: 's3', operation: 'GetPublicAccessBlock', account, region: 'eu-west-1', body: { Bucket: bucket, ExpectedBucketOwner: account } },
      { service: 's3', operation: 'PutPublicAccessBlock', account, region: 'eu-west-1', body: { Bucket: bucket, ExpectedBucketOwner: account, PublicAccessBlockConfiguration: allOn } },
    ]);
    expect(server.buckets.get(bucket)?.publicAccessBlock).toEqual(allOn);
  });

  it('works when the bucket has no configuration at all (NoSuchPublicAccessBlockConfiguration), from the failing check', async () => {
    const server = aws.server();
    withBucket(server, account);
    const result = checkResult(s3BucketPublicAccessBlock, { buckets: [{ name: bucket, config: { ok: true, value: null } }] }, 'global');
    expect(await run(offerFor(s3BlockPublicAccess, result))).toEqual({
      ok: true,
      alreadyDone: false,
      summary: `Turned on all four Block Public Access settings for bucket ${bucket} (before: no bucket-level configuration)`,
    });
    expect(server.calls('PutPublicAccessBlock')).toMatchObject([{ region: 'us-east-1', body: { Bucket: bucket, PublicAccessBlockConfiguration: allOn } }]);
  });

  it('a second run finds all four on and reports alreadyDone without writing', async () => {
    const server = aws.server();
    withBucket(server, account, allOn);
    expect(await run(offerFor(s3BlockPublicAccess, policyMadePublic(account)))).toEqual({ ok: true, alreadyDone: true, summary: `Block Public Access was already fully on for bucket ${bucket}` });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'GetPublicAccessBlock']);
  });

  it('a bucket name now owned by another account is refused by S3, and nothing is written', async () => {
    const server = aws.server();
    withBucket(server, otherAccount);
    const result = await run(offerFor(s3BlockPublicAccess, policyMadePublic(account)));
    expect(result).toMatchObject({ ok: false, code: 'access-denied', retryable: false });
    expect(server.calls('PutPublicAccessBlock')).toEqual([]);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: s3BlockPublicAccess,
    operation: 'PutPublicAccessBlock',
    accessDenied: { type: 'AccessDenied', status: 403 },
    arrange(server, acct) {
      withBucket(server, acct);
      return offerFor(s3BlockPublicAccess, policyMadePublic(acct));
    },
  });
});
