import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import type { AnyRemediation } from '../../src/remediations/define-remediation.js';
import { runRemediation, type RunEnv, type RunResult } from '../../src/remediations/run.js';
import { remediationsForCheckResult, remediationsForRecord, type OfferedRemediation } from '../../src/remediations/targets.js';
import type { CheckResult } from '../../src/checks/types.js';
import type { IngestedRecord } from '../../src/ingest/types.js';
import { startAwsServer, type AwsServer, type RecordedRequest } from '../helpers/aws-server.js';
import { useAwsServer } from '../ingest/pollers/aws-env.js';

export const account = '123456789012';
/** Another account, reached only through its remediation role. */
export const otherAccount = '210987654321';
export const roleOf = (acct: string) => `arn:aws:iam::${acct}:role/srm-remediation`;

/**
 * The local AWS protocol server for one test file: real SDK v3 clients,
 * pointed at it with AWS_ENDPOINT_URL and dummy base credentials.
 */
export function useLocalAws(): { server: () => AwsServer; seen: () => string[] } {
  let server: AwsServer | undefined;
  let undo: (() => void) | undefined;
  const seen: string[] = [];
  beforeAll(async () => {
    server = await startAwsServer({ ambientAccount: account });
    undo = useAwsServer(server);
  });
  afterEach(() => {
    for (const r of server?.requests.splice(0) ?? []) seen.push(r.operation);
  });
  afterAll(async () => {
    undo?.();
    await server?.close();
  });
  return { server: () => server!, seen: () => [...seen] };
}

/** The one offer of `definition` for a record (fails the test when there is none). */
export function offerFor(definition: AnyRemediation, source: IngestedRecord | CheckResult): OfferedRemediation {
  const offers = 'check' in source ? remediationsForCheckResult(source) : remediationsForRecord(source);
  const offer = offers.find((o) => o.id === definition.id);
  if (!offer) throw new Error(`${definition.id} offers nothing for this ${'check' in source ? 'result' : 'record'}`);
  // Offers are stored in Redis as JSON with the alert.
  return JSON.parse(JSON.stringify(offer)) as OfferedRemediation;
}

export function run(offer: OfferedRemediation, env: Partial<RunEnv> = {}): Promise<RunResult> {
  return runRemediation(offer, { logger: silentLogger(), clientOptions: { maxAttempts: 2 }, ...env });
}

/** The writes and reads the remediation made, without the identity check (GetCallerIdentity / AssumeRole). */
export function calls(server: AwsServer): Array<Pick<RecordedRequest, 'service' | 'operation' | 'account' | 'region' | 'body'>> {
  return server.requests
    .filter((r) => r.service !== 'sts')
    .map(({ service, operation, account: a, region, body }) => ({ service, operation, account: a, region, body }));
}

/** The operations called, in order, including the identity check. */
export const operations = (server: AwsServer): string[] => server.requests.map((r) => r.operation);

/** How one action is set up against the local server, for the paths every action must handle alike. */
export interface ActionFixture {
  definition: AnyRemediation;
  /** The write operation on the wire ("UpdateAccessKey", "PutPublicAccessBlock"). */
  operation: string;
  /** How the service answers a denied call. */
  accessDenied: { type: string; status: number };
  /** Puts a resource in the unsafe state in `acct` and returns the offer for it, computed from a record or check result. */
  arrange(server: AwsServer, acct: string): OfferedRemediation;
}

/** AccessDenied, throttling and the remediation role, the same for every action. */
export function itHandlesFailuresAndRoles(aws: ReturnType<typeof useLocalAws>, fx: ActionFixture): void {
  it(`AccessDenied on ${fx.operation} names ${fx.definition.call} and the resource in plain words`, async () => {
    const server = aws.server();
    const offer = fx.arrange(server, account);
    server.failNext(fx.operation, 1, fx.accessDenied.type, fx.accessDenied.status);
    const result = await run(offer);
    expect(result).toEqual({
      ok: false,
      code: 'access-denied',
      retryable: false,
      message: `${fx.accessDenied.type}: srm's own credentials (no remediation.roleArn for this account) lack ${fx.definition.call} on ${offer.target.resource} (account ${account}, ${offer.target.region}); grant it (docs/iam-remediation-policy.json) or lift the SCP or permissions boundary that denies it`,
    });
  });

  it(`throttling of ${fx.operation} past the SDK's retries comes back retryable`, async () => {
    const server = aws.server();
    const offer = fx.arrange(server, account);
    server.throttleNext(fx.operation, 2);
    const result = await run(offer, { clientOptions: { maxAttempts: 2 } });
    expect(result).toMatchObject({ ok: false, code: 'throttled', retryable: true });
    expect(server.calls(fx.operation)).toHaveLength(2);
    // Nothing was changed: the next run does the call.
    expect(await run(offer)).toMatchObject({ ok: true, alreadyDone: false });
  });

  it('assumes the account\'s remediation role and calls in that account with its credentials', async () => {
    const server = aws.server();
    const offer = fx.arrange(server, otherAccount);
    expect(offer.target.account).toBe(otherAccount);
    const result = await run(offer, { accountRoleArn: roleOf(otherAccount), sessionName: 'srm-remediation-req-1' });
    expect(result).toMatchObject({ ok: true, alreadyDone: false });
    const assume = server.calls('AssumeRole');
    expect(assume).toHaveLength(1);
    expect(assume[0]?.body).toMatchObject({ RoleArn: roleOf(otherAccount), RoleSessionName: 'srm-remediation-req-1' });
    const write = server.calls(fx.operation);
    expect(write).toHaveLength(1);
    expect(write[0]).toMatchObject({ account: otherAccount });
    expect(write[0]?.accessKeyId.startsWith('ASIA')).toBe(true);
  });

  it('without a role, refuses to act when srm\'s own credentials are another account\'s, calling nothing', async () => {
    const server = aws.server();
    const offer = fx.arrange(server, otherAccount);
    const result = await run(offer);
    expect(result).toMatchObject({ ok: false, code: 'wrong-account', retryable: false });
    expect(operations(server)).toEqual(['GetCallerIdentity']);
  });

  it('called its write and nothing that deletes, in every test of this file', () => {
    const ops = [...aws.seen(), ...aws.server().requests.map((r) => r.operation)];
    expect(ops).toContain(fx.operation);
    expect(ops.filter((op) => /^(Delete|Remove|Terminate)/.test(op))).toEqual([]);
  });
}
