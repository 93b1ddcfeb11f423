import { appendAudit, type AuditAction } from '../audit/log.js';
import { errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { refreshAlertMessage } from '../router/alert-message.js';
import { markRemediation, type RemediationMark } from '../router/alert-store.js';
import type { RedisScope } from '../router/keys.js';
import { approvalRequestMessage, remediationResultMessage, type RequestView } from '../slack/blocks/remediation.js';
import type { Poster, PostOptions } from '../slack/poster.js';
import { markDone, setRequestFields, type RemediationRequest } from './approval-store.js';

/**
 * What a remediation request's steps do besides changing its state: an
 * audit entry, its thread messages and the alert message. Each is done once
 * per step (a retried job skips what is done) and a Slack failure never
 * undoes the state change: it is logged, and the alert message catches up
 * on its next refresh.
 */
export interface AnnounceScope extends RedisScope {
  logger: Logger;
  poster?: Poster;
}

const decisionFields = ['expiresAt', 'approvedBy', 'rejectedBy', 'decidedAt', 'finishedAt', 'summary'] as const;

/** The request's deadline, decisions and outcome, as far as they are set. */
function decisions(r: RemediationRequest): Partial<Pick<RemediationRequest, (typeof decisionFields)[number]>> {
  return Object.fromEntries(decisionFields.filter((f) => r[f]).map((f) => [f, r[f]]));
}

export function requestView(r: RemediationRequest): RequestView {
  return {
    id: r.id,
    title: r.title,
    call: r.call,
    resource: r.offer.target.resource,
    account: r.offer.target.account,
    region: r.offer.target.region,
    preview: r.preview,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt,
    state: r.state,
    ...decisions(r),
  };
}

/** How the audit trail names a request's target: the call, the resource and where. */
export function requestTarget(r: Pick<RemediationRequest, 'call' | 'offer' | 'target'>): string {
  const t = r.offer.target;
  return `${r.call} on ${t.resource} in ${t.account}/${t.region} (${r.target})`;
}

/** Appends the request's step to the audit trail once. */
export async function auditStep(scope: AnnounceScope, r: RemediationRequest, step: { action: AuditAction; outcome: string; user?: string; detail?: string; once?: string }): Promise<void> {
  if (step.once && r.done.has(step.once)) return;
  await appendAudit(scope, {
    user: step.user ?? r.requestedBy,
    action: step.action,
    target: requestTarget(r),
    outcome: step.outcome,
    ...(step.detail ? { detail: step.detail } : {}),
    ...(r.alertRef ? { alert: r.alertRef } : {}),
    request: r.id,
    remediation: r.offer.id,
    account: r.offer.target.account,
    region: r.offer.target.region,
  });
  if (step.once) {
    await markDone(scope, r.id, step.once);
    r.done.add(step.once);
  }
}

async function bestEffort(scope: AnnounceScope, what: string, r: RemediationRequest, fn: () => Promise<void>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (err) {
    scope.logger.warn({ request: r.id, error: errorMessage(err) }, what);
    return false;
  }
}

/** The alert message shows the request's latest state. */
export async function showOnAlert(scope: AnnounceScope, r: RemediationRequest): Promise<void> {
  if (!r.alertRef) return;
  const mark: RemediationMark = {
    requestId: r.id,
    remediationId: r.offer.id,
    title: r.title,
    call: r.call,
    resource: r.offer.target.resource,
    state: r.state,
    approval: r.approval,
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt,
    ...decisions(r),
  };
  await markRemediation(scope, r.alertRef, mark);
  const poster = scope.poster;
  if (!poster) return;
  const ref = r.alertRef;
  await bestEffort(scope, 'alert message update failed; it catches up on its next refresh', r, async () => {
    await refreshAlertMessage({ ...scope, poster }, ref);
  });
}

/** The key a request's approval request or result message carries in its Slack metadata. */
export function remediationMessageKey(requestId: string, what: 'approval' | 'result'): string {
  return `remediation-${what}-${requestId}`;
}

/**
 * Records the intent to post a request's message (a `<what>-posting` step,
 * once) and says how: with its key, and, when an earlier attempt had recorded
 * the intent (it may have posted without recording the message), looking for
 * it in the thread since the request's `since` time first. Without an earlier
 * intent, that time is the earliest the message can exist (a Redis that lost
 * records since looks too).
 */
async function beginPost(scope: AnnounceScope, r: RemediationRequest, what: 'approval' | 'result', since: string | undefined): Promise<PostOptions> {
  const key = remediationMessageKey(r.id, what);
  const at = since ? Date.parse(since) : NaN;
  const step = `${what}-posting`;
  if (r.done.has(step)) return { key, reconcileSince: Number.isFinite(at) ? at : 0 };
  await markDone(scope, r.id, step);
  r.done.add(step);
  return { key, ...(Number.isFinite(at) ? { notBefore: at } : {}) };
}

/** Posts the four-eyes approval request in the alert's thread (once) and remembers where it is. */
export async function postApprovalRequest(scope: AnnounceScope, r: RemediationRequest): Promise<boolean> {
  if (r.approvalMessage) return true;
  if (!scope.poster || !r.thread) return false;
  const options = await beginPost(scope, r, 'approval', r.requestedAt);
  const posted = await scope.poster.post({ channel: r.thread.channel, ...(r.thread.ts ? { threadTs: r.thread.ts } : {}), ...approvalRequestMessage(requestView(r)) }, options);
  await setRequestFields(scope, r.id, { approvalChannel: posted.channel, approvalTs: posted.ts });
  r.approvalMessage = posted;
  return true;
}

/** The approval request shows who decided (its buttons go away). */
export async function updateApprovalRequest(scope: AnnounceScope, r: RemediationRequest): Promise<void> {
  const where = r.approvalMessage;
  const poster = scope.poster;
  if (!where || !poster) return;
  await bestEffort(scope, 'approval request update failed', r, async () => {
    await poster.update({ channel: where.channel, ts: where.ts, ...approvalRequestMessage(requestView(r)) });
  });
}

/** Posts the outcome in the alert's thread once. A Slack failure is thrown so the job retries the post (never the AWS call). */
export async function postResult(scope: AnnounceScope, r: RemediationRequest): Promise<void> {
  if (r.done.has('result-posted') || !r.thread) return;
  if (!scope.poster) throw new Error('this process has no Slack poster (SLACK_BOT_TOKEN unset?): the result waits for one');
  const options = await beginPost(scope, r, 'result', r.finishedAt ?? r.requestedAt);
  await scope.poster.post(
    {
      channel: r.thread.channel,
      ...(r.thread.ts ? { threadTs: r.thread.ts } : {}),
      ...remediationResultMessage({ ...requestView(r), ok: r.state === 'succeeded', ...(r.alreadyDone ? { alreadyDone: true } : {}) }),
    },
    options,
  );
  await markDone(scope, r.id, 'result-posted');
  r.done.add('result-posted');
}
