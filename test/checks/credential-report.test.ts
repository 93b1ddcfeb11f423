import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamAccessKeysRotated } from '../../checks/iam-access-keys-rotated.js';
import { iamConsoleUsersMfa } from '../../checks/iam-console-users-mfa.js';
import { olderThanDays, parseCredentialReport, reportDate } from '../../src/checks/credential-report.js';
import { credentialReport, rootRow, userRow } from './credential-report-fixture.js';
import { accessDenied, daysAgo, now, run, testClients } from './helpers.js';

describe('credential report', () => {
  it('parses the CSV by header, with quoted fields', () => {
    const rows = parseCredentialReport('user,arn,mfa_active\n"a,b",arn:aws:iam::123456789012:user/a,"tr""ue"\r\nbob,arn:aws:iam::123456789012:user/bob,false\n');
    expect(rows).toEqual([
      { user: 'a,b', arn: 'arn:aws:iam::123456789012:user/a', mfa_active: 'tr"ue' },
      { user: 'bob', arn: 'arn:aws:iam::123456789012:user/bob', mfa_active: 'false' },
    ]);
  });

  it('reads dates and treats N/A, no_information and not_supported as none', () => {
    expect(reportDate('2026-01-02T03:04:05+00:00')?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    for (const v of ['N/A', 'no_information', 'not_supported', '', undefined]) expect(reportDate(v)).toBeNull();
  });

  it('counts a date older than N days, or no date at all, as older', () => {
    expect(olderThanDays(daysAgo(10), now, 90)).toBe(false);
    expect(olderThanDays(daysAgo(90), now, 90)).toBe(false);
    expect(olderThanDays(daysAgo(91), now, 90)).toBe(true);
    expect(olderThanDays('N/A', now, 90)).toBe(true);
    expect(olderThanDays(undefined, now, 90)).toBe(true);
  });

  it('is fetched once for several checks on the same clients, and again after a failure', async () => {
    const clients = testClients();
    const iam = mockClient(clients.iam);
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
    iam.on(GetCredentialReportCommand)
      .rejectsOnce(accessDenied('iam:GetCredentialReport'))
      .resolves({ Content: credentialReport([rootRow, userRow('alice', { password_enabled: 'true', mfa_active: 'true' })]) });
    expect((await run(iamConsoleUsersMfa, clients))[0]?.status).toBe('error');
    expect((await run(iamConsoleUsersMfa, clients))[0]?.status).toBe('pass');
    expect((await run(iamAccessKeysRotated, clients))[0]?.status).toBe('pass');
    expect(iam.commandCalls(GetCredentialReportCommand)).toHaveLength(2);
  });
});
