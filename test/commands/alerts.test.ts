import { describe, expect, it } from 'vitest';
import { alertsCommand } from '../../commands/alerts.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import type { StoredAlert } from '../../src/router/alert-store.js';
import { asEventAlert } from '../../src/router/event-alert.js';
import type { AlertsPort } from '../../src/router/lifecycle.js';
import { validateMessage } from '../../src/slack/block-limits.js';
import { renderAlertList } from '../../src/slack/blocks/alert-list.js';
import type { CommandContext } from '../../src/slack/define-command.js';
import { makeAlert } from '../router/harness.js';

const now = new Date('2026-11-23T12:00:00.000Z');

function stored(i: number, life: StoredAlert['life'], postedAt: string): StoredAlert {
  return {
    ref: String(i).padStart(24, '0'),
    alert: asEventAlert(makeAlert({ title: `Alert ${i}` })),
    channel: 'C0ALERTS1',
    ts: `1795000000.00000${i}`,
    permalink: `https://example.slack.com/archives/C0ALERTS1/p179500000000000${i}`,
    state: 'open',
    postedAt,
    life,
  };
}

const alerts = [
  stored(1, {}, '2026-11-23T11:55:00.000Z'),
  stored(2, {}, '2026-11-23T09:00:00.000Z'),
  stored(3, { acknowledged: { by: 'U0000ALICE1', at: '2026-11-23T11:00:00.000Z' }, assigned: { to: 'U0000BOB001', by: 'U0000ALICE1', at: '2026-11-23T11:01:00.000Z' } }, '2026-11-21T12:00:00.000Z'),
];

function ctx(text: string, port?: Partial<AlertsPort>): CommandContext {
  return {
    input: { text, userId: 'U0000USER1', channelId: 'C0000CHAN1' },
    deps: { logger: silentLogger(), ...(port ? { alerts: port as AlertsPort } : {}) },
    logger: silentLogger(),
    respond: async () => undefined,
  };
}

describe('/srm alerts', () => {
  it('lists the open alerts in the order given (unacknowledged first), with owner, age and a link', async () => {
    const reply = await alertsCommand.handle(ctx('', { listOpen: async () => alerts }));
    expect(reply?.responseType).toBe('ephemeral');
    expect(validateMessage(reply!)).toEqual([]);
    const text = JSON.stringify(renderAlertList(alerts, now).blocks);
    expect(text).toContain('3 open alerts, 2 unacknowledged');
    expect(text.indexOf('Alert 1')).toBeLessThan(text.indexOf('Alert 3'));
    expect(text).toContain('5 min old');
    expect(text).toContain('3 h old');
    expect(text).toContain('2 d old');
    expect(text).toContain('acknowledged by <@U0000ALICE1>');
    expect(text).toContain('owner <@U0000BOB001>');
    expect(text).toContain('|view>');
  });

  it('says when there are none, when no workers run, and rejects arguments', async () => {
    expect(JSON.stringify((await alertsCommand.handle(ctx('', { listOpen: async () => [] })))!.blocks)).toContain('No open alerts');
    expect((await alertsCommand.handle(ctx('')))!.text).toMatch(/not available/);
    await expect(alertsCommand.handle(ctx('everything', { listOpen: async () => [] }))).rejects.toBeInstanceOf(UsageError);
  });

  it('stays within Block Kit limits with hundreds of alerts', () => {
    const many = Array.from({ length: 2000 }, (_, i) => stored(i % 10, {}, '2026-11-23T11:00:00.000Z'));
    const message = renderAlertList(many, now);
    expect(validateMessage(message)).toEqual([]);
    expect(JSON.stringify(message.blocks.at(-1)).includes('more')).toBe(true);
  });
});
