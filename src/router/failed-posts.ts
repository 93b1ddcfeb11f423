import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AnyJobDefinition } from '../queue/define-job.js';
import type { Runtime } from '../queue/runtime.js';
import { safeJobId } from '../queue/define-job.js';
import { routerKeys, type RedisScope } from './keys.js';

/**
 * Posts that kept failing (after the poster's own retries) are kept here,
 * never dropped: `/srm status` lists them and `/srm status retry` enqueues
 * their jobs again.
 */
export interface FailedPost {
  id: string;
  /** The job that failed to post (post-alert, flush-digest) and its payload. */
  job: string;
  data: unknown;
  channel: string;
  /** A short description for status ("Root console login", "digest of …"). */
  what: string;
  error: string;
  failedAt: string;
  retries: number;
}

const entrySchema = z.object({
  id: z.string(),
  job: z.string(),
  data: z.unknown(),
  channel: z.string(),
  what: z.string(),
  error: z.string(),
  failedAt: z.string(),
  retries: z.number().int().min(0),
});

export async function addFailedPost(scope: RedisScope, entry: Omit<FailedPost, 'id' | 'failedAt' | 'retries'> & { retries?: number }): Promise<FailedPost> {
  const stored: FailedPost = { ...entry, id: randomUUID(), failedAt: new Date().toISOString(), retries: entry.retries ?? 0 };
  await scope.redis.hset(routerKeys(scope.prefix).failed(), stored.id, JSON.stringify(stored));
  return stored;
}

export async function countFailedPosts(scope: RedisScope): Promise<number> {
  return scope.redis.hlen(routerKeys(scope.prefix).failed());
}

/** Oldest first. */
export async function listFailedPosts(scope: RedisScope, limit = 10): Promise<FailedPost[]> {
  const all = await scope.redis.hvals(routerKeys(scope.prefix).failed());
  const entries: FailedPost[] = [];
  for (const raw of all) {
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    if (parsed.success) entries.push(parsed.data);
  }
  entries.sort((a, b) => a.failedAt.localeCompare(b.failedAt));
  return entries.slice(0, limit);
}

/**
 * Enqueues every failed post's job again (under a new job id, since the
 * original may still be kept as failed/completed) and removes it from the
 * set; a post that fails again comes back with `retries + 1`.
 */
export async function retryFailedPosts(
  runtime: Pick<Runtime, 'redis' | 'prefix' | 'enqueue'>,
  definitions: readonly AnyJobDefinition[],
  limit = 1000,
): Promise<{ retried: number; unknown: number }> {
  const key = routerKeys(runtime.prefix).failed();
  const entries = await listFailedPosts(runtime, limit);
  let retried = 0;
  let unknownJobs = 0;
  for (const entry of entries) {
    const def = definitions.find((d) => d.name === entry.job);
    if (!def) {
      unknownJobs += 1;
      continue;
    }
    // Claim first so two replicas pressing retry do not double-enqueue.
    if ((await runtime.redis.hdel(key, entry.id)) === 0) continue;
    const data = { ...(entry.data as Record<string, unknown>), retries: entry.retries + 1 };
    await runtime.enqueue(def, data, { jobId: safeJobId(`retry-${entry.id}`) });
    retried += 1;
  }
  return { retried, unknown: unknownJobs };
}
