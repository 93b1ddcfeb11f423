import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.7 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailCmkDisabledOrDeleted = defineRule({
  id: 'cloudtrail-cmk-disabled-or-deleted',
  title: 'KMS key disabled or scheduled for deletion',
  source: 'cloudtrail',
  severity: 'high',
  area: 'key-management',
  controls: ['CloudWatch.7', 'cis-aws-1.2.0:3.7', 'cis-aws-1.4.0:4.7', 'cis-aws-3.0.0:4.7'],
  attack: ['T1485'],
  guardduty: ['Impact:IAMUser/AnomalousBehavior'],
  falsePositives: ['Planned retirement of a key that no longer protects data.'],
  tuning: 'suppressions (by rule and actor or account)',
  pattern: '{($.eventSource=kms.amazonaws.com) && (($.eventName=DisableKey) || ($.eventName=ScheduleKeyDeletion))}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-7'],
  description:
    "A customer managed KMS key was disabled or scheduled for deletion; data encrypted under it becomes unreadable. AWS protects the key material; the key's lifecycle is the customer's.",
  customerAction: "Confirm the key is no longer needed; if not intended, cancel the deletion (CancelKeyDeletion) or re-enable the key before the waiting period ends.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'keyId') ?? null,
  cases: [
    {
      name: 'ScheduleKeyDeletion fires',
      fires: true,
      event: exampleEvent({ eventSource: 'kms.amazonaws.com', eventName: 'ScheduleKeyDeletion', requestParameters: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', pendingWindowInDays: 7 } }),
    },
    {
      name: 'read-only DescribeKey does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'kms.amazonaws.com', eventName: 'DescribeKey', readOnly: true, requestParameters: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } }),
    },
    {
      name: 'DisableKey from another event source does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DisableKey', requestParameters: {} }),
    },
  ],
});
