import type { RouteConfig, SrmConfig, SuppressionConfig } from '../config.js';
import { severityRank, type Alert } from '../rules/types.js';
import { ruleAlerts, ruleMatchOf, withRules, type EventAlert, type RuleMatch } from './event-alert.js';

export type RoutingConfig = Pick<SrmConfig, 'defaultChannel' | 'routes' | 'suppressions'>;

function matches(value: string | null, wanted: readonly string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return value !== null && wanted.includes(value);
}

function anyMatches(values: readonly string[], wanted: readonly string[] | undefined): boolean {
  return wanted === undefined || values.some((v) => wanted.includes(v));
}

/**
 * Every field a route's `match` sets must match; a list matches any of its
 * values. An event alert matches `rule` and `area` when any of its rules
 * does; `severity` is the event's (its highest).
 */
export function routeMatches(alert: Alert | EventAlert, route: RouteConfig): boolean {
  const m = route.match;
  const rules = 'rules' in alert && alert.rules?.length ? alert.rules : [alert];
  return (
    matches(alert.source, m.source) &&
    anyMatches(rules.map((r) => r.rule), m.rule) &&
    matches(alert.severity, m.severity) &&
    (m.minSeverity === undefined || severityRank(alert.severity) >= severityRank(m.minSeverity)) &&
    anyMatches(rules.map((r) => r.area), m.area) &&
    matches(alert.account, m.account)
  );
}

/** The channel for an alert: the first matching route, else the default; undefined when neither exists. */
export function routeAlert(alert: Alert | EventAlert, config: RoutingConfig): string | undefined {
  for (const route of config.routes) {
    if (routeMatches(alert, route)) return route.channel;
  }
  return config.defaultChannel;
}

/** `*` matches any run of characters; everything else literally. */
export function globMatches(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

export type SuppressionVerdict =
  | { action: 'keep'; alert: Alert }
  | { action: 'suppress'; reason: string }
  | { action: 'downgrade'; alert: Alert; reason: string };

function suppressionMatches(alert: Alert, s: SuppressionConfig): boolean {
  return (
    matches(alert.rule, s.rule) &&
    matches(alert.account, s.account) &&
    (s.actor === undefined || (alert.actor !== null && globMatches(s.actor, alert.actor)))
  );
}

/** Applies the first matching suppression; a downgrade never raises severity. */
export function applySuppressions(alert: Alert, suppressions: readonly SuppressionConfig[]): SuppressionVerdict {
  for (const s of suppressions) {
    if (!suppressionMatches(alert, s)) continue;
    if (s.action === 'suppress') return { action: 'suppress', reason: s.reason };
    const target = s.severity ?? 'info';
    const severity = severityRank(target) < severityRank(alert.severity) ? target : alert.severity;
    return { action: 'downgrade', alert: { ...alert, severity }, reason: s.reason };
  }
  return { action: 'keep', alert };
}

export type EventSuppressionVerdict = { action: 'suppress'; reasons: string[] } | { action: 'keep'; alert: EventAlert; suppressed: { rule: string; reason: string }[] };

/**
 * Suppressions applied rule by rule: suppressed rules leave the event,
 * downgraded ones keep a lower severity (which may change the lead). The
 * event is suppressed only when every rule is. Applying it twice changes
 * nothing (a downgrade never raises severity).
 */
export function applyEventSuppressions(event: EventAlert, suppressions: readonly SuppressionConfig[]): EventSuppressionVerdict {
  const kept: RuleMatch[] = [];
  const suppressed: { rule: string; reason: string }[] = [];
  for (const alert of ruleAlerts(event)) {
    const verdict = applySuppressions(alert, suppressions);
    if (verdict.action === 'suppress') suppressed.push({ rule: alert.rule, reason: verdict.reason });
    else kept.push(ruleMatchOf(verdict.alert));
  }
  const regrouped = withRules(event, kept);
  if (!regrouped) return { action: 'suppress', reasons: suppressed.map((s) => s.reason) };
  return { action: 'keep', alert: regrouped, suppressed };
}
