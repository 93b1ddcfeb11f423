import { routerKeys, type RedisScope } from './keys.js';

/** What the router did with each alert; posted + threaded + digested + suppressed + unrouted = published. */
export const routerOutcomes = ['published', 'posted', 'threaded', 'digested', 'suppressed', 'unrouted', 'digests', 'failed'] as const;
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
