import { UnrecoverableError } from 'bullmq';
import { Counter } from 'prom-client';
import { z } from 'zod';
import type { AwsClients } from '../src/aws/clients.js';
import { getCallerAccount } from '../src/aws/clients.js';
import { classifyAwsError } from '../src/aws/errors.js';
import { globalEventsRegion, findAccount } from '../src/config.js';
import type { Check } from '../src/checks/define-check.js';
import { createRunStore, reportProgress, runEnv } from '../src/checks/progress.js';
import { compareRun, createResultsStore, raisesAlert, type TargetRecord } from '../src/checks/results-store.js';
import { runCheck, toResult, type ResultMeta } from '../src/checks/run.js';
import type { CheckResult } from '../src/checks/types.js';
import { SrmError, errorMessage } from '../src/errors.js';
import { registry } from '../src/metrics.js';
import type { Alert } from '../src/rules/types.js';
import { defineJob, isLastAttempt } from '../src/queue/define-job.js';
import { createAlertSink } from '../src/router/sink.js';
import { ranBefore } from './post-alert.js';

export const runCheckPayload = z.strictObject({
  runId: z.string().regex(/^[a-z0-9-]{6,64}$/),
  checkId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** A configured account id, or "ambient". */
  account: z.string().regex(/^(\d{12}|ambient)$/),
  /** A region, or "global" for global checks. */
  region: z.string().regex(/^(global|[a-z]{2}(-[a-z]+)+-\d+)$/),
});
export type RunCheckPayload = z.output<typeof runCheckPayload>;

export const runCheckAttempts = 3;

const checkResultsTotal = new Counter({ name: 'srm_check_results_total', help: 'Check results recorded by run-check jobs, by status.', labelNames: ['status'] as const, registers: [registry] });

/** A throttled or 5xx AWS call seen while the check ran (the SDK had already retried it). */
class TransientCheckError extends SrmError {
  constructor(message: string) {
    super('check-transient', message, { retryable: true });
    this.name = 'TransientCheckError';
  }
}

/**
 * The clients with every `send` watched: runCheck turns errors into `error`
 * results, and we still need to know whether one was worth retrying.
 */
function watchTransient(clients: AwsClients, seen: string[]): AwsClients {
  return new Proxy(clients, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'object' || value === null || typeof (value as { send?: unknown }).send !== 'function') return value;
      const client = value as { send: (...args: unknown[]) => Promise<unknown> };
      return new Proxy(client, {
        get(c, p, r) {
          if (p !== 'send') return Reflect.get(c, p, r);
          return async (...args: unknown[]) => {
            try {
              return await client.send(...args);
            } catch (err) {
              const { kind, name } = classifyAwsError(err);
              if (kind === 'throttled' || kind === 'transient') seen.push(name);
              throw err;
            }
          };
        },
      });
    },
  });
}

/** The ambient account's id per region's clients (STS GetCallerIdentity once per process). */
const ambientIds = new Map<AwsClients, Promise<string>>();

/**
 * An alert for each resource of a scheduled run's target that newly fails,
 * keyed `check:<checkId>:<account>:<region>:<resource>:<runId>` so a retried
 * job raises it once. A failure the schedule has not seen before (its first
 * run) alerts when it is critical or high; later, any change to failing does.
 */
export function alertsForNewlyFailing(record: TargetRecord, runId: string, catalogue: readonly Check[]): Alert[] {
  const check = catalogue.find((c) => c.id === record.target.checkId);
  return compareRun([record])
    .results.filter(raisesAlert)
    .map(({ result: r, previousStatus }) => {
      const key = `check:${r.check}:${record.target.account}:${r.region}:${r.resource}:${runId}`;
      const firstSight = previousStatus === null ? [`Found by the first run of schedule ${record.scheduleId ?? ''} to check this: there was nothing to compare with, so the failure counts as new.`] : [];
      return {
        eventId: key,
        source: 'check' as const,
        rule: r.check,
        title: r.title,
        severity: r.severity,
        area: r.area,
        controls: [...r.controls],
        account: r.account,
        region: r.region,
        actor: null,
        sourceIp: null,
        time: record.at,
        eventName: r.check,
        summary: `Check "${r.title}" newly fails for ${r.resource}: ${r.detail}`,
        customerAction: check?.remediation ?? 'Review the failing resource and fix its configuration.',
        notes: [...firstSight, ...(check?.why ? [check.why] : [])],
        resource: r.resource,
        sample: false,
        dedupKey: key,
      };
    });
}

function errorResults(check: ResultMeta, account: string, region: string, detail: string): CheckResult[] {
  return [toResult(check, { account, region }, region, { resource: account, status: 'error', detail })];
}

/**
 * One (check, account, region) of a run: runs the check with the account's
 * clients, records its results (latest + the run's), counts the run's
 * progress and, for the job that completes the run, renders the final
 * message. AccessDenied is an `error` result, not a job failure; throttling
 * and 5xx are retried (3 attempts, exponential backoff); an unknown check or
 * account fails the job for good after recording an `error` result.
 */
export const runCheckJob = defineJob<RunCheckPayload>({
  name: 'run-check',
  queue: 'checks',
  schema: runCheckPayload,
  options: {
    attempts: runCheckAttempts,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 24 * 3600, count: 5_000 },
    removeOnFail: { age: 7 * 24 * 3600, count: 5_000 },
  },
  jobId: (p) => `${p.runId}.${p.checkId}.${p.account}.${p.region}`,
  concurrency: 8,
  async process(payload, { job, logger, runtime }) {
    const env = runEnv(runtime);
    const store = createResultsStore(runtime.redis, runtime.prefix);
    const target = { checkId: payload.checkId, account: payload.account, region: payload.region };
    const jobId = job.id ?? `${payload.runId}.${payload.checkId}.${payload.account}.${payload.region}`;
    const lastAttempt = isLastAttempt(job);
    const log = logger.child({ runId: payload.runId, checkId: payload.checkId, accountId: payload.account, region: payload.region });

    // A scheduled run compares with its schedule's own previous run, and alerts.
    const run = await createRunStore(runtime.redis, runtime.prefix).get(payload.runId);
    const scheduled = run?.meta.origin === 'schedule';
    const scheduleId = scheduled ? run?.meta.scheduleId : undefined;

    const record = async (results: CheckResult[]) => {
      const outcome = await store.recordTarget(payload.runId, target, results, scheduleId ? { scheduleId } : {});
      if (outcome.recorded) for (const r of results) checkResultsTotal.inc({ status: r.status });
      log.info(
        {
          recorded: outcome.recorded,
          done: outcome.done,
          total: outcome.total,
          failed: results.filter((r) => r.status === 'fail').length,
          errors: results.filter((r) => r.status === 'error').length,
        },
        'check results recorded',
      );
      await raiseAlerts();
      await reportProgress(env, payload.runId, outcome, jobId, ranBefore(job));
    };

    // Scheduled runs alert on what newly fails right away; the router drops repeats by dedupKey.
    const raiseAlerts = async () => {
      if (!scheduled) return;
      const rec = await store.targetRecord(payload.runId, target);
      if (!rec) return;
      const sink = runtime.alerts ?? createAlertSink(runtime);
      for (const alert of alertsForNewlyFailing(rec, payload.runId, env.catalogue)) {
        await sink.publish(alert);
        log.info({ resource: alert.resource }, 'newly failing check alerted');
      }
    };

    const check = env.catalogue.find((c) => c.id === payload.checkId);
    const account = findAccount(runtime.config, payload.account);
    if (!check || !account) {
      const what = !check ? `unknown check ${payload.checkId}` : `account ${payload.account} is not configured`;
      const meta: ResultMeta = check ?? { id: payload.checkId, title: payload.checkId, area: 'configuration-compliance', owner: 'customer', controls: [], severity: 'info' };
      await record(errorResults(meta, payload.account, payload.region, `could not check: ${what}`));
      throw new UnrecoverableError(what);
    }

    const clientRegion = payload.region === 'global' ? (account.regions[0] ?? globalEventsRegion) : payload.region;
    const transient: string[] = [];
    const raw = runtime.aws({ account, region: clientRegion });
    const clients = watchTransient(raw, transient);
    let accountId = account.id;
    if (!accountId) {
      try {
        let pending = ambientIds.get(raw);
        if (!pending) ambientIds.set(raw, (pending = getCallerAccount(clients)));
        accountId = await pending;
      } catch (err) {
        ambientIds.delete(raw);
        const { kind, name } = classifyAwsError(err);
        if ((kind === 'throttled' || kind === 'transient') && !lastAttempt) throw new TransientCheckError(`${name} calling sts:GetCallerIdentity`);
        await record(errorResults(check, payload.account, payload.region, `could not check: ${name} calling sts:GetCallerIdentity (${kind}): ${errorMessage(err)}`));
        return { status: 'error' };
      }
    }

    const results = await runCheck(check, { account: accountId, region: payload.region }, clients, { logger: log });
    if (transient.length > 0 && results.some((r) => r.status === 'error') && !lastAttempt) {
      throw new TransientCheckError(`transient AWS errors (${[...new Set(transient)].join(', ')}); retrying`);
    }
    await record(results);
    return { results: results.length };
  },
});
