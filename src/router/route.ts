import type { RouteConfig, SrmConfig, SuppressionConfig } from '../config.js';
import { severityRank, type Alert } from '../rules/types.js';

export type RoutingConfig = Pick<SrmConfig, 'defaultChannel' | 'routes' | 'suppressions'>;

function matches(value: string | null, wanted: readonly string[] | undefined): boolean {
  if (wanted === undefined) return true;
  return value !== null && wanted.includes(value);
}

/** Every field a route's `match` sets must match; a list matches any of its values. */
export function routeMatches(alert: Alert, route: RouteConfig): boolean {
  const m = route.match;
  return (
    matches(alert.source, m.source) &&
    matches(alert.rule, m.rule) &&
    matches(alert.severity, m.severity) &&
    (m.minSeverity === undefined || severityRank(alert.severity) >= severityRank(m.minSeverity)) &&
    matches(alert.area, m.area) &&
    matches(alert.account, m.account)
  );
}

/** The channel for an alert: the first matching route, else the default; undefined when neither exists. */
export function routeAlert(alert: Alert, config: RoutingConfig): string | undefined {
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
