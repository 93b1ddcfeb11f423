import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { s3AccountPublicAccessBlock } from '../../checks/s3-account-public-access-block.js';
import { accessDenied, account, awsError, brief, run, testClients } from './helpers.js';

const allOn = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe('s3-account-public-access-block', () => {
  it('passes when all four settings are on, asking for the right account', async () => {
    const clients = testClients();
    const s3c = mockClient(clients.s3control);
    s3c.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: allOn });
    expect(brief(await run(s3AccountPublicAccessBlock, clients))).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
    expect(s3c.commandCalls(GetPublicAccessBlockCommand)[0]?.args[0].input).toEqual({ AccountId: account });
  });

  it('fails naming the settings that are off', async () => {
    const clients = testClients();
    mockClient(clients.s3control).on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...allOn, BlockPublicPolicy: false, RestrictPublicBuckets: false } });
    const [r] = await run(s3AccountPublicAccessBlock, clients);
    expect(r).toMatchObject({ status: 'fail', detail: 'off: BlockPublicPolicy, RestrictPublicBuckets' });
  });

  it('fails when no configuration exists (NoSuchPublicAccessBlockConfiguration)', async () => {
    const clients = testClients();
    mockClient(clients.s3control).on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration', 404));
    const [r] = await run(s3AccountPublicAccessBlock, clients);
    expect(r).toMatchObject({ status: 'fail', detail: 'account-level Block Public Access is not configured' });
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.s3control).on(GetPublicAccessBlockCommand).rejects(accessDenied('s3:GetAccountPublicAccessBlock'));
    const [r] = await run(s3AccountPublicAccessBlock, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission s3:GetAccountPublicAccessBlock' });
  });
});
