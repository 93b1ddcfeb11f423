import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.10 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailSecurityGroupChanges = defineRule({
  id: 'cloudtrail-security-group-changes',
  title: 'Security group changed',
  source: 'cloudtrail',
  severity: 'low',
  area: 'security-groups',
  controls: ['CloudWatch.10', 'cis-aws-1.2.0:3.10', 'cis-aws-1.4.0:4.10', 'cis-aws-3.0.0:4.10'],
  attack: ['T1562.007'],
  guardduty: ['Impact:IAMUser/AnomalousBehavior'],
  falsePositives: ['Every security group change by deploy pipelines, Auto Scaling, EKS and load balancer controllers.'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventName=AuthorizeSecurityGroupIngress) || ($.eventName=AuthorizeSecurityGroupEgress) || ($.eventName=RevokeSecurityGroupIngress) || ($.eventName=RevokeSecurityGroupEgress) || ($.eventName=CreateSecurityGroup) || ($.eventName=DeleteSecurityGroup)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-10'],
  description:
    "A security group or one of its rules changed. AWS enforces security groups; which traffic they allow is the customer's decision.",
  customerAction: "Review the rule change; make sure nothing is opened wider than the workload needs.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'groupId') ?? getString(e.requestParameters, 'groupName') ?? null,
  cases: [
    {
      name: 'AuthorizeSecurityGroupIngress fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '192.0.2.0/24' }] } }] } } }),
    },
    {
      name: 'read-only DescribeSecurityGroups does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeSecurityGroups', readOnly: true, requestParameters: { securityGroupSet: {}, securityGroupIdSet: {}, filterSet: {} } }),
    },
  ],
});
