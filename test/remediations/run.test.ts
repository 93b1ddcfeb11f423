import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ec2EnableEbsEncryptionByDefault } from '../../remediations/ec2-enable-ebs-encryption-by-default.js';
import { describeRunError } from '../../src/remediations/errors.js';
import { SrmError } from '../../src/errors.js';
import type { OfferedRemediation } from '../../src/remediations/targets.js';
import { account, operations, otherAccount, roleOf, run, useLocalAws } from './helpers.js';

/** The account-wide action: exactly the one an identity check must protect (it has no resource id to miss). */
const ebs = (acct: string, region = 'eu-west-1'): OfferedRemediation => ({
  id: ec2EnableEbsEncryptionByDefault.id,
  target: { account: acct, region, resource: `EBS encryption by default in ${acct} ${region}`, params: {} },
});

describe('runRemediation', () => {
  const aws = useLocalAws();

  it('refuses an id the catalogue does not have, calling nothing', async () => {
    expect(await run({ id: 'iam-delete-user', target: ebs(account).target })).toEqual({
      ok: false,
      code: 'unknown-remediation',
      retryable: false,
      message: 'no remediation "iam-delete-user" in this version of srm',
    });
    expect(aws.server().requests).toEqual([]);
  });

  it.each([
    ['an account that is not 12 digits', { ...ebs(account).target, account: '12345' }],
    ['a region that is a host name', { ...ebs(account).target, region: 'evil.example.com/x' }],
    ['params the action does not take', { ...ebs(account).target, params: { Region: 'us-west-2' } }],
  ])('refuses a stored target with %s, calling nothing', async (_name, target) => {
    expect(await run({ id: ec2EnableEbsEncryptionByDefault.id, target })).toMatchObject({ ok: false, code: 'invalid-target', retryable: false });
    expect(aws.server().requests).toEqual([]);
  });

  it('refuses a revoke widened by tampering with the stored target (a CIDR that is not /0)', async () => {
    const target = { account, region: 'eu-west-1', resource: 'sg-0123456789abcdef0', params: { by: 'ip-permissions', groupId: 'sg-0123456789abcdef0', ipPermissions: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: ['10.0.0.0/8'] }] } };
    expect(await run({ id: 'ec2-revoke-open-ingress', target })).toMatchObject({ ok: false, code: 'invalid-target' });
    expect(aws.server().requests).toEqual([]);
  });

  it('passes the external id to AssumeRole and names the role session', async () => {
    const server = aws.server();
    const result = await run(ebs(otherAccount), { accountRoleArn: roleOf(otherAccount), externalId: 'srm-ext-1234' });
    expect(result).toMatchObject({ ok: true });
    expect(server.calls('AssumeRole')[0]?.body).toMatchObject({ RoleArn: roleOf(otherAccount), ExternalId: 'srm-ext-1234', RoleSessionName: 'srm-remediation' });
    expect(server.ebsEncryptionByDefault.has(`${otherAccount}|eu-west-1`)).toBe(true);
    expect(server.ebsEncryptionByDefault.has(`${account}|eu-west-1`)).toBe(false);
  });

  it('a denied AssumeRole names the role and its trust policy, and nothing reaches the service', async () => {
    const server = aws.server();
    server.deniedRoles.add(roleOf(otherAccount));
    try {
      const result = await run(ebs(otherAccount), { accountRoleArn: roleOf(otherAccount) });
      expect(result).toEqual({
        ok: false,
        code: 'assume-role-failed',
        retryable: false,
        message: `AccessDenied: srm could not assume the remediation role ${roleOf(otherAccount)} for account ${otherAccount} (sts:AssumeRole); check the role's trust policy names srm's own principal`,
      });
      expect(operations(server)).toEqual(['AssumeRole']);
    } finally {
      server.deniedRoles.clear();
    }
  });

  it('a role of another account than the target\'s is refused before any call (the account-wide action would land there)', async () => {
    const server = aws.server();
    const result = await run(ebs(account), { accountRoleArn: roleOf(otherAccount) });
    expect(result).toEqual({
      ok: false,
      code: 'wrong-account',
      retryable: false,
      message: `the credentials srm would act with belong to account ${otherAccount}, not ${account}; set remediation.roleArn for ${account}. Nothing was called.`,
    });
    expect(operations(server)).toEqual(['AssumeRole', 'GetCallerIdentity']);
  });

  it('logs what it does with the target, never credentials', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
    expect(await run(ebs(otherAccount), { accountRoleArn: roleOf(otherAccount), logger, externalId: 'srm-ext-1234' })).toMatchObject({ ok: true });
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.map((l) => l.msg)).toEqual(['remediation calling AWS', 'remediation done']);
    expect(logged[0]).toMatchObject({ remediation: ec2EnableEbsEncryptionByDefault.id, account: otherAccount, region: 'eu-west-1', role: roleOf(otherAccount), call: 'ec2:EnableEbsEncryptionByDefault' });
    const text = lines.join('');
    for (const secret of ['secret', 'token', 'srm-ext-1234', 'ASIA']) expect(text).not.toContain(secret);
  });
});

describe('describeRunError', () => {
  const target = ebs(account).target;
  it('keeps a domain error\'s code and retry verdict', () => {
    expect(describeRunError(new SrmError('not-found', 'gone'), target, {})).toEqual({ ok: false, code: 'not-found', retryable: false, message: 'gone' });
    expect(describeRunError(new SrmError('conflict', 'changed meanwhile', { retryable: true }), target, {})).toEqual({ ok: false, code: 'error', retryable: true, message: 'changed meanwhile' });
  });

  it('classifies an unwrapped AWS error by name and $fault, not message', () => {
    const throttled = Object.assign(new Error('slow down'), { name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    expect(describeRunError(throttled, target, {})).toMatchObject({ ok: false, code: 'throttled', retryable: true });
    const odd = Object.assign(new Error('AccessDenied: looks scary'), { name: 'ValidationError', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(describeRunError(odd, target, {})).toMatchObject({ ok: false, code: 'error', retryable: false });
  });
});
