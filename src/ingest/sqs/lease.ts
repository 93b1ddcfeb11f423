import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { releaseOwnedKey, renewOwnedKey } from '../../redis-owned-key.js';

/** A lease owner id that names the process: "<host>:<pid>:<random>". */
export function leaseOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/**
 * A time-bound lease in Redis (SET NX PX): at most one owner holds `key` at
 * a time. The holder renews it well before it lapses; when the holder dies
 * (SIGKILL included) the key expires after `ttlMs` and another owner takes it.
 *
 * `valid()` is the holder's own view, and it ends no later than the key does:
 * it counts `ttlMs` from the moment the SET or PEXPIRE was *sent*, which is
 * before Redis started the key's TTL. So a holder that cannot renew (Redis
 * unreachable, process paused) stops believing it holds the lease before any
 * other owner can acquire it: two owners never both hold it.
 */
export class RedisLease {
  private validUntil = 0;

  constructor(
    private readonly redis: Redis,
    readonly key: string,
    readonly owner: string,
    readonly ttlMs: number,
  ) {}

  /** True while this owner holds the lease by its own (conservative) clock. */
  valid(now = performance.now()): boolean {
    return now < this.validUntil;
  }

  /** Milliseconds of validity left (0 when not held). */
  remainingMs(now = performance.now()): number {
    return Math.max(0, this.validUntil - now);
  }

  /** Takes the lease if nobody holds it (or extends it if this owner does). */
  async acquire(): Promise<boolean> {
    const sent = performance.now();
    const ok = (await this.redis.set(this.key, this.owner, 'PX', this.ttlMs, 'NX')) === 'OK';
    if (ok) {
      this.validUntil = sent + this.ttlMs;
      return true;
    }
    return this.renew(sent);
  }

  /** Extends the lease; false (and no longer valid) when another owner holds it or it lapsed. */
  async renew(sent = performance.now()): Promise<boolean> {
    const ok = await renewOwnedKey(this.redis, this.key, this.owner, this.ttlMs);
    this.validUntil = ok ? sent + this.ttlMs : 0;
    return ok;
  }

  /** Gives the lease up (only if this owner still holds it), so another replica can take it at once. */
  async release(): Promise<void> {
    this.validUntil = 0;
    await releaseOwnedKey(this.redis, this.key, this.owner);
  }

  /** Forget the lease locally without telling Redis (what a crash looks like to the others). */
  abandon(): void {
    this.validUntil = 0;
  }

  /** The current holder's owner id, if any. */
  holder(): Promise<string | null> {
    return this.redis.get(this.key);
  }
}
