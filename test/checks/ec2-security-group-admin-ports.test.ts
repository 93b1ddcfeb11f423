import { DescribeSecurityGroupsCommand, type SecurityGroup } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2SecurityGroupAdminPorts, openAdminPorts } from '../../checks/ec2-security-group-admin-ports.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const sgArn = (id: string): string => `arn:aws:ec2:us-east-1:${account}:security-group/${id}`;

function group(id: string, name: string, perms: SecurityGroup['IpPermissions']): SecurityGroup {
  return { GroupId: id, GroupName: name, OwnerId: account, VpcId: 'vpc-0a1b2c3d4e5f60718', Description: name, IpPermissions: perms, IpPermissionsEgress: [] };
}

describe('ec2-security-group-admin-ports', () => {
  it('fails groups opening 22 or 3389 to 0.0.0.0/0 or ::/0 (ranges and protocol -1) across pages', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeSecurityGroupsCommand).resolvesOnce({
      SecurityGroups: [
        group('sg-0000000000000ssh1', 'ssh-world', [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
        group('sg-000000000000office', 'ssh-office', [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '192.0.2.0/24' }] }]),
      ],
      NextToken: 'page2',
    }).resolvesOnce({
      SecurityGroups: [
        group('sg-00000000000range6', 'rdp-range-v6', [{ IpProtocol: 'tcp', FromPort: 3000, ToPort: 4000, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }]),
        group('sg-0000000000000all1', 'everything', [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
        group('sg-00000000000https1', 'https', [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
      ],
    });
    const results = await run(ec2SecurityGroupAdminPorts, clients);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)).toHaveLength(2);
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)[1]?.args[0].input).toMatchObject({ NextToken: 'page2' });
    expect(brief(results)).toEqual([
      { resource: sgArn('sg-0000000000000ssh1'), status: 'fail', region: 'us-east-1' },
      { resource: sgArn('sg-000000000000office'), status: 'pass', region: 'us-east-1' },
      { resource: sgArn('sg-00000000000range6'), status: 'fail', region: 'us-east-1' },
      { resource: sgArn('sg-0000000000000all1'), status: 'fail', region: 'us-east-1' },
      { resource: sgArn('sg-00000000000https1'), status: 'pass', region: 'us-east-1' },
    ]);
    expect(results[0]?.detail).toBe('sg-0000000000000ssh1 (ssh-world) allows 22/tcp from 0.0.0.0/0');
    expect(results[2]?.detail).toBe('sg-00000000000range6 (rdp-range-v6) allows 3389/tcp from ::/0');
    expect(results[3]?.detail).toBe('sg-0000000000000all1 (everything) allows 22/all traffic from 0.0.0.0/0, 3389/all traffic from 0.0.0.0/0');
  });

  it('ignores ICMP and ports outside the range', () => {
    expect(openAdminPorts({ IpProtocol: 'icmp', FromPort: -1, ToPort: -1, IpRanges: [{ CidrIp: '0.0.0.0/0' }] })).toEqual([]);
    expect(openAdminPorts({ IpProtocol: 'tcp', FromPort: 23, ToPort: 3388, IpRanges: [{ CidrIp: '0.0.0.0/0' }] })).toEqual([]);
    expect(openAdminPorts({ IpProtocol: 'udp', FromPort: 3389, ToPort: 3389, IpRanges: [{ CidrIp: '0.0.0.0/0' }] })).toEqual(['3389/udp from 0.0.0.0/0']);
  });

  it('passes the account when the region has no groups, errors when denied', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeSecurityGroupsCommand).resolvesOnce({ SecurityGroups: [] }).rejectsOnce(awsError('UnauthorizedOperation', 403));
    expect(brief(await run(ec2SecurityGroupAdminPorts, clients))).toEqual([{ resource: account, status: 'pass', region: 'us-east-1' }]);
    const [r] = await run(ec2SecurityGroupAdminPorts, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: UnauthorizedOperation; missing permission ec2:DescribeSecurityGroups' });
  });
});
