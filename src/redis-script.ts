import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

const shas = new Map<string, string>();

/**
 * EVAL by the script's SHA1 (EVALSHA), loading it with EVAL only when Redis
 * does not know it yet (NOSCRIPT: first use, a restarted or failed-over
 * Redis, another cluster node). A hot script sent whole on every call costs
 * its text on the wire and a hash of it in Redis each time.
 */
export async function evalScript(redis: Pick<Redis, 'evalsha' | 'eval'>, script: string, numKeys: number, ...args: Array<string | number | Buffer>): Promise<unknown> {
  let sha = shas.get(script);
  if (!sha) shas.set(script, (sha = createHash('sha1').update(script).digest('hex')));
  try {
    return await redis.evalsha(sha, numKeys, ...args);
  } catch (err) {
    if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
    return redis.eval(script, numKeys, ...args);
  }
}

const manyScripts = new Map<string, string>();

/**
 * The script run once per call, in order, in ONE script (atomic, one round
 * trip): its text becomes the body of a Lua function whose parameters
 * shadow KEYS and ARGV, so each call sees exactly its own keys and
 * arguments, as if sent on its own. The calls' keys and arguments are sent
 * once each (a burst's calls share most of them: the same channel and rule,
 * the same settings) and each call names its own by position in one string
 * of numbers (ARGV[4]): a batch is a few hundred short strings instead of
 * thousands. The script must not return nil (it would end the reply's
 * list): a nil result is returned as null.
 */
function manyScript(script: string): string {
  let many = manyScripts.get(script);
  if (!many) {
    many = `local function one(KEYS, ARGV)
${script}
end
local nk, na, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local plan, p = {}, 0
for x in string.gmatch(ARGV[4], '%d+') do p = p + 1 plan[p] = tonumber(x) end
local out = {}
p = 0
for i = 1, n do
  local k, a = {}, {}
  for j = 1, nk do p = p + 1 k[j] = KEYS[plan[p]] end
  for j = 1, na do p = p + 1 a[j] = ARGV[4 + plan[p]] end
  local r = one(k, a)
  if r == nil then r = false end
  out[i] = r
end
return out`;
    manyScripts.set(script, many);
  }
  return many;
}

/** One call of a script: its keys and arguments (every call of a batch has the same number of each). */
export interface ScriptCall {
  keys: string[];
  args: Array<string | number>;
}

/**
 * Strings sent once each: `add` returns a string's 1-based position in
 * `values` (as Lua counts), adding it the first time. A batch of a burst
 * repeats most of its keys and arguments (the same channel, rule, account,
 * settings), and each argument costs its own share of the command.
 */
export class DistinctStrings {
  readonly values: string[] = [];
  private readonly at = new Map<string, number>();
  add(value: string): number {
    let i = this.at.get(value);
    if (i === undefined) this.at.set(value, (i = this.values.push(value)));
    return i;
  }
}

/** evalScript for many calls of one script, run in the order given, atomically, in one round trip; their results in order. */
export async function evalScriptMany(redis: Pick<Redis, 'evalsha' | 'eval'>, script: string, calls: readonly ScriptCall[]): Promise<unknown[]> {
  if (calls.length === 0) return [];
  const nk = calls[0]!.keys.length;
  const na = calls[0]!.args.length;
  for (const c of calls) if (c.keys.length !== nk || c.args.length !== na) throw new Error('evalScriptMany: every call needs the same number of keys and arguments');
  // Each distinct key and argument once; the plan lists each call's positions.
  const keys = new DistinctStrings();
  const values = new DistinctStrings();
  let plan = '';
  for (const c of calls) {
    for (const key of c.keys) plan += `${keys.add(key)} `;
    for (const arg of c.args) plan += `${values.add(String(arg))} `;
  }
  return (await evalScript(redis, manyScript(script), keys.values.length, ...keys.values, nk, na, calls.length, plan, ...values.values)) as unknown[];
}
