import { z } from 'zod';
import { errorMessage } from '../../errors.js';
import { appKey, type Runtime } from '../../queue/runtime.js';

export type PollSource = 'cloudtrail' | 'guardduty' | 'sqs';

/** What `/srm status` shows per (source, account, region). */
export interface PollStatus {
  source: PollSource;
  account: string;
  region: string;
  /** ISO time of the last poll that succeeded. */
  lastSuccessAt?: string;
  /** Seconds between that poll and the newest event it had seen. */
  lagSeconds?: number;
  /** Events read by the last successful poll. */
  lastEvents?: number;
  lastErrorAt?: string;
  /** The error's name (AWS error code) and message. */
  lastError?: string;
  /** Failures since the last success. */
  consecutiveErrors: number;
  /** SQS: the queue's name (several queues may share an account and region). */
  queue?: string;
  /** SQS: what the consumer holding the queue's lease does (consuming, paused: …, stopped). */
  state?: string;
  /** SQS: the lease holder ("host:pid:…"). */
  holder?: string;
}

const statusSchema = z.object({
  source: z.enum(['cloudtrail', 'guardduty', 'sqs']),
  account: z.string(),
  region: z.string(),
  lastSuccessAt: z.string().optional(),
  lagSeconds: z.number().optional(),
  lastEvents: z.number().optional(),
  lastErrorAt: z.string().optional(),
  lastError: z.string().optional(),
  consecutiveErrors: z.number().default(0),
  queue: z.string().optional(),
  state: z.string().optional(),
  holder: z.string().optional(),
});

type Target = Pick<PollStatus, 'source' | 'account' | 'region' | 'queue'>;
type Scope = Pick<Runtime, 'redis' | 'prefix'>;

const statusKey = (scope: Scope) => appKey(scope, 'poll-status');
const field = (t: Target) => `${t.source}|${t.account}|${t.region}${t.queue ? `|${t.queue}` : ''}`;

async function read(scope: Scope, t: Target): Promise<PollStatus> {
  const raw = await scope.redis.hget(statusKey(scope), field(t));
  if (raw) {
    try {
      const parsed = statusSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // A corrupt entry is replaced.
    }
  }
  return { ...t, consecutiveErrors: 0 };
}

export async function recordPollSuccess(scope: Scope, t: Target, r: { at: Date; newestEventAt?: Date; events: number }): Promise<void> {
  const prev = await read(scope, t);
  const next: PollStatus = {
    ...prev,
    ...t,
    lastSuccessAt: r.at.toISOString(),
    lastEvents: r.events,
    consecutiveErrors: 0,
  };
  if (r.newestEventAt) next.lagSeconds = Math.max(0, Math.round((r.at.getTime() - r.newestEventAt.getTime()) / 1000));
  await scope.redis.hset(statusKey(scope), field(t), JSON.stringify(next));
}

export async function recordPollError(scope: Scope, t: Target, err: unknown, at = new Date()): Promise<void> {
  const prev = await read(scope, t);
  const name = err instanceof Error && err.name !== 'Error' ? `${err.name}: ` : '';
  const next: PollStatus = {
    ...prev,
    ...t,
    lastErrorAt: at.toISOString(),
    lastError: `${name}${errorMessage(err)}`.slice(0, 500),
    consecutiveErrors: prev.consecutiveErrors + 1,
  };
  await scope.redis.hset(statusKey(scope), field(t), JSON.stringify(next));
}

/** The SQS consumer holding a queue's lease says what it does (consuming, paused, stopped) and who it is. */
export async function recordConsumerState(scope: Scope, t: Target, r: { state: string; holder: string }): Promise<void> {
  const prev = await read(scope, t);
  await scope.redis.hset(statusKey(scope), field(t), JSON.stringify({ ...prev, ...t, state: r.state, holder: r.holder }));
}

/** Drops one entry (a status written under a key no longer used). */
export async function forgetPollStatus(scope: Scope, t: Target): Promise<void> {
  await scope.redis.hdel(statusKey(scope), field(t));
}

/** Every poll's status, sorted by source, account, region (for `/srm status`). */
export async function readPollStatus(runtime: Scope): Promise<PollStatus[]> {
  const all = await runtime.redis.hgetall(statusKey(runtime));
  const out: PollStatus[] = [];
  for (const raw of Object.values(all)) {
    try {
      const parsed = statusSchema.safeParse(JSON.parse(raw));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // skipped: corrupt entry
    }
  }
  return out.sort((a, b) => field(a).localeCompare(field(b)));
}
