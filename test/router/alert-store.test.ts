import { describe, expect, it } from 'vitest';
import { getStoredAlert, listOpenAlerts, recentAlertsKept, recordPostedAlert } from '../../src/router/alert-store.js';
import { routerKeys } from '../../src/router/keys.js';
import { useTestRedis } from '../helpers/redis.js';
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

  it('keeps one record per rule for an event that fires two rules', async () => {
    const scope = { redis, prefix };
    const a = makeAlert({ rule: 'cloudtrail-root-console-login' });
    const b = { ...a, rule: 'cloudtrail-root-account-usage' };
    await recordPostedAlert(scope, { alert: a, channel: 'C1', ts: '1.000001', permalink: null });
    await recordPostedAlert(scope, { alert: b, channel: 'C1', ts: '1.000002', permalink: null });
    const open = await listOpenAlerts(scope, 2);
    expect(open.map((o) => o.alert.rule)).toEqual(['cloudtrail-root-account-usage', 'cloudtrail-root-console-login']);
  });
});
