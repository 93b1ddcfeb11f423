import type { Redis } from 'ioredis';
import { evalScript } from './redis-script.js';

/**
 * A key held by one owner (a lock or a lease: SET key owner PX ttl NX). Only
 * its owner may extend or drop it, so both are compare-and-act in one script:
 * an owner whose key lapsed and was taken by another never touches the new
 * owner's key.
 */
const renewScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const releaseScript = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

type Client = Pick<Redis, 'evalsha' | 'eval'>;

/** Extends `key` to `ttlMs` if `owner` still holds it; true when it did. */
export async function renewOwnedKey(redis: Client, key: string, owner: string, ttlMs: number): Promise<boolean> {
  return Number(await evalScript(redis, renewScript, 1, key, owner, String(ttlMs))) === 1;
}

/** Deletes `key` if `owner` still holds it; true when it did. */
export async function releaseOwnedKey(redis: Client, key: string, owner: string): Promise<boolean> {
  return Number(await evalScript(redis, releaseScript, 1, key, owner)) === 1;
}
