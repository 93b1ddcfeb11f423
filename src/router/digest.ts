import type { Alert, Severity } from '../rules/types.js';
import { DistinctStrings, evalScript } from '../redis-script.js';
import { releaseOwnedKey, renewOwnedKey } from '../redis-owned-key.js';
import { alertId, routerKeys, type RedisScope } from './keys.js';

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
  /** When a flush was first about to post it (epoch ms); set without `ts`, Slack may have it already. */
  posting?: number;
}

/**
 * Folds alerts of ONE digest, in order, in one atomic step, each at most
 * once: a members set guards every counter, so a post-alert job retried
 * after it folded (its worker killed before it recorded the fold) does not
 * count an alert twice. The counters are added up per actor,
 * account and region and written once (a burst's thousands of alerts cost a
 * few commands each instead of twenty). The header comes from the first
 * alert, as HSETNX would have kept it. Each alert's six values (id, actor,
 * account, region, event id, time) are named by position in ARGV[8] (one
 * string of numbers) among the distinct values after it: a burst's alerts
 * share most of their actors, accounts, regions and times.
 */
const foldManyScript = `
local kept = tonumber(ARGV[6])
local added, listed = 0, redis.call('LLEN', KEYS[5])
local actors, accounts, regions = {}, {}, {}
local first, last = redis.call('HGET', KEYS[1], 'firstTime'), redis.call('HGET', KEYS[1], 'lastTime')
local ids = {}
local v, n = {}, 0
for x in string.gmatch(ARGV[8], '%d+') do n = n + 1 v[n] = ARGV[8 + tonumber(x)] end
for i = 1, n, 6 do
  if redis.call('SADD', KEYS[6], v[i]) == 1 then
    added = added + 1
    actors[v[i + 1]] = (actors[v[i + 1]] or 0) + 1
    accounts[v[i + 2]] = (accounts[v[i + 2]] or 0) + 1
    regions[v[i + 3]] = (regions[v[i + 3]] or 0) + 1
    if listed < kept then
      table.insert(ids, v[i + 4])
      listed = listed + 1
    end
    local t = v[i + 5]
    if (not first) or t < first then first = t end
    if (not last) or t > last then last = t end
  end
end
if added > 0 then
  redis.call('HSETNX', KEYS[1], 'channel', ARGV[1])
  redis.call('HSETNX', KEYS[1], 'rule', ARGV[2])
  redis.call('HSETNX', KEYS[1], 'title', ARGV[3])
  redis.call('HSETNX', KEYS[1], 'severity', ARGV[4])
  redis.call('HSETNX', KEYS[1], 'area', ARGV[5])
  redis.call('HINCRBY', KEYS[1], 'count', added)
  for k, n in pairs(actors) do redis.call('HINCRBY', KEYS[2], k, n) end
  for k, n in pairs(accounts) do redis.call('HINCRBY', KEYS[3], k, n) end
  for k, n in pairs(regions) do redis.call('HINCRBY', KEYS[4], k, n) end
  for i = 1, #ids, 500 do redis.call('RPUSH', KEYS[5], unpack(ids, i, math.min(i + 499, #ids))) end
  redis.call('HSET', KEYS[1], 'firstTime', first, 'lastTime', last)
end
for i = 1, 6 do redis.call('EXPIRE', KEYS[i], tonumber(ARGV[7])) end
return added
`;

/** foldIntoDigest for many alerts of one digest, in order (each at most once); how many were added now. */
export async function foldManyIntoDigest(scope: RedisScope, digestId: string, channel: string, alerts: readonly Alert[]): Promise<number> {
  const head = alerts[0];
  if (!head) return 0;
  const k = routerKeys(scope.prefix);
  const now = new Date().toISOString();
  const values = new DistinctStrings();
  let plan = '';
  for (const a of alerts) {
    plan += `${values.add(alertId(a))} ${values.add(a.actor ?? 'unknown')} ${values.add(a.account ?? 'unknown')} ${values.add(a.region ?? 'unknown')} ${values.add(a.eventId)} ${values.add(a.time ?? now)} `;
  }
  const added = await evalScript(
    scope.redis,
    foldManyScript,
    6,
    k.digest(digestId),
    k.digestActors(digestId),
    k.digestAccounts(digestId),
    k.digestRegions(digestId),
    k.digestIds(digestId),
    k.digestMembers(digestId),
    channel,
    head.rule,
    head.title,
    head.severity,
    head.area,
    String(digestIdsKept),
    String(digestTtlSeconds),
    plan,
    ...values.values,
  );
  return Number(added);
}

/** Adds one alert to a digest episode, atomically and at most once per alert (true when it was added now). */
export async function foldIntoDigest(scope: RedisScope, digestId: string, channel: string, alert: Alert): Promise<boolean> {
  return (await foldManyIntoDigest(scope, digestId, channel, [alert])) === 1;
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
    ...(h.posting ? { posting: Number(h.posting) } : {}),
  };
}

/** Records that a flush is about to post the digest (the first such time is kept). */
export async function markDigestPosting(scope: RedisScope, digestId: string, at: number): Promise<void> {
  await scope.redis.hsetnx(routerKeys(scope.prefix).digest(digestId), 'posting', String(at));
}

export async function setDigestTs(scope: RedisScope, digestId: string, ts: string, postedChannel: string): Promise<void> {
  await scope.redis.hset(routerKeys(scope.prefix).digest(digestId), 'ts', ts, 'postedChannel', postedChannel);
}

/**
 * One flusher per digest at a time (so two replicas never post it twice).
 * Returns a release function or undefined. The lock is renewed every third
 * of `ttlMs` while held, so a flush may take as long as Slack makes it wait
 * while a flusher that died (SIGKILL) holds it back for at most `ttlMs`.
 */
export async function lockDigest(scope: RedisScope, digestId: string, ttlMs: number): Promise<(() => Promise<void>) | undefined> {
  const key = routerKeys(scope.prefix).digestLock(digestId);
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const ok = await scope.redis.set(key, token, 'PX', ttlMs, 'NX');
  if (ok !== 'OK') return undefined;
  const renew = setInterval(() => {
    renewOwnedKey(scope.redis, key, token, ttlMs).catch(() => undefined);
  }, Math.max(100, Math.floor(ttlMs / 3)));
  renew.unref();
  return async () => {
    clearInterval(renew);
    await releaseOwnedKey(scope.redis, key, token);
  };
}
