import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.12 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailNetworkGatewayChanges = defineRule({
  id: 'cloudtrail-network-gateway-changes',
  title: 'Network gateway changed',
  source: 'cloudtrail',
  severity: 'low',
  area: 'network-acls-routing',
  controls: ['CloudWatch.12', 'cis-aws-1.2.0:3.12', 'cis-aws-1.4.0:4.12', 'cis-aws-3.0.0:4.12'],
  attack: ['T1578.005'],
  guardduty: [],
  falsePositives: ['Gateways created and attached by IaC when networks are built.'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventName=CreateCustomerGateway) || ($.eventName=DeleteCustomerGateway) || ($.eventName=AttachInternetGateway) || ($.eventName=CreateInternetGateway) || ($.eventName=DeleteInternetGateway) || ($.eventName=DetachInternetGateway)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-12'],
  description:
    "An internet or customer gateway was created, attached, detached or deleted. AWS runs the gateways; which paths lead in and out of a VPC is the customer's decision.",
  customerAction: "Confirm the gateway change is intended and that traffic still leaves and enters only through controlled paths.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'internetGatewayId') ?? getString(e.requestParameters, 'customerGatewayId') ?? null,
  cases: [
    {
      name: 'AttachInternetGateway fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'AttachInternetGateway', requestParameters: { internetGatewayId: 'igw-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0' } }),
    },
    {
      name: 'read-only DescribeInternetGateways does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeInternetGateways', readOnly: true, requestParameters: { internetGatewayIdSet: {}, filterSet: {} } }),
    },
  ],
});
