import { Counter } from 'prom-client';
import { registry } from '../metrics.js';
import { routerKeys, type RedisScope } from './keys.js';

/** Alerts the router handled, by rule, severity and what it did with them (posted, threaded, digested, ...). */
export const alertsRouted = new Counter({
  name: 'srm_alerts_total',
  help: 'Alerts routed, by rule, severity and outcome',
  labelNames: ['rule', 'severity', 'outcome'] as const,
  registers: [registry],
});

/**
 * What the router did with each alert; posted + threaded + digested + unrouted = published
 * (suppressed and snoozed alerts are never published: every rule of their event was suppressed or snoozed).
 */
export const routerOutcomes = ['published', 'posted', 'threaded', 'digested', 'suppressed', 'snoozed', 'unrouted', 'digests', 'failed'] as const;
export type RouterOutcome = (typeof routerOutcomes)[number];
export type RouterStats = Record<RouterOutcome, number>;

export async function countOutcome(scope: RedisScope, outcome: RouterOutcome, by = 1): Promise<void> {
  await scope.redis.hincrby(routerKeys(scope.prefix).stats(), outcome, by);
}

export async function readRouterStats(scope: RedisScope): Promise<RouterStats> {
  const h = await scope.redis.hgetall(routerKeys(scope.prefix).stats());
  const out = {} as RouterStats;
  for (const o of routerOutcomes) out[o] = Number(h[o] ?? 0);
  return out;
}
