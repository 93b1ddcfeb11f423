import { DescribeFlowLogsCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2VpcFlowLogs } from '../../checks/ec2-vpc-flow-logs.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const arn = (id: string): string => `arn:aws:ec2:us-east-1:${account}:vpc/${id}`;
const vpc = (id: string) => ({ VpcId: id, OwnerId: account, CidrBlock: '10.0.0.0/16', State: 'available' as const, IsDefault: false });
const log = (vpcId: string, type: 'ALL' | 'ACCEPT' | 'REJECT', status = 'ACTIVE') => ({
  FlowLogId: `fl-${vpcId.slice(4)}`,
  ResourceId: vpcId,
  TrafficType: type,
  FlowLogStatus: status,
  LogDestinationType: 's3' as const,
  LogDestination: 'arn:aws:s3:::flow-logs-example',
});

describe('ec2-vpc-flow-logs', () => {
  it('passes VPCs with an active ALL or REJECT flow log and fails the rest, across pages', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeVpcsCommand)
      .resolvesOnce({ Vpcs: [vpc('vpc-0aaaaaaaaaaaaaaaa'), vpc('vpc-0bbbbbbbbbbbbbbbb')], NextToken: 'v2' })
      .resolvesOnce({ Vpcs: [vpc('vpc-0cccccccccccccccc'), vpc('vpc-0dddddddddddddddd')] });
    ec2.on(DescribeFlowLogsCommand)
      .resolvesOnce({ FlowLogs: [log('vpc-0aaaaaaaaaaaaaaaa', 'REJECT')], NextToken: 'f2' })
      .resolvesOnce({ FlowLogs: [log('vpc-0bbbbbbbbbbbbbbbb', 'ACCEPT'), log('vpc-0cccccccccccccccc', 'ALL', 'ACTIVE')] });
    const results = await run(ec2VpcFlowLogs, clients);
    expect(brief(results)).toEqual([
      { resource: arn('vpc-0aaaaaaaaaaaaaaaa'), status: 'pass', region: 'us-east-1' },
      { resource: arn('vpc-0bbbbbbbbbbbbbbbb'), status: 'fail', region: 'us-east-1' },
      { resource: arn('vpc-0cccccccccccccccc'), status: 'pass', region: 'us-east-1' },
      { resource: arn('vpc-0dddddddddddddddd'), status: 'fail', region: 'us-east-1' },
    ]);
    expect(results[1]?.detail).toBe('vpc-0bbbbbbbbbbbbbbbb: flow logs capture only ACCEPT traffic');
    expect(results[3]?.detail).toBe('vpc-0dddddddddddddddd: no active flow log');
    expect(ec2.commandCalls(DescribeFlowLogsCommand)).toHaveLength(2);
  });

  it('is an error when DescribeFlowLogs is denied, never a pass or fail', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [vpc('vpc-0aaaaaaaaaaaaaaaa')] });
    ec2.on(DescribeFlowLogsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const results = await run(ec2VpcFlowLogs, clients);
    expect(brief(results)).toEqual([{ resource: account, status: 'error', region: 'us-east-1' }]);
    expect(results[0]?.detail).toBe('could not check: UnauthorizedOperation; missing permission ec2:DescribeFlowLogs');
  });
});
