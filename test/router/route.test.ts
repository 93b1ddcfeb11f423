import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { applySuppressions, globMatches, routeAlert } from '../../src/router/route.js';
import { makeAlert } from './harness.js';

const config = parseConfig(
  {
    defaultChannel: 'C0DEFAULT1',
    routes: [
      { match: { source: 'guardduty', minSeverity: 'high' }, channel: 'C0GDHIGH01' },
      { match: { rule: ['cloudtrail-root-console-login', 'cloudtrail-root-account-usage'] }, channel: 'C0ROOT0001' },
      { match: { area: 'security-groups', account: '123456789012' }, channel: 'C0NETWORK1' },
      { match: { severity: 'critical' }, channel: 'C0CRIT0001' },
    ],
    suppressions: [
      { rule: 'cloudtrail-iam-user-created', actor: 'arn:aws:sts::123456789012:assumed-role/terraform/*', action: 'suppress', reason: 'IaC pipeline' },
      { account: '210987654321', action: 'downgrade', severity: 'low', reason: 'sandbox account' },
    ],
  },
  {},
  'test',
);

describe('routeAlert', () => {
  it('takes the first route that matches', () => {
    expect(routeAlert(makeAlert({ rule: 'cloudtrail-root-console-login', severity: 'critical' }), config)).toBe('C0ROOT0001');
    expect(routeAlert(makeAlert({ rule: 'x', severity: 'critical', area: 'iam' }), config)).toBe('C0CRIT0001');
  });

  it('honours minSeverity and source together', () => {
    expect(routeAlert(makeAlert({ source: 'guardduty', rule: 'guardduty-finding', severity: 'high' }), config)).toBe('C0GDHIGH01');
    expect(routeAlert(makeAlert({ source: 'guardduty', rule: 'guardduty-finding', severity: 'medium', area: 'threat-detection' }), config)).toBe('C0DEFAULT1');
  });

  it('needs every field of a match (area and account)', () => {
    expect(routeAlert(makeAlert({ rule: 'r', area: 'security-groups', severity: 'low' }), config)).toBe('C0NETWORK1');
    expect(routeAlert(makeAlert({ rule: 'r', area: 'security-groups', account: '210987654321', severity: 'low' }), config)).toBe('C0DEFAULT1');
    expect(routeAlert(makeAlert({ rule: 'r', area: 'security-groups', account: null, severity: 'low' }), config)).toBe('C0DEFAULT1');
  });

  it('falls back to the default channel, or undefined without one', () => {
    const none = parseConfig({}, {}, 'test');
    expect(routeAlert(makeAlert({ rule: 'r', severity: 'low', area: 'iam' }), none)).toBeUndefined();
  });
});

describe('applySuppressions', () => {
  it('suppresses by rule and actor pattern', () => {
    const v = applySuppressions(
      makeAlert({ rule: 'cloudtrail-iam-user-created', actor: 'arn:aws:sts::123456789012:assumed-role/terraform/ci-run-42' }),
      config.suppressions,
    );
    expect(v).toEqual({ action: 'suppress', reason: 'IaC pipeline' });
    const kept = applySuppressions(makeAlert({ rule: 'cloudtrail-iam-user-created', actor: 'arn:aws:iam::123456789012:user/alice' }), config.suppressions);
    expect(kept.action).toBe('keep');
  });

  it('downgrades but never raises severity', () => {
    const high = applySuppressions(makeAlert({ account: '210987654321', severity: 'high' }), config.suppressions);
    expect(high.action === 'downgrade' && high.alert.severity).toBe('low');
    const info = applySuppressions(makeAlert({ account: '210987654321', severity: 'info' }), config.suppressions);
    expect(info.action === 'downgrade' && info.alert.severity).toBe('info');
  });

  it('matches globs literally apart from *', () => {
    expect(globMatches('arn:aws:iam::*:role/a.b', 'arn:aws:iam::123456789012:role/a.b')).toBe(true);
    expect(globMatches('arn:aws:iam::*:role/a.b', 'arn:aws:iam::123456789012:role/aXb')).toBe(false);
  });
});
