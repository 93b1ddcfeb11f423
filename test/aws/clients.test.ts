import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GetAccountSummaryCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  assumeRoleCredentials,
  clearAwsClientCache,
  createAwsClients,
  enabledRegions,
  getAwsClients,
  getCallerAccount,
} from '../../src/aws/clients.js';

const account = '123456789012';
const staticCredentials = async () => ({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });

interface Seen {
  url: string;
  host: string;
  authorization: string;
  body: string;
}
const seen: Seen[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    seen.push({ url: req.url ?? '', host: req.headers.host ?? '', authorization: String(req.headers.authorization ?? ''), body });
    const action = new URLSearchParams(body).get('Action');
    res.writeHead(200, { 'content-type': 'text/xml' });
    if (action === 'GetCallerIdentity') {
      res.end(
        `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/alice</Arn>` +
          `<UserId>AIDACKCEVSQ6C2EXAMPLE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
    } else {
      res.end(
        `<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountSummaryResult><SummaryMap><entry><key>Users</key><value>7</value></entry></SummaryMap>` +
          `</GetAccountSummaryResult><ResponseMetadata><RequestId>r2</RequestId></ResponseMetadata></GetAccountSummaryResponse>`,
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const savedEnv = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_ENDPOINT_URL') && !(k in savedEnv)) delete process.env[k];
  clearAwsClientCache();
  seen.length = 0;
});

describe('createAwsClients', () => {
  it('creates each client once, on first use, for the target region with adaptive retries', async () => {
    const clients = createAwsClients({ region: 'eu-west-1' }, { credentials: staticCredentials });
    expect(clients.iam).toBe(clients.iam);
    expect(clients.ec2).not.toBe(clients.iam);
    expect(await clients.ec2.config.region()).toBe('eu-west-1');
    expect(await clients.ec2.config.maxAttempts()).toBe(5);
    expect(((await clients.ec2.config.retryStrategy()) as { mode?: string }).mode).toBe('adaptive');
    expect(Object.keys(clients).sort()).toEqual(['cloudtrail', 'config', 'ec2', 'guardduty', 'iam', 'kms', 'region', 's3', 's3control', 'sqs', 'sts']);
  });

  it('signs IAM for us-east-1 at the global endpoint whatever the region', () => {
    const clients = createAwsClients({ region: 'eu-west-1' }, { credentials: staticCredentials });
    const ep = clients.iam.config.endpointProvider({ Region: 'eu-west-1', UseFIPS: false, UseDualStack: false } as never);
    expect(ep.url.hostname).toBe('iam.amazonaws.com');
    expect((ep.properties?.authSchemes as { signingRegion?: string }[] | undefined)?.[0]?.signingRegion).toBe('us-east-1');
  });

  it('honours AWS_ENDPOINT_URL for every service (SDK-native, no endpoint override)', async () => {
    process.env.AWS_ENDPOINT_URL = endpoint;
    const clients = createAwsClients({ region: 'us-east-1' }, { credentials: staticCredentials });
    expect(await getCallerAccount(clients)).toBe(account);
    const summary = await clients.iam.send(new GetAccountSummaryCommand({}));
    expect(summary.SummaryMap?.Users).toBe(7);
    expect(seen.map((s) => new URLSearchParams(s.body).get('Action'))).toEqual(['GetCallerIdentity', 'GetAccountSummary']);
    expect(seen[0]?.authorization).toContain('AKIAIOSFODNN7EXAMPLE/');
  });

  it('honours AWS_ENDPOINT_URL_<SERVICE> for one service', async () => {
    process.env.AWS_ENDPOINT_URL_STS = endpoint;
    const clients = createAwsClients({ region: 'us-east-1' }, { credentials: staticCredentials });
    expect(await getCallerAccount(clients)).toBe(account);
    expect(seen).toHaveLength(1);
  });
});

describe('getAwsClients', () => {
  it('memoises per (account, role, region)', () => {
    const a = getAwsClients({ region: 'us-east-1' }, { credentials: staticCredentials });
    expect(getAwsClients({ region: 'us-east-1' })).toBe(a);
    expect(getAwsClients({ region: 'us-west-2' })).not.toBe(a);
    const other = { id: '210987654321', roleArn: 'arn:aws:iam::210987654321:role/srm-readonly', externalId: 'srm-example' };
    const b = getAwsClients({ region: 'us-east-1', account: other }, { credentials: staticCredentials });
    expect(b).not.toBe(a);
    expect(getAwsClients({ region: 'us-east-1', account: other })).toBe(b);
  });
});

describe('assumeRoleCredentials', () => {
  const role = { roleArn: 'arn:aws:iam::210987654321:role/srm-readonly', externalId: 'srm-4f1c', sessionName: 'srm-check' };

  function stsReturning(expirations: Date[]) {
    const sts = new STSClient({ region: 'us-east-1', credentials: staticCredentials });
    const mock = mockClient(sts);
    let i = 0;
    mock.on(AssumeRoleCommand).callsFake(async () => ({
      Credentials: { AccessKeyId: `ASIAEXAMPLE${i}`, SecretAccessKey: 'secret', SessionToken: `token-${i}`, Expiration: expirations[i++] },
    }));
    return { sts, mock };
  }

  it('passes role, external id and session name, and caches until 5 minutes before expiry', async () => {
    let clock = Date.parse('2026-11-23T12:00:00Z');
    const { sts, mock } = stsReturning([new Date('2026-11-23T13:00:00Z'), new Date('2026-11-23T14:00:00Z')]);
    const provider = assumeRoleCredentials(sts, role, () => clock);
    const first = await provider();
    expect(first).toMatchObject({ accessKeyId: 'ASIAEXAMPLE0', sessionToken: 'token-0' });
    expect(mock.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({
      RoleArn: role.roleArn,
      ExternalId: 'srm-4f1c',
      RoleSessionName: 'srm-check',
    });
    clock = Date.parse('2026-11-23T12:54:00Z');
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE0');
    clock = Date.parse('2026-11-23T12:56:00Z');
    expect((await provider()).accessKeyId).toBe('ASIAEXAMPLE1');
    expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('shares one in-flight AssumeRole between concurrent callers', async () => {
    const { sts, mock } = stsReturning([new Date(Date.now() + 3600_000)]);
    const provider = assumeRoleCredentials(sts, role);
    const all = await Promise.all([provider(), provider(), provider()]);
    expect(new Set(all.map((c) => c.accessKeyId)).size).toBe(1);
    expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('is what clients for another account sign with', async () => {
    const mock = mockClient(STSClient);
    mock.on(AssumeRoleCommand).resolves({
      Credentials: { AccessKeyId: 'ASIAASSUMEDEXAMPLE', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) },
    });
    mock.on(GetCallerIdentityCommand).resolves({ Account: '210987654321' });
    try {
      const clients = createAwsClients({ region: 'us-east-1', account: { id: '210987654321', ...role } }, { credentials: staticCredentials });
      const creds = await (clients.kms.config.credentials as () => Promise<{ accessKeyId: string }>)();
      expect(creds.accessKeyId).toBe('ASIAASSUMEDEXAMPLE');
      expect(mock.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toMatchObject({ RoleArn: role.roleArn, ExternalId: role.externalId });
    } finally {
      mock.restore();
    }
  });
});

describe('an assumed-role session AWS expired early', () => {
  it('is dropped and the request sent once more with fresh credentials', async () => {
    let issued = 0;
    const mock = mockClient(STSClient);
    mock.on(AssumeRoleCommand).callsFake(async () => ({
      Credentials: { AccessKeyId: `ASIASESSION${++issued}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) },
    }));
    // IAM answers ExpiredToken to the first session's key, as AWS does for a session cut short.
    const keys: string[] = [];
    const iam = createServer(async (req, res) => {
      for await (const _ of req) void _;
      const key = /Credential=([^/]+)\//.exec(String(req.headers.authorization))?.[1] ?? '';
      keys.push(key);
      res.writeHead(key === 'ASIASESSION1' ? 403 : 200, { 'content-type': 'text/xml' });
      res.end(
        key === 'ASIASESSION1'
          ? '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error><RequestId>r</RequestId></ErrorResponse>'
          : '<GetAccountSummaryResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetAccountSummaryResult><SummaryMap><entry><key>Users</key><value>7</value></entry></SummaryMap></GetAccountSummaryResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetAccountSummaryResponse>',
      );
    });
    await new Promise<void>((resolve) => iam.listen(0, '127.0.0.1', resolve));
    process.env.AWS_ENDPOINT_URL_IAM = `http://127.0.0.1:${(iam.address() as AddressInfo).port}`;
    try {
      const clients = createAwsClients({ region: 'us-east-1', account: { id: '210987654321', roleArn: 'arn:aws:iam::210987654321:role/srm-readonly' } }, { credentials: staticCredentials });
      const out = await clients.iam.send(new GetAccountSummaryCommand({}));
      expect(out.SummaryMap?.Users).toBe(7);
      expect(keys).toEqual(['ASIASESSION1', 'ASIASESSION2']);
      expect(mock.commandCalls(AssumeRoleCommand)).toHaveLength(2);
    } finally {
      mock.restore();
      await new Promise<void>((resolve) => iam.close(() => resolve()));
    }
  });
});

describe('enabledRegions', () => {
  it('keeps opted-in and opt-in-not-required regions, sorted', async () => {
    const clients = createAwsClients({ region: 'us-east-1' }, { credentials: staticCredentials });
    const ec2 = mockClient(clients.ec2);
    ec2.on(DescribeRegionsCommand).resolves({
      Regions: [
        { RegionName: 'us-west-2', OptInStatus: 'opt-in-not-required' },
        { RegionName: 'af-south-1', OptInStatus: 'opted-in' },
        { RegionName: 'me-south-1', OptInStatus: 'not-opted-in' },
        { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
      ],
    });
    expect(await enabledRegions(clients.ec2)).toEqual(['af-south-1', 'eu-west-1', 'us-west-2']);
    expect(ec2.commandCalls(DescribeRegionsCommand)[0]?.args[0].input).toEqual({ AllRegions: false });
  });
});
