import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.4 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailIamPolicyChanges = defineRule({
  id: 'cloudtrail-iam-policy-changes',
  title: 'IAM policy changed',
  source: 'cloudtrail',
  severity: 'medium',
  area: 'iam',
  controls: ['CloudWatch.4', 'cis-aws-1.2.0:3.4', 'cis-aws-1.4.0:4.4', 'cis-aws-3.0.0:4.4'],
  attack: ['T1098.003'],
  guardduty: ['PrivilegeEscalation:IAMUser/AnomalousBehavior', 'Persistence:IAMUser/AnomalousBehavior'],
  falsePositives: ['Every IAM policy change by administrators and deploy pipelines (the CIS filter matches any change, failed calls too); Auto Scaling DeletePolicy (noise code autoscaling-deletepolicy).'],
  tuning: 'noise.autoscaling-deletepolicy; routes (send rule to a quieter channel); suppressions (by rule and actor or account)',
  pattern: '{($.eventName=DeleteGroupPolicy) || ($.eventName=DeleteRolePolicy) || ($.eventName=DeleteUserPolicy) || ($.eventName=PutGroupPolicy) || ($.eventName=PutRolePolicy) || ($.eventName=PutUserPolicy) || ($.eventName=CreatePolicy) || ($.eventName=DeletePolicy) || ($.eventName=CreatePolicyVersion) || ($.eventName=DeletePolicyVersion) || ($.eventName=AttachRolePolicy) || ($.eventName=DetachRolePolicy) || ($.eventName=AttachUserPolicy) || ($.eventName=DetachUserPolicy) || ($.eventName=AttachGroupPolicy) || ($.eventName=DetachGroupPolicy)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-4'],
  description:
    "An IAM policy was created, changed, attached or detached. AWS evaluates policies; what they grant is entirely the customer's decision.",
  customerAction: "Review the policy change: who made it, what it grants, and whether it went through your normal change process.",
  notes: ['The filter matches the API name only, so Auto Scaling DeletePolicy also matches (AWS documents this); such alerts carry noise code "autoscaling-deletepolicy".', 'Matches failed calls too.'],
  noisyWhen: [
    {
      code: 'autoscaling-deletepolicy',
      note: "DeletePolicy from Auto Scaling (not IAM): the CIS filter matches the API name only.",
      when: (e) => e.eventSource === 'autoscaling.amazonaws.com',
    },
  ],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'policyArn') ?? getString(e.requestParameters, 'policyName') ?? null,
  cases: [
    {
      name: 'AttachUserPolicy fires',
      fires: true,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'AttachUserPolicy', requestParameters: { userName: 'alice', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' } }),
    },
    {
      name: 'Auto Scaling DeletePolicy fires (the filter names the API only) and is marked as noise',
      fires: true,
      event: exampleEvent({
        eventSource: 'autoscaling.amazonaws.com',
        eventName: 'DeletePolicy',
        requestParameters: { autoScalingGroupName: 'web-asg', policyName: 'scale-out' },
      }),
    },
    {
      name: 'read-only ListAttachedUserPolicies does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'iam.amazonaws.com', eventName: 'ListAttachedUserPolicies', readOnly: true, requestParameters: { userName: 'alice' } }),
    },
  ],
});
