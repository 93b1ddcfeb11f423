import { describe, expect, it } from 'vitest';
import type { LatestEntry } from '../../../src/checks/results-store.js';
import type { CheckSummary } from '../../../src/checks/summary.js';
import type { CheckStatus } from '../../../src/checks/types.js';
import { checklist } from '../../../src/knowledge/checklist.js';
import { areaName } from '../../../src/knowledge/model.js';
import type { StoredAlert } from '../../../src/router/alert-store.js';
import { asEventAlert } from '../../../src/router/event-alert.js';
import type { Alert } from '../../../src/rules/types.js';
import { validateView } from '../../../src/slack/block-limits.js';
import { dutyStatuses, renderHome } from '../../../src/slack/blocks/home.js';

const summary = (id: string, area: string): CheckSummary => ({ id, title: `Title ${id}`, area, owner: 'customer', severity: 'high', controls: [], permissions: [], scope: 'global' });
const catalogue = [summary('iam-root-mfa-enabled', 'root-account'), summary('iam-password-policy', 'iam'), summary('s3-default-encryption', 'encryption-at-rest')];

function entry(check: string, area: string, status: CheckStatus, resource: string, at: string): LatestEntry {
  return {
    result: { check, title: `Title ${check}`, area, owner: 'customer', controls: [], account: '123456789012', region: 'global', resource, status, detail: 'd', severity: 'high' },
    at,
    runId: 'r-1',
  };
}

function alert(title: string, area: string, i: number): StoredAlert {
  const a = { eventId: `e-${i}`, source: 'cloudtrail', rule: 'cloudtrail-root-account-usage', title, severity: 'high', area, controls: [], account: '123456789012', region: 'us-east-1', actor: 'root', sourceIp: '192.0.2.10', time: '2026-11-23T07:00:00Z', eventName: 'ConsoleLogin', summary: 's', customerAction: 'c', notes: [], resource: null, sample: false, dedupKey: `e-${i}` } satisfies Alert;
  return { ref: `${String(i).padStart(24, '0')}`, alert: asEventAlert(a), channel: 'C0123ABCD', ts: `1700000000.00${i}`, permalink: 'https://example.slack.com/archives/C0123ABCD/p1700000000000100', state: 'open', postedAt: '2026-11-23T07:00:05.000Z', life: i % 2 ? {} : { acknowledged: { by: 'U0000ACK01', at: '2026-11-23T07:10:00.000Z' }, assigned: { to: 'U0000OWNER', by: 'U0000ACK01', at: '2026-11-23T07:11:00.000Z' } } };
}

const latest = [
  { target: { checkId: 'iam-root-mfa-enabled', account: '123456789012', region: 'global' }, entries: [entry('iam-root-mfa-enabled', 'root-account', 'fail', '123456789012', '2026-11-23T08:00:00.000Z')] },
  { target: { checkId: 'iam-password-policy', account: '123456789012', region: 'global' }, entries: [entry('iam-password-policy', 'iam', 'pass', '123456789012', '2026-11-23T08:00:01.000Z')] },
];

describe('App Home', () => {
  const input = { checklist, catalogue, latest, openAlerts: [alert('Root user signed in', 'root-account', 1)], areaName };

  it('gives each duty the status of the checks and the alerts behind its areas', () => {
    const statuses = dutyStatuses(input);
    expect(statuses.map((s) => s.duty.id)).toEqual(checklist.map((d) => d.id));
    const detection = statuses.find((s) => s.duty.id === 'account-compromise-detection')!;
    expect(detection.counts).toEqual({ pass: 0, fail: 1, error: 0 });
    expect(detection.failing).toEqual(['Title iam-root-mfa-enabled']);
    expect(detection.alerts).toHaveLength(1);
    const leastAccess = statuses.find((s) => s.duty.id === 'least-access')!;
    expect(leastAccess.counts).toEqual({ pass: 1, fail: 0, error: 0 });
    expect(leastAccess.lastRun).toBe('2026-11-23T08:00:01.000Z');
    const data = statuses.find((s) => s.duty.id === 'sensitive-data')!;
    expect(data.checks).toBe(1);
    expect(data.checksRun).toBe(0);
    const continuity = statuses.find((s) => s.duty.id === 'business-continuity')!;
    expect(continuity.checks).toBe(0);
  });

  it('renders the checklist with statuses and the open alerts as a valid Home view', () => {
    const view = renderHome(input);
    expect(validateView(view)).toEqual([]);
    const all = JSON.stringify(view.blocks);
    expect(all).toContain('Detect account compromise');
    expect(all).toContain(':red_circle: 1 failing');
    expect(all).toContain('not run yet');
    expect(all).toContain('no srm check covers this duty yet');
    expect(all).toContain('Root user signed in');
    expect(all).toContain('Open alerts (1)');
    // who owns it, whether someone acknowledged it, and its age
    expect(all).toContain('*unacknowledged*');
    expect(all).toMatch(/\d+ d old/);
  });

  it('shows who acknowledged and owns an alert', () => {
    const view = renderHome({ ...input, openAlerts: [alert('Root user signed in', 'root-account', 2)], now: new Date('2026-11-23T10:00:05.000Z') });
    const all = JSON.stringify(view.blocks);
    expect(all).toContain('acknowledged by <@U0000ACK01>');
    expect(all).toContain('owner <@U0000OWNER>');
    expect(all).toContain('3 h old');
  });

  it('stays within 100 blocks with many alerts and escapes alert titles', () => {
    const many = Array.from({ length: 200 }, (_, i) => alert(`<!here> alert ${i}`, 'iam', i));
    const view = renderHome({ ...input, openAlerts: many });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(validateView(view)).toEqual([]);
    const all = JSON.stringify(view.blocks);
    expect(all).not.toContain('<!here>');
    expect(all).toContain('more open alerts');
  });
});
