import { classifyAwsError, type ClassifiedAwsError } from '../aws/errors.js';
import { AwsCallError } from '../checks/define-check.js';
import { SrmError, errorMessage } from '../errors.js';
import type { RemediationTarget } from './define-remediation.js';

/**
 * Stable codes of a failed remediation. AWS errors are classified by
 * name/$fault/status (src/aws/errors.ts), never by message text; the AWS
 * error name starts the message.
 */
export type RunErrorCode =
  | 'access-denied'
  | 'throttled'
  | 'transient'
  | 'not-found'
  | 'credentials'
  | 'opt-in-required'
  | 'aws-error'
  | 'assume-role-failed'
  | 'wrong-account'
  | 'invalid-target'
  | 'unknown-remediation'
  | 'error';

export interface RunFailure {
  ok: false;
  code: RunErrorCode;
  /** Worth trying again later (throttling, AWS-side trouble); the job decides. */
  retryable: boolean;
  /** Plain words for the alert's thread, e.g. "AccessDenied: the remediation role … lacks iam:UpdateAccessKey on …". Raw: renderers escape it. */
  message: string;
}

/** Whose credentials made the call, for messages. */
export interface Caller {
  roleArn?: string;
}

export const whoCalled = (c: Caller): string => (c.roleArn ? `the remediation role ${c.roleArn}` : "srm's own credentials (no remediation.roleArn for this account)");
const lacks = (c: Caller): string => `${whoCalled(c)} ${c.roleArn ? 'lacks' : 'lack'}`;

const clip = (s: string, n = 300): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** EC2 writes "not found" as InvalidGroup.NotFound, InvalidSecurityGroupRuleId.NotFound… */
function kindOf(aws: ClassifiedAwsError): ClassifiedAwsError['kind'] {
  return aws.kind === 'fatal' && /\.NotFound$|NotFound(Exception)?$/.test(aws.name) ? 'not-found' : aws.kind;
}

/** A failed AWS call of a remediation, in plain words naming the permission and the resource. */
function awsFailure(aws: ClassifiedAwsError, permission: string, target: RemediationTarget, caller: Caller): RunFailure {
  const where = `${target.resource} (account ${target.account}, ${target.region})`;
  switch (kindOf(aws)) {
    case 'access-denied':
      return {
        ok: false,
        code: 'access-denied',
        retryable: false,
        message: `${aws.name}: ${lacks(caller)} ${permission} on ${where}; grant it (docs/iam-remediation-policy.json) or lift the SCP or permissions boundary that denies it`,
      };
    case 'throttled':
      return { ok: false, code: 'throttled', retryable: true, message: `${aws.name}: AWS throttled ${permission} on ${where}; it is safe to try again` };
    case 'transient':
      return { ok: false, code: 'transient', retryable: true, message: `${aws.name}: AWS had a temporary problem with ${permission} on ${where}; it is safe to try again` };
    case 'not-found':
      return { ok: false, code: 'not-found', retryable: false, message: `${aws.name}: ${where} was not found by ${permission}; it may have been deleted already` };
    case 'credentials':
      return { ok: false, code: 'credentials', retryable: false, message: `${aws.name}: AWS refused ${whoCalled(caller)} as missing, invalid or expired (calling ${permission})` };
    case 'opt-in-required':
      return { ok: false, code: 'opt-in-required', retryable: false, message: `${aws.name}: region ${target.region} is not enabled for account ${target.account} (calling ${permission})` };
    default:
      return { ok: false, code: 'aws-error', retryable: false, message: `${aws.name} calling ${permission} on ${where}: ${clip(aws.message)}` };
  }
}

/** Any error a remediation's `run` threw, as a RunFailure. */
export function describeRunError(err: unknown, target: RemediationTarget, caller: Caller): RunFailure {
  if (err instanceof AwsCallError) return awsFailure(err.aws, err.permission, target, caller);
  if (err instanceof SrmError) {
    const code = (['not-found', 'invalid-target'] as const).find((c) => c === err.code) ?? 'error';
    return { ok: false, code, retryable: err.retryable, message: err.message };
  }
  const aws = classifyAwsError(err);
  if (aws.kind === 'throttled' || aws.kind === 'transient') return awsFailure(aws, 'the call', target, caller);
  return { ok: false, code: 'error', retryable: false, message: clip(`${aws.name}: ${errorMessage(err)}`) };
}

/** The identity check before any call: assuming the role (or using srm's own credentials) failed. */
export function describeIdentityError(err: unknown, target: RemediationTarget, caller: Caller & { externalId?: boolean }): RunFailure {
  const aws = classifyAwsError(err);
  const retryable = aws.kind === 'throttled' || aws.kind === 'transient';
  if (caller.roleArn && aws.kind !== 'credentials') {
    return {
      ok: false,
      code: retryable ? aws.kind as 'throttled' | 'transient' : 'assume-role-failed',
      retryable,
      message: `${aws.name}: srm could not assume the remediation role ${caller.roleArn} for account ${target.account} (sts:AssumeRole${caller.externalId ? ' with the configured external id' : ''}); check the role's trust policy names srm's own principal`,
    };
  }
  if (retryable) return awsFailure(aws, 'sts:GetCallerIdentity', target, caller);
  return { ok: false, code: 'credentials', retryable: false, message: `${aws.name}: ${whoCalled(caller)} could not be used: ${clip(aws.message)}` };
}
