import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.13 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailRouteTableChanges = defineRule({
  id: 'cloudtrail-route-table-changes',
  title: 'Route table changed',
  source: 'cloudtrail',
  severity: 'low',
  area: 'network-acls-routing',
  controls: ['CloudWatch.13', 'cis-aws-1.2.0:3.13', 'cis-aws-1.4.0:4.13', 'cis-aws-3.0.0:4.13'],
  attack: ['T1578.005'],
  guardduty: [],
  falsePositives: ['Route changes by IaC, VPN and Transit Gateway automation.'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventName=CreateRoute) || ($.eventName=CreateRouteTable) || ($.eventName=ReplaceRoute) || ($.eventName=ReplaceRouteTableAssociation) || ($.eventName=DeleteRouteTable) || ($.eventName=DeleteRoute) || ($.eventName=DisassociateRouteTable)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-13'],
  description:
    "A route table or route changed. AWS runs VPC routing; where traffic is routed is the customer's decision.",
  customerAction: "Review the route change; make sure traffic still flows through the expected path.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'routeTableId') ?? null,
  cases: [
    {
      name: 'CreateRoute fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'CreateRoute', requestParameters: { routeTableId: 'rtb-0123456789abcdef0', destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0123456789abcdef0' } }),
    },
    {
      name: 'read-only DescribeRouteTables does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeRouteTables', readOnly: true, requestParameters: { routeTableIdSet: {}, filterSet: {} } }),
    },
  ],
});
