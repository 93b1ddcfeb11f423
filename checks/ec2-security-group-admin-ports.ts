import type { IpPermission } from '@aws-sdk/client-ec2';
import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const adminPorts = [22, 3389] as const;
const openIpv4 = '0.0.0.0/0';
const openIpv6 = '::/0';

/** "22 from 0.0.0.0/0"-style openings of admin ports to the whole internet in one permission. */
export function openAdminPorts(p: IpPermission): string[] {
  const proto = p.IpProtocol ?? '';
  // Protocol -1 means every protocol and port; tcp/udp (or 6/17) use the port range.
  const all = proto === '-1';
  if (!all && !['tcp', 'udp', '6', '17'].includes(proto)) return [];
  const from = all ? 0 : (p.FromPort ?? 0);
  const to = all ? 65535 : (p.ToPort ?? 65535);
  const ports = adminPorts.filter((port) => from <= port && port <= to);
  if (ports.length === 0) return [];
  const sources = [
    ...(p.IpRanges ?? []).filter((r) => r.CidrIp === openIpv4).map(() => openIpv4),
    ...(p.Ipv6Ranges ?? []).filter((r) => r.CidrIpv6 === openIpv6).map(() => openIpv6),
  ];
  const label = all ? 'all traffic' : proto;
  return sources.flatMap((src) => ports.map((port) => `${port}/${label} from ${src}`));
}

export const ec2SecurityGroupAdminPorts = defineCheck({
  id: 'ec2-security-group-admin-ports',
  title: 'No security group opens SSH (22) or RDP (3389) to the internet',
  area: 'security-groups',
  owner: 'customer',
  severity: 'high',
  controls: ['EC2.13', 'EC2.14', 'EC2.53', 'EC2.54', 'cis-aws-1.4.0:5.2', 'cis-aws-3.0.0:5.2', 'cis-aws-3.0.0:5.3'],
  why: 'Security groups are the customer\'s firewall rules; AWS enforces them exactly as written, including 0.0.0.0/0 and ::/0.',
  remediation: 'Remove the ingress rules from 0.0.0.0/0 and ::/0 on ports 22 and 3389; reach instances through Session Manager, a VPN or a bastion restricted to known addresses.',
  permissions: ['ec2:DescribeSecurityGroups'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-53'],
  async collect(ctx) {
    const { paginateDescribeSecurityGroups } = await import('@aws-sdk/client-ec2');
    const pages = await call('ec2:DescribeSecurityGroups', () =>
      allPages(paginateDescribeSecurityGroups({ client: ctx.clients.ec2, pageSize: 1000 }, {})),
    );
    return {
      groups: pages
        .flatMap((p) => p.SecurityGroups ?? [])
        .map((g) => ({
          id: g.GroupId ?? '',
          name: g.GroupName ?? '',
          arn: g.SecurityGroupArn ?? `arn:aws:ec2:${ctx.region}:${g.OwnerId ?? ctx.account}:security-group/${g.GroupId ?? ''}`,
          open: (g.IpPermissions ?? []).flatMap(openAdminPorts),
        })),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.groups.length === 0) return [pass(ctx.account, `no security groups in ${ctx.region}`)];
    return snapshot.groups.map((g): Finding =>
      g.open.length === 0
        ? pass(g.arn, `${g.id} (${g.name}) does not open 22 or 3389 to the internet`)
        : fail(g.arn, `${g.id} (${g.name}) allows ${[...new Set(g.open)].join(', ')}`),
    );
  },
});
