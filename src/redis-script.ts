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
 * arguments, as if sent on its own. The script must not return nil (it
 * would end the reply's list): a nil result is returned as null.
 */
function manyScript(script: string): string {
  let many = manyScripts.get(script);
  if (!many) {
    many = `local function one(KEYS, ARGV)
${script}
end
local nk, na = tonumber(ARGV[1]), tonumber(ARGV[2])
local out = {}
for i = 0, (#ARGV - 2) / na - 1 do
  local k, a = {}, {}
  for j = 1, nk do k[j] = KEYS[i * nk + j] end
  for j = 1, na do a[j] = ARGV[2 + i * na + j] end
  local r = one(k, a)
  if r == nil then r = false end
  out[i + 1] = r
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

/** evalScript for many calls of one script, run in the order given, atomically, in one round trip; their results in order. */
export async function evalScriptMany(redis: Pick<Redis, 'evalsha' | 'eval'>, script: string, calls: readonly ScriptCall[]): Promise<unknown[]> {
  if (calls.length === 0) return [];
  const nk = calls[0]!.keys.length;
  const na = calls[0]!.args.length;
  if (na === 0) throw new Error('evalScriptMany: a call needs at least one argument');
  for (const c of calls) if (c.keys.length !== nk || c.args.length !== na) throw new Error('evalScriptMany: every call needs the same number of keys and arguments');
  const keys = calls.flatMap((c) => c.keys);
  const args = calls.flatMap((c) => c.args);
  return (await evalScript(redis, manyScript(script), keys.length, ...keys, nk, na, ...args)) as unknown[];
}
