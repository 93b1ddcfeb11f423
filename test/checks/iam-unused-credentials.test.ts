import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamUnusedCredentials } from '../../checks/iam-unused-credentials.js';
import { clientsWithReport, rootRow, userRow } from './credential-report-fixture.js';
import { accessDenied, account, brief, daysAgo, run, testClients } from './helpers.js';

const arn = (u: string): string => `arn:aws:iam::${account}:user/${u}`;

describe('iam-unused-credentials', () => {
  it('fails passwords and keys unused for 45 days, including never-used old ones', async () => {
    const { clients } = clientsWithReport([
      rootRow,
      userRow('active', { password_enabled: 'true', password_last_used: daysAgo(3), access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(100), access_key_1_last_used_date: daysAgo(1) }),
      userRow('idle', { password_enabled: 'true', password_last_used: daysAgo(46) }),
      userRow('never', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(60), access_key_1_last_used_date: 'N/A' }),
      userRow('new', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(2), access_key_1_last_used_date: 'N/A' }),
      userRow('nothing', {}),
    ]);
    const results = await run(iamUnusedCredentials, clients);
    expect(brief(results)).toEqual([
      { resource: arn('active'), status: 'pass', region: 'global' },
      { resource: arn('idle'), status: 'fail', region: 'global' },
      { resource: arn('never'), status: 'fail', region: 'global' },
      { resource: arn('new'), status: 'pass', region: 'global' },
    ]);
    expect(results[1]?.detail).toBe(`idle: console password last used ${daysAgo(46)}`);
    expect(results[2]?.detail).toBe(`never: access key 1 never used (since ${daysAgo(60)})`);
  });

  it('is an error when the report cannot be read', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand).rejects(accessDenied('iam:GetCredentialReport'));
    const [r] = await run(iamUnusedCredentials, clients);
    expect(r).toMatchObject({ status: 'error', resource: account });
    expect(r?.detail).toContain('iam:GetCredentialReport');
  });
});
