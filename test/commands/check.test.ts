import { describe, expect, it } from 'vitest';
import { check, parseCheckText } from '../../commands/check.js';
import type { ChecksPort, StartRunRequest } from '../../src/checks/check-runs.js';
import { defineCheck, pass, type Check } from '../../src/checks/define-check.js';
import type { RenderedMessage } from '../../src/checks/progress.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import type { CommandContext, CommandReply } from '../../src/slack/define-command.js';

function fakeCheck(id: string, area: Check['area']): Check {
  return defineCheck({
    id, title: id, area, owner: 'customer', severity: 'high', controls: [], why: 'w', remediation: 'r', permissions: [], scope: 'global',
    async collect() {
      return null;
    },
    evaluate: (_s, ctx) => [pass(ctx.account, 'ok')],
  }) as Check;
}

const catalogue = [fakeCheck('iam-root-mfa-enabled', 'root-account'), fakeCheck('iam-password-policy', 'iam'), fakeCheck('cloudtrail-multi-region-logging', 'api-logging')];
const accounts = [
  { key: '123456789012', name: 'Prod', regions: ['us-east-1'] },
  { key: '210987654321', name: 'dev', regions: ['us-east-1', 'eu-west-1'] },
];
const known = { catalogue, accounts };

describe('parseCheckText', () => {
  it('defaults to all checks in every account', () => {
    expect(parseCheckText('', known)).toEqual({ selectors: ['all'] });
    expect(parseCheckText('   all  ', known)).toEqual({ selectors: ['all'] });
  });

  it('reads check ids, areas, an account by id or name, and a region', () => {
    expect(parseCheckText('iam-root-mfa-enabled api-logging prod eu-west-1', known)).toEqual({
      selectors: ['iam-root-mfa-enabled', 'api-logging'],
      accounts: ['123456789012'],
      regions: ['eu-west-1'],
    });
    expect(parseCheckText('root-account 210987654321 global', known)).toEqual({ selectors: ['root-account'], accounts: ['210987654321'], regions: ['global'] });
  });

  it('says what is wrong with an unknown word, with a suggestion', () => {
    expect(() => parseCheckText('iam-root-mfa-enabeld', known)).toThrow(/did you mean iam-root-mfa-enabled/);
    expect(() => parseCheckText('all 999999999999', known)).toThrow(/account 999999999999 is not configured; configured: Prod \(123456789012\), dev \(210987654321\)/);
    expect(() => parseCheckText('all <script>', known)).toThrow(UsageError);
    expect(() => parseCheckText(Array.from({ length: 70 }, () => 'all').join(' '), known)).toThrow(/too many/);
  });
});

function fakePort(delivery: 'message' | 'respond') {
  const started: StartRunRequest[] = [];
  const final: RenderedMessage = { text: 'Check results: All checks pass', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'All checks pass' } }] };
  const port: ChecksPort = {
    catalogue: () => catalogue,
    accounts: () => accounts,
    async start(request) {
      started.push(request);
      return { runId: 'r-1', total: 3, checks: 3, accounts: 1, delivery, progress: { text: 'Running 3 checks in 1 account… 0 of 3 done', blocks: [] } };
    },
    async waitForResults() {
      return final;
    },
  };
  return { port, started, final };
}

function context(port: ChecksPort | undefined, text: string) {
  const responded: CommandReply[] = [];
  const ctx: CommandContext = {
    input: { text, userId: 'U0123ABCD', channelId: 'C0123ABCD' },
    deps: { logger: silentLogger(), ...(port ? { checks: port } : {}) },
    logger: silentLogger(),
    respond: async (reply) => {
      responded.push(reply);
    },
  };
  return { ctx, responded };
}

describe('/srm check', () => {
  it('starts one run of the parsed selection in the invoking channel and leaves the answer to that message', async () => {
    const { port, started } = fakePort('message');
    const { ctx, responded } = context(port, 'iam dev');
    const reply = await check.handle(ctx);
    expect(reply).toBeUndefined();
    expect(responded).toEqual([]);
    expect(started).toEqual([{ selection: { selectors: ['iam'], accounts: ['210987654321'] }, requestedBy: 'U0123ABCD', channel: 'C0123ABCD' }]);
  });

  it('answers the user directly when the bot cannot post in the channel', async () => {
    const { port, final } = fakePort('respond');
    const { ctx, responded } = context(port, '');
    const reply = await check.handle(ctx);
    expect(responded[0]!.text).toBe('Running 3 checks in 1 account… 0 of 3 done');
    expect(reply?.text).toBe(final.text);
    expect(reply?.responseType).toBe('ephemeral');
  });

  it('says checks cannot run without the checks port', async () => {
    const { ctx } = context(undefined, '');
    const reply = await check.handle(ctx);
    expect(reply?.text).toMatch(/no job queue/);
  });

  it('rejects bad arguments before starting anything', async () => {
    const { port, started } = fakePort('message');
    const { ctx } = context(port, 'nonsense-check');
    await expect(check.handle(ctx)).rejects.toThrow(UsageError);
    expect(started).toEqual([]);
  });
});
