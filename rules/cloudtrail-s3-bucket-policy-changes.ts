import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.8 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailS3BucketPolicyChanges = defineRule({
  id: 'cloudtrail-s3-bucket-policy-changes',
  title: 'S3 bucket policy or ACL changed',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'resource-policies',
  controls: ['CloudWatch.8', 'cis-aws-1.2.0:3.8', 'cis-aws-1.4.0:4.8', 'cis-aws-3.0.0:4.8'],
  attack: ['T1530', 'T1537', 'T1485.001'],
  guardduty: ['Policy:S3/BucketPublicAccessGranted', 'Policy:S3/BucketAnonymousAccessGranted', 'Exfiltration:IAMUser/AnomalousBehavior'],
  falsePositives: ['Bucket policy, CORS, lifecycle and replication changes made by IaC pipelines and bucket owners (the CIS filter matches them all, failed calls too).'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventSource=s3.amazonaws.com) && (($.eventName=PutBucketAcl) || ($.eventName=PutBucketPolicy) || ($.eventName=PutBucketCors) || ($.eventName=PutBucketLifecycle) || ($.eventName=PutBucketReplication) || ($.eventName=DeleteBucketPolicy) || ($.eventName=DeleteBucketCors) || ($.eventName=DeleteBucketLifecycle) || ($.eventName=DeleteBucketReplication))}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8'],
  description:
    "A bucket's policy, ACL, CORS, lifecycle or replication configuration changed. AWS enforces bucket policies; who they let in is the customer's decision.",
  customerAction: "Review the new bucket configuration; make sure it does not grant public or cross-account access you did not intend.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'bucketName') ?? null,
  cases: [
    {
      name: 'PutBucketPolicy fires',
      fires: true,
      event: exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'PutBucketPolicy', requestParameters: { bucketName: 'example-bucket', bucketPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' }] }, policy: '' } }),
    },
    {
      name: 'read-only GetBucketPolicy does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'GetBucketPolicy', readOnly: true, requestParameters: { bucketName: 'example-bucket', policy: '' } }),
    },
    {
      name: 'PutBucketPolicy from another event source does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 's3-outposts.amazonaws.com', eventName: 'PutBucketPolicy', requestParameters: {} }),
    },
  ],
});
