import { DescribeNetworkAclsCommand, type NetworkAcl, type NetworkAclEntry } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2NaclAdminPorts, openAdminPortsInAcl } from '../../checks/ec2-nacl-admin-ports.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const arn = (id: string): string => `arn:aws:ec2:us-east-1:${account}:network-acl/${id}`;
const entry = (n: number, action: 'allow' | 'deny', over: Partial<NetworkAclEntry> = {}): NetworkAclEntry => ({
  RuleNumber: n,
  RuleAction: action,
  Egress: false,
  Protocol: '-1',
  CidrBlock: '0.0.0.0/0',
  ...over,
});
const acl = (id: string, entries: NetworkAclEntry[]): NetworkAcl => ({ NetworkAclId: id, VpcId: 'vpc-0aaaaaaaaaaaaaaaa', OwnerId: account, IsDefault: false, Entries: entries });
const lastDeny = entry(32767, 'deny');

describe('ec2-nacl-admin-ports', () => {
  it('fails ACLs whose first matching ingress rule allows 22/3389 from anywhere, across pages', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeNetworkAclsCommand)
      .resolvesOnce({ NetworkAcls: [acl('acl-0aaaaaaaaaaaaaaaa', [entry(100, 'allow'), lastDeny])], NextToken: 'n2' })
      .resolvesOnce({
        NetworkAcls: [
          acl('acl-0bbbbbbbbbbbbbbbb', [entry(90, 'deny', { Protocol: '6', PortRange: { From: 22, To: 22 } }), entry(100, 'allow', { Protocol: '6', PortRange: { From: 0, To: 65535 } }), lastDeny]),
          acl('acl-0cccccccccccccccc', [entry(100, 'allow', { Protocol: '6', PortRange: { From: 443, To: 443 } }), entry(110, 'allow', { CidrBlock: '192.0.2.0/24' }), lastDeny]),
        ],
      });
    const results = await run(ec2NaclAdminPorts, clients);
    expect(brief(results)).toEqual([
      { resource: arn('acl-0aaaaaaaaaaaaaaaa'), status: 'fail', region: 'us-east-1' },
      { resource: arn('acl-0bbbbbbbbbbbbbbbb'), status: 'fail', region: 'us-east-1' },
      { resource: arn('acl-0cccccccccccccccc'), status: 'pass', region: 'us-east-1' },
    ]);
    expect(results[0]?.detail).toBe('acl-0aaaaaaaaaaaaaaaa allows 22 from 0.0.0.0/0 (rule 100), 3389 from 0.0.0.0/0 (rule 100)');
    expect(results[1]?.detail).toBe('acl-0bbbbbbbbbbbbbbbb allows 3389 from 0.0.0.0/0 (rule 100)');
  });

  it('reads IPv6 rules and ignores egress', () => {
    expect(openAdminPortsInAcl([entry(100, 'allow', { CidrBlock: undefined, Ipv6CidrBlock: '::/0', Protocol: '6', PortRange: { From: 3389, To: 3389 } })])).toEqual(['3389 from ::/0 (rule 100)']);
    expect(openAdminPortsInAcl([entry(100, 'allow', { Egress: true })])).toEqual([]);
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.ec2).on(DescribeNetworkAclsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const [r] = await run(ec2NaclAdminPorts, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: UnauthorizedOperation; missing permission ec2:DescribeNetworkAcls' });
  });
});
