import { GenerateCredentialReportCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamAccessKeysRotated } from '../../checks/iam-access-keys-rotated.js';
import { clientsWithReport, rootRow, userRow } from './credential-report-fixture.js';
import { accessDenied, account, brief, daysAgo, run, testClients } from './helpers.js';

describe('iam-access-keys-rotated', () => {
  it('fails users with an active key older than 90 days and passes recent ones', async () => {
    const { clients } = clientsWithReport([
      rootRow,
      userRow('fresh', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(10) }),
      userRow('stale', { access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(10), access_key_2_active: 'true', access_key_2_last_rotated: daysAgo(91) }),
      userRow('inactive-old', { access_key_1_active: 'false', access_key_1_last_rotated: daysAgo(400) }),
    ]);
    const results = await run(iamAccessKeysRotated, clients);
    expect(brief(results)).toEqual([
      { resource: `arn:aws:iam::${account}:user/fresh`, status: 'pass', region: 'global' },
      { resource: `arn:aws:iam::${account}:user/stale`, status: 'fail', region: 'global' },
    ]);
    expect(results[1]?.detail).toBe(`stale: key 2 last rotated ${daysAgo(91)} (older than 90 days)`);
  });

  it('passes the account when no user has an active key', async () => {
    const { clients } = clientsWithReport([rootRow, userRow('console-only', { password_enabled: 'true' })]);
    expect(brief(await run(iamAccessKeysRotated, clients))).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
  });

  it('is an error when GenerateCredentialReport is denied', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GenerateCredentialReportCommand).rejects(accessDenied('iam:GenerateCredentialReport'));
    const [r] = await run(iamAccessKeysRotated, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission iam:GenerateCredentialReport' });
  });
});
