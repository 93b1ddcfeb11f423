import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { evalScript, evalScriptMany } from '../src/redis-script.js';

const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
afterAll(() => redis.quit());

describe('evalScript', () => {
  it('runs a script Redis has not seen (NOSCRIPT, then EVAL) and then by its SHA1', async () => {
    // a script text no other test uses, so Redis does not know it yet
    const script = `return {KEYS[1], ARGV[1], '${Date.now()}-${Math.random()}'}`;
    const calls: string[] = [];
    const spy = {
      evalsha: (...a: Parameters<Redis['evalsha']>) => (calls.push('evalsha'), redis.evalsha(...a)),
      eval: (...a: Parameters<Redis['eval']>) => (calls.push('eval'), redis.eval(...a)),
    } as unknown as Redis;
    const first = (await evalScript(spy, script, 1, 'k', 'v')) as string[];
    const second = (await evalScript(spy, script, 1, 'k', 'w')) as string[];
    expect(first.slice(0, 2)).toEqual(['k', 'v']);
    expect(second.slice(0, 2)).toEqual(['k', 'w']);
    expect(calls).toEqual(['evalsha', 'eval', 'evalsha']);
  });

  it('passes other script errors on', async () => {
    await expect(evalScript(redis, "return redis.error_reply('boom')", 0)).rejects.toThrow(/boom/);
  });
});

describe('evalScriptMany', () => {
  it('runs the script once per call, in order, each seeing only its own keys and arguments', async () => {
    const prefix = `srm-test-script-many-${Date.now()}`;
    // the same script a single caller sends: it counts per key and reports what it saw
    const script = `local n = redis.call('INCR', KEYS[1]) redis.call('EXPIRE', KEYS[1], 60) return {n, #KEYS, #ARGV, ARGV[1], KEYS[2]}`;
    const calls = [
      { keys: [`${prefix}:a`, 'x'], args: ['first'] },
      { keys: [`${prefix}:b`, 'y'], args: ['second'] },
      { keys: [`${prefix}:a`, 'z'], args: ['third'] },
    ];
    const results = await evalScriptMany(redis, script, calls);
    expect(results).toEqual([
      [1, 2, 1, 'first', 'x'],
      [1, 2, 1, 'second', 'y'],
      [2, 2, 1, 'third', 'z'],
    ]);
    // the same as one call at a time
    expect(await evalScript(redis, script, 2, `${prefix}:a`, 'k', 'alone')).toEqual([3, 2, 1, 'alone', 'k']);
    await redis.del(`${prefix}:a`, `${prefix}:b`);
  });

  it('sends a key or argument the calls share once, and each call still sees exactly its own, in its own positions', async () => {
    const prefix = `srm-test-script-shared-${Date.now()}`;
    const script = `local n = redis.call('INCRBY', KEYS[1], tonumber(ARGV[2])) redis.call('EXPIRE', KEYS[1], 60) return {n, KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3]}`;
    const a = `${prefix}:a`;
    const b = `${prefix}:b`;
    // the same strings as keys and as arguments, in other positions, numbers, and the empty string
    const calls = [
      { keys: [a, b], args: ['x', 1, ''] },
      { keys: [b, a], args: ['', '1', 'x'] },
      { keys: [a, a], args: [a, 2, 'x'] },
      { keys: [b, b], args: ['x', 10, 'x'] },
    ];
    const sent: unknown[][] = [];
    const spy = { evalsha: (...args: unknown[]) => (sent.push(args), (redis.evalsha as (...a: unknown[]) => Promise<unknown>)(...args)), eval: (...args: unknown[]) => (redis.eval as (...a: unknown[]) => Promise<unknown>)(...args) } as unknown as Redis;
    expect(await evalScriptMany(spy, script, calls)).toEqual([
      [1, a, b, 'x', '1', ''],
      [1, b, a, '', '1', 'x'],
      [3, a, a, a, '2', 'x'],
      [11, b, b, 'x', '10', 'x'],
    ]);
    // two distinct keys and six distinct arguments ('x', '1', '', a, '2', '10'), whatever the number of calls
    const [, numKeys, ...rest] = sent[0]!;
    expect(numKeys).toBe(2);
    expect(rest.length).toBe(2 + 4 + 6);
    await redis.del(a, b);
  });

  it('runs calls without arguments', async () => {
    expect(await evalScriptMany(redis, 'return #ARGV + #KEYS', [{ keys: ['k1'], args: [] }, { keys: ['k2'], args: [] }])).toEqual([1, 1]);
  });

  it('returns null for a call whose script returns nothing, and refuses calls of different shapes', async () => {
    expect(await evalScriptMany(redis, 'if ARGV[1] == "1" then return 1 end', [{ keys: [], args: ['1'] }, { keys: [], args: ['0'] }, { keys: [], args: ['1'] }])).toEqual([1, null, 1]);
    await expect(evalScriptMany(redis, 'return 1', [{ keys: ['a'], args: ['1'] }, { keys: [], args: ['1'] }])).rejects.toThrow(/same number/);
  });
});
