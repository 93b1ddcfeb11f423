import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Counter } from 'prom-client';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { registry } from '../metrics.js';

const dataLost = new Counter({
  name: 'srm_redis_data_lost_total',
  help: 'Times this process found that Redis had lost its data (restarted without persistence, or failed over to an empty node)',
  registers: [registry],
});

export interface DataMarker {
  /** Looks now (also done on every reconnect and every `everyMs`); true when the data was found lost. */
  check(): Promise<boolean>;
  /** How many losses this process has seen. */
  losses(): number;
  stop(): void;
}

/**
 * Notices when Redis comes back without its data. A marker key with a random
 * value is written once (SET NX; every process adopts the first value); a
 * marker gone, or replaced by another process after it found it gone, means
 * Redis lost everything srm kept there: queued jobs, dedup claims, cursors,
 * digests and the job schedulers. srm logs it as an error ("redis lost its
 * data"), counts it in srm_redis_data_lost_total, writes a new marker and
 * runs `onLost` (srm serve upserts its schedulers again, so polling and
 * scheduled checks resume). What was lost stays lost: Redis must persist
 * (docs/operations.md), and the fault suite measures the cost when it does not.
 */
export async function watchDataMarker(redis: Redis, prefix: string, logger: Logger, options: { onLost?: () => Promise<void>; everyMs?: number } = {}): Promise<DataMarker> {
  const key = `${prefix}:data-marker`;
  const mine = `${new Date().toISOString()} ${randomUUID()}`;
  await redis.set(key, mine, 'NX');
  let known = (await redis.get(key)) ?? mine;
  let losses = 0;
  let running: Promise<boolean> | undefined;
  let stopped = false;

  const look = async (): Promise<boolean> => {
    const current = await redis.get(key);
    if (current === known) return false;
    // Gone: write a new marker (first writer wins); replaced: another process found it gone first.
    if (current === null) await redis.set(key, `${new Date().toISOString()} ${randomUUID()}`, 'NX');
    known = (await redis.get(key)) ?? known;
    losses += 1;
    dataLost.inc();
    logger.error(
      { key, hint: 'Redis restarted without persistence (or failed over to a node without the data): queued events, dedup claims, cursors and schedules were lost; turn on AOF (appendonly yes) or use a replicated Redis, see docs/operations.md' },
      'redis lost its data',
    );
    if (options.onLost) void restore(options.onLost);
    return true;
  };
  // The other connections (the producer fails fast) may come back a moment after this one: retry for a minute.
  const restore = async (onLost: () => Promise<void>) => {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await onLost();
        logger.info({ attempt }, 'restored what srm sets up at start after Redis lost its data');
        return;
      } catch (err) {
        if (attempt >= 60) {
          logger.error({ err: errorMessage(err) }, 'could not restore what srm sets up at start after Redis lost its data; restart srm serve');
          return;
        }
        await new Promise((r) => setTimeout(r, 1_000).unref());
      }
    }
  };
  const check = (): Promise<boolean> => {
    running ??= look()
      .catch((err: unknown) => {
        logger.debug({ err: errorMessage(err) }, 'cannot read the redis data marker');
        return false;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const onReady = () => void check();
  redis.on('ready', onReady);
  const timer = setInterval(() => void check(), options.everyMs ?? 15_000);
  timer.unref();
  return {
    check,
    losses: () => losses,
    stop() {
      stopped = true;
      clearInterval(timer);
      redis.off('ready', onReady);
    },
  };
}
