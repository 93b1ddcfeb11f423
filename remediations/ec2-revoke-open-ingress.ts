import type { EC2Client, IpPermission, SecurityGroupRule } from '@aws-sdk/client-ec2';
import { z } from 'zod';
import { ec2SecurityGroupAdminPorts, openAdminPorts } from '../checks/ec2-security-group-admin-ports.js';
import { allPages, call } from '../src/checks/define-check.js';
import type { CheckResult } from '../src/checks/types.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationContext, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../src/remediations/examples.js';
import { eventAccount, parseArn, successfulCall } from '../src/remediations/records.js';
import { getPath, getString, items } from '../src/rules/event-fields.js';

/** Any address: a /0 prefix, IPv4 or IPv6 (CloudTrail keeps the address bits as written, e.g. "192.0.2.1/0"). */
const worldV4 = z.string().regex(/^(\d{1,3}\.){3}\d{1,3}\/0$/, 'expected an IPv4 CIDR open to the world (/0)');
const worldV6 = z.string().regex(/^[0-9a-fA-F:]+\/0$/, 'expected an IPv6 CIDR open to the world (/0)');
const groupId = z.string().regex(/^sg-[0-9a-f]{8,17}$/, 'expected a security group id');
const port = z.number().int().min(-1).max(65535);

const permissionSchema = z.strictObject({
  ipProtocol: z.string().regex(/^(-1|tcp|udp|icmp|icmpv6|\d{1,3})$/, 'expected an IP protocol'),
  fromPort: port.optional(),
  toPort: port.optional(),
  cidrIpv4: z.array(worldV4).max(60).default([]),
  cidrIpv6: z.array(worldV6).max(60).default([]),
}).refine((p) => p.ipProtocol === '-1' || (p.fromPort !== undefined && p.toPort !== undefined), 'ports are required unless the protocol is -1 (all)');
type Permission = z.infer<typeof permissionSchema>;

// Only world-open ranges can be named at all: the schema itself keeps the action from revoking anything narrower.
const paramsSchema = z.discriminatedUnion('by', [
  /** The rules the event created, by id (responseElements.securityGroupRuleSet). */
  z.strictObject({ by: z.literal('rule-ids'), groupId, ruleIds: z.array(z.string().regex(/^sgr-[0-9a-f]{8,17}$/)).min(1).max(60) }),
  /** The rules as the request named them (older events without rule ids). */
  z.strictObject({ by: z.literal('ip-permissions'), groupId, ipPermissions: z.array(permissionSchema).min(1).max(60) }),
  /** Every ingress rule opening 22 or 3389 to the world, found when it runs (a failing check names only the group). */
  z.strictObject({ by: z.literal('admin-ports-open-to-world'), groupId }),
]);
type Params = z.infer<typeof paramsSchema>;

const isWorld = (cidr: string | undefined): cidr is string => typeof cidr === 'string' && /\/0$/.test(cidr.trim());
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : undefined);

function ports(protocol: string, from: number | undefined, to: number | undefined): string {
  if (protocol === '-1') return 'all traffic';
  if (from === undefined || from === -1) return protocol;
  return `${protocol}/${from === to || to === undefined ? from : `${from}-${to}`}`;
}

function describePermission(p: Permission): string {
  return [...p.cidrIpv4, ...p.cidrIpv6].map((c) => `${ports(p.ipProtocol, p.fromPort, p.toPort)} from ${c}`).join(', ');
}

function describeRule(r: SecurityGroupRule): string {
  return `${ports(r.IpProtocol ?? '-1', r.FromPort, r.ToPort)} from ${r.CidrIpv4 ?? r.CidrIpv6 ?? '?'} (${r.SecurityGroupRuleId ?? '?'})`;
}

/** The world-open ranges of one permission as CloudTrail logs it (ipRanges/ipv6Ranges items). */
function worldPermission(p: unknown): Permission | undefined {
  const v4 = items(getPath(p, 'ipRanges')).map((r) => getString(r, 'cidrIp')).filter(isWorld);
  const v6 = items(getPath(p, 'ipv6Ranges')).map((r) => getString(r, 'cidrIpv6')).filter(isWorld);
  if (v4.length === 0 && v6.length === 0) return undefined;
  const ipProtocol = String(getPath(p, 'ipProtocol') ?? '-1');
  const all = ipProtocol === '-1';
  return { ipProtocol, ...(all ? {} : { fromPort: num(getPath(p, 'fromPort')), toPort: num(getPath(p, 'toPort')) }), cidrIpv4: v4, cidrIpv6: v6 };
}

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const e = successfulCall(record, 'ec2.amazonaws.com', ['AuthorizeSecurityGroupIngress']);
  const account = e && eventAccount(e);
  if (!e || !account || !e.awsRegion) return undefined;
  const created = items(getPath(e.responseElements, 'securityGroupRuleSet'));
  const group = getString(e.requestParameters, 'groupId') ?? getString(created[0], 'groupId');
  if (!group) return undefined;
  const where = { account, region: e.awsRegion };
  if (created.length > 0) {
    // The response names each rule the call created: revoke exactly those open to the world.
    const open = created.filter((r) => getPath(r, 'isEgress') !== true && (isWorld(getString(r, 'cidrIpv4')) || isWorld(getString(r, 'cidrIpv6'))));
    const ruleIds = open.map((r) => getString(r, 'securityGroupRuleId')).filter((id): id is string => id !== undefined);
    if (ruleIds.length === 0 || ruleIds.length !== open.length) return undefined;
    const described = open.map((r) =>
      describeRule({ IpProtocol: getString(r, 'ipProtocol'), FromPort: num(getPath(r, 'fromPort')), ToPort: num(getPath(r, 'toPort')), CidrIpv4: getString(r, 'cidrIpv4'), CidrIpv6: getString(r, 'cidrIpv6'), SecurityGroupRuleId: getString(r, 'securityGroupRuleId') }),
    );
    return { ...where, resource: `${group} ingress ${described.join(', ')}`, params: { by: 'rule-ids', groupId: group, ruleIds } };
  }
  const req = e.requestParameters;
  const legacy = getString(req, 'cidrIp') === undefined ? [] : [{ ipProtocol: getPath(req, 'ipProtocol'), fromPort: getPath(req, 'fromPort'), toPort: getPath(req, 'toPort'), ipRanges: [{ cidrIp: getString(req, 'cidrIp') }] }];
  const ipPermissions = [...items(getPath(req, 'ipPermissions')), ...legacy].map(worldPermission).filter((p): p is Permission => p !== undefined);
  if (ipPermissions.length === 0) return undefined;
  return { ...where, resource: `${group} ingress ${ipPermissions.map(describePermission).join(', ')}`, params: { by: 'ip-permissions', groupId: group, ipPermissions } };
}

function fromCheckResult(result: CheckResult): RemediationTarget<Params> | undefined {
  if (result.check !== ec2SecurityGroupAdminPorts.id) return undefined;
  const arn = parseArn(result.resource);
  const group = arn?.service === 'ec2' ? /^security-group\/(sg-[0-9a-f]+)$/.exec(arn.resource)?.[1] : undefined;
  if (!arn || !group) return undefined;
  return {
    account: arn.account,
    region: arn.region,
    resource: `${group}: every ingress rule opening 22 or 3389 to 0.0.0.0/0 or ::/0`,
    params: { by: 'admin-ports-open-to-world', groupId: group },
  };
}

function toSdk(p: Permission): IpPermission {
  return {
    IpProtocol: p.ipProtocol,
    ...(p.ipProtocol === '-1' ? {} : { FromPort: p.fromPort, ToPort: p.toPort }),
    ...(p.cidrIpv4.length ? { IpRanges: p.cidrIpv4.map((CidrIp) => ({ CidrIp })) } : {}),
    ...(p.cidrIpv6.length ? { Ipv6Ranges: p.cidrIpv6.map((CidrIpv6) => ({ CidrIpv6 })) } : {}),
  };
}

/** As the admin-ports check sees it: the rule as a one-range IpPermission. */
function opensAdminPort(r: SecurityGroupRule): boolean {
  return (
    openAdminPorts({
      IpProtocol: r.IpProtocol,
      FromPort: r.FromPort,
      ToPort: r.ToPort,
      IpRanges: r.CidrIpv4 ? [{ CidrIp: r.CidrIpv4 }] : [],
      Ipv6Ranges: r.CidrIpv6 ? [{ CidrIpv6: r.CidrIpv6 }] : [],
    }).length > 0
  );
}

async function currentIngress(ec2: EC2Client, group: string): Promise<SecurityGroupRule[]> {
  const { paginateDescribeSecurityGroupRules } = await import('@aws-sdk/client-ec2');
  const pages = await call('ec2:DescribeSecurityGroupRules', () =>
    allPages(paginateDescribeSecurityGroupRules({ client: ec2, pageSize: 1000 }, { Filters: [{ Name: 'group-id', Values: [group] }] })),
  );
  return pages.flatMap((p) => p.SecurityGroupRules ?? []).filter((r) => r.IsEgress !== true);
}

/** EC2 stores tcp/udp/icmp by name and "all" as -1, whatever number the request used. */
const protocolName: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };
const normal = (protocol: string | undefined): string => protocolName[protocol ?? '-1'] ?? protocol ?? '-1';

/**
 * The part of a requested permission still in the group, with protocol and CIDRs as EC2 stores them: a revoke
 * naming a rule that is gone fails as a whole (InvalidPermission.NotFound) in a non-default VPC.
 */
function stillOpen(p: Permission, open: SecurityGroupRule[]): Permission | undefined {
  const all = normal(p.ipProtocol) === '-1';
  const same = (r: SecurityGroupRule) => normal(r.IpProtocol) === normal(p.ipProtocol) && (all || (r.FromPort === p.fromPort && r.ToPort === p.toPort));
  const v4 = p.cidrIpv4.length ? open.filter((r) => same(r) && isWorld(r.CidrIpv4)).map((r) => r.CidrIpv4 ?? '') : [];
  const v6 = p.cidrIpv6.length ? open.filter((r) => same(r) && isWorld(r.CidrIpv6)).map((r) => r.CidrIpv6 ?? '') : [];
  return v4.length || v6.length ? { ...p, ipProtocol: normal(p.ipProtocol), cidrIpv4: v4, cidrIpv6: v6 } : undefined;
}

async function revoke(ctx: RemediationContext, group: string, input: { IpPermissions: IpPermission[] } | { SecurityGroupRuleIds: string[] }): Promise<void> {
  const { RevokeSecurityGroupIngressCommand } = await import('@aws-sdk/client-ec2');
  await call('ec2:RevokeSecurityGroupIngress', () => ctx.clients.ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: group, ...input }), { abortSignal: ctx.signal }));
}

const sg = 'sg-0123456789abcdef0';

export const ec2RevokeOpenIngress = defineRemediation({
  id: 'ec2-revoke-open-ingress',
  title: 'Revoke the ingress rule open to the world',
  call: 'ec2:RevokeSecurityGroupIngress',
  permissions: ['ec2:DescribeSecurityGroupRules', 'ec2:RevokeSecurityGroupIngress'],
  approval: 'single',
  undo: 'Add the rule back: ec2:AuthorizeSecurityGroupIngress on the same group with the same protocol, ports and CIDR (the result lists each revoked rule).',
  impact: 'Connections from the internet to those ports stop, including any that were meant to be public; rules for other sources are untouched.',
  sources: { events: ['ec2.amazonaws.com:AuthorizeSecurityGroupIngress'], checks: [ec2SecurityGroupAdminPorts.id] },
  notOffered: ['Rules added by group name only (no groupId in the event), and rules open to narrower ranges than /0.'],
  paramsSchema,
  fromRecord,
  fromCheckResult,
  preview(t) {
    const p = t.params;
    const head = `ec2:RevokeSecurityGroupIngress GroupId=${p.groupId}`;
    if (p.by === 'rule-ids') return `${head} SecurityGroupRuleIds=${p.ruleIds.join(',')}`;
    if (p.by === 'ip-permissions') return `${head} IpPermissions=[${p.ipPermissions.map(describePermission).join('; ')}]`;
    return `${head} SecurityGroupRuleIds=<each ingress rule that opens 22 or 3389 to 0.0.0.0/0 or ::/0, read with ec2:DescribeSecurityGroupRules when it runs>`;
  },
  async run(ctx, t) {
    const p = t.params;
    // Read the group first: a rule already gone is the safe state, and a revoke naming it would fail.
    const open = (await currentIngress(ctx.clients.ec2, p.groupId)).filter((r) => isWorld(r.CidrIpv4) || isWorld(r.CidrIpv6));
    if (p.by === 'ip-permissions') {
      const present = p.ipPermissions.map((perm) => stillOpen(perm, open)).filter((perm): perm is Permission => perm !== undefined);
      const what = present.map(describePermission).join(', ');
      if (present.length === 0) return { summary: `${p.groupId} no longer has ${p.ipPermissions.map(describePermission).join(', ')}`, alreadyDone: true };
      await revoke(ctx, p.groupId, { IpPermissions: present.map(toSdk) });
      return { summary: `Revoked from ${p.groupId}: ${what}` };
    }
    // A rule id can be edited in place (ModifySecurityGroupRules): revoke it only while it is still open to the world.
    const chosen = p.by === 'rule-ids' ? open.filter((r) => p.ruleIds.includes(r.SecurityGroupRuleId ?? '')) : open.filter(opensAdminPort);
    if (chosen.length === 0) {
      return { summary: `${p.groupId} has no ingress rule left to revoke: ${p.by === 'rule-ids' ? `${p.ruleIds.join(', ')} no longer open to the world` : 'nothing opens 22 or 3389 to the world'}`, alreadyDone: true };
    }
    const ids = chosen.map((r) => r.SecurityGroupRuleId ?? '');
    await revoke(ctx, p.groupId, { SecurityGroupRuleIds: ids });
    const left = p.by === 'rule-ids' ? p.ruleIds.filter((id) => !ids.includes(id)) : [];
    return { summary: `Revoked from ${p.groupId}: ${chosen.map(describeRule).join(', ')}${left.length ? ` (${left.join(', ')} already gone or no longer open to the world)` : ''}` };
  },
  cases: [
    {
      name: 'rule ids from the response, world-open ones only',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          awsRegion: 'eu-west-1',
          requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }, { cidrIp: '192.0.2.0/24' }] } }] } },
          responseElements: {
            _return: true,
            securityGroupRuleSet: {
              items: [
                { groupOwnerId: '123456789012', groupId: sg, securityGroupRuleId: 'sgr-0a11552a7d225f5c7', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' },
                { groupOwnerId: '123456789012', groupId: sg, securityGroupRuleId: 'sgr-0bb31cddb2c27f401', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '192.0.2.0/24' },
              ],
            },
          },
        }),
      ),
      expected: {
        account: '123456789012',
        region: 'eu-west-1',
        resource: `${sg} ingress tcp/22 from 0.0.0.0/0 (sgr-0a11552a7d225f5c7)`,
        params: { by: 'rule-ids', groupId: sg, ruleIds: ['sgr-0a11552a7d225f5c7'] },
      },
    },
    {
      name: 'ipPermissions from the request when the response has no rule ids',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          requestParameters: {
            groupId: sg,
            ipPermissions: {
              items: [
                { ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] }, ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] }, prefixListIds: {} },
                { ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '192.0.2.0/24' }] }, ipv6Ranges: {}, prefixListIds: {} },
              ],
            },
          },
          responseElements: { _return: true },
        }),
      ),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: `${sg} ingress tcp/3389 from 0.0.0.0/0, tcp/3389 from ::/0`,
        params: { by: 'ip-permissions', groupId: sg, ipPermissions: [{ ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: ['0.0.0.0/0'], cidrIpv6: ['::/0'] }] },
      },
    },
    {
      name: 'the legacy top-level form (cidrIp, ports as strings)',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          requestParameters: { groupId: sg, ipPermissions: {}, ipProtocol: 'tcp', fromPort: '22', toPort: '22', cidrIp: '0.0.0.0/0' },
        }),
      ),
      expected: {
        account: '123456789012',
        region: 'us-east-1',
        resource: `${sg} ingress tcp/22 from 0.0.0.0/0`,
        params: { by: 'ip-permissions', groupId: sg, ipPermissions: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: ['0.0.0.0/0'], cidrIpv6: [] }] },
      },
    },
    {
      name: 'failing admin-ports check: the group',
      result: checkResult(ec2SecurityGroupAdminPorts, { groups: [{ id: sg, name: 'web', arn: `arn:aws:ec2:eu-west-1:123456789012:security-group/${sg}`, open: ['22/tcp from 0.0.0.0/0'] }] }, 'eu-west-1'),
      expected: {
        account: '123456789012',
        region: 'eu-west-1',
        resource: `${sg}: every ingress rule opening 22 or 3389 to 0.0.0.0/0 or ::/0`,
        params: { by: 'admin-ports-open-to-world', groupId: sg },
      },
    },
    {
      name: 'a rule for a known range only: none',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '192.0.2.0/24' }] } }] } },
        }),
      ),
      expected: undefined,
    },
    {
      name: 'a /16 that merely starts with 0.0.0.0: none',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: '443', toPort: '443', ipRanges: { items: [{ cidrIp: '0.0.0.0/16' }] } }] } },
        }),
      ),
      expected: undefined,
    },
    {
      name: 'a denied call: none',
      record: cloudTrailRecord(
        exampleEvent({
          eventSource: 'ec2.amazonaws.com',
          eventName: 'AuthorizeSecurityGroupIngress',
          errorCode: 'Client.UnauthorizedOperation',
          requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: '-1', ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } }] } },
        }),
      ),
      expected: undefined,
    },
    { name: 'egress opened to the world: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupEgress', requestParameters: { groupId: sg } })), expected: undefined },
    {
      name: 'the check\'s "no security groups" result for the account: none',
      result: { ...checkResult(ec2SecurityGroupAdminPorts, { groups: [] }, 'eu-west-1'), status: 'fail' },
      expected: undefined,
    },
  ],
});
