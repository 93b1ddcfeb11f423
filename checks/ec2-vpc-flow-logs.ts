import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const ec2VpcFlowLogs = defineCheck({
  id: 'ec2-vpc-flow-logs',
  title: 'Every VPC has flow logs capturing rejected traffic',
  area: 'network-monitoring',
  owner: 'customer',
  severity: 'medium',
  controls: ['EC2.6', 'cis-aws-1.4.0:3.9', 'cis-aws-3.0.0:3.7'],
  why: 'AWS records VPC traffic metadata only for the VPCs, and to the destinations, the customer configures.',
  remediation: 'Create a flow log for each VPC with traffic type REJECT or ALL (aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type REJECT ...).',
  permissions: ['ec2:DescribeVpcs', 'ec2:DescribeFlowLogs'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/working-with-flow-logs.html'],
  async collect(ctx) {
    const { paginateDescribeFlowLogs, paginateDescribeVpcs } = await import('@aws-sdk/client-ec2');
    const ec2 = ctx.clients.ec2;
    const vpcPages = await call('ec2:DescribeVpcs', () => allPages(paginateDescribeVpcs({ client: ec2, pageSize: 1000 }, {})));
    const logPages = await call('ec2:DescribeFlowLogs', () =>
      allPages(paginateDescribeFlowLogs({ client: ec2, pageSize: 1000 }, {})),
    );
    const logs = logPages.flatMap((p) => p.FlowLogs ?? []);
    return {
      vpcs: vpcPages
        .flatMap((p) => p.Vpcs ?? [])
        .map((v) => {
          const mine = logs.filter((l) => l.ResourceId === v.VpcId && l.FlowLogStatus === 'ACTIVE');
          return {
            id: v.VpcId ?? '',
            arn: `arn:aws:ec2:${ctx.region}:${v.OwnerId ?? ctx.account}:vpc/${v.VpcId ?? ''}`,
            trafficTypes: [...new Set(mine.map((l) => l.TrafficType ?? 'ALL'))],
          };
        }),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.vpcs.length === 0) return [pass(ctx.account, `no VPCs in ${ctx.region}`)];
    return snapshot.vpcs.map((v): Finding => {
      if (v.trafficTypes.includes('ALL') || v.trafficTypes.includes('REJECT')) {
        return pass(v.arn, `${v.id}: flow log captures ${v.trafficTypes.join(', ')} traffic`);
      }
      return v.trafficTypes.length === 0
        ? fail(v.arn, `${v.id}: no active flow log`)
        : fail(v.arn, `${v.id}: flow logs capture only ${v.trafficTypes.join(', ')} traffic`);
    });
  },
});
