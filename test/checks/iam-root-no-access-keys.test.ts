import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamRootNoAccessKeys } from '../../checks/iam-root-no-access-keys.js';
import { accessDenied, account, awsError, brief, run, testClients } from './helpers.js';

describe('iam-root-no-access-keys', () => {
  it('passes when AccountAccessKeysPresent is 0', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountAccessKeysPresent: 0, AccountMFAEnabled: 1 } });
    expect(brief(await run(iamRootNoAccessKeys, clients))).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
  });

  it('fails when the root user has keys', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountAccessKeysPresent: 1 } });
    const [r] = await run(iamRootNoAccessKeys, clients);
    expect(r).toMatchObject({ status: 'fail', resource: account, detail: 'the root user has access keys' });
  });

  it('is an error when denied or throttled, never a pass', async () => {
    const clients = testClients();
    mockClient(clients.iam)
      .on(GetAccountSummaryCommand)
      .rejectsOnce(accessDenied('iam:GetAccountSummary'))
      .rejectsOnce(awsError('Throttling', 400));
    const [denied] = await run(iamRootNoAccessKeys, clients);
    expect(denied?.status).toBe('error');
    expect(denied?.detail).toContain('iam:GetAccountSummary');
    const [throttled] = await run(iamRootNoAccessKeys, clients);
    expect(throttled?.status).toBe('error');
    expect(throttled?.detail).toMatch(/^could not check: Throttling calling iam:GetAccountSummary \(throttled\)/);
  });
});
