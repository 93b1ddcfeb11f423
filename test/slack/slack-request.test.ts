import { verifySlackRequest } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testSigningSecret, type RunningTestApp } from '../helpers/slack-app.js';
import { appHomeOpened, blockAction, eventCallback, forge, sendSigned, sign, slashCommand, staleTimestamp, viewSubmission } from '../helpers/slack-request.js';

const verify = (req: { body: string; headers: Record<string, string> }) =>
  verifySlackRequest({
    signingSecret: testSigningSecret,
    body: req.body,
    headers: {
      'x-slack-signature': req.headers['x-slack-signature'] ?? '',
      'x-slack-request-timestamp': Number(req.headers['x-slack-request-timestamp']),
    },
  });

describe('signed Slack requests (test helper)', () => {
  it("signs requests that Bolt's own verifier accepts", () => {
    expect(() => verify(slashCommand({ text: 'help', responseUrl: 'http://127.0.0.1/response/1' }, testSigningSecret))).not.toThrow();
    expect(() => verify(blockAction({ actionId: 'a', value: 'v' }, testSigningSecret))).not.toThrow();
    expect(() => verify(viewSubmission({ callbackId: 'cb' }, testSigningSecret))).not.toThrow();
    expect(() => verify(appHomeOpened('U1', testSigningSecret))).not.toThrow();
  });

  it('forges and stale-signs requests that the verifier rejects', () => {
    expect(() => verify(forge(slashCommand({ text: 'help', responseUrl: 'http://x' }, testSigningSecret)))).toThrow(/signature/i);
    expect(() => verify(slashCommand({ text: 'help', responseUrl: 'http://x' }, testSigningSecret, { timestamp: staleTimestamp() }))).toThrow(/stale|timestamp|old/i);
  });

  it('builds payloads in the documented shapes', () => {
    const command = new URLSearchParams(slashCommand({ text: 'who x', responseUrl: 'http://r', userId: 'U9', channelId: 'C9' }, 's').body);
    expect(Object.fromEntries(command)).toMatchObject({ command: '/srm', text: 'who x', user_id: 'U9', channel_id: 'C9', response_url: 'http://r' });
    expect(command.get('trigger_id')).toMatch(/^\d+\.\d+\.[0-9a-f]{32}$/);
    const action = JSON.parse(new URLSearchParams(blockAction({ actionId: 'act', value: 'v', messageTs: '1.2' }, 's').body).get('payload') ?? '{}');
    expect(action).toMatchObject({ type: 'block_actions', container: { message_ts: '1.2', is_ephemeral: false }, actions: [{ action_id: 'act', value: 'v', type: 'button' }] });
    const view = JSON.parse(new URLSearchParams(viewSubmission({ callbackId: 'cb', values: { b: { a: { type: 'plain_text_input', value: 'why' } } } }, 's').body).get('payload') ?? '{}');
    expect(view).toMatchObject({ type: 'view_submission', view: { callback_id: 'cb', state: { values: { b: { a: { value: 'why' } } } } } });
    const event = JSON.parse(eventCallback({ type: 'app_home_opened', user: 'U1', tab: 'home' }, 's').body);
    expect(event).toMatchObject({ type: 'event_callback', event: { type: 'app_home_opened', user: 'U1' } });
  });
});

describe('the app receives each kind of signed request', () => {
  let t: RunningTestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('acks an Events API delivery (app_home_opened) with 200', async () => {
    const res = await sendSigned(t.baseUrl, appHomeOpened('U0000USER1', testSigningSecret));
    expect(res.status).toBe(200);
  });

  it('answers a url_verification challenge', async () => {
    const res = await sendSigned(t.baseUrl, sign(JSON.stringify({ type: 'url_verification', token: 't', challenge: 'c-123' }), 'application/json', testSigningSecret));
    expect(res.status).toBe(200);
    expect(res.text).toContain('c-123');
  });
});
