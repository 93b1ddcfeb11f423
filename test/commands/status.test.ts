import { describe, expect, it } from 'vitest';
import { renderStatus, status } from '../../commands/status.js';
import { silentLogger } from '../../src/logger.js';
import type { StatusPort, StatusSnapshot } from '../../src/router/status.js';
import type { CommandContext } from '../../src/slack/define-command.js';
import { validateMessage } from '../../src/slack/block-limits.js';
import { UsageError } from '../../src/errors.js';

const at = '2026-11-23T10:00:00.000Z';
const snapshot: StatusSnapshot = {
  at,
  queues: [
    { queue: 'ingest', waiting: 3, active: 1, delayed: 0, failed: 0 },
    { queue: 'alerts', waiting: 0, active: 0, delayed: 2, failed: 1 },
  ],
  polls: [
    { source: 'cloudtrail', account: '123456789012', region: 'us-east-1', lastSuccessAt: '2026-11-23T09:59:30.000Z', lagSeconds: 42, consecutiveErrors: 0 },
    { source: 'guardduty', account: '123456789012', region: 'eu-west-1', lastErrorAt: at, lastError: 'AccessDeniedException: <!channel> denied', consecutiveErrors: 3 },
  ],
  failedPosts: {
    count: 7,
    first: [{ id: 'f1', job: 'post-alert', data: {}, channel: 'C0ALERTS1', what: 'Root user signed in *now*', error: 'chat.postMessage failed: channel_not_found', failedAt: '2026-11-23T09:55:00.000Z', retries: 0 }],
  },
  router: { published: 10, posted: 5, threaded: 1, digested: 3, suppressed: 0, snoozed: 2, unrouted: 0, digests: 1, failed: 1 },
  snoozes: [{ rule: 'cloudtrail-root-console-login', resource: 'arn:aws:iam::123456789012:root', by: 'U0000ALICE', at: '2026-11-23T09:00:00.000Z', until: '2026-11-24T09:00:00.000Z', alertRef: '0123456789abcdef01234567', quieted: 4 }],
};

function ctx(text: string, port?: StatusPort): CommandContext {
  return {
    input: { text, userId: 'U0000USER1', channelId: 'C0000CHAN1' },
    deps: { logger: silentLogger(), ...(port ? { status: port } : {}) },
    logger: silentLogger(),
    respond: async () => undefined,
  };
}

describe('/srm status', () => {
  it('shows queue depths, polls with lag and errors, and failed posts with the retry option', () => {
    const reply = renderStatus(snapshot);
    expect(validateMessage(reply)).toEqual([]);
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain('`ingest`  waiting *3* · active *1* · delayed *0* · failed *0*');
    expect(text).toContain('last success 30 s ago · lag *42 s*');
    expect(text).toContain('3 failed, last: AccessDeniedException: &lt;!channel&gt; denied');
    expect(text).toContain('Failed posts: 7');
    expect(text).toContain('_and 6 more_');
    expect(text).toContain('/srm status retry');
    expect(text).not.toContain('*now*');
  });

  it('shows each SQS queue with its consumer state', () => {
    const sqs = { source: 'sqs' as const, account: '123456789012', region: 'us-east-1', queue: 'srm-events', state: 'paused: ingest queue behind (5200 waiting, resumes below 2500)', holder: 'host:1:ab', lastSuccessAt: '2026-11-23T09:59:58.000Z', lagSeconds: 1, consecutiveErrors: 0 };
    const text = JSON.stringify(renderStatus({ ...snapshot, polls: [sqs] }).blocks);
    expect(text).toContain('sqs 123456789012 us-east-1 srm-events (paused: ingest queue behind (5200 waiting, resumes below 2500)): last success 2 s ago · lag *1 s*');
  });

  it('shows the snoozes in force and how many matches each kept quiet', () => {
    const text = JSON.stringify(renderStatus(snapshot).blocks);
    expect(text).toContain('snoozed *2*');
    expect(text).toContain('1 snooze in force, 4 matches kept quiet');
    expect(text).toContain('`cloudtrail-root-console-login` on arn:aws:iam::123456789012:root');
    expect(text).toContain('by <@U0000ALICE>: 4 kept quiet');
  });

  it('retries failed posts on `status retry`', async () => {
    let retried = 0;
    const port: StatusPort = { snapshot: async () => snapshot, retryFailed: async () => ({ retried: (retried += 7) }) };
    const reply = await status.handle(ctx('retry', port));
    expect(retried).toBe(7);
    expect(reply?.text).toBe('Retrying 7 failed posts.');
  });

  it('says so when no workers run, and rejects other arguments', async () => {
    const reply = await status.handle(ctx(''));
    expect(reply?.text).toMatch(/not available/);
    await expect(status.handle(ctx('bogus', { snapshot: async () => snapshot, retryFailed: async () => ({ retried: 0 }) }))).rejects.toBeInstanceOf(UsageError);
  });
});
