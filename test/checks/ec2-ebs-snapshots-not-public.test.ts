import { DescribeSnapshotsCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2EbsSnapshotsNotPublic } from '../../checks/ec2-ebs-snapshots-not-public.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

const snap = (id: string) => ({ SnapshotId: id, VolumeId: 'vol-0aaaaaaaaaaaaaaaa', OwnerId: account, State: 'completed' as const, VolumeSize: 8, Encrypted: false });

describe('ec2-ebs-snapshots-not-public', () => {
  it('fails each public snapshot owned by the account, across pages', async () => {
    const clients = testClients();
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeSnapshotsCommand).resolvesOnce({ Snapshots: [snap('snap-0aaaaaaaaaaaaaaaa')], NextToken: 'n2' }).resolvesOnce({ Snapshots: [snap('snap-0bbbbbbbbbbbbbbbb')] });
    const results = await run(ec2EbsSnapshotsNotPublic, clients);
    expect(brief(results)).toEqual([
      { resource: 'arn:aws:ec2:us-east-1::snapshot/snap-0aaaaaaaaaaaaaaaa', status: 'fail', region: 'us-east-1' },
      { resource: 'arn:aws:ec2:us-east-1::snapshot/snap-0bbbbbbbbbbbbbbbb', status: 'fail', region: 'us-east-1' },
    ]);
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]?.args[0].input).toMatchObject({ OwnerIds: ['self'], RestorableByUserIds: ['all'] });
  });

  it('passes the account with no public snapshots; errors when denied', async () => {
    const clients = testClients();
    mockClient(clients.ec2).on(DescribeSnapshotsCommand).resolvesOnce({ Snapshots: [] }).rejectsOnce(awsError('UnauthorizedOperation', 403));
    expect(brief(await run(ec2EbsSnapshotsNotPublic, clients))).toEqual([{ resource: account, status: 'pass', region: 'us-east-1' }]);
    expect(brief(await run(ec2EbsSnapshotsNotPublic, clients))).toEqual([{ resource: account, status: 'error', region: 'us-east-1' }]);
  });
});
