import { z } from 'zod';
import type { Alert } from '../rules/types.js';
import { alertId, routerKeys, type RedisScope } from './keys.js';

/** How many posted alerts are kept (App Home shows the open ones). */
export const recentAlertsKept = 500;

export type AlertState = 'open';

/** A posted alert: where it is and what state it is in. */
export interface StoredAlert {
  alert: Alert;
  channel: string;
  ts: string;
  permalink: string | null;
  state: AlertState;
  postedAt: string;
}

const storedSchema = z.object({
  alert: z.custom<Alert>((v) => typeof v === 'object' && v !== null && typeof (v as Alert).eventId === 'string'),
  channel: z.string(),
  ts: z.string(),
  permalink: z.string().nullable(),
  state: z.literal('open'),
  postedAt: z.string(),
});

/** Records a posted alert; the list is capped and older records expire with it. */
export async function recordPostedAlert(scope: RedisScope, entry: Omit<StoredAlert, 'state' | 'postedAt'> & { postedAt?: string }): Promise<void> {
  const k = routerKeys(scope.prefix);
  const stored: StoredAlert = { ...entry, state: 'open', postedAt: entry.postedAt ?? new Date().toISOString() };
  const id = alertId(entry.alert);
  const dropped = await scope.redis
    .multi()
    .set(k.alert(id), JSON.stringify(stored), 'EX', 30 * 24 * 3600)
    .lrem(k.recent(), 0, id)
    .lpush(k.recent(), id)
    .lrange(k.recent(), recentAlertsKept, -1)
    .ltrim(k.recent(), 0, recentAlertsKept - 1)
    .exec();
  const old = (dropped?.[3]?.[1] as string[] | undefined) ?? [];
  if (old.length) await scope.redis.del(...old.map((o) => k.alert(o)));
}

/** A stored alert by its rule and dedup key. */
export async function getStoredAlert(scope: RedisScope, alert: { rule: string; dedupKey: string }): Promise<StoredAlert | undefined> {
  const raw = await scope.redis.get(routerKeys(scope.prefix).alert(alertId(alert)));
  if (!raw) return undefined;
  const parsed = storedSchema.safeParse(JSON.parse(raw));
  return parsed.success ? (parsed.data as StoredAlert) : undefined;
}

/**
 * The most recent open alerts, newest first (at most `limit`). Takes a
 * Runtime or anything with `redis` and `prefix`.
 */
export async function listOpenAlerts(scope: RedisScope, limit = 20): Promise<StoredAlert[]> {
  const k = routerKeys(scope.prefix);
  const ids = await scope.redis.lrange(k.recent(), 0, recentAlertsKept - 1);
  const out: StoredAlert[] = [];
  for (let i = 0; i < ids.length && out.length < limit; i += 50) {
    const batch = ids.slice(i, i + 50);
    const raws = await scope.redis.mget(...batch.map((id) => k.alert(id)));
    for (const raw of raws) {
      if (!raw || out.length >= limit) continue;
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      if (parsed.success && parsed.data.state === 'open') out.push(parsed.data as StoredAlert);
    }
  }
  return out;
}
