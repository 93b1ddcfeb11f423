import { GenerateCredentialReportCommand, GetCredentialReportCommand, type GetCredentialReportCommandOutput } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { account, testClients } from './helpers.js';

const columns = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed',
  'password_next_rotation', 'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated',
  'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date',
  'access_key_2_last_used_region', 'access_key_2_last_used_service', 'cert_1_active', 'cert_1_last_rotated',
  'cert_2_active', 'cert_2_last_rotated',
] as const;

type Row = Partial<Record<(typeof columns)[number], string>>;

const defaults: Row = {
  password_enabled: 'false', password_last_used: 'N/A', password_last_changed: 'N/A', password_next_rotation: 'N/A',
  mfa_active: 'false', access_key_1_active: 'false', access_key_1_last_rotated: 'N/A', access_key_1_last_used_date: 'N/A',
  access_key_1_last_used_region: 'N/A', access_key_1_last_used_service: 'N/A', access_key_2_active: 'false',
  access_key_2_last_rotated: 'N/A', access_key_2_last_used_date: 'N/A', access_key_2_last_used_region: 'N/A',
  access_key_2_last_used_service: 'N/A', cert_1_active: 'false', cert_1_last_rotated: 'N/A', cert_2_active: 'false',
  cert_2_last_rotated: 'N/A',
};

export const rootRow: Row = {
  user: '<root_account>', arn: `arn:aws:iam::${account}:root`, user_creation_time: '2019-03-01T10:00:00+00:00',
  password_enabled: 'not_supported', password_last_used: '2026-11-01T09:00:00+00:00', password_last_changed: 'not_supported',
  password_next_rotation: 'not_supported', mfa_active: 'true',
};

export function userRow(name: string, row: Row): Row {
  return { user: name, arn: `arn:aws:iam::${account}:user/${name}`, user_creation_time: '2024-01-15T08:00:00+00:00', ...row };
}

/** A credential report in IAM's documented CSV layout, as GetCredentialReport's Content bytes. */
export function credentialReport(rows: Row[]): Uint8Array {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => ({ ...defaults, ...r })[c] ?? 'N/A').join(','))];
  return new TextEncoder().encode(lines.join('\n'));
}

/** Test clients whose mocked IAM has a complete credential report with `rows` (plus `output`'s other fields). */
export function clientsWithReport(rows: Row[], output: Omit<GetCredentialReportCommandOutput, 'Content' | '$metadata'> = {}) {
  const clients = testClients();
  const iam = mockClient(clients.iam);
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({ ...output, Content: credentialReport(rows) });
  return { clients, iam };
}
