import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, envWhoThreads, envWhoWarmUp, findAccount, loadConfig, parseConfig } from '../src/config.js';

const example = fileURLToPath(new URL('../config/srm.example.yaml', import.meta.url));

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('loads the shipped example', () => {
    const c = loadConfig(example, {});
    expect(c.accounts).toHaveLength(1);
    expect(c.accounts[0]).toMatchObject({ id: '123456789012', roleArn: 'arn:aws:iam::123456789012:role/srm-readonly', regions: ['us-east-1', 'eu-west-1'] });
    expect(c.routes[0]).toMatchObject({ match: { source: ['guardduty'], minSeverity: 'high' }, channel: '#sec-urgent' });
    expect(c.suppressions[0]).toMatchObject({ rule: ['cloudtrail-console-signin-without-mfa'], action: 'downgrade', severity: 'low' });
    expect(c.schedules[0]).toMatchObject({ id: 'daily', cron: '0 8 * * *', tz: 'UTC', checks: ['all'] });
    expect(c.remediation.allowedUsers).toEqual(['U0123ABCD']);
    expect(c.poll.seconds).toBe(30);
    expect(c.digest).toEqual({ threshold: 5, windowSeconds: 60, principalWindowSeconds: 3600 });
    expect(parseConfig({ digest: { threshold: 3 } }, {}).digest).toEqual({ threshold: 3, windowSeconds: 60, principalWindowSeconds: 3600 });
    expect(parseConfig({ digest: { principalWindowSeconds: 0 } }, {}).digest.principalWindowSeconds).toBe(0);
    expect(c.source).toBe(example);
  });

  it('the commented-out sqs block of the example is a valid config once uncommented', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const lines = readFileSync(example, 'utf8').split('\n');
    const start = lines.indexOf('# sqs:');
    const block: string[] = [];
    for (const line of lines.slice(start)) {
      if (!line.startsWith('#')) break;
      block.push(line.slice(2));
    }
    const c = parseConfig(parse(block.join('\n')), {});
    expect(c.sqs.map((q) => [q.region, q.receivers, q.maxBacklog, q.resumeBacklog, q.leaseSeconds])).toEqual([
      ['us-east-1', 4, 5000, 2500, 6],
      ['eu-west-1', 4, 5000, 2500, 6],
    ]);
  });

  it('without SRM_CONFIG watches the ambient account in AWS_REGION and us-east-1 and posts to SRM_CHANNEL', () => {
    const c = loadConfig(undefined, { AWS_REGION: 'eu-central-1', SRM_CHANNEL: '#sec', SRM_POLL_SECONDS: '45' });
    expect(c.accounts).toEqual([{ regions: ['us-east-1', 'eu-central-1'] }]);
    expect(c.defaultChannel).toBe('#sec');
    expect(c.poll).toMatchObject({ seconds: 45, lookbackMinutes: 15, overlapMinutes: 5, cloudtrail: true, guardduty: true });
    expect(c.source).toBe('environment');
    expect(findAccount(c, 'ambient')).toBe(c.accounts[0]);
  });

  it('accepts an unquoted 12-digit account id', () => {
    expect(parseConfig({ accounts: [{ id: 123456789012 }] }, {}).accounts[0]!.id).toBe('123456789012');
  });

  it('always adds us-east-1 to an account once', () => {
    const c = parseConfig({ accounts: [{ id: '123456789012', regions: ['eu-west-1', 'us-east-1'] }] }, {});
    expect(c.accounts[0]!.regions).toEqual(['us-east-1', 'eu-west-1']);
  });

  it('reads SRM_CONFIG when no path is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srm-config-'));
    const file = join(dir, 'srm.yaml');
    writeFileSync(file, 'defaultChannel: C0123ABCD\npoll: { seconds: 60 }\n');
    const c = loadConfig(undefined, { SRM_CONFIG: file });
    expect(c.defaultChannel).toBe('C0123ABCD');
    expect(c.poll.seconds).toBe(60);
  });
});

describe('config errors name the key path and say what is wrong', () => {
  const cases: Array<[string, unknown, string]> = [
    ['bad channel in a route', { routes: [{ channel: '#a' }, { channel: '#b' }, { channel: 'security alerts' }] }, 'routes[2].channel: expected a channel id like C0123ABCD or #name'],
    ['account id not 12 digits', { accounts: [{ id: '1234' }] }, 'accounts[0].id: expected a 12-digit AWS account id'],
    ['unquoted account id that lost its leading zero', { accounts: [{ id: 12345678901 }] }, 'accounts[0].id: expected a 12-digit AWS account id like "123456789012" (quote it in YAML'],
    ['route account not a string', { routes: [{ match: { account: [true] }, channel: '#x' }] }, 'routes[0].match.account'],
    ['bad region', { accounts: [{ id: '123456789012', regions: ['Europe'] }] }, 'accounts[0].regions[0]: expected an AWS region like us-east-1'],
    ['bad role ARN', { accounts: [{ id: '123456789012', roleArn: 'srm-readonly' }] }, 'accounts[0].roleArn: expected an IAM role ARN'],
    ['unknown key (typo)', { routes: [{ chanel: '#x', channel: '#y' }] }, 'routes[0]: unknown key "chanel"'],
    ['unknown severity', { routes: [{ match: { minSeverity: 'urgent' }, channel: '#x' }] }, 'routes[0].match.minSeverity:'],
    ['downgrade without severity', { suppressions: [{ rule: 'r', action: 'downgrade', reason: 'x' }] }, 'suppressions[0].severity: required when action is downgrade'],
    ['suppression without reason', { suppressions: [{ rule: 'r', action: 'suppress' }] }, 'suppressions[0].reason:'],
    ['bad cron', { schedules: [{ id: 'daily', cron: 'every day' }] }, 'schedules[0].cron: expected a cron pattern'],
    ['poll too fast', { poll: { seconds: 1 } }, 'poll.seconds: expected at least 5 seconds'],
    ['bad sqs url', { sqs: { queueUrl: 'srm-events' } }, 'sqs.queueUrl: expected an SQS queue URL'],
    ['bad remediation user', { remediation: { allowedUsers: ['alice'] } }, 'remediation.allowedUsers[0]: expected a Slack user id'],
    ['duplicate account', { accounts: [{ id: '123456789012' }, { id: '123456789012' }] }, 'accounts: account 123456789012 is listed twice'],
    ['negative principal window', { digest: { principalWindowSeconds: -1 } }, 'digest.principalWindowSeconds:'],
    ['principal window not whole seconds', { digest: { principalWindowSeconds: '1h' } }, 'digest.principalWindowSeconds:'],
  ];
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      expect(errorOf(() => parseConfig(doc, {}, 'srm.yaml'))).toContain(expected);
    });
  }

  it('names the file and line of a YAML syntax error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'srm-config-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'routes:\n  - channel: "#a"\n   bad: [\n');
    const msg = errorOf(() => loadConfig(file, {}));
    expect(msg).toContain(file);
    expect(msg).toContain('not valid YAML');
  });

  it('keeps the error of a broken or hostile file bounded: ten unknown keys, twenty problems, no huge file read', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`key${i}`, i]));
    const message = errorOf(() => parseConfig(many, {}, 'many.yaml'));
    expect(message).toContain('unknown keys "key0"');
    expect(message).toContain('and 490 more');
    expect(message.length).toBeLessThan(500);
    const wrong = { routes: Array.from({ length: 50 }, () => ({ channel: 'no channel' })) };
    expect(errorOf(() => parseConfig(wrong, {}, 'routes.yaml'))).toContain('… and 30 more');
    const dir = mkdtempSync(join(tmpdir(), 'srm-config-'));
    writeFileSync(join(dir, 'huge.yaml'), `# ${'x'.repeat(300 * 1024)}\n`);
    expect(errorOf(() => loadConfig(join(dir, 'huge.yaml'), {}))).toMatch(/characters long: a config is at most 262144/);
  });

  it('names a missing file', () => {
    expect(errorOf(() => loadConfig('/nonexistent/srm.yaml', {}))).toContain('cannot read config file /nonexistent/srm.yaml');
  });

  it('reads SRM_WHO_WARMUP as on (the default) or off', () => {
    expect(envWhoWarmUp({})).toBe(true);
    expect(envWhoWarmUp({ SRM_WHO_WARMUP: 'on' })).toBe(true);
    expect(envWhoWarmUp({ SRM_WHO_WARMUP: 'off' })).toBe(false);
    for (const bad of ['yes', '0', 'OFF ']) expect(() => envWhoWarmUp({ SRM_WHO_WARMUP: bad })).toThrow(/SRM_WHO_WARMUP: expected "on" or "off"/);
  });

  it('reads SRM_WHO_THREADS as a whole number from 1 to 8, and nothing when unset', () => {
    expect(envWhoThreads({ SRM_WHO_THREADS: '3' })).toBe(3);
    expect(envWhoThreads({})).toBeUndefined();
    for (const bad of ['0', '9', 'two', '1.5']) expect(() => envWhoThreads({ SRM_WHO_THREADS: bad })).toThrow(/SRM_WHO_THREADS: expected a whole number between 1 and 8/);
  });

  it('rejects a bad SRM_POLL_SECONDS and SRM_CHANNEL', () => {
    expect(errorOf(() => loadConfig(undefined, { SRM_POLL_SECONDS: 'fast' }))).toContain('SRM_POLL_SECONDS');
    expect(errorOf(() => loadConfig(undefined, { SRM_CHANNEL: 'security' }))).toContain('SRM_CHANNEL');
  });

  it('takes the SQS region from the queue URL', () => {
    const c = parseConfig({ sqs: { queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/srm-events' } }, {});
    expect(c.sqs).toEqual([expect.objectContaining({ region: 'eu-west-1', waitSeconds: 20, receivers: 4, maxBacklog: 5000, resumeBacklog: 2500, leaseSeconds: 6 })]);
  });

  it('accepts one SQS queue (the old form, budgetSeconds included) or a list, and no queue at all', () => {
    expect(parseConfig({}, {}).sqs).toEqual([]);
    const old = parseConfig({ sqs: { queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/srm-events', waitSeconds: 10, budgetSeconds: 25 } }, {});
    expect(old.sqs.map((q) => [q.queueUrl, q.waitSeconds])).toEqual([['https://sqs.us-east-1.amazonaws.com/123456789012/srm-events', 10]]);
    const two = parseConfig(
      {
        sqs: [
          { queueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/srm-events' },
          { queueUrl: 'https://sqs.eu-west-1.amazonaws.com/222222222222/srm-events', receivers: 2, maxBacklog: 100, resumeBacklog: 10 },
        ],
      },
      {},
    );
    expect(two.sqs.map((q) => [q.region, q.receivers, q.maxBacklog, q.resumeBacklog])).toEqual([
      ['us-east-1', 4, 5000, 2500],
      ['eu-west-1', 2, 100, 10],
    ]);
  });

  it('names the SQS entry that is wrong in a list', () => {
    const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/srm-events';
    expect(errorOf(() => parseConfig({ sqs: [{ queueUrl: url }, { queueUrl: url }] }, {}, 'srm.yaml'))).toContain(`sqs[1].queueUrl: ${url} is listed twice`);
    expect(errorOf(() => parseConfig({ sqs: [{ queueUrl: url }, { queueUrl: 'srm-dlq' }] }, {}, 'srm.yaml'))).toContain('sqs[1].queueUrl: expected an SQS queue URL');
    expect(errorOf(() => parseConfig({ sqs: { queueUrl: url, maxBacklog: 100, resumeBacklog: 100 } }, {}, 'srm.yaml'))).toContain('sqs.resumeBacklog: must be below maxBacklog (100)');
    expect(errorOf(() => parseConfig({ sqs: { queueUrl: url, waitSeconds: 21 } }, {}, 'srm.yaml'))).toContain('sqs.waitSeconds');
  });
});

describe('the remediation section', () => {
  it('reads grants, approvals, the approval deadline and a role per account (an ARN, or with its external id)', () => {
    const c = parseConfig(
      {
        accounts: [{ id: '123456789012', roleArn: 'arn:aws:iam::123456789012:role/srm-readonly' }],
        remediation: {
          allowedUsers: ['U0123ABCD'],
          rules: [{ actions: ['ec2-revoke-open-ingress'], accounts: ['123456789012'], allowedGroups: ['S0NETWORK'] }],
          approval: { 'ec2-revoke-open-ingress': 'four-eyes' },
          approvalTtlMinutes: 30,
          roleArn: { '123456789012': 'arn:aws:iam::123456789012:role/srm-remediation', '210987654321': { arn: 'arn:aws:iam::210987654321:role/srm-remediation', externalId: 'srm-3f1c9a2b' } },
        },
      },
      {},
    );
    expect(c.remediation).toEqual({
      allowedUsers: ['U0123ABCD'],
      allowedGroups: [],
      rules: [{ actions: ['ec2-revoke-open-ingress'], accounts: ['123456789012'], allowedUsers: [], allowedGroups: ['S0NETWORK'] }],
      approval: { 'ec2-revoke-open-ingress': 'four-eyes' },
      approvalTtlMinutes: 30,
      roleArn: { '123456789012': { arn: 'arn:aws:iam::123456789012:role/srm-remediation' }, '210987654321': { arn: 'arn:aws:iam::210987654321:role/srm-remediation', externalId: 'srm-3f1c9a2b' } },
    });
    expect(parseConfig({}, {}).remediation).toMatchObject({ allowedUsers: [], rules: [], approvalTtlMinutes: 60, roleArn: {} });
  });

  it('refuses the read-only role, a role of another account, a rule naming nobody and a bad approval', () => {
    const readOnly = 'arn:aws:iam::123456789012:role/srm-readonly';
    expect(errorOf(() => parseConfig({ accounts: [{ id: '123456789012', roleArn: readOnly }], remediation: { roleArn: { '123456789012': readOnly } } }, {}, 'srm.yaml'))).toContain(
      'remediation.roleArn.123456789012: arn:aws:iam::123456789012:role/srm-readonly is the read-only role of accounts[]',
    );
    expect(errorOf(() => parseConfig({ remediation: { roleArn: { '123456789012': 'arn:aws:iam::210987654321:role/x' } } }, {}, 'srm.yaml'))).toContain('is not in account 123456789012');
    expect(errorOf(() => parseConfig({ remediation: { rules: [{ actions: ['ec2-revoke-open-ingress'] }] } }, {}, 'srm.yaml'))).toContain('a rule needs allowedUsers or allowedGroups');
    expect(errorOf(() => parseConfig({ remediation: { approval: { 'iam-deactivate-access-key': 'none' } } }, {}, 'srm.yaml'))).toContain('remediation.approval.iam-deactivate-access-key');
    expect(errorOf(() => parseConfig({ remediation: { allowedUsers: ['alice'] } }, {}, 'srm.yaml'))).toContain('expected a Slack user id');
  });
});
