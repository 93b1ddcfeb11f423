import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { startSlackApi, type SlackApiServer } from '../helpers/slack-api.js';
import { forge, sendSigned, sign, slashCommand, slackSignature, staleTimestamp } from '../helpers/slack-request.js';

/**
 * Bolt's HTTP receiver verifies every request's signature (HMAC of the body
 * with the signing secret) and refuses timestamps older than five minutes.
 * These tests send real HTTP requests to a real server.
 */

const secret = 'security-test-signing-secret-0123456789';
const botToken = 'xoxb-0000000000-0000000000000-securitytestbottoken';
let running: RunningServer;
let slack: SlackApiServer;
let base: string;

beforeAll(async () => {
  slack = await startSlackApi();
  running = await startServer(
    { logger: silentLogger(), health: async () => ({ redis: { ok: false, detail: 'connect ECONNREFUSED 127.0.0.1:6379' }, workers: { ok: true } }) },
    { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.url, PORT: '0' },
    { healthTimeoutMs: 200 },
  );
  base = `http://127.0.0.1:${running.port}`;
});

afterAll(async () => {
  await running?.stop();
  await slack?.close();
});

describe('Slack request verification (HTTP mode)', () => {
  it('accepts a correctly signed, fresh request', async () => {
    const res = await sendSigned(base, slashCommand({ text: 'help', responseUrl: slack.responseUrl('ok') }, secret));
    expect(res.status).toBe(200);
    // help is answered in the ack itself
    expect(res.text).toContain('/srm help');
  });

  it.each([
    ['signed with another secret', () => forge(slashCommand({ text: 'help', responseUrl: slack.responseUrl('forged') }, secret))],
    ['signed more than 5 minutes ago', () => slashCommand({ text: 'help', responseUrl: slack.responseUrl('stale') }, secret, { timestamp: staleTimestamp() })],
    [
      'body changed after signing',
      () => {
        const signed = slashCommand({ text: 'help', responseUrl: slack.responseUrl('tampered') }, secret);
        return { ...signed, body: signed.body.replace('text=help', 'text=status') };
      },
    ],
    [
      'signature without the v0= prefix',
      () => {
        const signed = slashCommand({ text: 'help', responseUrl: slack.responseUrl('noprefix') }, secret);
        return { ...signed, headers: { ...signed.headers, 'x-slack-signature': signed.headers['x-slack-signature']!.slice(3) } };
      },
    ],
    [
      'no signature headers',
      () => {
        const signed = slashCommand({ text: 'help', responseUrl: slack.responseUrl('unsigned') }, secret);
        return { body: signed.body, headers: { 'content-type': signed.headers['content-type']! } };
      },
    ],
    [
      'a timestamp that is not a number',
      () => {
        const body = 'command=%2Fsrm&text=help';
        return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': 'NaN', 'x-slack-signature': slackSignature(secret, Number.NaN, body) } };
      },
    ],
  ])('refuses a request %s with 401 and never answers it', async (_name, build) => {
    const before = slack.responses.length;
    const res = await sendSigned(base, build() as ReturnType<typeof sign>);
    expect(res.status).toBe(401);
    // help is answered in the ack: a wrongly accepted request would carry its answer here
    expect(res.text).toBe('');
    // and nothing went to a response_url: a request sent afterwards has been answered by now
    const after = await sendSigned(base, slashCommand({ text: 'help', responseUrl: slack.responseUrl('after') }, secret));
    expect(after.text).toContain('/srm help');
    expect(slack.responses.length).toBe(before);
  });
});

describe('/healthz and /metrics reveal no secret', () => {
  it.each(['/healthz', '/metrics'])('%s', async (route) => {
    const res = await fetch(`${base}${route}`);
    const body = await res.text();
    expect(body.length).toBeGreaterThan(0);
    for (const s of [secret, botToken, 'xoxb-', 'signing']) expect(body).not.toContain(s);
  });

  it('/healthz names only parts and their state', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['down', 'ok', 'parts']);
  });
});

describe('signature verification is never turned off', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) return sources(p);
      return /\.(ts|js)$/.test(name) ? [p] : [];
    });
  }

  it('no shipped source sets signatureVerification: false or skips the receiver', () => {
    const files = ['src', 'commands', 'jobs', 'rules', 'checks'].flatMap((d) => sources(path.join(root, d)));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) => /signatureVerification\s*:\s*false|verifySlackRequest\s*=|processBeforeResponse\s*:\s*true\s*,\s*signatureVerification/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
