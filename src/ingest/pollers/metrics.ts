import { Counter, Gauge } from 'prom-client';
import { registry } from '../../metrics.js';

const labelNames = ['source', 'account', 'region'] as const;

export const eventsIngested = new Counter({
  name: 'srm_events_ingested_total',
  help: 'CloudTrail events and GuardDuty findings read by the pollers and the SQS consumer',
  labelNames,
  registers: [registry],
});

export const pollLagSeconds = new Gauge({
  name: 'srm_poll_lag_seconds',
  help: 'Seconds between now and the newest event time seen by the last successful poll',
  labelNames,
  registers: [registry],
});

export const pollErrors = new Counter({
  name: 'srm_poll_errors_total',
  help: 'Polls that failed, by error name',
  labelNames: [...labelNames, 'error'],
  registers: [registry],
});

export const awsThrottles = new Counter({
  name: 'srm_aws_throttles_total',
  help: 'AWS calls retried by the SDK (throttling or transient errors) during polls',
  labelNames,
  registers: [registry],
});

/** Throttles = retries the SDK made before it succeeded ($metadata.attempts - 1). */
export function countRetries(labels: { source: string; account: string; region: string }, output: { $metadata?: { attempts?: number } }): void {
  const attempts = output.$metadata?.attempts ?? 1;
  if (attempts > 1) awsThrottles.inc(labels, attempts - 1);
}
