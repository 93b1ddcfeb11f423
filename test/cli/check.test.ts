import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import type { CheckResult } from '../../src/checks/types.js';
import { exitCodeFor, jsonLine, renderReport } from '../../src/cli/check.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'dist/src/bin.js');
const account = '123456789012';

/** What the fake IAM answers to GetAccountSummary. */
let summary: { mfa: number; keys: number } | 'denied' = { mfa: 1, keys: 0 };
const actions: string[] = [];
/** Signing region of each EC2 call, from the SigV4 credential scope. */
const ec2Regions: string[] = [];

function reply(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' });
  res.end(xml);
}

/** STS and IAM both speak the AWS query protocol: form-encoded Action in, XML out. */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  const action = new URLSearchParams(body).get('Action') ?? '';
  actions.push(action);
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\//.exec(String(req.headers.authorization ?? ''));
  if (scope?.[2] === 'ec2') ec2Regions.push(`${action}@${scope[1]}`);
  const ec2 = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';
  if (action === 'DescribeRegions') {
    const item = (r: string, optIn: string): string =>
      `<item><regionName>${r}</regionName><regionEndpoint>ec2.${r}.amazonaws.com</regionEndpoint><optInStatus>${optIn}</optInStatus></item>`;
    return reply(
      res,
      200,
      `<DescribeRegionsResponse ${ec2}><requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId><regionInfo>` +
        item('us-east-1', 'opt-in-not-required') + item('eu-west-1', 'opt-in-not-required') + item('af-south-1', 'opted-in') +
        `</regionInfo></DescribeRegionsResponse>`,
    );
  }
  if (action === 'GetEbsEncryptionByDefault') {
    return reply(
      res,
      200,
      `<GetEbsEncryptionByDefaultResponse ${ec2}><requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>` +
        `<ebsEncryptionByDefault>true</ebsEncryptionByDefault></GetEbsEncryptionByDefaultResponse>`,
    );
  }
  if (action === 'GetCallerIdentity') {
    return reply(
      res,
      200,
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
        `<Arn>arn:aws:iam::${account}:user/alice</Arn><UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Account>${account}</Account>` +
        `</GetCallerIdentityResult><ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
    );
  }
  if (action === 'GetAccountSummary') {
    if (summary === 'denied') {
      return reply(
        res,
        403,
        `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
          `<Message>User: arn:aws:iam::${account}:user/alice is not authorized to perform: iam:GetAccountSummary</Message></Error>` +
          `<RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ErrorResponse>`,
      );
    }
    const entries = { Users: 3, AccountMFAEnabled: summary.mfa, AccountAccessKeysPresent: summary.keys };
    return reply(
      res,
      200,
      `<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountSummaryResult><SummaryMap>` +
        Object.entries(entries)
          .map(([k, v]) => `<entry><key>${k}</key><value>${v}</value></entry>`)
          .join('') +
        `</SummaryMap></GetAccountSummaryResult><ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata></GetAccountSummaryResponse>`,
    );
  }
  return reply(res, 400, `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>${action}</Message></Error></ErrorResponse>`);
}

let server: Server;
let endpoint: string;
const home = mkdtempSync(path.join(tmpdir(), 'srm-cli-check-'));

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** An environment with nothing ambient: no profile files, no instance metadata. */
function env(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'no-credentials'),
    AWS_CONFIG_FILE: path.join(home, 'no-config'),
    AWS_EC2_METADATA_DISABLED: 'true',
    SRM_LOG_LEVEL: 'silent',
    ...extra,
  };
}

const withCredentials = (): Record<string, string> => ({
  AWS_ENDPOINT_URL: endpoint,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
});

function srm(args: string[], e: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: e, cwd: repo });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const rootChecks = ['iam-root-mfa-enabled', 'iam-root-no-access-keys'];

describe('srm check (built binary against a local AWS endpoint)', () => {
  it('exits 0 and prints one JSON line per result when all pass', async () => {
    summary = { mfa: 1, keys: 0 };
    actions.length = 0;
    const r = await srm(['check', ...rootChecks, '--json'], env(withCredentials()));
    expect(r.stderr).toMatch(/0 fail, 0 error, 2 pass/);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.check)).toEqual(rootChecks);
    for (const l of lines) {
      expect(Object.keys(l).slice(0, 10)).toEqual(['check', 'title', 'area', 'owner', 'controls', 'account', 'region', 'resource', 'status', 'detail']);
      expect(l).toMatchObject({ account, region: 'global', resource: account, status: 'pass', owner: 'customer', area: 'root-account' });
    }
    expect(lines[0]?.controls).toContain('IAM.9');
    expect(actions).toContain('GetCallerIdentity');
    expect(actions.filter((a) => a === 'GetAccountSummary')).toHaveLength(2);
  });

  it('exits 1 when a check fails, with the failing resource and remediation in the readable report', async () => {
    summary = { mfa: 0, keys: 0 };
    const r = await srm(['check', ...rootChecks], env(withCredentials()));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL \(1\)/);
    expect(r.stdout).toMatch(/iam-root-mfa-enabled/);
    expect(r.stdout).toMatch(/fix: /);
    expect(r.stdout).toMatch(/PASS \(1\)/);
  });

  it('exits 2 when a check could not run (AccessDenied named in detail), never a pass', async () => {
    summary = 'denied';
    const r = await srm(['check', 'iam-root-mfa-enabled', '--json'], env(withCredentials()));
    expect(r.code).toBe(2);
    const line = JSON.parse(r.stdout.trim()) as Record<string, unknown>;
    expect(line.status).toBe('error');
    expect(line.detail).toMatch(/AccessDenied/);
    expect(line.detail).toMatch(/iam:GetAccountSummary/);
  });

  it('exits 3 naming an unknown check id, without calling AWS', async () => {
    actions.length = 0;
    const r = await srm(['check', 'iam-root-mfa-enabeld', '--json'], env(withCredentials()));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/iam-root-mfa-enabeld/);
    expect(r.stderr).toMatch(/did you mean iam-root-mfa-enabled/);
    expect(actions).toEqual([]);
  });

  it('exits 3 saying what to set when there are no credentials', async () => {
    const r = await srm(['check', '--json'], env({ AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'us-east-1' }));
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/AWS_ACCESS_KEY_ID/);
  });

  it('exits 3 when no region is set', async () => {
    const { AWS_REGION: _unused, ...rest } = withCredentials();
    const r = await srm(['check'], env(rest));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/AWS_REGION/);
  });

  it('calls only AWS_REGION without --all-regions, and every enabled region with it (global checks once)', async () => {
    summary = { mfa: 1, keys: 0 };
    actions.length = 0;
    ec2Regions.length = 0;
    const one = await srm(['check', 'ec2-ebs-default-encryption', 'iam-root-mfa-enabled', '--json'], env({ ...withCredentials(), AWS_REGION: 'eu-west-1' }));
    expect(one.code).toBe(0);
    expect(ec2Regions).toEqual(['GetEbsEncryptionByDefault@eu-west-1']);
    expect(actions).not.toContain('DescribeRegions');

    ec2Regions.length = 0;
    const all = await srm(['check', 'ec2-ebs-default-encryption', 'iam-root-mfa-enabled', '--json', '--all-regions'], env({ ...withCredentials(), AWS_REGION: 'eu-west-1' }));
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n').map((l) => JSON.parse(l) as { check: string; region: string; status: string });
    expect(lines.filter((l) => l.check === 'iam-root-mfa-enabled').map((l) => l.region)).toEqual(['global']);
    expect(lines.filter((l) => l.check === 'ec2-ebs-default-encryption').map((l) => l.region).sort()).toEqual(['af-south-1', 'eu-west-1', 'us-east-1']);
    expect([...ec2Regions].sort()).toEqual([
      'DescribeRegions@eu-west-1',
      'GetEbsEncryptionByDefault@af-south-1',
      'GetEbsEncryptionByDefault@eu-west-1',
      'GetEbsEncryptionByDefault@us-east-1',
    ]);
  });

  it('srm checks --json lists every check with area, owner, controls and permissions', async () => {
    const r = await srm(['checks', '--json'], env({}));
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; permissions: string[]; controls: string[] });
    expect(lines.length).toBeGreaterThanOrEqual(18);
    expect(lines.map((l) => l.id)).toContain('iam-root-mfa-enabled');
    for (const l of lines) {
      expect(l.permissions.length).toBeGreaterThan(0);
      expect(l.controls.length).toBeGreaterThan(0);
    }
  });
});

describe('srm check output (in process)', () => {
  const base: CheckResult = {
    check: 'kms-key-rotation',
    title: 'Customer managed symmetric KMS keys rotate automatically',
    area: 'key-management',
    owner: 'customer',
    controls: ['KMS.4'],
    account,
    region: 'us-east-1',
    resource: `arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    status: 'pass',
    detail: 'automatic rotation is on',
    severity: 'medium',
  };
  const withStatus = (status: CheckResult['status']): CheckResult => ({ ...base, status });

  it('exit code: fail beats error beats pass', () => {
    expect(exitCodeFor([withStatus('pass')])).toBe(0);
    expect(exitCodeFor([withStatus('pass'), withStatus('error')])).toBe(2);
    expect(exitCodeFor([withStatus('error'), withStatus('fail')])).toBe(1);
  });

  it('JSON line keeps the contract order with extras last', () => {
    expect(Object.keys(JSON.parse(jsonLine(base)) as object)).toEqual([
      'check', 'title', 'area', 'owner', 'controls', 'account', 'region', 'resource', 'status', 'detail', 'severity',
    ]);
  });

  it('readable report shows failures first with the remediation', () => {
    const text = renderReport([withStatus('pass'), { ...withStatus('fail'), detail: 'automatic rotation is off' }], checks);
    expect(text.indexOf('FAIL (1)')).toBeLessThan(text.indexOf('PASS (1)'));
    expect(text).toContain('fix: Turn on automatic rotation');
  });
});
