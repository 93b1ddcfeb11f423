import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { s3BucketPublicAccessBlock } from '../checks/s3-bucket-public-access-block.js';
import { AwsCallError, call } from '../src/checks/define-check.js';
import type { CheckResult } from '../src/checks/types.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { checkResult, cloudTrailRecord, exampleEvent, exampleFinding, guardDutyRecord } from '../src/remediations/examples.js';
import { eventAccount, findingOf, globalRegion, successfulCall } from '../src/remediations/records.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';

const settings = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
const allOn: Required<Pick<PublicAccessBlockConfiguration, (typeof settings)[number]>> = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

const paramsSchema = z.strictObject({
  // Names as S3 allows them (legacy us-east-1 names included); never a path.
  bucket: z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,253}[a-zA-Z0-9]$/, 'expected an S3 bucket name'),
});
type Params = z.infer<typeof paramsSchema>;

/** Bucket-level calls that may expose a bucket: a new policy or ACL, or Block Public Access removed or weakened. */
const exposing = ['PutBucketPolicy', 'PutBucketAcl', 'DeleteBucketPublicAccessBlock', 'PutBucketPublicAccessBlock'];
/** GuardDuty's bucket-level S3 policy findings. */
const bucketFindings = ['Policy:S3/BucketBlockPublicAccessDisabled', 'Policy:S3/BucketAnonymousAccessGranted', 'Policy:S3/BucketPublicAccessGranted', 'Policy:S3/BucketPublicAccessGrantedByAcl'];

const target = (account: string | undefined, region: string | undefined, bucket: string | undefined): RemediationTarget<Params> | undefined =>
  account && region && bucket ? { account, region, resource: `arn:aws:s3:::${bucket}`, params: { bucket } } : undefined;

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const finding = findingOf(record);
  if (finding) {
    if (!bucketFindings.includes(finding.type)) return undefined;
    const buckets = items(getPath(finding.resource, 's3BucketDetails'));
    return buckets.length === 1 ? target(finding.accountId, finding.region, getString(buckets[0], 'name')) : undefined;
  }
  const e = successfulCall(record, 's3.amazonaws.com', exposing);
  if (!e) return undefined;
  if (e.eventName === 'PutBucketPublicAccessBlock') {
    const config = getPath(e.requestParameters, 'PublicAccessBlockConfiguration');
    if (settings.every((s) => getPath(config, s) === true || getPath(config, s) === 'true')) return undefined;
  }
  return target(eventAccount(e), e.awsRegion, getString(e.requestParameters, 'bucketName'));
}

function fromCheckResult(result: CheckResult): RemediationTarget<Params> | undefined {
  if (result.check !== s3BucketPublicAccessBlock.id) return undefined;
  const arn = /^arn:(aws[a-z-]*):s3:::([^/]+)$/.exec(result.resource);
  // Bucket ARNs carry no region: call the partition's global region, and S3 redirects to the bucket's own.
  return arn ? target(result.account, globalRegion(arn[1]), arn[2]) : undefined;
}

const describe = (c: PublicAccessBlockConfiguration | undefined): string =>
  c ? settings.map((s) => `${s}=${c[s] === true}`).join(', ') : 'no bucket-level configuration';

const bucket = 'example-bucket';

export const s3BlockPublicAccess = defineRemediation({
  id: 's3-block-public-access',
  title: 'Turn on S3 Block Public Access for the bucket',
  call: 's3:PutBucketPublicAccessBlock',
  permissions: ['s3:GetBucketPublicAccessBlock', 's3:PutBucketPublicAccessBlock'],
  approval: 'single',
  undo: 'Put back the previous settings the result names with s3:PutBucketPublicAccessBlock (PutPublicAccessBlock API), or, if the bucket had none, remove them with DeletePublicAccessBlock (aws s3api delete-public-access-block).',
  impact: 'Public ACLs are ignored and public bucket policies stop granting access: a bucket that serves a public website or dataset stops serving it, and new public grants are refused. Private, cross-account and service access is untouched.',
  sources: {
    events: exposing.map((n) => `s3.amazonaws.com:${n}`),
    findings: bucketFindings,
    checks: [s3BucketPublicAccessBlock.id],
  },
  notOffered: ['Account-level Block Public Access (PutAccountPublicAccessBlock / DeleteAccountPublicAccessBlock): it covers every bucket at once and is left to a person.'],
  paramsSchema,
  fromRecord,
  fromCheckResult,
  preview: (t) =>
    `s3:PutBucketPublicAccessBlock Bucket=${t.params.bucket} ExpectedBucketOwner=${t.account} PublicAccessBlockConfiguration={${settings.map((s) => `${s}=true`).join(', ')}}`,
  async run(ctx, t) {
    const { GetPublicAccessBlockCommand, PutPublicAccessBlockCommand } = await import('@aws-sdk/client-s3');
    const { bucket: name } = t.params;
    const s3 = ctx.clients.s3;
    let before: PublicAccessBlockConfiguration | undefined;
    try {
      const out = await call('s3:GetBucketPublicAccessBlock', () =>
        s3.send(new GetPublicAccessBlockCommand({ Bucket: name, ExpectedBucketOwner: t.account }), { abortSignal: ctx.signal }),
      );
      before = out.PublicAccessBlockConfiguration;
    } catch (err) {
      if (!(err instanceof AwsCallError && err.aws.name === 'NoSuchPublicAccessBlockConfiguration')) throw err;
    }
    if (before && settings.every((s) => before?.[s] === true)) {
      return { summary: `Block Public Access was already fully on for bucket ${name}`, alreadyDone: true };
    }
    // ExpectedBucketOwner: S3 refuses if the bucket (name) now belongs to another account.
    await call('s3:PutBucketPublicAccessBlock', () =>
      s3.send(new PutPublicAccessBlockCommand({ Bucket: name, ExpectedBucketOwner: t.account, PublicAccessBlockConfiguration: allOn }), { abortSignal: ctx.signal }),
    );
    return { summary: `Turned on all four Block Public Access settings for bucket ${name} (before: ${describe(before)})` };
  },
  cases: [
    {
      name: 'PutBucketPolicy: the bucket',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 's3.amazonaws.com',
          eventName: 'PutBucketPolicy',
          awsRegion: 'eu-west-1',
          requestParameters: { bucketName: bucket, bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*` }] }, policy: '' },
        }),
      ),
      expected: { account: '123456789012', region: 'eu-west-1', resource: `arn:aws:s3:::${bucket}`, params: { bucket } },
    },
    {
      name: 'DeleteBucketPublicAccessBlock: the bucket',
      record: cloudTrailRecord(
        exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'DeleteBucketPublicAccessBlock', requestParameters: { bucketName: bucket, Host: `${bucket}.s3.amazonaws.com`, publicAccessBlock: '' } }),
      ),
      expected: { account: '123456789012', region: 'us-east-1', resource: `arn:aws:s3:::${bucket}`, params: { bucket } },
    },
    {
      name: 'GuardDuty Policy:S3/BucketBlockPublicAccessDisabled: the bucket',
      record: guardDutyRecord(
        exampleFinding({
          type: 'Policy:S3/BucketBlockPublicAccessDisabled',
          severity: 2,
          region: 'eu-west-1',
          resource: { resourceType: 'S3Bucket', s3BucketDetails: [{ arn: `arn:aws:s3:::${bucket}`, name: bucket, type: 'Destination' }] },
        }),
      ),
      expected: { account: '123456789012', region: 'eu-west-1', resource: `arn:aws:s3:::${bucket}`, params: { bucket } },
    },
    {
      name: 'failing bucket check: the bucket',
      result: checkResult(s3BucketPublicAccessBlock, { buckets: [{ name: bucket, config: { ok: true, value: null } }] }, 'global'),
      expected: { account: '123456789012', region: 'us-east-1', resource: `arn:aws:s3:::${bucket}`, params: { bucket } },
    },
    {
      name: 'Block Public Access fully turned on: none',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 's3.amazonaws.com',
          eventName: 'PutBucketPublicAccessBlock',
          requestParameters: { bucketName: bucket, PublicAccessBlockConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', ...allOn } },
        }),
      ),
      expected: undefined,
    },
    {
      name: 'account-level block removed: none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'DeleteAccountPublicAccessBlock', requestParameters: { accountId: '123456789012' } })),
      expected: undefined,
    },
    {
      name: 'a denied PutBucketAcl: none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'PutBucketAcl', errorCode: 'AccessDenied', requestParameters: { bucketName: bucket, 'x-amz-acl': ['public-read'] } })),
      expected: undefined,
    },
    { name: 'GetBucketPolicy: none', record: cloudTrailRecord(exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'GetBucketPolicy', requestParameters: { bucketName: bucket } })), expected: undefined },
  ],
});
