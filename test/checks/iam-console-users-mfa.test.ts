import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamConsoleUsersMfa } from '../../checks/iam-console-users-mfa.js';
import { clientsWithReport, credentialReport, rootRow, userRow } from './credential-report-fixture.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

describe('iam-console-users-mfa', () => {
  it('passes console users with MFA and fails those without; ignores the root and key-only users', async () => {
    const { clients } = clientsWithReport(
      [
        rootRow,
        userRow('alice', { password_enabled: 'true', mfa_active: 'true' }),
        userRow('bob', { password_enabled: 'true', mfa_active: 'false' }),
        userRow('ci-deployer', { access_key_1_active: 'true' }),
      ],
      { ReportFormat: 'text/csv' },
    );
    const results = await run(iamConsoleUsersMfa, clients);
    expect(brief(results)).toEqual([
      { resource: `arn:aws:iam::${account}:user/alice`, status: 'pass', region: 'global' },
      { resource: `arn:aws:iam::${account}:user/bob`, status: 'fail', region: 'global' },
    ]);
    expect(results[1]?.detail).toBe('console user bob has no MFA device');
  });

  it('polls while the report is being generated', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(GenerateCredentialReportCommand)
      .resolvesOnce({ State: 'STARTED' })
      .resolvesOnce({ State: 'INPROGRESS' })
      .resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).resolves({ Content: credentialReport([rootRow]) });
    const results = await run(iamConsoleUsersMfa, clients);
    expect(iam.commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(brief(results)).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
    expect(results[0]?.detail).toBe('no IAM user has a console password');
  });

  it('is an error naming the missing permission when GetCredentialReport is denied', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).rejects(accessDenied('iam:GetCredentialReport'));
    const results = await run(iamConsoleUsersMfa, clients);
    expect(brief(results)).toEqual([{ resource: account, status: 'error', region: 'global' }]);
    expect(results[0]?.detail).toBe('could not check: AccessDenied; missing permission iam:GetCredentialReport');
  });
});
