import { describe, expect, it } from 'vitest';
import { ec2SecurityGroupAdminPorts } from '../../checks/ec2-security-group-admin-ports.js';
import { ec2RevokeOpenIngress } from '../../remediations/ec2-revoke-open-ingress.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../../src/remediations/examples.js';
import type { AwsServer, SecurityGroupRuleState } from '../helpers/aws-server.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const sg = 'sg-0123456789abcdef0';
const region = 'eu-west-1';

function group(server: AwsServer, acct: string, rules: Omit<SecurityGroupRuleState, 'groupId' | 'account' | 'isEgress'>[]): void {
  server.securityGroupRules.splice(0);
  server.securityGroups.set(sg, acct);
  for (const r of rules) server.securityGroupRules.push({ ...r, groupId: sg, account: acct, isEgress: false });
}

const ssh = (id: string, cidr: { cidrIpv4?: string; cidrIpv6?: string }) => ({ id, ipProtocol: 'tcp', fromPort: 22, toPort: 22, ...cidr });
const ruleIds = (server: AwsServer) => server.securityGroupRules.map((r) => r.id);

/** AuthorizeSecurityGroupIngress as CloudTrail records it with rule ids (eventVersion 1.08+). */
const withRuleIds = (acct: string) =>
  cloudTrailRecord(
    exampleEvent({
      eventSource: 'ec2.amazonaws.com',
      eventName: 'AuthorizeSecurityGroupIngress',
      awsRegion: region,
      recipientAccountId: acct,
      requestParameters: {
        groupId: sg,
        ipPermissions: { items: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }, { cidrIp: '192.0.2.0/24' }] }, ipv6Ranges: {}, prefixListIds: {} }] },
      },
      responseElements: {
        _return: true,
        securityGroupRuleSet: {
          items: [
            { groupOwnerId: acct, groupId: sg, securityGroupRuleId: 'sgr-0000000000000000a', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '0.0.0.0/0' },
            { groupOwnerId: acct, groupId: sg, securityGroupRuleId: 'sgr-0000000000000000b', isEgress: false, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '192.0.2.0/24' },
          ],
        },
      },
    }),
  );

describe('ec2-revoke-open-ingress against EC2 (query protocol)', () => {
  const aws = useLocalAws();

  it('revokes exactly the world-open rule the event created, by its rule id, and leaves the known range', async () => {
    const server = aws.server();
    group(server, account, [ssh('sgr-0000000000000000a', { cidrIpv4: '0.0.0.0/0' }), ssh('sgr-0000000000000000b', { cidrIpv4: '192.0.2.0/24' }), { id: 'sgr-0000000000000000c', ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' }]);
    const offer = offerFor(ec2RevokeOpenIngress, withRuleIds(account));
    expect(ec2RevokeOpenIngress.preview(offer.target as never)).toBe(`ec2:RevokeSecurityGroupIngress GroupId=${sg} SecurityGroupRuleIds=sgr-0000000000000000a`);

    const result = await run(offer);

    expect(result).toEqual({ ok: true, alreadyDone: false, summary: `Revoked from ${sg}: tcp/22 from 0.0.0.0/0 (sgr-0000000000000000a)` });
    expect(calls(server)).toEqual([
      {
        service: 'ec2',
        operation: 'DescribeSecurityGroupRules',
        account,
        region,
        body: { Action: 'DescribeSecurityGroupRules', Version: '2016-11-15', 'Filter.1.Name': 'group-id', 'Filter.1.Value.1': sg, MaxResults: '1000' },
      },
      { service: 'ec2', operation: 'RevokeSecurityGroupIngress', account, region, body: { Action: 'RevokeSecurityGroupIngress', Version: '2016-11-15', GroupId: sg, 'SecurityGroupRuleId.1': 'sgr-0000000000000000a' } },
    ]);
    expect(ruleIds(server)).toEqual(['sgr-0000000000000000b', 'sgr-0000000000000000c']);
  });

  it('a second run finds the rule gone and reports alreadyDone without revoking', async () => {
    const server = aws.server();
    group(server, account, [ssh('sgr-0000000000000000b', { cidrIpv4: '192.0.2.0/24' })]);
    const result = await run(offerFor(ec2RevokeOpenIngress, withRuleIds(account)));
    expect(result).toMatchObject({ ok: true, alreadyDone: true });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'DescribeSecurityGroupRules']);
  });

  it('leaves a rule id alone once it was narrowed in place (ModifySecurityGroupRules)', async () => {
    const server = aws.server();
    group(server, account, [ssh('sgr-0000000000000000a', { cidrIpv4: '198.51.100.0/24' })]);
    expect(await run(offerFor(ec2RevokeOpenIngress, withRuleIds(account)))).toMatchObject({ ok: true, alreadyDone: true });
    expect(server.calls('RevokeSecurityGroupIngress')).toEqual([]);
    expect(ruleIds(server)).toEqual(['sgr-0000000000000000a']);
  });

  it('without rule ids in the response, revokes the request\'s world-open ranges as IpPermissions, IPv4 and IPv6', async () => {
    const server = aws.server();
    group(server, account, [
      { id: 'sgr-00000000000000001', ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '0.0.0.0/0' },
      { id: 'sgr-00000000000000002', ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv6: '::/0' },
      { id: 'sgr-00000000000000003', ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, cidrIpv4: '192.0.2.0/24' },
    ]);
    const record = cloudTrailRecord(
      exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        awsRegion: region,
        requestParameters: {
          groupId: sg,
          ipPermissions: {
            items: [{ ipProtocol: 'tcp', fromPort: 3389, toPort: 3389, groups: {}, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }, { cidrIp: '192.0.2.0/24' }] }, ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] }, prefixListIds: {} }],
          },
        },
        responseElements: { _return: true },
      }),
    );
    const offer = offerFor(ec2RevokeOpenIngress, record);
    expect(ec2RevokeOpenIngress.preview(offer.target as never)).toBe(`ec2:RevokeSecurityGroupIngress GroupId=${sg} IpPermissions=[tcp/3389 from 0.0.0.0/0, tcp/3389 from ::/0]`);

    expect(await run(offer)).toEqual({ ok: true, alreadyDone: false, summary: `Revoked from ${sg}: tcp/3389 from 0.0.0.0/0, tcp/3389 from ::/0` });
    expect(calls(server).map((c) => c.operation)).toEqual(['DescribeSecurityGroupRules', 'RevokeSecurityGroupIngress']);
    expect(server.calls('RevokeSecurityGroupIngress')[0]).toMatchObject({
      account,
      region,
      body: {
        Action: 'RevokeSecurityGroupIngress',
        Version: '2016-11-15',
        GroupId: sg,
        'IpPermissions.1.IpProtocol': 'tcp',
        'IpPermissions.1.FromPort': '3389',
        'IpPermissions.1.ToPort': '3389',
        'IpPermissions.1.IpRanges.1.CidrIp': '0.0.0.0/0',
        'IpPermissions.1.Ipv6Ranges.1.CidrIpv6': '::/0',
      },
    });
    expect(Object.keys(server.calls('RevokeSecurityGroupIngress')[0]?.body as object)).toHaveLength(8);
    expect(ruleIds(server)).toEqual(['sgr-00000000000000003']);
    // Again: the group no longer has them, which is the safe state (a revoke naming them would fail in a non-default VPC).
    server.requests.splice(0);
    expect(await run(offer)).toMatchObject({ ok: true, alreadyDone: true, summary: `${sg} no longer has tcp/3389 from 0.0.0.0/0, tcp/3389 from ::/0` });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'DescribeSecurityGroupRules']);
  });

  it('revokes only the part of the request still in the group, so EC2 does not refuse the whole call', async () => {
    const server = aws.server();
    group(server, account, [{ id: 'sgr-00000000000000002', ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv6: '::/0' }]);
    const record = cloudTrailRecord(
      exampleEvent({
        eventSource: 'ec2.amazonaws.com',
        eventName: 'AuthorizeSecurityGroupIngress',
        awsRegion: region,
        requestParameters: { groupId: sg, ipPermissions: { items: [{ ipProtocol: '6', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] }, ipv6Ranges: { items: [{ cidrIpv6: '::/0' }] } }] } },
      }),
    );
    expect(await run(offerFor(ec2RevokeOpenIngress, record))).toEqual({ ok: true, alreadyDone: false, summary: `Revoked from ${sg}: tcp/22 from ::/0` });
    expect(server.calls('RevokeSecurityGroupIngress')[0]?.body).toEqual({
      Action: 'RevokeSecurityGroupIngress',
      Version: '2016-11-15',
      GroupId: sg,
      'IpPermissions.1.IpProtocol': 'tcp',
      'IpPermissions.1.FromPort': '22',
      'IpPermissions.1.ToPort': '22',
      'IpPermissions.1.Ipv6Ranges.1.CidrIpv6': '::/0',
    });
    expect(ruleIds(server)).toEqual([]);
  });

  it('from a failing admin-ports check, revokes every ingress rule opening 22 or 3389 to the world, and nothing else', async () => {
    const server = aws.server();
    group(server, account, [
      { id: 'sgr-00000000000000001', ipProtocol: '-1', fromPort: -1, toPort: -1, cidrIpv6: '::/0' },
      { id: 'sgr-00000000000000002', ipProtocol: 'tcp', fromPort: 0, toPort: 65535, cidrIpv4: '0.0.0.0/0' },
      { id: 'sgr-00000000000000003', ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0' },
      { id: 'sgr-00000000000000004', ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIpv4: '192.0.2.0/24' },
    ]);
    const result = checkResult(ec2SecurityGroupAdminPorts, { groups: [{ id: sg, name: 'web', arn: `arn:aws:ec2:${region}:${account}:security-group/${sg}`, open: ['22/all traffic from ::/0'] }] }, region);
    const offer = offerFor(ec2RevokeOpenIngress, result);

    expect(await run(offer)).toEqual({
      ok: true,
      alreadyDone: false,
      summary: `Revoked from ${sg}: all traffic from ::/0 (sgr-00000000000000001), tcp/0-65535 from 0.0.0.0/0 (sgr-00000000000000002)`,
    });
    expect(server.calls('RevokeSecurityGroupIngress').map((r) => r.body)).toEqual([
      { Action: 'RevokeSecurityGroupIngress', Version: '2016-11-15', GroupId: sg, 'SecurityGroupRuleId.1': 'sgr-00000000000000001', 'SecurityGroupRuleId.2': 'sgr-00000000000000002' },
    ]);
    expect(ruleIds(server)).toEqual(['sgr-00000000000000003', 'sgr-00000000000000004']);
  });

  it('a deleted security group has nothing left open: alreadyDone, no revoke', async () => {
    const server = aws.server();
    group(server, account, []);
    server.securityGroups.clear();
    const offer = offerFor(ec2RevokeOpenIngress, cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'AuthorizeSecurityGroupIngress', requestParameters: { groupId: sg, ipProtocol: 'tcp', fromPort: 22, toPort: 22, cidrIp: '0.0.0.0/0' } })));
    expect(await run(offer)).toEqual({ ok: true, alreadyDone: true, summary: `${sg} no longer has tcp/22 from 0.0.0.0/0` });
    expect(server.calls('RevokeSecurityGroupIngress')).toEqual([]);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: ec2RevokeOpenIngress,
    operation: 'RevokeSecurityGroupIngress',
    accessDenied: { type: 'UnauthorizedOperation', status: 403 },
    arrange(server, acct) {
      group(server, acct, [ssh('sgr-0000000000000000a', { cidrIpv4: '0.0.0.0/0' })]);
      return offerFor(ec2RevokeOpenIngress, withRuleIds(acct));
    },
  });
});
