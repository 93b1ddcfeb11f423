import { describe, expect, it } from 'vitest';
import { createLogger, redactPaths, redactSecrets, scrubSecrets } from '../src/logger.js';
import { boltLogger } from '../src/slack/bolt-logger.js';

/** Fake secrets with the real shapes (none is valid anywhere). */
const secrets = {
  bot: 'xoxb-1111111111-2222222222222-AbCdEfGhIjKlMnOpQrStUvWx',
  app: 'xapp-1-A0123ABCD-3333333333333-0123456789abcdef0123456789abcdef',
  user: 'xoxp-1111111111-2222222222-3333333333-abcdef0123456789abcdef0123456789',
  signing: '8f742231b10e8888abcd99yyyzzz85a5',
  awsSecret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  session: 'FwoGZXIvYXdzEXAMPLESESSIONTOKENAbCdEfGh0123456789',
  adminPassword: 'correct-horse-battery-staple',
  legacyVerification: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
  responseUrl: 'https://hooks.slack.com/commands/T0123ABCD/123456789/AbCdEfGhIjKlMnOp',
  redisPassword: 'r3d1s-s3cr3t-pw',
};

function capture(): { lines: string[]; write(line: string): void } {
  const lines: string[] = [];
  return { lines, write: (line: string) => void lines.push(line) };
}

function logEverything(): string {
  const out = capture();
  const logger = createLogger({ level: 'debug' }, out);
  // a config with its secrets, as a careless caller might log it
  logger.info({ config: { slack: { botToken: secrets.bot, appToken: secrets.app, signingSecret: secrets.signing }, admin: { user: 'admin', password: secrets.adminPassword } } }, 'config loaded');
  // the environment
  logger.debug({ env: { SLACK_BOT_TOKEN: secrets.bot, SLACK_APP_TOKEN: secrets.app, SLACK_SIGNING_SECRET: secrets.signing, AWS_SECRET_ACCESS_KEY: secrets.awsSecret, AWS_SESSION_TOKEN: secrets.session, SRM_ADMIN_PASSWORD: secrets.adminPassword, REDIS_URL: `redis://default:${secrets.redisPassword}@redis.example.com:6379` } }, 'env');
  // client options and request headers
  logger.debug({ clientOptions: { token: secrets.bot, headers: { Authorization: `Bearer ${secrets.bot}` } } }, 'web client');
  logger.debug({ req: { headers: { authorization: `Basic ${Buffer.from(`admin:${secrets.adminPassword}`).toString('base64')}`, 'x-slack-signature': 'v0=abcdef0123456789', cookie: 'session=abc' } } }, 'request');
  // a Slack slash-command body (legacy verification token, response_url)
  logger.info({ body: { token: secrets.legacyVerification, team_id: 'T0123ABCD', user_id: 'U0123ABCD', command: '/srm', text: 'who patches rds', response_url: secrets.responseUrl } }, 'slash command');
  // STS AssumeRole output
  logger.info({ assumed: { Credentials: { AccessKeyId: 'ASIAEXAMPLEEXAMPLE01', SecretAccessKey: secrets.awsSecret, SessionToken: secrets.session, Expiration: '2026-11-23T09:00:00Z' } } }, 'assumed role');
  logger.info({ account: { role: { credentials: { secretAccessKey: secrets.awsSecret, sessionToken: secrets.session } } } }, 'aws client');
  // secrets inside strings: an error message, a URL, a library's debug line
  logger.error({ err: new Error(`connect failed for redis://:${secrets.redisPassword}@127.0.0.1:6379 with token ${secrets.bot}`) }, 'redis error');
  logger.warn(`web api call failed; token=${secrets.user}`);
  const bolt = boltLogger(logger);
  bolt.debug('socket mode', { appToken: secrets.app, body: { token: secrets.legacyVerification } });
  bolt.error(new Error(`apps.connections.open failed with ${secrets.app}`));
  return out.lines.join('');
}

describe('createLogger redaction', () => {
  const written = logEverything();

  it('writes the log lines (the facts stay)', () => {
    expect(written).toContain('config loaded');
    expect(written).toContain('"user_id":"U0123ABCD"');
    expect(written).toContain('assumed role');
    expect(written).toContain('"command":"/srm"');
    expect(written).toContain('[redacted]');
  });

  it.each(Object.entries(secrets))('never writes the %s secret', (_name, secret) => {
    expect(written).not.toContain(secret);
  });

  it('never writes an Authorization header value or a URL password', () => {
    expect(written).not.toMatch(/Bearer xox/);
    expect(written).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}/);
    expect(written).not.toMatch(/redis:\/\/[^"\s]*:[^"\s@]+@/);
  });

  it('redaction cannot be turned off by the options a caller passes', () => {
    const out = capture();
    createLogger({ redact: [] }, out).info({ token: secrets.bot, signingSecret: secrets.signing }, 'x');
    expect(out.lines.join('')).not.toContain(secrets.signing);
    expect(out.lines.join('')).not.toContain(secrets.bot);
  });

  it('scrubs token shapes but leaves ordinary text alone', () => {
    expect(scrubSecrets(`t=${secrets.bot}`)).toBe('t=xox?-[redacted]');
    const ordinary = '{"msg":"https://slack.com/api/ 127.0.0.1:6379 arn:aws:iam::123456789012:root user@example.com"}';
    expect(scrubSecrets(ordinary)).toBe(ordinary);
    expect(redactPaths).toContain('*.signingSecret');
  });
});

describe('redactSecrets', () => {
  it('returns an object with nothing to redact as it is (no copy)', () => {
    const o = { owner: 'customer', service: { id: 'rds', names: ['RDS'] }, n: 3 };
    expect(redactSecrets(o)).toBe(o);
  });

  it('copies only the path to a secret and leaves the caller\'s object alone', () => {
    const other = { id: 'rds' };
    const o = { a: { b: { c: { token: secrets.bot } } }, other };
    const r = redactSecrets(o);
    expect(r).toEqual({ a: { b: { c: { token: '[redacted]' } } }, other });
    expect(r.other).toBe(other);
    expect(o.a.b.c.token).toBe(secrets.bot);
  });

  it('looks into arrays and stops below four levels, as the paths did', () => {
    expect(redactSecrets({ list: [{ password: 'x' }] })).toEqual({ list: [{ password: '[redacted]' }] });
    const deep = { a: { b: { c: { d: { password: 'x' } } } } };
    expect(redactSecrets(deep)).toBe(deep);
  });

  it('redacts inside an error and keeps its message', () => {
    const out = capture();
    const err = Object.assign(new Error('request failed'), { config: { headers: { Authorization: 'token-without-a-known-shape' } } });
    createLogger({}, out).error({ err }, 'web api');
    expect(out.lines.join('')).toContain('request failed');
    expect(out.lines.join('')).not.toContain('token-without-a-known-shape');
  });

  it('redacts child loggers\' bindings and their children\'s', () => {
    const out = capture();
    const child = createLogger({}, out).child({ password: secrets.adminPassword, part: 'x' });
    child.child({ nested: { signingSecret: secrets.signing } }).info('bound');
    const line = out.lines.join('');
    expect(line).toContain('"part":"x"');
    expect(line).not.toContain(secrets.adminPassword);
    expect(line).not.toContain(secrets.signing);
  });
});
