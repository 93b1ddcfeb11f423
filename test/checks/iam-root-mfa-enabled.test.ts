import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamRootMfaEnabled } from '../../checks/iam-root-mfa-enabled.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

describe('iam-root-mfa-enabled', () => {
  it('passes when AccountMFAEnabled is 1', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, Users: 4 } });
    const results = await run(iamRootMfaEnabled, clients);
    expect(brief(results)).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
    expect(results[0]).toMatchObject({ check: 'iam-root-mfa-enabled', owner: 'customer', area: 'root-account', controls: ['IAM.9', 'cis-aws-1.4.0:1.5', 'cis-aws-3.0.0:1.5'] });
  });

  it('fails when AccountMFAEnabled is 0 or missing', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountSummaryCommand).resolvesOnce({ SummaryMap: { AccountMFAEnabled: 0 } }).resolvesOnce({ SummaryMap: {} });
    expect(brief(await run(iamRootMfaEnabled, clients))).toEqual([{ resource: account, status: 'fail', region: 'global' }]);
    expect((await run(iamRootMfaEnabled, clients))[0]?.status).toBe('fail');
  });

  it('is an error naming AccessDenied and the permission when denied', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountSummaryCommand).rejects(accessDenied('iam:GetAccountSummary'));
    const [r] = await run(iamRootMfaEnabled, clients);
    expect(r).toMatchObject({ status: 'error', resource: account, region: 'global' });
    expect(r?.detail).toBe('could not check: AccessDenied; missing permission iam:GetAccountSummary');
  });
});
