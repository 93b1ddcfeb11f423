import { defineRule } from '../src/rules/define-rule.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.2 / CIS v1.2.0 3.1, the metric filter verbatim. */
export const cloudtrailUnauthorizedApiCalls = defineRule({
  id: 'cloudtrail-unauthorized-api-calls',
  title: 'Unauthorized API call',
  source: 'cloudtrail',
  severity: 'low',
  area: 'iam',
  controls: ['CloudWatch.2', 'cis-aws-1.2.0:3.1'],
  attack: ['T1580', 'T1526'],
  guardduty: ['Discovery:IAMUser/AnomalousBehavior'],
  falsePositives: ['Consoles, scanners and IaC plans that probe permissions they lack; log delivery and HeadBucket calls (noise code log-delivery-or-headbucket); automation whose policy is too narrow.'],
  tuning: 'noise.cloudtrail-unauthorized-api-calls:log-delivery-or-headbucket; suppressions (by rule and actor or account)',
  pattern: '{($.errorCode="*UnauthorizedOperation") || ($.errorCode="AccessDenied*")}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-2'],
  description:
    'A principal called an API it is not allowed to call. AWS enforces the decision; deciding who may do what, and noticing probing or broken automation, is the customer\'s side.',
  customerAction:
    'Check whether the principal should be making this call: fix the policy for legitimate automation, or investigate the credentials if the caller or pattern is unexpected.',
  notes: [
    'CIS v1.4.0 4.1 excludes calls from delivery.logs.amazonaws.com and HeadBucket; this Security Hub pattern does not, so those are flagged as noise (code "log-delivery-or-headbucket").',
  ],
  noisyWhen: [
    {
      code: 'log-delivery-or-headbucket',
      note: 'Log delivery or HeadBucket call: excluded by CIS v1.4.0 4.1 as routine noise.',
      when: (e) => e.sourceIPAddress === 'delivery.logs.amazonaws.com' || e.eventName === 'HeadBucket',
    },
  ],
  describe: (e) => `${e.eventName} (${e.eventSource}) was denied with ${String(e.errorCode)}.`,
  cases: [
    {
      name: 'EC2 UnauthorizedOperation fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'DescribeInstances',
        errorCode: 'Client.UnauthorizedOperation',
        errorMessage: 'You are not authorized to perform this operation.',
      }),
    },
    {
      name: 'AccessDenied fires',
      fires: true,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', errorCode: 'AccessDenied', errorMessage: 'User is not authorized' }),
    },
    {
      name: 'other error does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 's3.amazonaws.com', eventName: 'GetBucketPolicy', errorCode: 'NoSuchBucketPolicy' }),
    },
    { name: 'successful call does not fire', fires: false, event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers' }) },
    {
      name: 'lower-case accessdenied does not fire (case-sensitive)',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', errorCode: 'accessdenied' }),
    },
  ],
});
