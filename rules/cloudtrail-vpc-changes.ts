import { defineRule } from '../src/rules/define-rule.js';
import { getString } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

/** Security Hub CloudWatch.14 / CIS monitoring filter, the pattern verbatim from the Security Hub documentation. */
export const cloudtrailVpcChanges = defineRule({
  id: 'cloudtrail-vpc-changes',
  title: 'VPC changed',
  source: 'cloudtrail',
  severity: 'low',
  area: 'network-acls-routing',
  controls: ['CloudWatch.14', 'cis-aws-1.2.0:3.14', 'cis-aws-1.4.0:4.14', 'cis-aws-3.0.0:4.14'],
  attack: ['T1578.005'],
  guardduty: [],
  falsePositives: ['VPC creation, attribute changes and peering by IaC pipelines.'],
  tuning: 'routes; suppressions (by rule and actor or account)',
  pattern: '{($.eventName=CreateVpc) || ($.eventName=DeleteVpc) || ($.eventName=ModifyVpcAttribute) || ($.eventName=AcceptVpcPeeringConnection) || ($.eventName=CreateVpcPeeringConnection) || ($.eventName=DeleteVpcPeeringConnection) || ($.eventName=RejectVpcPeeringConnection) || ($.eventName=AttachClassicLinkVpc) || ($.eventName=DetachClassicLinkVpc) || ($.eventName=DisableVpcClassicLink) || ($.eventName=EnableVpcClassicLink)}',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-14'],
  description:
    "A VPC or a VPC peering connection changed. AWS runs the network; its layout and who it is peered with are the customer's decisions.",
  customerAction: "Confirm the VPC or peering change is intended; unexpected peering can open a path between networks.",
  notes: ['Matches failed calls too.'],
  describe: (e) => `${e.eventName} (${e.eventSource}) was called${e.errorCode ? ` and failed with ${String(e.errorCode)}` : ''}.`,
  resource: (e) => getString(e.requestParameters, 'vpcId') ?? null,
  cases: [
    {
      name: 'CreateVpcPeeringConnection fires',
      fires: true,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'CreateVpcPeeringConnection', requestParameters: { vpcId: 'vpc-0123456789abcdef0', peerVpcId: 'vpc-0fedcba9876543210', peerOwnerId: '111122223333' } }),
    },
    {
      name: 'read-only DescribeVpcs does not fire',
      fires: false,
      event: exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DescribeVpcs', readOnly: true, requestParameters: { vpcSet: {}, filterSet: {} } }),
    },
  ],
});
