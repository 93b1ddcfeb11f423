import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.11 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailNaclChanges = defineRule({
  id: 'cloudtrail-nacl-changes',
  title: 'Network ACL changed',
  source: 'cloudtrail',
  severity: 'low',
  area: 'network-acls-routing',
  controls: ['CloudWatch.11', 'cis-aws-1.2.0:3.11', 'cis-aws-1.4.0:4.11', 'cis-aws-3.0.0:4.11'],
  attack: ['T1562.007'],
  guardduty: [],
  falsePositives: ['Network ACL changes by IaC pipelines.'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventName=CreateNetworkAcl) || ($.eventName=CreateNetworkAclEntry) || ($.eventName=DeleteNetworkAcl) || ($.eventName=DeleteNetworkAclEntry) || ($.eventName=ReplaceNetworkAclEntry) || ($.eventName=ReplaceNetworkAclAssociation)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-11'],
  description:
    "A network ACL or its entries changed. AWS enforces NACLs; the subnet traffic they allow is the customer's decision.",
  customerAction: "Review the NACL change against your network design.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'networkAclId') ?? null,
  cases: [
    {
      name: 'CreateNetworkAclEntry fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'CreateNetworkAclEntry', requestParameters: { networkAclId: 'acl-0123456789abcdef0', ruleNumber: 100, egress: false, ruleAction: 'allow', icmpTypeCode: {}, portRange: { from: 22, to: 22 }, aclProtocol: '6', cidrBlock: '192.0.2.0/24' } }),
    },
    {
      name: 'read-only DescribeNetworkAcls does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeNetworkAcls', readOnly: true, requestParameters: { networkAclIdSet: {}, filterSet: {} } }),
    },
  ],
});
