import { randomUUID } from 'node:crypto';
import type { Alert } from '../rules/types.js';
import { evalScript, evalScriptMany, type ScriptCall } from '../redis-script.js';
import { alertId, digestOf, routerKeys, type RedisScope } from './keys.js';
import { linkablePrincipal, type LinkSource } from './principal-link.js';

export interface FloodOptions {
  /** More than this many alerts for one channel+rule within the window become a digest. */
  threshold: number;
  windowSeconds: number;
  /** How long the first alert of a rule+actor collects repeats in its thread. */
  threadWindowSeconds?: number;
  /**
   * How long the first top-level alert about a principal takes alerts about
   * it from the other source (GuardDuty vs CloudTrail) into its thread;
   * unset or 0: never (parseConfig always sets it, 3600 by default).
   */
  principalWindowSeconds?: number;
}

/** What to do with one alert in its channel. */
export type FloodDecision =
  /**
   * A new top-level post; `threadParent` when it opens a thread for the
   * actor's repeats, `principalParent` when it opens one for the other
   * source's alerts about its principal.
   */
  | { kind: 'post'; threadParent: boolean; principalParent?: true }
  /** A repeat of the same rule by the same actor: reply in the first alert's thread. */
  | { kind: 'thread'; count: number }
  /**
   * About the same principal as a top-level alert from the other source
   * (GuardDuty vs CloudTrail) in this channel: reply in its thread.
   * `linked`: alerts folded into that thread so far, this one included.
   */
  | { kind: 'fold'; principal: string; parentSource: LinkSource; linked: number }
  /** Part of a burst: folded into the digest episode `digestId`; `opened` for the first one. */
  | { kind: 'digest'; digestId: string; opened: boolean };

/**
 * One atomic step per alert, so replicas agree: an open digest takes the alert;
 * else the channel+rule counter decides whether a digest opens; else a repeat by
 * the same actor goes to the thread; else an alert about a principal whose
 * first top-level alert came from the other source goes to that thread (each
 * alert counted once, by a hash field); else it is a new post (a thread parent
 * for its rule+actor, and for its principal unless one is open).
 */
const decideScript = `
local openId = redis.call('GET', KEYS[1])
local windowMs = tonumber(ARGV[2])
if openId then
  redis.call('PEXPIRE', KEYS[1], windowMs)
  return {'digest', openId, 0}
end
local n = redis.call('INCR', KEYS[2])
if n == 1 then redis.call('PEXPIRE', KEYS[2], windowMs) end
if n > tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], ARGV[3], 'PX', windowMs)
  redis.call('DEL', KEYS[2])
  return {'digest', ARGV[3], 1}
end
if ARGV[4] == '1' and redis.call('EXISTS', KEYS[3]) == 1 then
  local count = redis.call('HINCRBY', KEYS[3], 'count', 1)
  return {'thread', '', count}
end
local principal = ARGV[6] ~= ''
if principal then
  local src = redis.call('HGET', KEYS[4], 'source')
  if src and src ~= ARGV[7] then
    if redis.call('HSETNX', KEYS[4], 'm:' .. ARGV[9], '1') == 1 then redis.call('HINCRBY', KEYS[4], 'linked', 1) end
    return {'fold', src, tonumber(redis.call('HGET', KEYS[4], 'linked'))}
  end
end
local parent = 0
if ARGV[4] == '1' then
  redis.call('HSET', KEYS[3], 'count', 1, 'state', 'pending')
  redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[5]))
  parent = 1
end
if principal and redis.call('EXISTS', KEYS[4]) == 0 then
  redis.call('HSET', KEYS[4], 'source', ARGV[7], 'state', 'pending', 'owner', ARGV[9], 'linked', 0)
  redis.call('PEXPIRE', KEYS[4], tonumber(ARGV[8]))
  parent = parent + 2
end
return {'post', '', parent}
`;

/** decideScript's keys and arguments for one alert, and how to read its answer. */
/** A new digest episode's id: time, then randomness. */
const newDigestId = () => `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;

function floodCall(scope: RedisScope, alert: Alert, channel: string, options: FloodOptions, digestId: (openKey: string) => string = newDigestId): { call: ScriptCall; decision: (result: [string, string, number]) => FloodDecision } {
  const keys = routerKeys(scope.prefix);
  const actor = alert.actor ?? '';
  const threadWindowMs = Math.max(1, options.threadWindowSeconds ?? 3600) * 1000;
  const principalWindowMs = (options.principalWindowSeconds ?? 0) * 1000;
  const principal = principalWindowMs > 0 ? linkablePrincipal(alert) : null;
  const openKey = keys.digestOpen(channel, alert.rule);
  const call: ScriptCall = {
    keys: [openKey, keys.burst(channel, alert.rule), keys.thread(channel, alert.rule, actor), keys.principalThread(channel, principal ?? '')],
    args: [
      String(options.threshold),
      String(Math.max(1, options.windowSeconds) * 1000),
      digestId(openKey),
      actor ? '1' : '0',
      String(threadWindowMs),
      principal ?? '',
      alert.source,
      String(principalWindowMs),
      // the alert's mark in its principal's thread (read only when there is a principal)
      principal ? digestOf(alertId(alert)) : '',
    ],
  };
  const decision = ([kind, id, n]: [string, string, number]): FloodDecision => {
    if (kind === 'digest') return { kind, digestId: id, opened: n === 1 };
    if (kind === 'thread') return { kind, count: n };
    if (kind === 'fold') return { kind, principal: principal!, parentSource: id as LinkSource, linked: n };
    return { kind: 'post', threadParent: (n & 1) === 1, ...(n & 2 ? { principalParent: true as const } : {}) };
  };
  return { call, decision };
}

export async function decideFlood(scope: RedisScope, alert: Alert, channel: string, options: FloodOptions): Promise<FloodDecision> {
  const { call, decision } = floodCall(scope, alert, channel, options);
  return decision((await evalScript(scope.redis, decideScript, call.keys.length, ...call.keys, ...call.args)) as [string, string, number]);
}

/**
 * decideFlood for many alerts, in the order given, in one atomic step (the
 * same script once per alert): the decisions one call per alert, in that
 * order, would have given.
 */
export async function decideFloodMany(scope: RedisScope, alerts: ReadonlyArray<{ alert: Alert; channel: string }>, options: FloodOptions): Promise<FloodDecision[]> {
  // One new id per channel+rule: within one atomic step a channel+rule's digest opens at most once (its key
  // then stays), so the calls of a batch can share it (and it is sent once).
  const ids = new Map<string, string>();
  const digestId = (openKey: string): string => {
    let id = ids.get(openKey);
    if (id === undefined) ids.set(openKey, (id = newDigestId()));
    return id;
  };
  const calls = alerts.map(({ alert, channel }) => floodCall(scope, alert, channel, options, digestId));
  const results = (await evalScriptMany(scope.redis, decideScript, calls.map((c) => c.call))) as Array<[string, string, number]>;
  return results.map((r, i) => calls[i]!.decision(r));
}

export interface ThreadState {
  /** "pending" until the parent is posted, then "posted". */
  state: 'pending' | 'posted';
  count: number;
  ts?: string;
  channel?: string;
  /** The parent alert as JSON, to re-render it with the count. */
  alert?: string;
}

export async function readThread(scope: RedisScope, channel: string, rule: string, actor: string): Promise<ThreadState | undefined> {
  const h = await scope.redis.hgetall(routerKeys(scope.prefix).thread(channel, rule, actor));
  if (!h.state) return undefined;
  return {
    state: h.state === 'posted' ? 'posted' : 'pending',
    count: Number(h.count ?? 0),
    ...(h.ts ? { ts: h.ts } : {}),
    ...(h.channel ? { channel: h.channel } : {}),
    ...(h.alert ? { alert: h.alert } : {}),
  };
}

/**
 * Records the parent's ts once posted, so waiting repeats can reply in its
 * thread. `channel` is the routed channel (the key); `postedChannel` the id
 * Slack answered with (chat.update needs an id, not a #name).
 */
export async function markThreadPosted(scope: RedisScope, alert: Alert, channel: string, ts: string, postedChannel = channel): Promise<void> {
  const key = routerKeys(scope.prefix).thread(channel, alert.rule, alert.actor ?? '');
  // If the window ran out while the parent was being posted, the re-created key must not live forever.
  await evalScript(scope.redis, 
    "redis.call('HSET', KEYS[1], 'state', 'posted', 'ts', ARGV[1], 'channel', ARGV[2], 'alert', ARGV[3]) if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], 3600) end return 1",
    1,
    key,
    ts,
    postedChannel,
    JSON.stringify(alert),
  );
}
