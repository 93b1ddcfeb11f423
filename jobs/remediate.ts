import { z } from 'zod';
import { defineJob, isLastAttempt } from '../src/queue/define-job.js';
import type { Runtime } from '../src/queue/runtime.js';
import { auditStep, postResult, showOnAlert, updateApprovalRequest, type AnnounceScope } from '../src/remediations/approval-announce.js';
import { getRequest, requestIdPattern, transition, type RemediationRequest } from '../src/remediations/approval-store.js';
import { runRemediation } from '../src/remediations/run.js';
import type { Logger } from '../src/logger.js';

export interface RemediatePayload {
  requestId: string;
  /** run: call AWS for a confirmed (and, with four-eyes, approved) request; expire: end a request nobody approved in time. */
  step: 'run' | 'expire';
}

const payloadSchema = z.object({ requestId: z.string().regex(requestIdPattern), step: z.enum(['run', 'expire']) }) as z.ZodType<RemediatePayload>;

export type RemediateResult =
  | { outcome: 'succeeded' | 'failed'; code?: string; alreadyDone?: boolean }
  | { outcome: 'expired' | 'skipped' | 'gone'; state?: string };

/** A retryable AWS failure (throttling, AWS-side trouble): thrown so BullMQ backs off and tries again. */
class RetryableRemediationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetryableRemediationError';
  }
}

function scopeOf(runtime: Runtime, logger: Logger): AnnounceScope {
  return { redis: runtime.redis, prefix: runtime.prefix, logger, ...(runtime.poster ? { poster: runtime.poster } : {}) };
}

/** Ends a four-eyes request nobody approved in time; true when this call ended it. */
export async function expireRequest(scope: AnnounceScope, request: RemediationRequest): Promise<boolean> {
  const t = await transition(scope, request, ['pending-approval'], 'expired', { decidedAt: new Date().toISOString() });
  if (t.outcome !== 'ok') return false;
  const r = { ...request, state: 'expired' as const };
  await auditStep(scope, r, { action: 'expiry', outcome: 'expired', detail: `not approved by ${r.expiresAt ?? 'its deadline'}; nothing was run`, once: 'audit-expiry' });
  await updateApprovalRequest(scope, r);
  await showOnAlert(scope, r);
  return true;
}

/** Audits, posts and shows a finished request's outcome; each once, so a retry after a Slack error only redoes what is missing. */
async function announceOutcome(scope: AnnounceScope, r: RemediationRequest): Promise<void> {
  await auditStep(scope, r, { action: 'result', outcome: r.state, ...(r.summary ? { detail: r.summary } : {}), once: 'audit-result' });
  await postResult(scope, r);
  await updateApprovalRequest(scope, r);
  await showOnAlert(scope, r);
}

/**
 * Runs one confirmed remediation request exactly once: the request moves
 * queued -> running -> succeeded | failed by compare-and-set, so a second
 * job, a replica or a retry never calls AWS for a finished request. The
 * call goes out with the account's remediation role (remediation.roleArn,
 * assumed through STS; the ambient credentials without one). A throttled or
 * AWS-side failure is retried with backoff (the catalogue's `run` is safe to
 * call twice); anything else is final. The outcome is audited, posted in the
 * alert's thread and shown on the alert message. The `expire` step ends a
 * four-eyes request nobody approved in time.
 */
export const remediate = defineJob<RemediatePayload>({
  name: 'remediate',
  queue: 'remediate',
  schema: payloadSchema,
  jobId: (p) => `remediate-${p.step}-${p.requestId}`,
  options: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    // Kept as long as requests are, so a re-enqueue of the same step is a no-op.
    removeOnComplete: { age: 30 * 24 * 3600, count: 50_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  concurrency: 4,
  async process(payload, { runtime, logger, job }): Promise<RemediateResult> {
    const log = logger.child({ request: payload.requestId, step: payload.step });
    const scope = scopeOf(runtime, log);
    let r = await getRequest(runtime, payload.requestId);
    if (!r) return { outcome: 'gone' };
    if (payload.step === 'expire') {
      return (await expireRequest(scope, r)) ? { outcome: 'expired' } : { outcome: 'skipped', state: r.state };
    }
    if (r.state === 'queued') {
      const t = await transition(runtime, r, ['queued'], 'running');
      if (t.outcome === 'gone') return { outcome: 'gone' };
      r = (await getRequest(runtime, r.id)) ?? r;
    }
    if (r.state === 'running') {
      // A retry of this same job (the only one for this request) after a crash or a retryable error: run again, `run` is idempotent.
      const account = r.offer.target.account;
      const role = runtime.config.remediation.roleArn[account];
      const result = await runRemediation(r.offer, {
        logger: log,
        sessionName: `srm-${r.id}`,
        ...(role ? { accountRoleArn: role.arn, ...(role.externalId ? { externalId: role.externalId } : {}) } : {}),
        ...(runtime.remediation?.credentials ? { credentials: runtime.remediation.credentials } : {}),
        ...(runtime.remediation?.clientOptions ? { clientOptions: runtime.remediation.clientOptions } : {}),
      });
      const lastAttempt = isLastAttempt(job);
      if (!result.ok && result.retryable && !lastAttempt) {
        log.warn({ code: result.code }, 'remediation hit a retryable error; trying again');
        throw new RetryableRemediationError(result.message);
      }
      const fields: Record<string, string> = { finishedAt: new Date().toISOString() };
      if (result.ok) {
        fields.summary = result.summary;
        fields.alreadyDone = result.alreadyDone ? '1' : '0';
      } else {
        fields.summary = result.message;
        fields.code = result.code;
      }
      await transition(runtime, r, ['running'], result.ok ? 'succeeded' : 'failed', fields);
      r = (await getRequest(runtime, r.id)) ?? r;
      log.info({ state: r.state, code: r.code, remediation: r.offer.id }, 'remediation finished');
    }
    if (r.state === 'succeeded' || r.state === 'failed') {
      await announceOutcome(scope, r);
      return { outcome: r.state, ...(r.code ? { code: r.code } : {}), ...(r.alreadyDone ? { alreadyDone: true } : {}) };
    }
    return { outcome: 'skipped', state: r.state };
  },
});
