import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';
import { grantsEveryone } from '../src/rules/policy-document.js';

const PUBLIC_GROUPS = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'];
const PUBLIC_CANNED = ['public-read', 'public-read-write', 'authenticated-read'];

function aclIsPublic(req: unknown): boolean {
  const canned = getPath(req, 'x-amz-acl');
  const cannedList = Array.isArray(canned) ? canned : [canned];
  if (cannedList.some((c) => typeof c === 'string' && PUBLIC_CANNED.includes(c))) return true;
  const grants = items(getPath(req, 'AccessControlPolicy', 'AccessControlList', 'Grant'));
  const list = grants.length > 0 ? grants : [getPath(req, 'AccessControlPolicy', 'AccessControlList', 'Grant')];
  return list.some((g) => PUBLIC_GROUPS.includes(getString(g, 'Grantee', 'URI') ?? ''));
}

export const cloudtrailS3BucketMadePublic = defineRule({
  id: 'cloudtrail-s3-bucket-made-public',
  title: 'S3 bucket made public',
  source: 'cloudtrail',
  severity: 'critical',
  area: 'resource-policies',
  controls: ['S3.2', 'S3.3'],
  attack: ['T1530'],
  guardduty: ['Policy:S3/BucketPublicAccessGranted', 'Policy:S3/BucketAnonymousAccessGranted'],
  falsePositives: ['Public website or download buckets.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the bucket is public only if the call succeeded.
  when: { eventSource: 's3.amazonaws.com', eventName: ['PutBucketAcl', 'PutBucketPolicy'], success: true },
  match: (e) => (e.eventName === 'PutBucketAcl' ? aclIsPublic(e.requestParameters) : grantsEveryone(getPath(e.requestParameters, 'bucketPolicy'))),
  description:
    "A bucket ACL or policy now grants access to everyone. AWS enforces what the policy says; what it says is the customer's side.",
  customerAction: 'Remove the public grant (or turn on Block Public Access) unless the bucket is meant to be public, and review its access logs.',
  describe: (e) => `${e.eventName} made bucket ${getString(e.requestParameters, 'bucketName') ?? ''} public.`,
  resource: (e) => getString(e.requestParameters, 'bucketName') ?? null,
  cases: [
    {
      name: 'policy with Principal * fires',
      fires: true,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutBucketPolicy',
        requestParameters: {
          bucketName: 'example-bucket',
          bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' }] },
          policy: '',
        },
      }),
    },
    {
      name: 'ACL granting AllUsers fires',
      fires: true,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutBucketAcl',
        requestParameters: {
          bucketName: 'example-bucket',
          AccessControlPolicy: {
            AccessControlList: { Grant: [{ Grantee: { 'xsi:type': 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }] },
            Owner: { ID: 'examplecanonicalid' },
          },
          acl: '',
        },
      }),
    },
    {
      name: 'policy limited by a source VPC condition does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutBucketPolicy',
        requestParameters: {
          bucketName: 'example-bucket',
          bucketPolicy: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*', Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-0123456789abcdef0' } } }],
          },
        },
      }),
    },
  ],
});
