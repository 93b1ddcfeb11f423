import { defineRule } from '../src/rules/define-rule.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';
import { exampleEvent } from '../src/rules/example-event.js';

const ADMIN_PORTS = [22, 3389];

interface Permission {
  protocol: string;
  from: number;
  to: number;
  cidrs: string[];
}

const num = (v: unknown, dflt: number): number => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : dflt);

/** Ingress rules as CloudTrail logs them: ipPermissions.items[], or the legacy top-level fields. */
function permissions(req: unknown): Permission[] {
  const out: Permission[] = [];
  for (const p of items(getPath(req, 'ipPermissions'))) {
    const cidrs = [
      ...items(getPath(p, 'ipRanges')).map((r) => getString(r, 'cidrIp')),
      ...items(getPath(p, 'ipv6Ranges')).map((r) => getString(r, 'cidrIpv6')),
    ].filter((c): c is string => c !== undefined);
    out.push({ protocol: String(getPath(p, 'ipProtocol') ?? '-1'), from: num(getPath(p, 'fromPort'), 0), to: num(getPath(p, 'toPort'), 65535), cidrs });
  }
  const legacy = getString(req, 'cidrIp');
  if (legacy !== undefined) {
    out.push({ protocol: String(getPath(req, 'ipProtocol') ?? '-1'), from: num(getPath(req, 'fromPort'), 0), to: num(getPath(req, 'toPort'), 65535), cidrs: [legacy] });
  }
  return out;
}

/** Any address: a /0 prefix, IPv4 (0.0.0.0/0) or IPv6 (::/0). */
const isWorld = (cidr: string): boolean => cidr.trim().endsWith('/0');

function exposedPorts(p: Permission): string | null {
  if (!p.cidrs.some(isWorld)) return null;
  if (p.protocol === '-1' || p.protocol === 'all') return 'all ports';
  if (p.from <= 0 && p.to >= 65535) return 'all ports';
  const hit = ADMIN_PORTS.filter((port) => (p.protocol === 'tcp' || p.protocol === '6') && p.from <= port && port <= p.to);
  return hit.length > 0 ? `port ${hit.join(' and ')}` : null;
}

const exposures = (req: unknown): string[] => permissions(req).map(exposedPorts).filter((x): x is string => x !== null);

export const cloudtrailSecurityGroupOpenToWorld = defineRule({
  id: 'cloudtrail-security-group-open-to-world',
  title: 'Security group opened to the internet on an admin port',
  source: 'cloudtrail',
  severity: 'high',
  area: 'security-groups',
  controls: ['EC2.13', 'EC2.14', 'EC2.19', 'cis-aws-1.4.0:5.2', 'cis-aws-3.0.0:5.2', 'cis-aws-3.0.0:5.3'],
  attack: ['T1562.007'],
  guardduty: ['Impact:IAMUser/AnomalousBehavior'],
  falsePositives: ['Public load balancers and web servers opened on 80/443 on purpose.'],
  tuning: 'suppressions (by rule and actor or account)',
  // Successful calls only: the port is open only if the call succeeded.
  when: { eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', success: true },
  match: (e) => exposures(e.requestParameters).length > 0,
  description:
    "A security group now lets any address on the internet reach SSH, RDP or every port. AWS enforces security groups; which traffic they admit is the customer's side.",
  customerAction: 'Revoke the rule and allow only known address ranges, or use Systems Manager Session Manager instead of open admin ports.',
  describe: (e) => `Security group ${getString(e.requestParameters, 'groupId') ?? getString(e.requestParameters, 'groupName') ?? ''} was opened to the internet on ${exposures(e.requestParameters).join(', ')}.`,
  resource: (e) => getString(e.requestParameters, 'groupId') ?? getString(e.requestParameters, 'groupName') ?? null,
  cases: [
    {
      name: 'SSH from 0.0.0.0/0 fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] }, ipv6Ranges: {}, prefixListIds: {} }] } },
      }),
    },
    {
      name: 'all traffic from ::/0 fires',
      fires: true,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: '-1', groups: {}, ipRanges: {}, ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] }, prefixListIds: {} }] } },
      }),
    },
    {
      name: 'HTTPS from the internet does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
      }),
    },
    {
      name: 'SSH from a known range does not fire',
      fires: false,
      event: exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        requestParameters: { groupId: 'sg-0123456789abcdef0', ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '192.0.2.0/24' }] } }] } },
      }),
    },
  ],
});
