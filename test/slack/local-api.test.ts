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
  describe('conversations.history and conversations.replies, from the messages it recorded', () => {
    const meta = (key: string) => ({ event_type: 'srm_message', event_payload: { key } });
    async function postMany(channel: string, n: number, extra: (i: number) => Record<string, unknown> = () => ({})) {
      const out: string[] = [];
      for (let i = 0; i < n; i++) out.push((await client.chat.postMessage({ channel, text: `m${i}`, ...extra(i) } as never)).ts as string);
      return out;
    }

    it('gives a real, increasing ts: the time Slack accepted the message', async () => {
      const before = Date.now() / 1000;
      const [a, b] = await postMany('C0HISTTS1', 2);
      expect(Number(a)).toBeGreaterThanOrEqual(Math.floor(before));
      expect(Number(a)).toBeLessThanOrEqual(Date.now() / 1000 + 1);
      expect(b! > a!).toBe(true);
      expect(a).toMatch(/^\d{10}\.\d{6}$/);
    });

    it('history: the channel\'s messages newest first, not thread replies, metadata only with include_all_metadata', async () => {
      const [first, second] = await postMany('C0HIST001', 2, (i) => ({ metadata: meta(`k${i}`) }));
      await client.chat.postMessage({ channel: 'C0HIST001', text: 'reply', thread_ts: first!, metadata: meta('r') } as never);
      await client.chat.postMessage({ channel: 'C0OTHER01', text: 'elsewhere' });
      const plain = await client.conversations.history({ channel: 'C0HIST001' });
      expect(plain.ok).toBe(true);
      expect(plain.messages!.map((m) => m.ts)).toEqual([second, first]);
      expect(plain.messages!.every((m) => m.metadata === undefined)).toBe(true);
      expect(plain.has_more).toBe(false);
      expect(plain.messages![1]).toMatchObject({ type: 'message', bot_id: 'B0000SRMB', text: 'm0', thread_ts: first, reply_count: 1 });
      const withMeta = await client.conversations.history({ channel: 'C0HIST001', include_all_metadata: true });
      expect(withMeta.messages!.map((m) => m.metadata)).toEqual([meta('k1'), meta('k0')]);
      expect((await client.conversations.history({ channel: 'C0EMPTY01' })).messages).toEqual([]);
    });

    it('history pages with limit, has_more and response_metadata.next_cursor', async () => {
      const ts = await postMany('C0HISTPG1', 5);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await client.conversations.history({ channel: 'C0HISTPG1', limit: 2, ...(cursor ? { cursor } : {}) });
        pages += 1;
        seen.push(...page.messages!.map((m) => m.ts!));
        cursor = page.response_metadata?.next_cursor;
        expect(page.has_more).toBe(Boolean(cursor));
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([...ts].reverse());
      await expect(client.conversations.history({ channel: 'C0HISTPG1', cursor: 'bm9wZQ==' })).rejects.toMatchObject({ data: { error: 'invalid_cursor' } });
    });

    it('history keeps to oldest and latest, exclusive unless inclusive', async () => {
      const [a, b, c, d] = await postMany('C0HISTRG1', 4);
      const between = await client.conversations.history({ channel: 'C0HISTRG1', oldest: a, latest: d });
      expect(between.messages!.map((m) => m.ts)).toEqual([c, b]);
      const inclusive = await client.conversations.history({ channel: 'C0HISTRG1', oldest: a, latest: d, inclusive: true });
      expect(inclusive.messages!.map((m) => m.ts)).toEqual([d, c, b, a]);
      const seconds = String(Math.floor(Number(a)) - 1);
      expect((await client.conversations.history({ channel: 'C0HISTRG1', oldest: seconds })).messages).toHaveLength(4);
      await expect(client.conversations.history({ channel: 'C0HISTRG1', oldest: 'yesterday' })).rejects.toMatchObject({ data: { error: 'invalid_ts_oldest' } });
    });

    it('replies: the parent first, then its replies oldest first, paged; a reply\'s ts stands for its thread', async () => {
      const [parent] = await postMany('C0THREAD1', 1, () => ({ metadata: meta('parent') }));
      const replies = await postMany('C0THREAD1', 3, (i) => ({ thread_ts: parent, metadata: meta(`reply-${i}`) }));
      const all = await client.conversations.replies({ channel: 'C0THREAD1', ts: parent!, include_all_metadata: true });
      expect(all.messages!.map((m) => m.ts)).toEqual([parent, ...replies]);
      expect(all.messages!.map((m) => (m.metadata as { event_payload: { key: string } }).event_payload.key)).toEqual(['parent', 'reply-0', 'reply-1', 'reply-2']);
      expect(all.messages![1]).toMatchObject({ thread_ts: parent, parent_user_id: 'U0000SRMB' });
      const first = await client.conversations.replies({ channel: 'C0THREAD1', ts: parent!, limit: 2 });
      expect(first.messages!.map((m) => m.ts)).toEqual([parent, replies[0], replies[1]]);
      expect(first.has_more).toBe(true);
      expect(first.messages!.every((m) => m.metadata === undefined)).toBe(true);
      const second = await client.conversations.replies({ channel: 'C0THREAD1', ts: parent!, limit: 2, cursor: first.response_metadata!.next_cursor! });
      expect(second.messages!.map((m) => m.ts)).toEqual([replies[2]]);
      expect(second.has_more).toBe(false);
      const later = await client.conversations.replies({ channel: 'C0THREAD1', ts: replies[1]!, oldest: replies[0] });
      expect(later.messages!.map((m) => m.ts)).toEqual([parent, replies[1], replies[2]]);
      await expect(client.conversations.replies({ channel: 'C0THREAD1', ts: '1.000001' })).rejects.toMatchObject({ data: { error: 'thread_not_found' } });
    });

    it('answers missing_scope without the history scope of the channel\'s kind, when told the token\'s scopes', async () => {
      const scoped = await startSlackApi({ scopes: ['chat:write', 'channels:history'] });
      try {
        const c = new WebClient('xoxb-test-token', { slackApiUrl: scoped.url, retryConfig: { retries: 0 } });
        expect((await c.conversations.history({ channel: 'C0PUBLIC1' })).ok).toBe(true);
        await expect(c.conversations.history({ channel: 'G0PRIVATE1' })).rejects.toMatchObject({ data: { error: 'missing_scope', needed: 'groups:history', provided: 'chat:write,channels:history' } });
      } finally {
        await scoped.close();
      }
    });

    it('chat.update keeps a message\'s metadata unless it sends new metadata', async () => {
      const posted = await client.chat.postMessage({ channel: 'C0UPDMETA', text: 'v1', metadata: meta('k') } as never);
      await client.chat.update({ channel: 'C0UPDMETA', ts: posted.ts!, text: 'v2' });
      expect(api.messages.get(`C0UPDMETA:${posted.ts}`)?.metadata).toEqual(meta('k'));
      await expect(client.chat.postMessage({ channel: 'C0UPDMETA', text: 'x', metadata: { event_type: 'no spaces allowed', event_payload: {} } } as never)).rejects.toMatchObject({ data: { error: 'invalid_metadata_format' } });
    });
  });
});
