import { z } from 'zod';
import { claimAlert, completeAlert, recordDedupKey, recordJobId, releaseAlert } from '../src/ingest/dedup.js';
import { cloudTrailEventSchema, guardDutyFindingSchema } from '../src/ingest/schemas.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineJob } from '../src/queue/define-job.js';
import { createRuleEngine, type RuleEngine } from '../src/rules/engine.js';
import { createRedisRuleState } from '../src/rules/redis-state.js';
import { applySuppressions } from '../src/router/route.js';
import { buildEventAlert, type EventAlert } from '../src/router/event-alert.js';
import { offersForRecord } from '../src/router/offers.js';
import type { Alert } from '../src/rules/types.js';
import type { SrmConfig } from '../src/config.js';
import type { Runtime } from '../src/queue/runtime.js';

const recordSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('cloudtrail'), event: cloudTrailEventSchema }),
  z.object({ source: z.literal('guardduty'), finding: guardDutyFindingSchema }),
]);

export interface EvaluateEventPayload {
  record: IngestedRecord;
}

const payloadSchema = z.object({ record: recordSchema }) as unknown as z.ZodType<EvaluateEventPayload>;

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

/** The claim of an event: one per record, whatever rules it matched. */
export const eventClaim = (event: Pick<Alert, 'source' | 'dedupKey'>) => ({ rule: `event:${event.source}`, dedupKey: event.dedupKey });

/**
 * Runs every rule on one CloudTrail event or GuardDuty finding and folds
 * what matched into ONE event alert (every rule listed, the highest severity
 * leading). Config suppressions and downgrades are applied rule by rule
 * first. The event is claimed once (SET NX on its dedup key: CloudTrail
 * eventID, GuardDuty id@updatedAt), so a re-read or redelivered event is
 * posted once across replicas and restarts; a claim stays pending for its job
 * until the hand-off succeeds, so a killed worker loses nothing. The
 * remediations the record allows are computed here and travel with the
 * alert. It goes to runtime.alerts (logged when no sink runs in this process).
 */
export const evaluateEvent = defineJob<EvaluateEventPayload>({
  name: 'evaluate-event',
  queue: 'ingest',
  schema: payloadSchema,
  jobId: (p) => recordJobId(p.record),
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 1_000 },
    // Kept an hour so that overlapping polls re-reading the event are no-op enqueues.
    removeOnComplete: { age: 3600, count: 20_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  concurrency: 20,
  async process(payload, { runtime, logger, job }): Promise<EvaluateResult> {
    const alerts = await ruleEngine(runtime).evaluateAsync(payload.record);
    const result: EvaluateResult = { dedupKey: recordDedupKey(payload.record), alerts: alerts.length, published: 0, duplicates: 0, suppressed: 0 };
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
    if (kept.length === 0) return result;
    const event: EventAlert = buildEventAlert(kept, offersForRecord(payload.record, logger))!;
    const claimKey = eventClaim(event);
    const claim = await claimAlert(runtime.redis, runtime.prefix, claimKey, `${job.id ?? 'unknown'}`);
    if (claim === 'duplicate') {
      result.duplicates = 1;
      logger.debug({ dedupKey: event.dedupKey }, 'event already handled');
      return result;
    }
    if (claim === 'resumed') logger.info({ dedupKey: event.dedupKey }, 'resuming an event hand-off an earlier attempt did not finish');
    if (runtime.alerts) {
      try {
        await runtime.alerts.publish(event);
      } catch (err) {
        await releaseAlert(runtime.redis, runtime.prefix, claimKey);
        throw err;
      }
    } else {
      logger.info({ rule: event.rule, rules: event.rules.map((r) => r.rule), severity: event.severity, eventId: event.eventId, account: event.account, region: event.region }, 'alert (no alert sink in this process)');
    }
    await completeAlert(runtime.redis, runtime.prefix, claimKey);
    result.published = 1;
    result.rules = event.rules.length;
    return result;
  },
});
