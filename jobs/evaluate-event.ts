import { createHash } from 'node:crypto';
import { z } from 'zod';
import { alertDedupRedisKey, claimAlerts, completeAlerts, recordDedupKey, recordJobId, releaseAlerts } from '../src/ingest/dedup.js';
import { cloudTrailEventSchema, guardDutyFindingSchema } from '../src/ingest/record-schemas.js';
import { isPlainObject, quickValidCloudTrail, quickValidGuardDuty } from '../src/ingest/schemas.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineJob } from '../src/queue/define-job.js';
import { SrmError } from '../src/errors.js';
import { createRuleEngine, type RuleEngine } from '../src/rules/engine.js';
import { createRedisRuleState } from '../src/rules/redis-state.js';
import { applySuppressions } from '../src/router/route.js';
import { buildEventAlert, type EventAlert } from '../src/router/event-alert.js';
import { offersForRecord } from '../src/router/offers.js';
import type { Alert } from '../src/rules/types.js';
import type { SrmConfig } from '../src/config.js';
import type { Runtime } from '../src/queue/runtime.js';
import type { Logger } from '../src/logger.js';

const recordSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('cloudtrail'), event: cloudTrailEventSchema }),
  z.object({ source: z.literal('guardduty'), finding: guardDutyFindingSchema }),
]);

/** The reader's checks of the same fields (schemas.ts quickValid, held in agreement with the zod schemas by a test), without copying. */
function quickValidRecord(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  if (v['source'] === 'cloudtrail') return isPlainObject(v['event']) && quickValidCloudTrail(v['event']);
  if (v['source'] === 'guardduty') return isPlainObject(v['finding']) && quickValidGuardDuty(v['finding']);
  return false;
}

/** A record of a batch: the quick check, else the zod schema (which gives the reason). A batch of 500 is not copied twice over. */
const batchRecordSchema = z.union([z.custom<IngestedRecord>(quickValidRecord), recordSchema]);

/** Records per evaluate-event job (a poll page, an SQS batch, a slice of a big submit). */
export const maxBatchRecords = 500;

/**
 * One record (`record`: what earlier versions enqueued, kept so their jobs
 * still run), or a batch of them (`records`: a poll page, an SQS batch),
 * evaluated in order by one job.
 */
export type EvaluateEventPayload = { record: IngestedRecord } | { records: IngestedRecord[] };

/** The records a payload carries, in order. */
export const payloadRecords = (p: EvaluateEventPayload): IngestedRecord[] => ('record' in p ? [p.record] : p.records);

/** A whole batch that passes the quick check, in one loop (zod's per-element union costs ~10× more on 500 records). */
const quickBatch = z.custom<IngestedRecord[]>((v) => Array.isArray(v) && v.length >= 1 && v.length <= maxBatchRecords && v.every(quickValidRecord));

const payloadSchema = z.union([
  z.object({ records: quickBatch }),
  z.object({ record: recordSchema }),
  // (a batch with a record the quick check refuses: the schema per record, which names the reason)
  z.object({ records: z.array(batchRecordSchema).min(1).max(maxBatchRecords) }),
]) as unknown as z.ZodType<EvaluateEventPayload>;

/**
 * A batch's job id, from its records' dedup keys: the same page read twice
 * (overlapping polls, a redelivered SQS batch) while its job is kept is one
 * job. A page of other records around the same events is another job; its
 * events are then dropped by their claims.
 */
export function batchJobId(records: readonly IngestedRecord[]): string {
  return `batch-${createHash('sha1').update(records.map(recordDedupKey).join('\n')).digest('hex')}`;
}

const engines = new WeakMap<SrmConfig, RuleEngine>();
/**
 * The rule engine, built once per process and config (the config's noise
 * policy and stateful rules' windows shape it); stateful rules keep their
 * windows in Redis, shared by every worker and replica.
 */
function ruleEngine(runtime: Pick<Runtime, 'config' | 'redis' | 'prefix'>): RuleEngine {
  const config: SrmConfig = runtime.config;
  let engine = engines.get(config);
  if (!engine) {
    engine = createRuleEngine({ noise: config.noise, tuning: config.rules, state: createRedisRuleState(runtime.redis, runtime.prefix) });
    engines.set(config, engine);
  }
  return engine;
}

export interface EvaluateResult {
  dedupKey: string;
  /** Rules that matched the record. */
  alerts: number;
  /** Event alerts handed on: 1 (every rule left after suppressions in one message) or 0. */
  published: number;
  /** 1 when the event was handled already (by another job, replica or an earlier run). */
  duplicates: number;
  /** Rules taken out by config suppressions. */
  suppressed: number;
  /** Rules in the published event alert. */
  rules?: number;
}

/** What a batch job returns: the sums over its records. */
export type EvaluateBatchResult = Omit<EvaluateResult, 'dedupKey' | 'rules'> & { records: number };

/** The claim of an event: one per record, whatever rules it matched. */
export const eventClaim = (event: Pick<Alert, 'source' | 'dedupKey'>) => ({ rule: `event:${event.source}`, dedupKey: event.dedupKey });

/**
 * Evaluates records in order and hands on their event alerts. Each event is
 * claimed for `owner` (the job: a retry of it resumes its own claims) in one
 * round trip; claimed events are published (a batch routed at once when the
 * sink can) and only then marked done, so a job that dies mid-way loses
 * nothing and its retry publishes the same events, which the router posts
 * once (it keeps its progress per event).
 */
async function evaluateRecords(runtime: Runtime, records: readonly IngestedRecord[], owner: string, logger: Logger, batch: boolean): Promise<EvaluateResult[]> {
  const engine = ruleEngine(runtime);
  const results: EvaluateResult[] = [];
  const events: Array<{ event: EventAlert; result: EvaluateResult; claim: ReturnType<typeof eventClaim>; key: string }> = [];
  for (const record of records) {
    // One record at a time: stateful rules see the batch in its order.
    const alerts = await engine.evaluateAsync(record);
    const result: EvaluateResult = { dedupKey: recordDedupKey(record), alerts: alerts.length, published: 0, duplicates: 0, suppressed: 0 };
    results.push(result);
    const kept: Alert[] = [];
    for (const raw of alerts) {
      const verdict = applySuppressions(raw, runtime.config.suppressions);
      if (verdict.action === 'suppress') {
        result.suppressed++;
        logger.info({ rule: raw.rule, eventId: raw.eventId, reason: verdict.reason }, 'alert suppressed by config');
        continue;
      }
      kept.push(verdict.alert);
    }
    if (kept.length) {
      const event = buildEventAlert(kept, offersForRecord(record, logger))!;
      // The claim's Redis key is hashed once for the claim, the completion or the release.
      const claim = eventClaim(event);
      events.push({ event, result, claim, key: alertDedupRedisKey(runtime.prefix, claim) });
    }
  }
  if (events.length === 0) return results;
  const claims = await claimAlerts(runtime.redis, runtime.prefix, events.map((e) => e.claim), owner, events.map((e) => e.key));
  const handed = events.filter((e, i) => {
    if (claims.results[i] === 'duplicate') {
      e.result.duplicates = 1;
      logger.debug({ dedupKey: e.event.dedupKey }, 'event already handled');
      return false;
    }
    if (claims.results[i] === 'resumed') logger.info({ dedupKey: e.event.dedupKey }, 'resuming an event hand-off an earlier attempt did not finish');
    return true;
  });
  if (handed.length === 0) return results;
  const sink = runtime.alerts;
  if (sink) {
    try {
      if (batch && sink.publishBatch) await sink.publishBatch(handed.map((e) => e.event));
      else for (const e of handed) await sink.publish(e.event);
    } catch (err) {
      await releaseAlerts(runtime.redis, runtime.prefix, handed.map((e) => e.claim), handed.map((e) => e.key));
      throw err;
    }
  } else {
    for (const { event } of handed) {
      logger.info({ rule: event.rule, rules: event.rules.map((r) => r.rule), severity: event.severity, eventId: event.eventId, account: event.account, region: event.region }, 'alert (no alert sink in this process)');
    }
  }
  const completion = await completeAlerts(runtime.redis, runtime.prefix, handed.map((e) => e.claim), { owner, history: claims.history }, undefined, handed.map((e) => e.key));
  if (completion === 'moved') {
    // A failover between the claims and now: what the old master had not replicated (claims, decisions, digest
    // lines, enqueued posts) may be gone while later writes landed on the promoted replica. The claims stay ours
    // (or are gone): the job's retry claims again and hands every event on again; the router keeps what survived.
    logger.warn({ events: handed.length }, 'redis history changed during the hand-off (failover); handing the events on again');
    throw new SrmError('redis-history-changed', 'Redis failed over during the hand-off: the events are handed on again', { retryable: true });
  }
  for (const { event, result } of handed) {
    result.published = 1;
    result.rules = event.rules.length;
  }
  return results;
}

/**
 * Runs every rule on CloudTrail events or GuardDuty findings (one, or a
 * batch in order) and folds what matched each record into ONE event alert
 * (every rule listed, the highest severity leading). Config suppressions and
 * downgrades are applied rule by rule first. Each event is claimed once (SET
 * NX on its dedup key: CloudTrail eventID, GuardDuty id@updatedAt), so a
 * re-read or redelivered event is posted once across jobs, batches, replicas
 * and restarts; a claim stays pending for its job until the hand-off
 * succeeds, so a killed worker loses nothing. The remediations the record
 * allows are computed here and travel with the alert. Alerts go to
 * runtime.alerts (a batch's all at once; logged when no sink runs in this
 * process).
 */
export const evaluateEvent = defineJob<EvaluateEventPayload>({
  name: 'evaluate-event',
  queue: 'ingest',
  schema: payloadSchema,
  jobId: (p) => ('record' in p ? recordJobId(p.record) : batchJobId(p.records)),
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    // Kept an hour so that overlapping polls re-reading the events are no-op enqueues.
    removeOnComplete: { age: 3600, count: 20_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  concurrency: 20,
  async process(payload, { runtime, logger, job }): Promise<EvaluateResult | EvaluateBatchResult> {
    const owner = `${job.id ?? 'unknown'}`;
    if ('record' in payload) return (await evaluateRecords(runtime, [payload.record], owner, logger, false))[0]!;
    const results = await evaluateRecords(runtime, payload.records, owner, logger, true);
    const sum: EvaluateBatchResult = { records: results.length, alerts: 0, published: 0, duplicates: 0, suppressed: 0 };
    for (const r of results) {
      sum.alerts += r.alerts;
      sum.published += r.published;
      sum.duplicates += r.duplicates;
      sum.suppressed += r.suppressed;
    }
    return sum;
  },
});
