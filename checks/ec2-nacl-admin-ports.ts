import type { NetworkAclEntry } from '@aws-sdk/client-ec2';
import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

const adminPorts = [22, 3389] as const;

function covers(e: NetworkAclEntry, port: number): boolean {
  // Protocol "-1" is every protocol; 6 is TCP, 17 UDP (the ones with ports).
  if (e.Protocol === '-1') return true;
  if (e.Protocol !== '6' && e.Protocol !== '17') return false;
  const from = e.PortRange?.From ?? 0;
  const to = e.PortRange?.To ?? 65535;
  return from <= port && port <= to;
}

/** Admin ports reachable from the whole internet: the first matching ingress rule (by number) allows. */
export function openAdminPortsInAcl(entries: readonly NetworkAclEntry[]): string[] {
  const ingress = entries.filter((e) => e.Egress !== true).sort((a, b) => (a.RuleNumber ?? 0) - (b.RuleNumber ?? 0));
  const open: string[] = [];
  for (const [source, matches] of [
    ['0.0.0.0/0', (e: NetworkAclEntry) => e.CidrBlock === '0.0.0.0/0'],
    ['::/0', (e: NetworkAclEntry) => e.Ipv6CidrBlock === '::/0'],
  ] as const) {
    for (const port of adminPorts) {
      const first = ingress.find((e) => matches(e) && covers(e, port));
      if (first?.RuleAction === 'allow') open.push(`${port} from ${source} (rule ${first.RuleNumber ?? '?'})`);
    }
  }
  return open;
}

export const ec2NaclAdminPorts = defineCheck({
  id: 'ec2-nacl-admin-ports',
  title: 'No network ACL allows SSH (22) or RDP (3389) from the internet',
  area: 'network-acls-routing',
  owner: 'customer',
  severity: 'medium',
  controls: ['EC2.21', 'cis-aws-1.4.0:5.1', 'cis-aws-3.0.0:5.1'],
  why: 'Network ACLs are subnet firewall rules the customer writes; AWS applies them as written.',
  remediation: 'Add a lower-numbered deny rule, or narrow the allow rule, so that 22 and 3389 are not open to 0.0.0.0/0 or ::/0 (aws ec2 replace-network-acl-entry ...).',
  permissions: ['ec2:DescribeNetworkAcls'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  async collect(ctx) {
    const { paginateDescribeNetworkAcls } = await import('@aws-sdk/client-ec2');
    const pages = await call('ec2:DescribeNetworkAcls', () =>
      allPages(paginateDescribeNetworkAcls({ client: ctx.clients.ec2, pageSize: 1000 }, {})),
    );
    return {
      acls: pages
        .flatMap((p) => p.NetworkAcls ?? [])
        .map((a) => ({
          id: a.NetworkAclId ?? '',
          arn: `arn:aws:ec2:${ctx.region}:${a.OwnerId ?? ctx.account}:network-acl/${a.NetworkAclId ?? ''}`,
          open: openAdminPortsInAcl(a.Entries ?? []),
        })),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.acls.length === 0) return [pass(ctx.account, `no network ACLs in ${ctx.region}`)];
    return snapshot.acls.map((a): Finding =>
      a.open.length === 0 ? pass(a.arn, `${a.id} does not open 22 or 3389 to the internet`) : fail(a.arn, `${a.id} allows ${a.open.join(', ')}`),
    );
  },
});
