import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { asEventAlert, buildEventAlert, ruleAlerts, withRules } from '../../src/router/event-alert.js';
import { routedAlertSchema } from '../../src/router/alert-schema.js';
import { applyEventSuppressions, routeAlert } from '../../src/router/route.js';
import { snoozeResource } from '../../src/router/snooze.js';
import { makeAlert } from './harness.js';

const base = makeAlert({ rule: 'cloudtrail-iam-policy-changes', severity: 'medium', area: 'iam', controls: ['CloudWatch.4'], attack: ['T1098'], customerAction: 'Review the change.', resource: 'arn:aws:iam::123456789012:user/mallory' });
const admin = { ...base, rule: 'cloudtrail-iam-admin-policy-granted', severity: 'high' as const, controls: ['IAM.1'], attack: ['T1098', 'T1078'], customerAction: 'Remove the admin policy unless approved.', notes: ['Granted *:*'] };
const same = { ...base, rule: 'cloudtrail-other', severity: 'medium' as const, controls: ['CloudWatch.4'], attack: [], customerAction: 'Review the change.' };

describe('event alert', () => {
  it('leads with the highest severity (catalogue order breaks ties), unions controls, ATT&CK and notes', () => {
    const e = buildEventAlert([base, admin, same])!;
    expect(e.rules.map((r) => r.rule)).toEqual(['cloudtrail-iam-admin-policy-granted', 'cloudtrail-iam-policy-changes', 'cloudtrail-other']);
    expect(e).toMatchObject({ rule: 'cloudtrail-iam-admin-policy-granted', severity: 'high', title: admin.title, customerAction: admin.customerAction });
    expect(e.controls).toEqual(['IAM.1', 'CloudWatch.4']);
    expect(e.attack).toEqual(['T1098', 'T1078']);
    expect(e.notes).toEqual(['Granted *:*']);
    expect(buildEventAlert([])).toBeUndefined();
    expect(() => buildEventAlert([base, { ...admin, dedupKey: 'other' }])).toThrow(/different records/);
  });

  it('round-trips through the job payload schema and back to per-rule alerts', () => {
    const e = buildEventAlert([base, admin], [{ id: 'iam-deactivate-access-key', target: { account: '123456789012', region: 'us-east-1', resource: 'k', params: { userName: 'u', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' } } }])!;
    const parsed = routedAlertSchema.parse(JSON.parse(JSON.stringify(e)));
    expect(asEventAlert(parsed)).toEqual(e);
    expect(ruleAlerts(e).map((a) => [a.rule, a.severity, a.eventId])).toEqual([
      ['cloudtrail-iam-admin-policy-granted', 'high', base.eventId],
      ['cloudtrail-iam-policy-changes', 'medium', base.eventId],
    ]);
    // a per-rule alert from an older payload (no attack) is an event of one rule
    const { attack: _attack, ...old } = base;
    expect(asEventAlert(routedAlertSchema.parse(old)).rules).toHaveLength(1);
    expect(withRules(e, [])).toBeUndefined();
  });

  it('suppressions act rule by rule: a suppressed rule leaves, a downgrade may change the lead', () => {
    const e = buildEventAlert([base, admin])!;
    const config = parseConfig({ suppressions: [{ rule: 'cloudtrail-iam-admin-policy-granted', action: 'downgrade', severity: 'low', reason: 'break-glass' }, { rule: 'cloudtrail-other', action: 'suppress', reason: 'noise' }] }, {});
    const v = applyEventSuppressions(buildEventAlert([base, admin, same])!, config.suppressions);
    expect(v.action).toBe('keep');
    if (v.action !== 'keep') return;
    expect(v.alert.rules.map((r) => `${r.rule}:${r.severity}`)).toEqual(['cloudtrail-iam-policy-changes:medium', 'cloudtrail-iam-admin-policy-granted:low']);
    expect(v.suppressed).toEqual([{ rule: 'cloudtrail-other', reason: 'noise' }]);
    // applying it again changes nothing
    const again = applyEventSuppressions(v.alert, config.suppressions);
    expect(again.action === 'keep' && again.alert.rules).toEqual(v.alert.rules);
    const all = parseConfig({ suppressions: [{ rule: ['cloudtrail-iam-admin-policy-granted', 'cloudtrail-iam-policy-changes'], action: 'suppress', reason: 'lab account' }] }, {});
    expect(applyEventSuppressions(e, all.suppressions)).toEqual({ action: 'suppress', reasons: ['lab account', 'lab account'] });
  });

  it('routes by any of its rules and areas, and by its highest severity', () => {
    const e = buildEventAlert([base, { ...admin, area: 'root-account' }])!;
    const config = parseConfig(
      {
        defaultChannel: 'C0DEFAULT1',
        routes: [
          { match: { rule: 'cloudtrail-iam-policy-changes', minSeverity: 'critical' }, channel: 'C0NEVER001' },
          { match: { area: 'iam' }, channel: 'C0IAM00001' },
        ],
      },
      {},
    );
    expect(routeAlert(e, config)).toBe('C0IAM00001');
  });

  it('a snooze is keyed by the rule and the resource it names, else the actor, else the account', () => {
    expect(snoozeResource(base)).toBe('arn:aws:iam::123456789012:user/mallory');
    expect(snoozeResource({ ...base, resource: null })).toBe(base.actor);
    expect(snoozeResource({ ...base, resource: null, actor: null })).toBe('123456789012');
  });
});
