import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2Imdsv2Required } from '../../checks/ec2-imdsv2-required.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const arn = (id: string): string => `arn:aws:ec2:us-east-1:${account}:instance/${id}`;
const instance = (id: string, tokens: 'required' | 'optional', endpoint: 'enabled' | 'disabled' = 'enabled'): Instance => ({
  InstanceId: id,
  InstanceType: 't3.micro',
  State: { Code: 16, Name: 'running' },
  PrivateIpAddress: '10.0.0.12',
  MetadataOptions: { State: 'applied', HttpTokens: tokens, HttpPutResponseHopLimit: 2, HttpEndpoint: endpoint },
});

describe('ec2-imdsv2-required', () => {
  it('fails instances allowing IMDSv1, across pages', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeInstancesCommand)
      .resolvesOnce({ Reservations: [{ OwnerId: account, ReservationId: 'r-0123456789abcdef0', Instances: [instance('i-0aaaaaaaaaaaaaaaa', 'required')] }], NextToken: 't2' })
      .resolvesOnce({ Reservations: [{ OwnerId: account, ReservationId: 'r-0123456789abcdef1', Instances: [instance('i-0bbbbbbbbbbbbbbbb', 'optional'), instance('i-0cccccccccccccccc', 'optional', 'disabled')] }] });
    const results = await run(ec2Imdsv2Required, clients);
    expect(brief(results)).toEqual([
      { resource: arn('i-0aaaaaaaaaaaaaaaa'), status: 'pass', region: 'us-east-1' },
      { resource: arn('i-0bbbbbbbbbbbbbbbb'), status: 'fail', region: 'us-east-1' },
      { resource: arn('i-0cccccccccccccccc'), status: 'pass', region: 'us-east-1' },
    ]);
    expect(results[1]?.detail).toBe('i-0bbbbbbbbbbbbbbbb: IMDSv1 allowed (HttpTokens optional)');
    expect(ec2.commandCalls(DescribeInstancesCommand)[1]?.args[0].input).toMatchObject({ NextToken: 't2' });
  });

  it('passes the account with no instances; errors when denied', async () => {
    const clients = testClients();
    mockClient(clients.ec2).on(DescribeInstancesCommand).resolvesOnce({ Reservations: [] }).rejectsOnce(awsError('UnauthorizedOperation', 403));
    expect(brief(await run(ec2Imdsv2Required, clients))).toEqual([{ resource: account, status: 'pass', region: 'us-east-1' }]);
    expect(brief(await run(ec2Imdsv2Required, clients))).toEqual([{ resource: account, status: 'error', region: 'us-east-1' }]);
  });
});
