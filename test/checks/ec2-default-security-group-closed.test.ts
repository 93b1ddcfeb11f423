import { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2DefaultSecurityGroupClosed } from '../../checks/ec2-default-security-group-closed.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const sgArn = (id: string): string => `arn:aws:ec2:us-east-1:${account}:security-group/${id}`;
const selfRef = { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-0aaaaaaaaaaaaaaaa', UserId: account }] };

describe('ec2-default-security-group-closed', () => {
  it('passes empty default groups and fails ones with rules, across pages, asking only for default groups', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeSecurityGroupsCommand)
      .resolvesOnce({
        SecurityGroups: [{ GroupId: 'sg-0aaaaaaaaaaaaaaaa', GroupName: 'default', VpcId: 'vpc-0aaaaaaaaaaaaaaaa', OwnerId: account, IpPermissions: [selfRef], IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }],
        NextToken: 'next',
      })
      .resolvesOnce({
        SecurityGroups: [{ GroupId: 'sg-0bbbbbbbbbbbbbbbb', GroupName: 'default', VpcId: 'vpc-0bbbbbbbbbbbbbbbb', OwnerId: account, IpPermissions: [], IpPermissionsEgress: [] }],
      });
    const results = await run(ec2DefaultSecurityGroupClosed, clients);
    expect(brief(results)).toEqual([
      { resource: sgArn('sg-0aaaaaaaaaaaaaaaa'), status: 'fail', region: 'us-east-1' },
      { resource: sgArn('sg-0bbbbbbbbbbbbbbbb'), status: 'pass', region: 'us-east-1' },
    ]);
    expect(results[0]?.detail).toBe('default group sg-0aaaaaaaaaaaaaaaa of vpc-0aaaaaaaaaaaaaaaa has 1 inbound and 1 outbound rules');
    expect(ec2.commandCalls(DescribeSecurityGroupsCommand)[0]?.args[0].input).toMatchObject({ Filters: [{ Name: 'group-name', Values: ['default'] }] });
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.ec2).on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 403));
    expect(brief(await run(ec2DefaultSecurityGroupClosed, clients))).toEqual([{ resource: account, status: 'error', region: 'us-east-1' }]);
  });
});
