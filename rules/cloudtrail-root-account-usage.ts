import { defineRule } from '../src/rules/define-rule.js';
import { exampleEvent, identities } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.1 / CIS "usage of the root user", the metric filter verbatim. */
export const cloudtrailRootAccountUsage = defineRule({
  id: 'cloudtrail-root-account-usage',
  title: 'Root user activity',
  source: 'cloudtrail',
  severity: 'high',
  area: 'root-account',
  controls: ['CloudWatch.1', 'cis-aws-1.2.0:1.1', 'cis-aws-1.2.0:3.3', 'cis-aws-1.4.0:1.7', 'cis-aws-1.4.0:4.3', 'cis-aws-3.0.0:4.3'],
  attack: ['T1078.004'],
  guardduty: ['Policy:IAMUser/RootCredentialUsage'],
  falsePositives: ['Tasks only the root user can do (closing the account, changing the support plan or tax settings, restoring lost IAM admin access), done on purpose by the account owner.'],
  tuning: 'suppressions (by rule and actor or account) for an account where a root task is planned',
  pattern: '{$.userIdentity.type="Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType !="AwsServiceEvent"}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-1'],
  description:
    'The root user has unrestricted access to every resource in the account and cannot be limited by IAM policies. AWS secures the sign-in service; protecting, and not using, the root credentials is the customer\'s side of the model.',
  customerAction:
    'Confirm who used the root user and why; if unexpected, rotate the root password, check its MFA device, delete any root access keys and review recent changes made by root.',
  notes: ['Matches failed root calls too (the CIS filter has no errorCode term).'],
  describe: (e) => `The root user called ${e.eventName} (${e.eventSource}).`,
  cases: [
    {
      name: 'root console call fires',
      fires: true,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', userIdentity: { ...identities.root }, readOnly: true }),
    },
    {
      name: 'IAM user call does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListUsers', readOnly: true }),
    },
    {
      name: 'call made for root by an AWS service (invokedBy) does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 's3.amazonaws.com',
        eventName: 'PutObject',
        userIdentity: { ...identities.root, invokedBy: 'cloudtrail.amazonaws.com' },
      }),
    },
    {
      name: 'AwsServiceEvent does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole', userIdentity: { ...identities.root }, eventType: 'AwsServiceEvent' }),
    },
  ],
});
