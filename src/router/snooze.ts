import type { Alert } from '../rules/types.js';
import { routerKeys, type RedisScope } from './keys.js';
import { evalScript } from '../redis-script.js';

/**
 * Snoozes: "this rule on this resource stays quiet until …". A later match
 * of a snoozed rule on the same resource is counted, not posted; after the
 * snooze expires it alerts again (the key simply expires).
 */
export interface Snooze {
  rule: string;
  resource: string;
  by: string;
  at: string;
  until: string;
  /** The alert it was snoozed from. */
  alertRef: string;
  /** Matches kept quiet so far. */
  quieted: number;
}

/**
 * What a snooze is keyed by besides the rule: the resource the rule names;
 * for a rule that names none (a root sign-in), the actor; else the account.
 */
export function snoozeResource(alert: Pick<Alert, 'resource' | 'actor' | 'account'>): string {
  return alert.resource ?? alert.actor ?? alert.account ?? 'unknown';
}

export async function addSnooze(scope: RedisScope, snooze: Omit<Snooze, 'quieted'>): Promise<void> {
  const k = routerKeys(scope.prefix);
  const key = k.snooze(snooze.rule, snooze.resource);
  const untilMs = Date.parse(snooze.until);
  await scope.redis
    .multi()
    .del(key)
    .hset(key, { rule: snooze.rule, resource: snooze.resource, by: snooze.by, at: snooze.at, until: snooze.until, alertRef: snooze.alertRef, quieted: 0 })
    .pexpireat(key, untilMs)
    .zadd(k.snoozes(), untilMs, key)
    .exec();
}

function parse(h: Record<string, string>, now: number): Snooze | undefined {
  if (!h.rule || !h.until || Date.parse(h.until) <= now) return undefined;
  return { rule: h.rule, resource: h.resource ?? '', by: h.by ?? '', at: h.at ?? '', until: h.until, alertRef: h.alertRef ?? '', quieted: Number(h.quieted ?? 0) };
}

/** The snooze in force for this rule and resource, if any. */
export async function activeSnooze(scope: RedisScope, rule: string, resource: string, now = Date.now()): Promise<Snooze | undefined> {
  return parse(await scope.redis.hgetall(routerKeys(scope.prefix).snooze(rule, resource)), now);
}

/** Counts one match kept quiet by a snooze (only while the snooze exists). */
export async function countQuieted(scope: RedisScope, rule: string, resource: string): Promise<void> {
  const key = routerKeys(scope.prefix).snooze(rule, resource);
  await evalScript(scope.redis, "if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('HINCRBY', KEYS[1], 'quieted', 1) end return 0", 1, key);
}

/** The snoozes in force, soonest to expire first (expired ones are pruned from the index). */
export async function listSnoozes(scope: RedisScope, now = Date.now()): Promise<Snooze[]> {
  const k = routerKeys(scope.prefix);
  await scope.redis.zremrangebyscore(k.snoozes(), '-inf', now);
  const keys = await scope.redis.zrangebyscore(k.snoozes(), now + 1, '+inf');
  if (!keys.length) return [];
  const p = scope.redis.pipeline();
  for (const key of keys) p.hgetall(key);
  const replies = (await p.exec()) ?? [];
  return replies.map(([, h]) => parse((h as Record<string, string>) ?? {}, now)).filter((s): s is Snooze => s !== undefined);
}
