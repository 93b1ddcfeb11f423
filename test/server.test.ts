import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../src/deps.js';
import { silentLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server.js';
import { parseSlackEnv } from '../src/slack/env.js';
import { startSlackApi, type SlackApiServer } from './helpers/slack-api.js';
import { sendSigned, slashCommand } from './helpers/slack-request.js';

const secret = 'server-test-signing-secret';
let running: RunningServer | undefined;
let slack: SlackApiServer | undefined;

afterEach(async () => {
  await running?.stop();
  await slack?.close();
  running = undefined;
  slack = undefined;
});

async function start(deps: Partial<Deps> = {}): Promise<string> {
  slack = await startSlackApi();
  running = await startServer({ logger: silentLogger(), ...deps }, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.url, PORT: '0' }, { healthTimeoutMs: 200 });
  return `http://127.0.0.1:${running.port}`;
}

describe('startServer', () => {
  it('answers /healthz 200 with every part when all are ok', async () => {
    const base = await start({ health: async () => ({ redis: { ok: true }, workers: { ok: true, detail: '5 running' } }) });
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; parts: Record<string, { ok: boolean }> };
    expect(body.ok).toBe(true);
    expect(Object.keys(body.parts).sort()).toEqual(['redis', 'slack', 'workers']);
  });

  it('answers /healthz 503 naming the part that is down', async () => {
    const base = await start({ health: async () => ({ redis: { ok: false, detail: 'connect ECONNREFUSED 127.0.0.1:6379' }, workers: { ok: true } }) });
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { ok: boolean; down: string[]; parts: Record<string, { detail?: string }> };
    expect(body.ok).toBe(false);
    expect(body.down).toEqual(['redis']);
    expect(body.parts.redis?.detail).toMatch(/ECONNREFUSED/);
  });

  it('answers /healthz 503 when the health check throws or hangs', async () => {
    const base = await start({ health: () => new Promise(() => undefined) });
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { down: string[] }).down).toEqual(['health']);
  });

  it('serves Prometheus text at /metrics, including the slash command counter', async () => {
    const base = await start();
    // help is answered in the ack: counted by the time the ack arrives
    const sent = await sendSigned(base, slashCommand({ text: 'help', responseUrl: slack!.responseUrl('m') }, secret));
    expect(sent.status).toBe(200);
    expect(sent.text).toContain('/srm help');
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP srm_process_/m);
    expect(text).toMatch(/^srm_slack_commands_total\{subcommand="help",outcome="ok"\} [1-9]/m);
  });

  it('exports the event-loop delay it sampled since the previous scrape', async () => {
    const base = await start();
    // a stall of the loop the sampler must see
    await new Promise((r) => setTimeout(r, 20));
    const stalled = Date.now() + 30;
    while (Date.now() < stalled);
    await new Promise((r) => setTimeout(r, 20));
    const text = await (await fetch(`${base}/metrics`)).text();
    const q = (quantile: string) => Number(new RegExp(`^srm_event_loop_delay_seconds\\{quantile="${quantile}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(q('0.5')).toBeGreaterThan(0);
    expect(q('0.99')).toBeGreaterThanOrEqual(q('0.5'));
    expect(q('1')).toBeGreaterThanOrEqual(0.025);
  });

  it('serves Bolt on POST /slack/events beside them (401 for a bad signature)', async () => {
    const base = await start();
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-signature': 'v0=00', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)) }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('stops listening when stopped', async () => {
    const base = await start();
    await running!.stop();
    running = undefined;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });
});

describe('parseSlackEnv', () => {
  it('names each missing variable', () => {
    expect(() => parseSlackEnv({})).toThrow(/SLACK_BOT_TOKEN is not set.*SLACK_SIGNING_SECRET is not set/);
    expect(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('accepts Socket Mode without a signing secret and defaults PORT to 3000', () => {
    const env = parseSlackEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A-1-abc' });
    expect(env.PORT).toBe(3000);
    expect(env.SLACK_APP_TOKEN).toBe('xapp-1-A-1-abc');
  });

  it('rejects a bad PORT, app token or API URL with a clear reason', () => {
    expect(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's', PORT: 'http' })).toThrow(/PORT/);
    expect(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'x', SLACK_APP_TOKEN: 'xoxb-wrong' })).toThrow(/xapp-/);
    expect(() => parseSlackEnv({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'https://slack.com/api' })).toThrow(/end in "\/"/);
  });
});
