import { expireRequest, remediate } from '../../jobs/remediate.js';
import { createRunStore } from '../checks/progress.js';
import { createResultsStore } from '../checks/results-store.js';
import type { RemediationConfig } from '../config.js';
import { errorMessage } from '../errors.js';
import type { Runtime } from '../queue/runtime.js';
import type { StoredOffer } from '../router/alert-schema.js';
import { getStoredAlert } from '../router/alert-store.js';
import { alertTarget } from '../router/lifecycle.js';
import { checkResultKey, offersForCheckResult } from '../router/offers.js';
import type { RemediationChoiceView } from '../slack/blocks/remediation.js';
import { who } from '../slack/blocks/alert.js';
import { appendAudit } from '../audit/log.js';
import type { RefusalRecord } from '../slack/middleware/authorize.js';
import { auditStep, postApprovalRequest, requestTarget, showOnAlert, updateApprovalRequest, type AnnounceScope } from './approval-announce.js';
import { createRequest, getRequest, newRequestId, transition, type RemediationRequest, type RequestDoc, type SubjectRef } from './approval-store.js';
import { approvalFor, unknownActions } from './policy.js';
import { getRemediation } from './targets.js';
import { remediations } from '../../remediations/index.js';

/** What a remediation acts on, loaded from Redis (never from the Slack payload beyond its reference). */
export interface RemediationSubject {
  ref: SubjectRef;
  /** What the modal and the audit trail call it. */
  heading: string;
  target: string;
  /** The record id (CloudTrail eventID, GuardDuty finding id) or check result. */
  recordId: string;
  offers: StoredOffer[];
  /** Where approvals and results are posted: the alert's thread, or the check run's message. */
  thread?: { channel: string; ts?: string };
  alertRef?: string;
}

/** What the person who acted is told (ephemeral). */
export interface RemediationReply {
  ok: boolean;
  text: string;
  request?: RemediationRequest;
}

/**
 * Remediation requests as the Slack app uses them (`deps.remediation`):
 * what is offered, the confirmation (a request, idempotent), four-eyes
 * approval and rejection. Authorization happens before (Bolt middleware);
 * AWS is called only by the remediate job.
 */
export interface RemediationPort {
  config(): RemediationConfig;
  subject(ref: SubjectRef): Promise<RemediationSubject | undefined>;
  /** The offers of a subject as the modal shows them (only `allowed` ones when given). */
  choices(subject: RemediationSubject, allowed?: ReadonlyArray<{ id: string; account: string }>): RemediationChoiceView[];
  /** The confirmation: creates the request (once per subject + remediation while one is live) and queues or posts it for approval. */
  request(input: { subject: SubjectRef; remediationId: string; user: string; channel?: string }): Promise<RemediationReply>;
  approve(requestId: string, user: string): Promise<RemediationReply>;
  reject(requestId: string, user: string): Promise<RemediationReply>;
  getRequest(id: string): Promise<RemediationRequest | undefined>;
  /** Writes a refusal (from the authorization middleware) to the audit trail. */
  refused(record: RefusalRecord): Promise<void>;
}

const live = { 'pending-approval': 'waiting for approval', queued: 'queued', running: 'running', succeeded: 'done' } as Record<string, string>;

export function createRemediationPort(runtime: Pick<Runtime, 'redis' | 'prefix' | 'logger' | 'poster' | 'config' | 'enqueue'>): RemediationPort {
  const scope: AnnounceScope = { redis: runtime.redis, prefix: runtime.prefix, logger: runtime.logger, ...(runtime.poster ? { poster: runtime.poster } : {}) };
  const unknown = unknownActions(runtime.config.remediation, new Set(remediations.map((r) => r.id)));
  if (unknown.length) runtime.logger.warn({ unknown }, 'remediation config names actions srm does not have');

  async function alertSubject(ref: string): Promise<RemediationSubject | undefined> {
    const stored = await getStoredAlert(runtime, ref);
    if (!stored) return undefined;
    return {
      ref: { kind: 'alert', ref },
      heading: `*${stored.alert.title}*${stored.alert.rules.length > 1 ? ` (+${stored.alert.rules.length - 1} more rules)` : ''}`,
      target: alertTarget(stored),
      recordId: stored.alert.eventId,
      offers: stored.alert.remediations ?? [],
      thread: { channel: stored.channel, ts: stored.ts },
      alertRef: ref,
    };
  }

  async function checkSubject(runId: string, key: string): Promise<RemediationSubject | undefined> {
    const records = await createResultsStore(runtime.redis, runtime.prefix).runRecords(runId);
    const result = records.flatMap((rec) => rec.results).find((r) => r.status === 'fail' && checkResultKey(r) === key);
    if (!result) return undefined;
    const run = await createRunStore(runtime.redis, runtime.prefix).get(runId);
    const thread = run?.delivery.kind === 'message' ? { channel: run.delivery.channel, ts: run.delivery.ts } : undefined;
    return {
      ref: { kind: 'check', runId, key },
      heading: `*${result.title}* fails for ${result.resource}`,
      target: `check ${result.check} result for ${result.resource} (run ${runId})`,
      recordId: `${result.check} · ${result.account}/${result.region}`,
      offers: offersForCheckResult(result, runtime.logger),
      ...(thread ? { thread } : {}),
    };
  }

  const subject = (ref: SubjectRef) => (ref.kind === 'alert' ? alertSubject(ref.ref) : checkSubject(ref.runId, ref.key));

  function choices(s: RemediationSubject, allowed?: ReadonlyArray<{ id: string; account: string }>): RemediationChoiceView[] {
    const out: RemediationChoiceView[] = [];
    for (const offer of s.offers) {
      if (allowed && !allowed.some((a) => a.id === offer.id && a.account === offer.target.account)) continue;
      const def = getRemediation(offer.id);
      if (!def) continue;
      let preview: string;
      try {
        preview = def.preview(offer.target);
      } catch (err) {
        runtime.logger.warn({ remediation: offer.id, error: errorMessage(err) }, 'remediation preview failed; not offered');
        continue;
      }
      const role = runtime.config.remediation.roleArn[offer.target.account]?.arn;
      out.push({
        id: def.id,
        title: def.title,
        call: def.call,
        approval: approvalFor(def, runtime.config.remediation),
        undo: def.undo,
        impact: def.impact,
        preview,
        account: offer.target.account,
        region: offer.target.region,
        resource: offer.target.resource,
        ...(role ? { role } : {}),
      });
    }
    return out;
  }

  const enqueueRun = (id: string) => runtime.enqueue(remediate, { requestId: id, step: 'run' });

  async function request(input: { subject: SubjectRef; remediationId: string; user: string; channel?: string }): Promise<RemediationReply> {
    const s = await subject(input.subject);
    if (!s) return { ok: false, text: 'This alert (or check result) is no longer known to srm; nothing was run.' };
    const offer = s.offers.find((o) => o.id === input.remediationId);
    const def = offer && getRemediation(offer.id);
    const choice = offer && choices(s).find((c) => c.id === offer.id);
    if (!offer || !def || !choice) return { ok: false, text: 'That remediation is not offered for this alert; nothing was run.' };
    const approval = choice.approval;
    const now = new Date();
    const doc: RequestDoc = {
      id: newRequestId(now.getTime()),
      subject: s.ref,
      offer,
      title: def.title,
      call: def.call,
      preview: choice.preview,
      approval,
      requestedBy: input.user,
      requestedAt: now.toISOString(),
      ...(approval === 'four-eyes' ? { expiresAt: new Date(now.getTime() + runtime.config.remediation.approvalTtlMinutes * 60_000).toISOString() } : {}),
      ...(s.thread ? { thread: s.thread } : input.channel ? { thread: { channel: input.channel } } : {}),
      ...(s.alertRef ? { alertRef: s.alertRef } : {}),
      target: s.target,
    };
    const created = await createRequest(runtime, doc, approval === 'four-eyes' ? 'pending-approval' : 'queued');
    const r = await getRequest(runtime, created.id);
    if (!r) return { ok: false, text: 'The request could not be read back; nothing was run.' };
    if (!created.created) {
      // A double click, double submit or Slack retry: the live request stands, nothing new happens.
      await appendAudit(runtime, { user: input.user, action: 'remediation-request', target: requestTarget(r), outcome: 'duplicate', detail: `request ${r.id} by ${r.requestedBy} is ${r.state}`, ...(r.alertRef ? { alert: r.alertRef } : {}), request: r.id, remediation: r.offer.id, account: r.offer.target.account, region: r.offer.target.region });
      return { ok: true, text: `Already requested by ${who(r.requestedBy)} (${live[r.state] ?? r.state}); nothing new was started.`, request: r };
    }
    await auditStep(scope, r, { action: 'remediation-request', outcome: r.state, user: input.user, detail: `${r.approval} approval`, once: 'audit-request' });
    if (r.approval === 'four-eyes') {
      let posted = false;
      try {
        posted = await postApprovalRequest(scope, r);
      } catch (err) {
        runtime.logger.warn({ request: r.id, error: errorMessage(err) }, 'could not post the approval request');
      }
      if (!posted) {
        await end(r, 'failed', 'the approval request could not be posted in Slack; nothing was run');
        return { ok: false, text: 'srm could not post the approval request in the thread, so nobody could approve it; nothing was run. Try again in a minute.' };
      }
      await runtime.enqueue(remediate, { requestId: r.id, step: 'expire' }, { delay: Math.max(0, Date.parse(r.expiresAt!) - Date.now()) });
      await showOnAlert(scope, r);
      return { ok: true, text: `Approval requested in the thread: someone else allowed to run it must approve before ${r.expiresAt}.`, request: r };
    }
    try {
      await enqueueRun(r.id);
    } catch (err) {
      await end(r, 'failed', `the job queue is not available (${errorMessage(err)}); nothing was run`);
      return { ok: false, text: 'The job queue is not available; nothing was run. Try again in a minute.' };
    }
    await showOnAlert(scope, r);
    return { ok: true, text: `Running *${def.title}*; the result will be posted in the thread.`, request: r };
  }

  /** A request that ends before AWS is called (could not be posted or queued). */
  async function end(r: RemediationRequest, state: 'failed', summary: string): Promise<void> {
    const t = await transition(runtime, r, ['pending-approval', 'queued'], state, { summary, code: 'not-started', finishedAt: new Date().toISOString() });
    if (t.outcome !== 'ok') return;
    const ended = { ...r, state, summary };
    await auditStep(scope, ended, { action: 'result', outcome: state, detail: summary, once: 'audit-result' });
    await showOnAlert(scope, ended);
  }

  async function decide(requestId: string, user: string, verdict: 'approve' | 'reject'): Promise<RemediationReply> {
    const r = await getRequest(runtime, requestId);
    if (!r) return { ok: false, text: 'This request is no longer known to srm; nothing was run.' };
    const action = verdict === 'approve' ? 'approval' : 'rejection';
    if (r.state !== 'pending-approval') {
      const by = r.approvedBy ?? r.rejectedBy;
      return { ok: false, text: `This request is ${live[r.state] ?? r.state}${by ? ` (decided by ${who(by)})` : ''}; nothing more to do.`, request: r };
    }
    if (verdict === 'approve' && user === r.requestedBy) {
      await auditStep(scope, r, { action: 'approval', outcome: 'refused', user, detail: 'the requester cannot approve their own request' });
      return { ok: false, text: 'You asked for this one: a second person must approve it (four-eyes). Nothing was run.', request: r };
    }
    if (r.expiresAt && Date.parse(r.expiresAt) <= Date.now()) {
      await expireRequest(scope, r);
      return { ok: false, text: `This request expired ${r.expiresAt} without approval; nothing was run. Ask for it again from the alert.`, request: r };
    }
    const at = new Date().toISOString();
    const t =
      verdict === 'approve'
        ? await transition(runtime, r, ['pending-approval'], 'queued', { approvedBy: user, decidedAt: at })
        : await transition(runtime, r, ['pending-approval'], 'rejected', { rejectedBy: user, decidedAt: at });
    if (t.outcome !== 'ok') return { ok: false, text: t.outcome === 'gone' ? 'This request is no longer known to srm.' : `Someone else decided first: it is ${live[t.state] ?? t.state}.` };
    const decided: RemediationRequest = { ...r, state: verdict === 'approve' ? 'queued' : 'rejected', decidedAt: at, ...(verdict === 'approve' ? { approvedBy: user } : { rejectedBy: user }) };
    await auditStep(scope, decided, { action, outcome: verdict === 'approve' ? 'approved' : 'rejected', user, once: `audit-${action}` });
    if (verdict === 'approve') {
      try {
        await enqueueRun(r.id);
      } catch (err) {
        await end(decided, 'failed', `approved, but the job queue is not available (${errorMessage(err)}); nothing was run`);
        return { ok: false, text: 'Approved, but the job queue is not available; nothing was run. Ask for it again in a minute.' };
      }
    }
    await updateApprovalRequest(scope, decided);
    await showOnAlert(scope, decided);
    return { ok: true, text: verdict === 'approve' ? 'Approved: running it; the result will be posted in the thread.' : 'Rejected: nothing was run.', request: decided };
  }

  return {
    config: () => runtime.config.remediation,
    subject,
    choices,
    request,
    approve: (id, user) => decide(id, user, 'approve'),
    reject: (id, user) => decide(id, user, 'reject'),
    getRequest: (id) => getRequest(runtime, id),
    async refused(record) {
      await appendAudit(runtime, { action: 'refusal', outcome: 'refused', ...record });
    },
  };
}

