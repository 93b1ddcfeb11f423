import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
const ACCOUNT_LEVEL = ['DeleteAccountPublicAccessBlock', 'PutAccountPublicAccessBlock'];

export const cloudtrailS3BlockPublicAccessRemoved = defineRule({
  id: 'cloudtrail-s3-block-public-access-removed',
  title: 'S3 Block Public Access removed',
  source: 'cloudtrail',
  severity: 'high',
  area: 'resource-policies',
  controls: ['S3.1', 'S3.8'],
  attack: ['T1530'],
  guardduty: ['Policy:S3/BucketBlockPublicAccessDisabled', 'Policy:S3/AccountBlockPublicAccessDisabled'],
  falsePositives: ['Buckets that serve public content on purpose (static websites without CloudFront).'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the protection is gone only if the call succeeded.
  when: {
    eventName: ['DeleteBucketPublicAccessBlock', 'PutBucketPublicAccessBlock', ...ACCOUNT_LEVEL],
    success: true,
  },
  match: (e) => {
    if (e.eventName.startsWith('Delete')) return true;
    const config = getPath(e.requestParameters, 'PublicAccessBlockConfiguration');
    return SETTINGS.some((s) => getPath(config, s) === false);
  },
  classify: (e) => (ACCOUNT_LEVEL.includes(e.eventName) ? { severity: 'critical', title: 'S3 Block Public Access removed for the account' } : {}),
  description:
    "S3 Block Public Access was turned off (fully or in part) for a bucket or the whole account. AWS provides the guardrail; keeping data private is the customer's side.",
  customerAction: 'Turn Block Public Access back on unless the bucket must be public, and check whether any bucket became public meanwhile.',
  describe: (e) =>
    ACCOUNT_LEVEL.includes(e.eventName)
      ? `${e.eventName} weakened S3 Block Public Access for account ${getString(e.requestParameters, 'accountId') ?? e.recipientAccountId ?? '(unknown)'}.`
      : `${e.eventName} weakened S3 Block Public Access on bucket ${getString(e.requestParameters, 'bucketName') ?? ''}.`,
  resource: (e) => getString(e.requestParameters, 'bucketName') ?? getString(e.requestParameters, 'accountId') ?? null,
  cases: [
    {
      name: 'bucket block deleted fires',
      fires: true,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'DeleteBucketPublicAccessBlock',
        requestParameters: { bucketName: 'example-bucket', Host: 'example-bucket.s3.amazonaws.com', publicAccessBlock: '' },
      }),
    },
    {
      name: 'account-level block partly turned off fires',
      fires: true,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutAccountPublicAccessBlock',
        requestParameters: {
          accountId: '123456789012',
          PublicAccessBlockConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: true },
        },
      }),
    },
    {
      name: 'block fully turned on does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutBucketPublicAccessBlock',
        requestParameters: {
          bucketName: 'example-bucket',
          PublicAccessBlockConfiguration: { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/', BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
        },
      }),
    },
  ],
});
