import { setTimeout as sleep } from 'node:timers/promises';
import type { AwsClients } from '../aws/clients.js';
import { classifyAwsError } from '../aws/errors.js';
import { errorMessage } from '../errors.js';
import { silentLogger } from '../logger.js';
import { AwsCallError, errorDetail, type Check, type CollectContext, type Finding } from './define-check.js';
import { findChecks, getCheck } from './select.js';
import type { CheckResult, CheckRunOptions } from './types.js';

export { findChecks, getCheck };

/** The account and region one check run is for. */
export interface RunTarget {
  account: string;
  region: string;
}

export interface RunCheckOptions extends CheckRunOptions {
  now?: Date;
  sleep?: (ms: number) => Promise<void>;
}

/** The metadata of a check that every result of it carries. */
export type ResultMeta = Pick<Check, 'id' | 'title' | 'area' | 'owner' | 'controls' | 'severity'>;

/** One finding of a check as the result `srm check --json` prints. */
export function toResult(check: ResultMeta, target: RunTarget, region: string, f: Finding): CheckResult {
  return {
    check: check.id,
    title: check.title,
    area: check.area,
    owner: check.owner,
    controls: [...check.controls],
    account: target.account,
    region,
    resource: f.resource,
    status: f.status,
    detail: f.detail,
    severity: check.severity,
  };
}

function failureDetail(check: Check, err: unknown): string {
  if (err instanceof AwsCallError) return errorDetail(err);
  const aws = classifyAwsError(err);
  if (aws.kind === 'access-denied') {
    return `could not check: ${aws.name}; needs ${check.permissions.join(', ')}`;
  }
  return `could not check: ${aws.name} (${aws.kind}): ${errorMessage(err)}`;
}

/**
 * Runs one check against one account and region: one result per resource.
 * Any error becomes `status: "error"` (never a pass); nothing to check gives
 * one `pass` for the account.
 */
export async function runCheck(
  check: Check,
  target: RunTarget,
  clients: AwsClients,
  options: RunCheckOptions = {},
): Promise<CheckResult[]> {
  const region = check.scope === 'global' ? 'global' : target.region;
  const logger = (options.logger ?? silentLogger()).child({ checkId: check.id, accountId: target.account, region });
  const ctx: CollectContext = {
    account: target.account,
    region,
    now: options.now ?? new Date(),
    clients,
    logger,
    signal: options.signal,
    sleep: options.sleep ?? sleep,
  };
  let findings: Finding[];
  try {
    const snapshot = await check.collect(ctx);
    findings = check.evaluate(snapshot, { account: ctx.account, region: ctx.region, now: ctx.now });
  } catch (err) {
    const detail = failureDetail(check, err);
    logger.warn({ err: err instanceof AwsCallError ? err.aws : classifyAwsError(err) }, 'check could not run');
    return [toResult(check, target, region, { resource: target.account, status: 'error', detail })];
  }
  if (findings.length === 0) {
    findings = [{ resource: target.account, status: 'pass', detail: `nothing to check in ${region === 'global' ? 'the account' : region}` }];
  }
  const results = findings.map((f) => toResult(check, target, region, f));
  logger.debug(
    {
      passed: results.filter((r) => r.status === 'pass').length,
      failed: results.filter((r) => r.status === 'fail').length,
      errors: results.filter((r) => r.status === 'error').length,
    },
    'check finished',
  );
  return results;
}

export interface RunChecksOptions extends RunCheckOptions {
  /** How many (check, target) runs at once (default 4). */
  concurrency?: number;
  /** Called with each run's results as it ends (progress, streaming output). */
  onResults?: (results: CheckResult[], run: { check: Check; target: RunTarget; done: number; total: number }) => void;
}

/** The (check, target) pairs to run: global checks once per account, regional ones per target. */
export function planRuns(checks: readonly Check[], targets: readonly RunTarget[]): { check: Check; target: RunTarget }[] {
  const runs: { check: Check; target: RunTarget }[] = [];
  const accounts = [...new Set(targets.map((t) => t.account))];
  for (const account of accounts) {
    const mine = targets.filter((t) => t.account === account);
    for (const check of checks) {
      if (check.scope === 'global') runs.push({ check, target: mine[0]! });
      else for (const target of mine) runs.push({ check, target });
    }
  }
  return runs;
}

/**
 * Runs checks (or check selectors) against targets with bounded concurrency.
 * Results come back in plan order whatever order the runs finish in.
 */
export async function runChecks(
  selection: readonly (Check | string)[],
  targets: readonly RunTarget[],
  clientsFor: (target: RunTarget) => AwsClients,
  options: RunChecksOptions = {},
): Promise<CheckResult[]> {
  const ids = selection.filter((s): s is string => typeof s === 'string');
  const checks = [...selection.filter((s): s is Check => typeof s !== 'string'), ...(ids.length > 0 ? findChecks(ids) : [])];
  const runs = planRuns([...new Set(checks)], targets);
  const out: CheckResult[][] = new Array(runs.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < runs.length) {
      if (options.signal?.aborted) return;
      const i = next++;
      const run = runs[i]!;
      const results = await runCheck(run.check, run.target, clientsFor(run.target), options);
      out[i] = results;
      done++;
      options.onResults?.(results, { ...run, done, total: runs.length });
    }
  };
  const width = Math.max(1, Math.min(options.concurrency ?? 4, runs.length));
  await Promise.all(Array.from({ length: width }, worker));
  return out.flatMap((r) => r ?? []);
}
