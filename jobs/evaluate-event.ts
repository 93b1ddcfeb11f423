import { z } from 'zod';
import { claimAlert, completeAlert, recordDedupKey, recordJobId, releaseAlert } from '../src/ingest/dedup.js';
import { cloudTrailEventSchema, guardDutyFindingSchema } from '../src/ingest/schemas.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineJob } from '../src/queue/define-job.js';
import { createRuleEngine, type RuleEngine } from '../src/rules/engine.js';
import { applySuppressions } from '../src/router/route.js';
import type { Alert } from '../src/rules/types.js';
import type { SrmConfig } from '../src/config.js';

const recordSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('cloudtrail'), event: cloudTrailEventSchema }),
  z.object({ source: z.literal('guardduty'), finding: guardDutyFindingSchema }),
]);

export interface EvaluateEventPayload {
  record: IngestedRecord;
}

const payloadSchema = z.object({ record: recordSchema }) as unknown as z.ZodType<EvaluateEventPayload>;

const engines = new WeakMap<SrmConfig, RuleEngine>();
/** The rule engine, built once per process and config (the config's noise policy shapes it). */
function ruleEngine(config: SrmConfig): RuleEngine {
  let engine = engines.get(config);
  if (!engine) {
    engine = createRuleEngine({ noise: config.noise });
    engines.set(config, engine);
  }
  return engine;
}

export interface EvaluateResult {
  dedupKey: string;
  alerts: number;
  published: number;
  duplicates: number;
  suppressed: number;
}

/**
 * Runs every rule on one CloudTrail event or GuardDuty finding. Each alert is
 * claimed once (SET NX on rule + dedup key, so a re-read or redelivered event
 * is posted once across replicas and restarts; a claim stays pending for its
 * job until the hand-off succeeds, so a killed worker loses nothing), config suppressions and
 * downgrades are applied, and new alerts go to runtime.alerts (logged when
 * no sink runs in this process).
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
    const alerts = ruleEngine(runtime.config).evaluate(payload.record);
    const result: EvaluateResult = { dedupKey: recordDedupKey(payload.record), alerts: alerts.length, published: 0, duplicates: 0, suppressed: 0 };
    for (const raw of alerts) {
      const verdict = applySuppressions(raw, runtime.config.suppressions);
      if (verdict.action === 'suppress') {
        result.suppressed++;
        logger.info({ rule: raw.rule, eventId: raw.eventId, reason: verdict.reason }, 'alert suppressed by config');
        continue;
      }
      const alert: Alert = verdict.alert;
      const claim = await claimAlert(runtime.redis, runtime.prefix, alert, `${job.id ?? 'unknown'}`);
      if (claim === 'duplicate') {
        result.duplicates++;
        logger.debug({ rule: alert.rule, dedupKey: alert.dedupKey }, 'alert already handled');
        continue;
      }
      if (claim === 'resumed') logger.info({ rule: alert.rule, dedupKey: alert.dedupKey }, 'resuming an alert hand-off an earlier attempt did not finish');
      if (runtime.alerts) {
        try {
          await runtime.alerts.publish(alert);
        } catch (err) {
          await releaseAlert(runtime.redis, runtime.prefix, alert);
          throw err;
        }
      } else {
        logger.info({ rule: alert.rule, severity: alert.severity, eventId: alert.eventId, account: alert.account, region: alert.region }, 'alert (no alert sink in this process)');
      }
      await completeAlert(runtime.redis, runtime.prefix, alert);
      result.published++;
    }
    return result;
  },
});
