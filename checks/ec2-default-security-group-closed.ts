import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const ec2DefaultSecurityGroupClosed = defineCheck({
  id: 'ec2-default-security-group-closed',
  title: 'Default security groups allow no inbound or outbound traffic',
  area: 'security-groups',
  owner: 'customer',
  severity: 'medium',
  controls: ['EC2.2', 'cis-aws-1.4.0:5.3', 'cis-aws-3.0.0:5.4'],
  why: 'Every VPC gets a default security group that resources fall into when none is chosen; closing it is the customer\'s network configuration.',
  remediation: 'Remove every inbound and outbound rule from each VPC\'s default security group and give resources purpose-made groups instead.',
  permissions: ['ec2:DescribeSecurityGroups'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
  async collect(ctx) {
    const { paginateDescribeSecurityGroups } = await import('@aws-sdk/client-ec2');
    const pages = await call('ec2:DescribeSecurityGroups', () =>
      allPages(
        paginateDescribeSecurityGroups(
          { client: ctx.clients.ec2, pageSize: 1000 },
          { Filters: [{ Name: 'group-name', Values: ['default'] }] },
        ),
      ),
    );
    return {
      groups: pages
        .flatMap((p) => p.SecurityGroups ?? [])
        .filter((g) => g.GroupName === 'default')
        .map((g) => ({
          id: g.GroupId ?? '',
          vpc: g.VpcId ?? '',
          arn: g.SecurityGroupArn ?? `arn:aws:ec2:${ctx.region}:${g.OwnerId ?? ctx.account}:security-group/${g.GroupId ?? ''}`,
          inbound: (g.IpPermissions ?? []).length,
          outbound: (g.IpPermissionsEgress ?? []).length,
        })),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.groups.length === 0) return [pass(ctx.account, `no default security groups in ${ctx.region}`)];
    return snapshot.groups.map((g): Finding =>
      g.inbound === 0 && g.outbound === 0
        ? pass(g.arn, `default group ${g.id} of ${g.vpc} has no rules`)
        : fail(g.arn, `default group ${g.id} of ${g.vpc} has ${g.inbound} inbound and ${g.outbound} outbound rules`),
    );
  },
});
