import { WebClient, type WebAPICallError } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackApi, type SlackApiServer } from '../helpers/slack-api.js';

let api: SlackApiServer;
let client: WebClient;

beforeEach(async () => {
  api = await startSlackApi();
  client = new WebClient('xoxb-test-token', { slackApiUrl: api.url, retryConfig: { retries: 0 } });
});

afterEach(async () => {
  await api.close();
});

const section = (text: string) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text } });

describe('local Slack Web API', () => {
  it('answers auth.test and records the call with its bearer token header', async () => {
    const res = await client.auth.test();
    expect(res.ok).toBe(true);
    expect(res.user_id).toMatch(/^U/);
    expect(api.callsTo('auth.test')).toHaveLength(1);
    expect(api.calls[0]?.headers.authorization).toBe('Bearer xoxb-test-token');
  });

  it('parses form-encoded blocks, stores the message and returns increasing ts', async () => {
    const first = await client.chat.postMessage({ channel: 'C0000CHAN1', text: 'one', blocks: [section('one')] });
    const second = await client.chat.postMessage({ channel: 'C0000CHAN1', text: 'two', blocks: [section('two')] });
    expect(first.ok && second.ok).toBe(true);
    expect(first.channel).toBe('C0000CHAN1');
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    const body = api.callsTo('chat.postMessage')[0]?.body;
    expect(body?.blocks).toEqual([section('one')]);
    expect(api.messages.get(`C0000CHAN1:${first.ts}`)?.text).toBe('one');
  });

  it('parses JSON bodies too', async () => {
    const res = await fetch(`${api.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', authorization: 'Bearer xoxb-x' },
      body: JSON.stringify({ channel: 'C1', text: 'json', blocks: [section('json')] }),
    });
    const payload = (await res.json()) as { ok: boolean; ts: string };
    expect(payload.ok).toBe(true);
    expect(api.callsTo('chat.postMessage')[0]?.body.blocks).toEqual([section('json')]);
  });

  it('updates a message in place and refuses to update one that does not exist', async () => {
    const posted = await client.chat.postMessage({ channel: 'C1', text: 'before' });
    await client.chat.update({ channel: 'C1', ts: posted.ts as string, text: 'after', blocks: [section('after')] });
    const stored = api.messages.get(`C1:${posted.ts}`);
    expect(stored?.text).toBe('after');
    expect(stored?.updates).toBe(1);
    await expect(client.chat.update({ channel: 'C1', ts: '1.000001', text: 'x' })).rejects.toMatchObject({ data: { error: 'message_not_found' } });
  });

  it('answers the other methods the app uses', async () => {
    api.usergroups.set('S0000GRP1', ['U1', 'U2']);
    const permalink = await client.chat.getPermalink({ channel: 'C1', message_ts: '1700000000.000100' });
    expect(permalink.permalink).toBe('https://example.slack.com/archives/C1/p1700000000000100');
    expect((await client.chat.postEphemeral({ channel: 'C1', user: 'U1', text: 'psst' })).message_ts).toBeTruthy();
    expect((await client.conversations.info({ channel: 'C1' })).channel?.id).toBe('C1');
    expect((await client.users.info({ user: 'U1' })).user?.id).toBe('U1');
    expect((await client.usergroups.users.list({ usergroup: 'S0000GRP1' })).users).toEqual(['U1', 'U2']);
    const home = await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [section('home')] } });
    expect(home.view?.id).toMatch(/^V/);
    const modal = await client.views.open({ trigger_id: '1.2.3', view: { type: 'modal', title: { type: 'plain_text', text: 'Confirm' }, blocks: [section('sure?')] } });
    expect(modal.view?.id).not.toBe(home.view?.id);
    await expect(client.apiCall('no.such.method')).rejects.toMatchObject({ data: { error: 'unknown_method' } });
    expect(api.violations).toEqual([]);
  });

  it('rejects blocks over the limits with invalid_blocks and records why', async () => {
    const tooMany = Array.from({ length: 51 }, (_, i) => section(`b${i}`));
    await expect(client.chat.postMessage({ channel: 'C1', text: 't', blocks: tooMany })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    await expect(client.chat.postMessage({ channel: 'C1', text: 't', blocks: [section('x'.repeat(3001))] })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    expect(api.violations).toHaveLength(2);
    expect(api.violations[0]).toMatch(/51 blocks, limit 50/);
    expect(api.violations[1]).toMatch(/3001 chars, limit 3000/);
    // 100 blocks are fine on a Home tab
    const home = await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: tooMany.slice(0, 100) } });
    expect(home.ok).toBe(true);
  });

  it('validates response_url posts the same way and records them separately', async () => {
    const url = api.responseUrl('abc');
    expect(url).toMatch(/\/response\/abc$/);
    const ok = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hi', response_type: 'ephemeral' }) });
    expect(ok.status).toBe(200);
    const bad = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hi', blocks: [{ type: 'bogus' }] }) });
    expect(((await bad.json()) as { error: string }).error).toBe('invalid_blocks');
    expect(api.responses.map((r) => r.method)).toEqual(['response_url', 'response_url']);
    expect(api.calls).toHaveLength(0);
    expect(api.violations.join()).toMatch(/unknown block type "bogus"/);
  });

  it('fails the next calls as told: ok:false, 5xx, then 429 with Retry-After', async () => {
    api.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'x' })).rejects.toMatchObject({ data: { error: 'channel_not_found' } });
    api.failNext('chat.postMessage', { status: 503 }, 2);
    for (let i = 0; i < 2; i += 1) {
      const err = (await client.chat.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e)) as WebAPICallError;
      expect(err.code).toBe('slack_webapi_http_error');
    }
    api.failNext('chat.postMessage', { status: 429, retryAfter: 7 });
    const raw = await fetch(`${api.url}chat.postMessage`, { method: 'POST', body: new URLSearchParams({ channel: 'C1', text: 'x' }) });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('7');
    const after = await client.chat.postMessage({ channel: 'C1', text: 'x' });
    expect(after.ok).toBe(true);
    expect(api.callsTo('chat.postMessage').map((c) => c.status)).toEqual([200, 503, 503, 429, 200]);
    expect(api.okCallsTo('chat.postMessage')).toHaveLength(1);
  });

  it('the WebClient retries a 429 after Retry-After and then succeeds', async () => {
    api.failNext('chat.postMessage', { status: 429, retryAfter: 0 });
    const retrying = new WebClient('xoxb-test-token', { slackApiUrl: api.url, retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    const res = await retrying.chat.postMessage({ channel: 'C1', text: 'x' });
    expect(res.ok).toBe(true);
    expect(api.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('waitFor resolves when the predicate holds and rejects on timeout', async () => {
    setTimeout(() => void client.auth.test(), 20);
    await api.waitFor(() => api.calls.length > 0, 2000);
    expect(api.calls).toHaveLength(1);
    await expect(api.waitFor(() => false, 50)).rejects.toThrow(/not met/);
  });
});

describe('local Slack Web API with a per-channel rate', () => {
  it('answers 429 Retry-After: 1 to a second post to one channel within the second, not to another channel', async () => {
    const limited = await startSlackApi({ perChannelPerSecond: 1 });
    try {
      const post = (channel: string) => fetch(`${limited.url}chat.postMessage`, { method: 'POST', body: new URLSearchParams({ channel, text: 'x' }) });
      expect((await post('C1')).status).toBe(200);
      const second = await post('C1');
      expect(second.status).toBe(429);
      expect(second.headers.get('retry-after')).toBe('1');
      expect((await post('C2')).status).toBe(200);
      expect(limited.rateLimited).toBe(1);
    } finally {
      await limited.close();
    }
  });
});
