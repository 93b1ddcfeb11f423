import { Queue } from 'bullmq';
import { accountKey, type SrmConfig } from '../config.js';
import type { AnyJobDefinition } from './define-job.js';
import type { Producer } from './producer.js';
import type { Runtime } from './runtime.js';
import { pollCloudtrail } from '../../jobs/poll-cloudtrail.js';
import { pollGuardduty } from '../../jobs/poll-guardduty.js';

/** One job scheduler: BullMQ creates one job per interval however many replicas run. */
export interface SchedulerSpec {
  /** Unique per queue; starts with the owner's managed prefix. */
  id: string;
  def: AnyJobDefinition;
  data: unknown;
  every?: number;
  pattern?: string;
  tz?: string;
}

/** The ingest schedulers the config asks for: CloudTrail and GuardDuty per (account, region). (SQS queues are consumed continuously: src/ingest/sqs.) */
export function ingestSchedulers(config: SrmConfig): SchedulerSpec[] {
  const every = config.poll.seconds * 1_000;
  const specs: SchedulerSpec[] = [];
  for (const account of config.accounts) {
    const acct = accountKey(account);
    for (const region of account.regions) {
      const data = { account: acct, region };
      if (config.poll.cloudtrail) specs.push({ id: `poll-cloudtrail-${acct}-${region}`, def: pollCloudtrail, data, every });
      if (config.poll.guardduty) specs.push({ id: `poll-guardduty-${acct}-${region}`, def: pollGuardduty, data, every });
    }
  }
  return specs;
}

/**
 * Make the schedulers whose ids start with `managedPrefix` on `queue` exactly
 * `specs`: upsert each (idempotent; updates an interval that changed) and
 * remove the managed ones no longer wanted. Other owners' schedulers on the
 * same queue (other prefixes) are left alone.
 */
export async function syncSchedulers(queue: Queue, managedPrefixes: string[], specs: SchedulerSpec[]): Promise<{ upserted: string[]; removed: string[] }> {
  const wanted = new Set(specs.map((s) => s.id));
  for (const s of specs) {
    const data = s.def.schema.parse(s.data);
    await queue.upsertJobScheduler(
      s.id,
      s.pattern ? { pattern: s.pattern, ...(s.tz ? { tz: s.tz } : {}) } : { every: s.every ?? 30_000 },
      { name: s.def.name, data, opts: { attempts: 1, removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } } },
    );
  }
  const removed: string[] = [];
  const existing = await queue.getJobSchedulers(0, -1);
  for (const sch of existing) {
    const id = sch.key;
    if (!wanted.has(id) && managedPrefixes.some((p) => id.startsWith(p))) {
      await queue.removeJobScheduler(id);
      removed.push(id);
    }
  }
  return { upserted: [...wanted], removed };
}

// 'consume-sqs' stays managed so the scheduler of versions that polled SQS on a timer is removed.
export const ingestSchedulerPrefixes = ['poll-cloudtrail-', 'poll-guardduty-', 'consume-sqs'];

/**
 * Upsert the ingest schedulers from runtime.config and drop stale ones.
 * Uses the producer's ingest queue when given, else a short-lived one.
 */
export async function upsertSchedulers(runtime: Runtime, producer?: Pick<Producer, 'queue'>): Promise<{ upserted: string[]; removed: string[] }> {
  const queue = producer?.queue('ingest') ?? new Queue('ingest', { connection: runtime.redis, prefix: runtime.prefix });
  try {
    const result = await syncSchedulers(queue, ingestSchedulerPrefixes, ingestSchedulers(runtime.config));
    runtime.logger.info({ schedulers: result.upserted.length, removed: result.removed }, 'ingest schedulers upserted');
    return result;
  } finally {
    if (!producer) await queue.close();
  }
}
