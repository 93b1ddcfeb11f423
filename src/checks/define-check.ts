import type { AwsClients } from '../aws/clients.js';
import { classifyAwsError, type ClassifiedAwsError } from '../aws/errors.js';
import type { CoreAreaId } from '../knowledge/area-ids.js';
import type { Logger } from '../logger.js';
import type { Severity } from '../rules/types.js';
import type { CheckSummary } from './summary.js';
import type { CheckStatus } from './types.js';

/** What `evaluate` may know besides the snapshot: where and when. */
export interface EvaluateContext {
  account: string;
  /** The region checked, or "global". */
  region: string;
  now: Date;
}

/** What `collect` gets: the injected clients for the target account and region. */
export interface CollectContext extends EvaluateContext {
  clients: AwsClients;
  logger: Logger;
  signal?: AbortSignal;
  /** Waits between polls (credential report); tests pass one that does not wait. */
  sleep(ms: number): Promise<void>;
}

/** One verdict about one resource; runCheck adds the check's metadata. */
export interface Finding {
  /** ARN where the resource has one, else its id; the account id for account-level checks. */
  resource: string;
  status: CheckStatus;
  detail: string;
}

/**
 * One AWS check: metadata, `collect` (the AWS calls, paginated) and a pure
 * `evaluate`. A call that fails inside collect should be caught with
 * `attempt` so the resources it covers become `error` findings, never passes;
 * an error that escapes collect makes the whole check one `error` result.
 */
export interface Check<S = unknown> extends CheckSummary {
  area: CoreAreaId;
  /** Why it is the customer's (or shared) duty, not AWS's. */
  why: string;
  /** What to do about a failure. */
  remediation: string;
  references?: readonly string[];
  collect(ctx: CollectContext): Promise<S>;
  evaluate(snapshot: S, ctx: EvaluateContext): Finding[];
}

export function defineCheck<S>(check: Check<S>): Check<S> {
  return check;
}

/** An AWS call that failed, with the IAM action it needed. */
export class AwsCallError extends Error {
  readonly permission: string;
  readonly aws: ClassifiedAwsError;
  constructor(permission: string, cause: unknown) {
    const aws = classifyAwsError(cause);
    super(`${aws.name} calling ${permission}: ${aws.message}`, { cause });
    this.name = 'AwsCallError';
    this.permission = permission;
    this.aws = aws;
  }
}

/** Runs one AWS call; a failure is rethrown as AwsCallError naming the permission. */
export async function call<T>(permission: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AwsCallError) throw err;
    throw new AwsCallError(permission, err);
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AwsCallError };

/** Like `call`, but returns the failure so the other calls of a collect can go on. */
export async function attempt<T>(permission: string, fn: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call(permission, fn) };
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err };
    throw err;
  }
}

/** The detail of an `error` result: the error name and what is missing. */
export function errorDetail(error: AwsCallError): string {
  const { kind, name, message } = error.aws;
  if (kind === 'access-denied') return `could not check: ${name}; missing permission ${error.permission}`;
  if (kind === 'credentials') return `could not check: ${name}; credentials are missing, invalid or expired (calling ${error.permission})`;
  return `could not check: ${name} calling ${error.permission} (${kind}): ${message}`;
}

export function errorFinding(resource: string, error: AwsCallError): Finding {
  return { resource, status: 'error', detail: errorDetail(error) };
}

export function pass(resource: string, detail: string): Finding {
  return { resource, status: 'pass', detail };
}

export function fail(resource: string, detail: string): Finding {
  return { resource, status: 'fail', detail };
}

/** Severity re-exported for check files, so they import one module. */
export type { Severity };

/** Reads every page of an SDK paginator (`paginateX({ client }, input)`). */
export async function allPages<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}
