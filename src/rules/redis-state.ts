import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { evalScript } from '../redis-script.js';
import { clip, type ObserveRequest, type ObserveResult, type RuleStateStore } from './state.js';

/**
 * The live pipeline's rule state, in Redis, with the same answers as the
 * in-memory store (test/rules/state.test.ts runs both on the same events).
 * One atomic script per observation, so concurrent workers and replicas see
 * one window. Per bucket: a sorted set of values scored by last-seen event
 * time, and the answers given per event id (a sorted set by event time and a
 * hash of the answers that added a value); all three expire a day after
 * the window when idle.
 */
const observeScript = `
local values, answerTimes, answers = KEYS[1], KEYS[2], KEYS[3]
local eventId = ARGV[1]
local t = tonumber(ARGV[2])
local w = tonumber(ARGV[3])
local knownLimit = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])
local teachOnly = ARGV[6] == '1'
local remembered = redis.call('HGET', answers, eventId)
if remembered then return remembered end
local oldest = t - w
redis.call('ZREMRANGEBYSCORE', values, '-inf', '(' .. oldest)
local stale = redis.call('ZRANGEBYSCORE', answerTimes, '-inf', '(' .. oldest)
for i = 1, #stale, 500 do
  redis.call('HDEL', answers, unpack(stale, i, math.min(i + 499, #stale)))
end
if #stale > 0 then redis.call('ZREMRANGEBYSCORE', answerTimes, '-inf', '(' .. oldest) end
local before = redis.call('ZCARD', values)
local added = {}
local isAdded = {}
local seen = {}
for i = 7, #ARGV do
  local v = ARGV[i]
  seen[i] = redis.call('ZSCORE', values, v)
  if not seen[i] and not isAdded[v] then table.insert(added, v); isAdded[v] = true end
end
-- Known values matter only to an event that adds one (nothing else can fire).
local known = {}
if knownLimit > 0 and #added > 0 and not teachOnly then known = redis.call('ZRANGE', values, 0, knownLimit - 1) end
for i = 7, #ARGV do
  if not seen[i] or tonumber(seen[i]) < t then redis.call('ZADD', values, 'GT', t, ARGV[i]) end
end
local after = redis.call('ZCARD', values)
local answer = cjson.encode({ before, after, added, known })
-- Only an answer that added a value can fire; one that added nothing is the same when asked again.
if #added > 0 and not teachOnly then
  redis.call('HSET', answers, eventId, answer)
  redis.call('ZADD', answerTimes, t, eventId)
  redis.call('PEXPIRE', answerTimes, ttl)
  redis.call('PEXPIRE', answers, ttl)
end
redis.call('PEXPIRE', values, ttl)
return answer
`;

const idleMs = 86_400_000;

/** Keys under `<prefix>:srm:rule-state:` (the prefix carries the cluster hash tag when there is one). */
export function ruleStateKeys(prefix: string, rule: string, key: string): [string, string, string] {
  // Keys name untrusted text (ARNs, addresses): hashed, so they stay short and printable.
  const digest = createHash('sha1').update(clip(key)).digest('hex').slice(0, 24);
  const base = `${prefix}:srm:rule-state:${rule}:${digest}`;
  return [`${base}:values`, `${base}:answer-times`, `${base}:answers`];
}

/** cjson writes an empty Lua table as {} (it cannot tell an empty array from an empty object). */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function createRedisRuleState(redis: Redis, prefix: string): RuleStateStore {
  return {
    sync: false,
    async observe(req: ObserveRequest): Promise<ObserveResult> {
      const keys = ruleStateKeys(prefix, req.rule, req.key);
      const raw = (await evalScript(
        redis,
        observeScript,
        keys.length,
        ...keys,
        req.eventId,
        String(req.timeMs),
        String(req.windowMs),
        String(req.knownLimit),
        String(req.windowMs + idleMs),
        req.teachOnly ? '1' : '0',
        ...req.values.map(clip),
      )) as string;
      // A teach-only observation's answer is not read (the memory store does not compute it either).
      if (req.teachOnly) return { before: 0, after: 0, added: [], known: [] };
      const [before, after, added, known] = JSON.parse(raw) as [number, number, unknown, unknown];
      return { before, after, added: list(added), known: list(known) };
    },
  };
}
