import { describe, expect, it } from 'vitest';
import { acknowledgeAlert, assignAlert, getStoredAlert, listOpenAlerts, markLinked, markRemediation, recentAlertsKept, recordPostedAlert } from '../../src/router/alert-store.js';
import { buildEventAlert } from '../../src/router/event-alert.js';
import { alertRef, routerKeys } from '../../src/router/keys.js';
import { cleanupPrefix, useTestRedis } from '../helpers/redis.js';
import { makeAlert } from './harness.js';

const { redis, prefix } = useTestRedis(import.meta.url);

describe('alert store', () => {
  it('keeps the last 500 posted alerts, newest first, all open', async () => {
    const scope = { redis, prefix };
    const alerts = Array.from({ length: recentAlertsKept + 7 }, () => makeAlert());
    for (const [i, alert] of alerts.entries()) {
      await recordPostedAlert(scope, { alert, channel: 'C0ALERTS1', ts: `1795451734.${String(i).padStart(6, '0')}`, permalink: null });
    }
    const open = await listOpenAlerts(scope, 3);
    expect(open.map((o) => o.alert.eventId)).toEqual(alerts.slice(-3).reverse().map((a) => a.eventId));
    expect(open.every((o) => o.state === 'open')).toBe(true);
    expect(await redis.llen(routerKeys(prefix).recent())).toBe(recentAlertsKept);
    expect(await listOpenAlerts(scope, 1000)).toHaveLength(recentAlertsKept);
    // the oldest ones are gone, records and all
    expect(await getStoredAlert(scope, alerts[0]!)).toBeUndefined();
    expect(await getStoredAlert(scope, alerts[alerts.length - 1]!)).toMatchObject({ channel: 'C0ALERTS1', state: 'open' });
  });

  it('keeps one record per event, whatever rules it matched', async () => {
    const scope = { redis, prefix: `${prefix}-event` };
    const a = makeAlert({ rule: 'cloudtrail-root-console-login' });
    const event = buildEventAlert([a, { ...a, rule: 'cloudtrail-root-account-usage', severity: 'medium' }])!;
    const ref = await recordPostedAlert(scope, { alert: event, channel: 'C1', ts: '1.000001', permalink: null });
    expect(ref).toBe(alertRef(a));
    const open = await listOpenAlerts(scope, 10);
    expect(open).toHaveLength(1);
    expect(open[0]!.alert.rules.map((r) => r.rule)).toEqual(['cloudtrail-root-console-login', 'cloudtrail-root-account-usage']);
    await cleanupPrefix(redis, scope.prefix);
  });

  it('keeps what people did with an alert: the first acknowledgement wins, and a remediated alert is closed', async () => {
    const scope = { redis, prefix: `${prefix}-life` };
    const older = makeAlert();
    const newer = makeAlert();
    const r1 = await recordPostedAlert(scope, { alert: older, channel: 'C1', ts: '1.000001', permalink: null, postedAt: '2026-11-23T10:00:00.000Z' });
    const r2 = await recordPostedAlert(scope, { alert: newer, channel: 'C1', ts: '1.000002', permalink: null, postedAt: '2026-11-23T11:00:00.000Z' });
    expect(await acknowledgeAlert(scope, r2, { by: 'U0000ALICE', at: '2026-11-23T11:05:00.000Z' })).toEqual({ outcome: 'set' });
    expect(await acknowledgeAlert(scope, r2, { by: 'U0000BOB01', at: '2026-11-23T11:06:00.000Z' })).toMatchObject({ outcome: 'exists', by: { by: 'U0000ALICE' } });
    expect(await assignAlert(scope, r2, { to: 'U0000BOB01', by: 'U0000ALICE', at: '2026-11-23T11:07:00.000Z' })).toBe('set');
    // unacknowledged first, even though older
    let open = await listOpenAlerts(scope, 10);
    expect(open.map((o) => o.ref)).toEqual([r1, r2]);
    expect(open[1]!.life).toMatchObject({ acknowledged: { by: 'U0000ALICE' }, assigned: { to: 'U0000BOB01' } });
    await markRemediation(scope, r1, {
      requestId: 'rq-1', remediationId: 'x', title: 't', call: 'iam:UpdateAccessKey', resource: 'r', state: 'succeeded', approval: 'single', requestedBy: 'U0000ALICE', requestedAt: '2026-11-23T11:08:00.000Z',
    });
    open = await listOpenAlerts(scope, 10);
    expect(open.map((o) => o.ref)).toEqual([r2]);
    expect((await getStoredAlert(scope, r1))?.state).toBe('closed');
    // an alert that is not (or no longer) kept gets no lifecycle keys
    expect(await acknowledgeAlert(scope, 'ffffffffffffffffffffffff', { by: 'U0000ALICE', at: 'now' })).toEqual({ outcome: 'gone' });
    expect(await redis.exists(routerKeys(scope.prefix).alertLife('ffffffffffffffffffffffff'))).toBe(0);
    await cleanupPrefix(redis, scope.prefix);
  });

  it("counts the other source's alerts about its principal: the count only grows, the severity shown is the highest", async () => {
    const scope = { redis, prefix: `${prefix}-linked` };
    const alert = makeAlert();
    const ref = await recordPostedAlert(scope, { alert, channel: 'C1', ts: '1.000001', permalink: null });
    const principal = '123456789012:user/alice';
    await markLinked(scope, ref, { count: 2, source: 'guardduty', principal, severity: 'critical' });
    await markLinked(scope, ref, { count: 1, source: 'guardduty', principal, severity: 'low' });
    expect((await getStoredAlert(scope, ref))!.life.linked).toEqual({ count: 2, source: 'guardduty', principal, severity: 'critical' });
    // an alert no longer kept gets no lifecycle record
    await markLinked(scope, '0123456789abcdef01234567', { count: 1, source: 'guardduty', principal, severity: 'low' });
    expect(await redis.exists(routerKeys(scope.prefix).alertLife('0123456789abcdef01234567'))).toBe(0);
    await cleanupPrefix(redis, scope.prefix);
  });
});
