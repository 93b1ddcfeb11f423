import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { UsageError } from '../src/errors.js';
import { validateMessage } from '../src/slack/block-limits.js';
import { defineCommand } from '../src/slack/define-command.js';
import { actionIds } from '../src/slack/ids.js';
import { startTestApp, testSigningSecret, type RunningTestApp } from './helpers/slack-app.js';
import { blockAction, forge, sendSigned, slashCommand, staleTimestamp, testChannelId, testUserId } from './helpers/slack-request.js';

interface Reply {
  response_type?: string;
  text?: string;
  blocks?: { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[];
}

function replyOf(t: RunningTestApp, index: number): Reply {
  return (t.slack.responses[index]?.body ?? {}) as Reply;
}

function allText(reply: Reply): string {
  return JSON.stringify(reply.blocks ?? []);
}

const boom = defineCommand({
  name: 'boom',
  usage: 'boom',
  summary: 'Always fails (test only).',
  examples: [],
  async handle() {
    throw new Error('secret internal detail');
  },
});

const strict = defineCommand({
  name: 'strict',
  usage: 'strict <n>',
  summary: 'Needs a number (test only).',
  examples: ['strict 3'],
  async handle(ctx) {
    if (!/^\d+$/.test(ctx.input.text)) throw new UsageError('Give a number.');
    await ctx.respond({ text: 'working…', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'working…' } }] });
    return { text: `got ${ctx.input.text}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `got ${ctx.input.text} from <@${ctx.input.userId}>` } }] };
  },
});

/** Answers in its ack, like who and help (test only). */
const quick = defineCommand({
  name: 'quick',
  usage: 'quick <n>',
  summary: 'Answers in the ack (test only).',
  examples: ['quick 3'],
  answerInAck: true,
  async handle(ctx) {
    if (ctx.input.text === 'boom') throw new Error('secret internal detail');
    if (!/^\d+$/.test(ctx.input.text)) throw new UsageError('Give a number.');
    return { text: `quick ${ctx.input.text}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `quick ${ctx.input.text}` } }] };
  },
});

let t: RunningTestApp;

beforeAll(async () => {
  t = await startTestApp({}, { commands: [...commands, boom, strict, quick] });
});

afterAll(async () => {
  expect(t.slack.violations).toEqual([]);
  await t.stop();
});

async function command(text: string, id: string): Promise<{ status: number; reply: () => Reply; count: () => number }> {
  const before = t.slack.responses.length;
  const res = await sendSigned(t.baseUrl, slashCommand({ text, responseUrl: t.slack.responseUrl(id) }, testSigningSecret));
  return { status: res.status, reply: () => replyOf(t, before), count: () => t.slack.responses.length - before };
}

/** A command answered in its ack: the HTTP response is the reply, and nothing goes to the response_url. */
async function acked(text: string, id: string): Promise<Reply> {
  const res = await sendSigned(t.baseUrl, slashCommand({ text, responseUrl: t.slack.responseUrl(id) }, testSigningSecret));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/json/);
  const reply = JSON.parse(res.text) as Reply;
  expect(validateMessage(reply)).toEqual([]);
  expect(t.slack.responsesTo(id)).toHaveLength(0);
  return reply;
}

describe('the Bolt app over HTTP', () => {
  it('answers /srm help in the ack, listing every registered subcommand', async () => {
    const reply = await acked('help', 'help');
    expect(reply.response_type).toBe('ephemeral');
    // usage is escaped for mrkdwn (`<question>` would otherwise be parsed as a Slack link)
    for (const c of commands) expect(allText(reply)).toContain(`/srm ${c.usage}`.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('answers /srm with no text with help, in the ack', async () => {
    expect(allText(await acked('', 'empty'))).toContain('/srm help');
  });

  it('answers an unknown subcommand with help and a "did you mean", in the ack', async () => {
    const reply = await acked('hlep me', 'typo');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('There is no `/srm hlep`');
    expect(reply.text).toContain('Did you mean `/srm help`?');
  });

  it('answers text longer than Slack sends with a usage hint in the ack', async () => {
    expect((await acked(`who ${'x'.repeat(4001)}`, 'overlong')).text).toMatch(/too long/);
  });

  it('answers /srm who in the ack with the owner, what to do and a share button', async () => {
    const reply = await acked('who patches the database engine on rds', 'who');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.blocks?.[0]?.type).toBe('header');
    expect(reply.blocks?.[0]?.text?.text).toMatch(/^(AWS|Customer|Shared)/);
    const actions = reply.blocks?.find((b) => b.type === 'actions');
    expect(actions?.elements?.[0]?.action_id).toBe(actionIds.shareWhoAnswer);
    expect(actions?.elements?.[0]?.value).toBe('patches the database engine on rds');
  });

  it('shares a who answer in the channel as the bot when the button is pressed', async () => {
    const before = t.slack.callsTo('chat.postMessage').length;
    const res = await sendSigned(
      t.baseUrl,
      blockAction({ actionId: actionIds.shareWhoAnswer, value: 'who patches the database engine on rds', responseUrl: t.slack.responseUrl('share') }, testSigningSecret),
    );
    expect(res.status).toBe(200);
    await t.slack.waitFor(() => t.slack.callsTo('chat.postMessage').length > before);
    const post = t.slack.callsTo('chat.postMessage').at(-1);
    expect(post?.status).toBe(200);
    expect(post?.body.channel).toBe(testChannelId);
    expect(post?.headers.authorization).toBe('Bearer xoxb-test-token');
    const blocks = JSON.stringify(post?.body.blocks);
    expect(blocks).toContain(`<@${testUserId}> asked`);
    expect(blocks).not.toContain(actionIds.shareWhoAnswer);
  });

  it('tells the user when the bot may not post in the channel', async () => {
    t.slack.failNext('chat.postMessage', { error: 'not_in_channel' });
    const before = t.slack.responses.length;
    await sendSigned(t.baseUrl, blockAction({ actionId: actionIds.shareWhoAnswer, value: 'who owns mfa on iam', responseUrl: t.slack.responseUrl('share-denied') }, testSigningSecret));
    await t.slack.waitFor(() => t.slack.responses.length > before);
    expect(String(replyOf(t, before).text)).toContain('/invite @srm');
  });

  it('answers in the ack for a command that says so; its usage errors and failures too', async () => {
    expect((await acked('quick 7', 'quick')).text).toBe('quick 7');
    expect((await acked('quick many', 'quick-usage')).text).toBe('Give a number. Usage: /srm quick <n>');
    const failed = await acked('quick boom', 'quick-boom');
    expect(failed.response_type).toBe('ephemeral');
    expect(failed.text).toMatch(/went wrong/);
    expect(JSON.stringify(failed)).not.toContain('secret internal detail');
  });

  it('acks a slow command empty and answers it at the response_url', async () => {
    const before = t.slack.responses.length;
    const res = await sendSigned(t.baseUrl, slashCommand({ text: 'strict 5', responseUrl: t.slack.responseUrl('empty-ack') }, testSigningSecret));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    await t.slack.waitFor(() => t.slack.responses.length - before >= 2);
    expect(t.slack.responsesTo('empty-ack').at(-1)?.body.text).toBe('got 5');
    expect(t.slack.responsesTo('empty-ack').at(-1)?.headers['content-type']).toMatch(/json/);
  });

  it('sends progress through respond, then the returned reply', async () => {
    const sent = await command('strict 42', 'strict');
    await t.slack.waitFor(() => sent.count() >= 2);
    expect(t.slack.responses.at(-2)?.body.text).toBe('working…');
    expect(t.slack.responses.at(-1)?.body.text).toBe('got 42');
  });

  it('turns a usage error into a usage hint', async () => {
    const sent = await command('strict many', 'usage');
    await t.slack.waitFor(() => sent.count() >= 1);
    expect(sent.reply().text).toBe('Give a number. Usage: /srm strict <n>');
  });

  it('turns a failing command into one friendly ephemeral error without internals', async () => {
    const sent = await command('boom', 'boom');
    expect(sent.status).toBe(200);
    await t.slack.waitFor(() => sent.count() >= 1);
    const reply = sent.reply();
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toMatch(/went wrong/);
    expect(JSON.stringify(reply)).not.toContain('secret internal detail');
    expect(sent.count()).toBe(1);
  });

  it('rejects a forged signature with 401 and answers nothing', async () => {
    const callsBefore = t.slack.calls.length;
    const responsesBefore = t.slack.responses.length;
    // a command answered at the response_url (help would answer in the ack, which a 401 does not carry)
    const res = await sendSigned(t.baseUrl, forge(slashCommand({ text: 'strict 1', responseUrl: t.slack.responseUrl('forged') }, testSigningSecret)));
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    // a signed request sent afterwards is answered, so a forged one would have been by now
    const ok = await command('strict 2', 'after-forged');
    await t.slack.waitFor(() => ok.count() >= 2);
    expect(t.slack.responsesTo('forged')).toHaveLength(0);
    expect(t.slack.responsesTo('after-forged')).toHaveLength(2);
    expect(t.slack.calls.slice(callsBefore).filter((c) => c.method !== 'auth.test')).toHaveLength(0);
    expect(t.slack.responses.length).toBe(responsesBefore + 2);
  });

  it('rejects a stale signature (replay) with 401 and answers nothing', async () => {
    const responsesBefore = t.slack.responses.length;
    const stale = slashCommand({ text: 'strict 1', responseUrl: t.slack.responseUrl('stale') }, testSigningSecret, { timestamp: staleTimestamp() });
    const res = await sendSigned(t.baseUrl, stale);
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    const ok = await command('strict 2', 'after-stale');
    await t.slack.waitFor(() => ok.count() >= 2);
    expect(t.slack.responsesTo('stale')).toHaveLength(0);
    expect(t.slack.responses.length).toBe(responsesBefore + 2);
  });

  it('rejects an unsigned request with 401', async () => {
    const res = await fetch(`${t.baseUrl}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'command=%2Fsrm&text=help' });
    expect(res.status).toBe(401);
  });

  it('answers /srm before Bolt runs any other listener for it (registered last so no other test sees it)', async () => {
    let seen = 0;
    t.app.command('/srm', async ({ ack }) => {
      seen++;
      await ack();
    });
    const reply = await acked('who patches the database engine on rds', 'early-dispatch');
    expect(reply.blocks?.[0]?.type).toBe('header');
    expect(seen).toBe(0);
  });
});

describe('buildApp', () => {
  it('wires Socket Mode without an HTTP receiver when an app token is given, and starts nothing', async () => {
    const { buildApp } = await import('../src/app.js');
    const { silentLogger } = await import('../src/logger.js');
    const built = buildApp({ logger: silentLogger() }, { signingSecret: '', botToken: 'xoxb-test', appToken: 'xapp-1-A0-1-test', slackApiUrl: t.slack.url });
    expect(built.receiver).toBeUndefined();
    expect(built.app.client.slackApiUrl).toBe(t.slack.url);
  });

  it('points the Web API client at SLACK_API_URL in HTTP mode', () => {
    expect(t.app.client.slackApiUrl).toBe(t.slack.url);
    expect(t.receiver).toBeDefined();
  });
});
