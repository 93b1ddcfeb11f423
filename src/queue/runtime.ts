import type { Job, JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { getAwsClients, type AwsClients } from '../aws/clients.js';
import type { AccountConfig, SrmConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { Alert } from '../rules/types.js';
import type { JobDefinition } from './define-job.js';

/** Where evaluate-event hands each new alert (the Slack half implements it). */
export interface AlertSink {
  publish(alert: Alert): Promise<unknown>;
  /** Many at once (a batch of events, in order): one hand-off instead of one per alert. */
  publishBatch?(alerts: readonly Alert[]): Promise<unknown>;
}

/**
 * What a job processor may use. Built once per process by main.ts/worker.ts
 * (or by a test). Other parts add their own OPTIONAL properties below, one
 * per part (e.g. `slack?: WebClient`), so a process without that part still
 * type-checks and says what is missing instead of failing.
 */
export interface Runtime {
  logger: Logger;
  config: SrmConfig;
  /** For app keys (cursors, dedup, status): always under `${prefix}:`. */
  redis: Redis;
  /** The queue and key prefix (SRM_QUEUE_PREFIX). */
  prefix: string;
  enqueue<P>(def: JobDefinition<P>, payload: P, opts?: JobsOptions): Promise<Job>;
  /** Waits until a replica has what `enqueue` wrote so far (src/queue/replicated.ts); absent, nothing to wait for. */
  replicated?(timeoutMs?: number): Promise<{ outcome: import('./replicated.js').ReplicationOutcome; error?: string }>;
  aws(target: { account: AccountConfig; region: string }): AwsClients;
  /** New alerts go here; absent, evaluate-event only logs them. */
  alerts?: AlertSink;
  /** Rate-limited Slack poster (src/slack/poster.ts); absent, post-alert and flush-digest fail with a clear error. */
  poster?: import('../slack/poster.js').Poster;
  /** Flood-control and digest tuning (src/router/options.ts); defaults when absent. */
  router?: import('../router/options.js').RouterTuning;
  /** Checks part: the catalogue run-check jobs choose from (default checks/index.ts; tests pass their own). */ checkCatalogue?: readonly import('../checks/define-check.js').Check[];
  /** Remediation part: base credentials and SDK options remediate jobs act with (default: the SDK's chain; tests point them at a local endpoint). */
  remediation?: Pick<import('../remediations/run.js').RunEnv, 'credentials' | 'clientOptions'>;
}

/** The AWS clients of a configured account, cached per (account, role, region). */
export function awsForAccount(target: { account: AccountConfig; region: string }): AwsClients {
  const { account, region } = target;
  if (!account.id) return getAwsClients({ region });
  return getAwsClients({
    region,
    account: {
      id: account.id,
      ...(account.roleArn ? { roleArn: account.roleArn } : {}),
      ...(account.externalId ? { externalId: account.externalId } : {}),
    },
  });
}

/** An app key under the prefix: appKey(rt, 'cursor', 'cloudtrail', acct, region) -> "srm:cursor:cloudtrail:…". */
export function appKey(runtime: Pick<Runtime, 'prefix'>, ...parts: string[]): string {
  return [runtime.prefix, ...parts].join(':');
}

/** Assemble a Runtime from its parts (main.ts, worker.ts, tests). */
export function createRuntime(parts: {
  logger: Logger;
  config: SrmConfig;
  redis: Redis;
  prefix: string;
  producer: { enqueue<P>(def: JobDefinition<P>, payload: P, opts?: JobsOptions): Promise<Job>; replicated?: Runtime['replicated'] };
  aws?: Runtime['aws'];
  alerts?: AlertSink;
  poster?: Runtime['poster'];
  router?: Runtime['router'];
}): Runtime {
  return {
    logger: parts.logger,
    config: parts.config,
    redis: parts.redis,
    prefix: parts.prefix,
    enqueue: (def, payload, opts) => parts.producer.enqueue(def, payload, opts),
    ...(parts.producer.replicated ? { replicated: parts.producer.replicated.bind(parts.producer) } : {}),
    aws: parts.aws ?? awsForAccount,
    ...(parts.alerts ? { alerts: parts.alerts } : {}),
    ...(parts.poster ? { poster: parts.poster } : {}),
    ...(parts.router ? { router: parts.router } : {}),
  };
}
