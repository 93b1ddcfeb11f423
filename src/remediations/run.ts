import { createAwsClients, getCallerAccount, type AwsCredentialIdentityProvider } from '../aws/clients.js';
import type { Logger } from '../logger.js';
import { describeIdentityError, describeRunError, type RunFailure } from './errors.js';
import { getRemediation, validTarget, type OfferedRemediation } from './targets.js';

export type { RunErrorCode, RunFailure } from './errors.js';

export type RunResult = { ok: true; summary: string; alreadyDone: boolean } | RunFailure;

export interface RunEnv {
  /** remediation.roleArn of the target's account (config); without it srm's own (ambient) credentials act. */
  accountRoleArn?: string;
  externalId?: string;
  /** Role session name, shown in the target account's CloudTrail (e.g. "srm-remediation-<request id>"). */
  sessionName?: string;
  /** Base credentials (default: the SDK's chain). */
  credentials?: AwsCredentialIdentityProvider;
  logger: Logger;
  /** SDK attempts per call (default 3); tests lower it. Endpoints come from AWS_ENDPOINT_URL(_<SERVICE>). */
  clientOptions?: { maxAttempts?: number };
  signal?: AbortSignal;
}

const sessionNamePattern = /^[\w+=,.@-]{2,64}$/;

/**
 * Runs one offered remediation: validates the stored target again, builds
 * SDK clients for the target's account and region with the account's
 * remediation role (STS AssumeRole) or srm's own credentials, checks those
 * credentials belong to the target account, then calls the definition's
 * `run`. Never throws for AWS or target errors: they come back as
 * `{ ok: false, code, retryable, message }` in plain words.
 */
export async function runRemediation(offered: OfferedRemediation, env: RunEnv): Promise<RunResult> {
  const definition = getRemediation(offered.id);
  if (!definition) return { ok: false, code: 'unknown-remediation', retryable: false, message: `no remediation "${offered.id}" in this version of srm` };
  const target = validTarget(definition, offered.target);
  if (!target) return { ok: false, code: 'invalid-target', retryable: false, message: `the stored target of ${definition.id} is not one it accepts; nothing was called` };

  const caller = { roleArn: env.accountRoleArn };
  const log = env.logger.child({ remediation: definition.id, account: target.account, region: target.region, role: env.accountRoleArn ?? 'ambient' });
  const sessionName = env.sessionName && sessionNamePattern.test(env.sessionName) ? env.sessionName : 'srm-remediation';
  const clients = createAwsClients(
    {
      region: target.region,
      ...(env.accountRoleArn ? { account: { id: target.account, roleArn: env.accountRoleArn, externalId: env.externalId, sessionName } } : {}),
    },
    { credentials: env.credentials, maxAttempts: env.clientOptions?.maxAttempts ?? 3 },
  );

  // The call must land in the target's account: an account-wide action (EBS default encryption) would otherwise succeed elsewhere.
  let acting: string;
  try {
    acting = await getCallerAccount(clients);
  } catch (err) {
    const failure = describeIdentityError(err, target, { ...caller, externalId: env.externalId !== undefined });
    log.warn({ code: failure.code }, 'remediation not run: no usable credentials');
    return failure;
  }
  if (acting !== target.account) {
    log.warn({ acting }, 'remediation not run: credentials of another account');
    return {
      ok: false,
      code: 'wrong-account',
      retryable: false,
      message: `the credentials srm would act with belong to account ${acting}, not ${target.account}; set remediation.roleArn for ${target.account}. Nothing was called.`,
    };
  }

  log.info({ resource: target.resource, call: definition.call }, 'remediation calling AWS');
  try {
    const out = await definition.run({ clients, logger: log, signal: env.signal }, target);
    const result = { ok: true as const, summary: out.summary, alreadyDone: out.alreadyDone === true };
    log.info({ alreadyDone: result.alreadyDone }, 'remediation done');
    return result;
  } catch (err) {
    const failure = describeRunError(err, target, caller);
    log.warn({ code: failure.code, retryable: failure.retryable }, 'remediation failed');
    return failure;
  }
}
