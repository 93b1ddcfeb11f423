import type { Alert, Severity } from '../rules/types.js';
import { routerKeys, type RedisScope } from './keys.js';

/** How many event ids a digest keeps to list (the message shows as many as fit). */
export const digestIdsKept = 200;
/** Digest state outlives the burst so late flushes, `/srm status` and retries still find it. */
const digestTtlSeconds = 7 * 24 * 3600;

/** Everything a digest message shows: one burst of one rule in one channel. */
export interface DigestState {
  id: string;
  channel: string;
  rule: string;
  title: string;
  severity: Severity;
  area: string;
  /** Alerts folded into this digest (each posted nowhere else). */
  count: number;
  firstTime: string | null;
  lastTime: string | null;
  byActor: Record<string, number>;
  byAccount: Record<string, number>;
  byRegion: Record<string, number>;
  /** The first `digestIdsKept` event ids, in arrival order. */
  eventIds: string[];
  /** The digest message, once posted, and the channel id Slack answered with (chat.update needs an id). */
  ts?: string;
  postedChannel?: string;
}

/** Widens the digest's time range to include one event time (ISO strings order as times). */
const timeRangeScript = `
local f = redis.call('HGET', KEYS[1], 'firstTime')
if (not f) or ARGV[1] < f then redis.call('HSET', KEYS[1], 'firstTime', ARGV[1]) end
local l = redis.call('HGET', KEYS[1], 'lastTime')
if (not l) or ARGV[1] > l then redis.call('HSET', KEYS[1], 'lastTime', ARGV[1]) end
return 1
`;

/** Adds one alert to a digest episode (every field atomic on its own; counts converge). */
export async function foldIntoDigest(scope: RedisScope, digestId: string, channel: string, alert: Alert): Promise<void> {
  const k = routerKeys(scope.prefix);
  const key = k.digest(digestId);
  const time = alert.time ?? new Date().toISOString();
  const p = scope.redis.multi();
  p.hsetnx(key, 'channel', channel);
  p.hsetnx(key, 'rule', alert.rule);
  p.hsetnx(key, 'title', alert.title);
  p.hsetnx(key, 'severity', alert.severity);
  p.hsetnx(key, 'area', alert.area);
  p.hincrby(key, 'count', 1);
  p.hincrby(k.digestActors(digestId), alert.actor ?? 'unknown', 1);
  p.hincrby(k.digestAccounts(digestId), alert.account ?? 'unknown', 1);
  p.hincrby(k.digestRegions(digestId), alert.region ?? 'unknown', 1);
  p.rpush(k.digestIds(digestId), alert.eventId);
  p.ltrim(k.digestIds(digestId), 0, digestIdsKept - 1);
  p.eval(timeRangeScript, 1, key, time);
  for (const kk of [key, k.digestActors(digestId), k.digestAccounts(digestId), k.digestRegions(digestId), k.digestIds(digestId)]) {
    p.expire(kk, digestTtlSeconds);
  }
  await p.exec();
}

function counts(h: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(h)) out[k] = Number(v);
  return out;
}

export async function readDigest(scope: RedisScope, digestId: string): Promise<DigestState | undefined> {
  const k = routerKeys(scope.prefix);
  const [h, actors, accounts, regions, ids] = await Promise.all([
    scope.redis.hgetall(k.digest(digestId)),
    scope.redis.hgetall(k.digestActors(digestId)),
    scope.redis.hgetall(k.digestAccounts(digestId)),
    scope.redis.hgetall(k.digestRegions(digestId)),
    scope.redis.lrange(k.digestIds(digestId), 0, -1),
  ]);
  if (!h.channel || !h.rule) return undefined;
  return {
    id: digestId,
    channel: h.channel,
    rule: h.rule,
    title: h.title ?? h.rule,
    severity: (h.severity ?? 'info') as Severity,
    area: h.area ?? '',
    count: Number(h.count ?? 0),
    firstTime: h.firstTime ?? null,
    lastTime: h.lastTime ?? null,
    byActor: counts(actors),
    byAccount: counts(accounts),
    byRegion: counts(regions),
    eventIds: ids,
    ...(h.ts ? { ts: h.ts } : {}),
    ...(h.postedChannel ? { postedChannel: h.postedChannel } : {}),
  };
}

export async function setDigestTs(scope: RedisScope, digestId: string, ts: string, postedChannel: string): Promise<void> {
  await scope.redis.hset(routerKeys(scope.prefix).digest(digestId), 'ts', ts, 'postedChannel', postedChannel);
}

/** One flusher per digest at a time (so two replicas never post it twice). Returns a release function or undefined. */
export async function lockDigest(scope: RedisScope, digestId: string, ttlMs: number): Promise<(() => Promise<void>) | undefined> {
  const key = routerKeys(scope.prefix).digestLock(digestId);
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const ok = await scope.redis.set(key, token, 'PX', ttlMs, 'NX');
  if (ok !== 'OK') return undefined;
  return async () => {
    await scope.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", 1, key, token);
  };
}
