import type { Redis } from 'ioredis';

/** The newest event time a poller has seen (ISO 8601), or undefined before the first poll. */
export async function readCursor(redis: Redis, key: string): Promise<Date | undefined> {
  const raw = await redis.get(key);
  if (!raw) return undefined;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Move the cursor forward only (a late, older event never moves it back). */
export async function advanceCursor(redis: Redis, key: string, to: Date): Promise<void> {
  const current = await readCursor(redis, key);
  if (!current || to.getTime() > current.getTime()) await redis.set(key, to.toISOString());
}

/**
 * The window of one poll: from cursor - overlap (late events are re-read;
 * dedup makes that safe), or now - lookback on first start, never further
 * back than maxCatchUp (a poller down for days does not page through days).
 */
export function pollWindow(
  cursor: Date | undefined,
  now: Date,
  opts: { lookbackMinutes: number; overlapMinutes: number; maxCatchUpMinutes?: number },
): { start: Date; end: Date } {
  const minute = 60_000;
  const earliest = now.getTime() - (opts.maxCatchUpMinutes ?? 24 * 60) * minute;
  const start = cursor ? cursor.getTime() - opts.overlapMinutes * minute : now.getTime() - opts.lookbackMinutes * minute;
  return { start: new Date(Math.min(Math.max(start, earliest), now.getTime())), end: now };
}
