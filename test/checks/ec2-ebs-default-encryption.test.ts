import { GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { ec2EbsDefaultEncryption } from '../../checks/ec2-ebs-default-encryption.js';
import { account, awsError, brief, run, testClients } from './helpers.js';

describe('ec2-ebs-default-encryption', () => {
  it('passes when on and fails when off, in the region checked', async () => {
    const clients = testClients('ap-southeast-2');
    mockClient(clients.ec2).on(GetEbsEncryptionByDefaultCommand).resolvesOnce({ EbsEncryptionByDefault: true }).resolvesOnce({ EbsEncryptionByDefault: false });
    expect(brief(await run(ec2EbsDefaultEncryption, clients, 'ap-southeast-2'))).toEqual([{ resource: account, status: 'pass', region: 'ap-southeast-2' }]);
    const [r] = await run(ec2EbsDefaultEncryption, clients, 'ap-southeast-2');
    expect(r).toMatchObject({ status: 'fail', detail: 'EBS encryption by default is off in ap-southeast-2' });
  });

  it('is an error when EC2 says UnauthorizedOperation', async () => {
    const clients = testClients();
    mockClient(clients.ec2).on(GetEbsEncryptionByDefaultCommand).rejects(awsError('UnauthorizedOperation', 403));
    const [r] = await run(ec2EbsDefaultEncryption, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: UnauthorizedOperation; missing permission ec2:GetEbsEncryptionByDefault' });
  });
});
