import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EC2Client, DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { SQSClient } from '@aws-sdk/client-sqs';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { SrmError } from '../errors.js';

export type { AwsCredentialIdentityProvider };

/** Another account reached through STS AssumeRole; without roleArn, the ambient credentials are used. */
export interface AwsAccountTarget {
  id: string;
  roleArn?: string;
  externalId?: string;
  sessionName?: string;
}

export interface AwsTarget {
  region: string;
  account?: AwsAccountTarget;
}

export interface AwsClientOptions {
  /** Base credentials (default: the SDK's default chain, i.e. env, profile, SSO, IMDS…). */
  credentials?: AwsCredentialIdentityProvider;
  maxAttempts?: number;
}

/** SDK v3 clients for one (account, region); each is created on first use. */
export interface AwsClients {
  readonly region: string;
  readonly cloudtrail: CloudTrailClient;
  readonly guardduty: GuardDutyClient;
  readonly iam: IAMClient;
  readonly s3: S3Client;
  readonly s3control: S3ControlClient;
  readonly ec2: EC2Client;
  readonly kms: KMSClient;
  readonly config: ConfigServiceClient;
  readonly sqs: SQSClient;
  readonly sts: STSClient;
}

/** Refresh assumed-role credentials this long before they expire. */
const refreshMarginMs = 5 * 60 * 1000;

/** An assumed-role credential provider that can be told its credentials no longer work. */
export type RenewableCredentials = AwsCredentialIdentityProvider & { invalidate(): void };

/**
 * Credentials from STS AssumeRole, cached until 5 minutes before expiry (or
 * until invalidate(): AWS answered that the session expired earlier than it
 * said, e.g. revoked or cut short by the role's maximum session).
 * Concurrent callers share one in-flight AssumeRole call.
 */
export function assumeRoleCredentials(
  sts: STSClient,
  role: { roleArn: string; externalId?: string; sessionName?: string; durationSeconds?: number },
  now: () => number = Date.now,
): RenewableCredentials {
  let cached: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fetch = async (): Promise<AwsCredentialIdentity> => {
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: role.roleArn,
        RoleSessionName: role.sessionName ?? 'srm',
        ExternalId: role.externalId,
        DurationSeconds: role.durationSeconds ?? 3600,
      }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) {
      throw new SrmError('aws-assume-role', `AssumeRole of ${role.roleArn} returned no credentials`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
  const provider = async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - refreshMarginMs > now())) return cached;
    pending ??= fetch().then(
      (c) => {
        cached = c;
        pending = undefined;
        return c;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
  return Object.assign(provider, {
    invalidate() {
      cached = undefined;
    },
    // This provider caches by itself: the SDK must ask it on every request (else the SDK's own memo would keep a dead key for an hour).
    memoized: true,
  });
}

/** Errors with which AWS refuses a request because its session credentials ran out (before doing anything). */
const expiredSession = new Set(['ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId', 'UnrecognizedClientException', 'TokenRefreshRequired']);

interface WithMiddleware {
  middlewareStack: { add(middleware: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>, options: { step: 'initialize'; name: string }): void };
}

/**
 * When AWS answers that an assumed-role session expired, drop the cached
 * credentials and send the request once more with fresh ones (AWS refused
 * it before running it, so sending it again is safe). Without this a key
 * that AWS expired early kept failing every call until srm's own refresh
 * time, up to an hour later (found by the fault suite's aws-faults scenario).
 */
function renewExpiredSessions<C>(client: C, credentials: RenewableCredentials): C {
  (client as unknown as WithMiddleware).middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        if (!expiredSession.has((err as { name?: string } | undefined)?.name ?? '')) throw err;
        credentials.invalidate();
        return next(args);
      }
    },
    { step: 'initialize', name: 'srmRenewExpiredSession' },
  );
  return client;
}

function lazy<T>(target: object, key: string, make: () => T): void {
  let value: T | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => (value ??= make()),
  });
}

/**
 * Clients for one (account, region). Endpoints are left to the SDK, so
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> keep working.
 */
export function createAwsClients(target: AwsTarget, options: AwsClientOptions = {}): AwsClients {
  const common = {
    region: target.region,
    retryMode: 'adaptive' as const,
    maxAttempts: options.maxAttempts ?? 5,
  };
  const base = options.credentials ? { ...common, credentials: options.credentials } : common;
  let credentials = options.credentials;
  let assumed: RenewableCredentials | undefined;
  const roleArn = target.account?.roleArn;
  if (roleArn) {
    const sts = new STSClient(base);
    credentials = assumed = assumeRoleCredentials(sts, {
      roleArn,
      externalId: target.account?.externalId,
      sessionName: target.account?.sessionName,
    });
  }
  const config = credentials ? { ...common, credentials } : common;
  const renewing = <C>(client: C): C => (assumed ? renewExpiredSessions(client, assumed) : client);
  const clients = { region: target.region } as AwsClients;
  lazy(clients, 'cloudtrail', () => renewing(new CloudTrailClient(config)));
  lazy(clients, 'guardduty', () => renewing(new GuardDutyClient(config)));
  // IAM is global: its endpoint rules map every commercial region to iam.amazonaws.com signed for us-east-1.
  lazy(clients, 'iam', () => renewing(new IAMClient(config)));
  // Bucket calls go to the bucket's own region; follow S3's redirect instead of failing with 301.
  lazy(clients, 's3', () => renewing(new S3Client({ ...config, followRegionRedirects: true })));
  lazy(clients, 's3control', () => renewing(new S3ControlClient(config)));
  lazy(clients, 'ec2', () => renewing(new EC2Client(config)));
  lazy(clients, 'kms', () => renewing(new KMSClient(config)));
  lazy(clients, 'config', () => renewing(new ConfigServiceClient(config)));
  lazy(clients, 'sqs', () => renewing(new SQSClient(config)));
  lazy(clients, 'sts', () => renewing(new STSClient(config)));
  return clients;
}

const cache = new Map<string, AwsClients>();

function cacheKey(target: AwsTarget): string {
  const a = target.account;
  return [a?.id ?? 'ambient', a?.roleArn ?? '', a?.externalId ?? '', target.region].join('|');
}

/** createAwsClients, memoised per (account, role, region) for the life of the process. */
export function getAwsClients(target: AwsTarget, options: AwsClientOptions = {}): AwsClients {
  const key = cacheKey(target);
  let clients = cache.get(key);
  if (!clients) {
    clients = createAwsClients(target, options);
    cache.set(key, clients);
  }
  return clients;
}

/** Forget memoised clients (tests; credential rotation). */
export function clearAwsClientCache(): void {
  cache.clear();
}

/** The account id of the credentials in use (STS GetCallerIdentity). */
export async function getCallerAccount(clients: Pick<AwsClients, 'sts'>): Promise<string> {
  const out = await clients.sts.send(new GetCallerIdentityCommand({}));
  if (!out.Account) throw new SrmError('aws-identity', 'GetCallerIdentity returned no account id');
  return out.Account;
}

/** Regions enabled for the account (opted-in or not requiring opt-in), sorted. */
export async function enabledRegions(ec2: EC2Client): Promise<string[]> {
  const out = await ec2.send(new DescribeRegionsCommand({ AllRegions: false }));
  return (out.Regions ?? [])
    .filter((r) => r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName)
    .filter((n): n is string => typeof n === 'string')
    .sort();
}
