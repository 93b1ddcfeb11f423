import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Deps } from '../../../deps.js';
import { errorMessage } from '../../../errors.js';
import type { RemediationSubject } from '../../../remediations/approval.js';
import { parseSubjectKey, requestIdPattern, subjectKey, type SubjectRef } from '../../../remediations/approval-store.js';
import { remediateModal } from '../../blocks/remediation.js';
import { actionIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import { allowedRemediationsKey, authorizeRemediation, type RemediationAsk } from '../../middleware/authorize.js';
import type { RegisterListener } from '../types.js';
import { tell } from './alert-actions.js';

const buttonSchema = z.object({ value: z.string().min(1).max(200) });

/** Where a Remediate… button's subject is: the alert button carries an alert ref, the check-run one "c:<run>:<key>". */
export function subjectOfButton(actionId: string, value: string): SubjectRef | undefined {
  if (actionId === actionIds.alertRemediate) return /^[0-9a-f]{24}$/.test(value) ? { kind: 'alert', ref: value } : undefined;
  return parseSubjectKey(value)?.kind === 'check' ? parseSubjectKey(value) : undefined;
}

/** The Remediate… modal's private_metadata: ids only (the subject, the one remediation when there is one, the channel pressed in). */
export const modalMetadataSchema = z.object({ s: z.string().max(200), r: z.string().max(100).optional(), c: z.string().regex(/^[CDG][A-Z0-9]{2,20}$/).optional() });
export type ModalMetadata = z.output<typeof modalMetadataSchema>;

export const subjectContextKey = 'remediationSubject';

/** The authorization ask of a subject: every offer's (action, account). */
export function askOfSubject(subject: RemediationSubject, only?: string): RemediationAsk {
  const offers = only ? subject.offers.filter((o) => o.id === only) : subject.offers;
  return {
    actions: offers.map((o) => ({ id: o.id, account: o.target.account })),
    target: subject.target,
    ...(subject.alertRef ? { alert: subject.alertRef } : {}),
  };
}

/** The Bolt middleware that authorizes a remediation step against the config (refusals are ephemeral and audited). */
export function remediationGuard(deps: Deps, ask: (args: Parameters<Parameters<typeof authorizeRemediation>[0]['ask']>[0]) => Promise<RemediationAsk | undefined>) {
  return authorizeRemediation({
    logger: deps.logger,
    policy: () => deps.remediation?.config() ?? { allowedUsers: [], allowedGroups: [], rules: [] },
    ask,
    refused: async (record) => {
      await deps.remediation?.refused(record);
    },
  });
}

function registerButton(app: App, deps: Deps, actionId: string): void {
  const guard = remediationGuard(deps, async (args) => {
    const value = buttonSchema.safeParse((args as { action?: unknown }).action);
    const ref = value.success ? subjectOfButton(actionId, value.data.value) : undefined;
    const subject = ref && deps.remediation ? await deps.remediation.subject(ref) : undefined;
    if (!subject) return undefined;
    (args.context as Record<string, unknown>)[subjectContextKey] = subject;
    return askOfSubject(subject);
  });
  app.action(actionId, guard, async ({ ack, body, respond, client, context }) => {
    await ack();
    const reply = body as { response_url?: string; trigger_id?: string; channel?: { id?: string }; container?: { channel_id?: string } };
    const subject = context[subjectContextKey] as RemediationSubject | undefined;
    const port = deps.remediation;
    if (!port) return tell(respond, reply, 'Remediation is not available here: this srm process runs no workers (start it with `srm serve`).');
    if (!subject) return tell(respond, reply, 'This alert (or check result) is no longer known to srm, or offers no remediation; nothing was run.');
    const allowed = (context[allowedRemediationsKey] as Array<{ id: string; account: string }> | undefined) ?? [];
    const choices = port.choices(subject, allowed);
    if (!choices.length) return tell(respond, reply, 'No remediation you may run is offered for this alert.');
    const channel = reply.channel?.id ?? reply.container?.channel_id;
    const metadata: ModalMetadata = { s: subjectKey(subject.ref), ...(choices.length === 1 ? { r: choices[0]!.id } : {}), ...(channel && /^[CDG][A-Z0-9]{2,20}$/.test(channel) ? { c: channel } : {}) };
    try {
      await client.views.open({ trigger_id: reply.trigger_id ?? '', view: remediateModal({ heading: subject.heading, recordId: subject.recordId, choices, privateMetadata: JSON.stringify(metadata) }) });
      slackActionsTotal.inc({ action: actionId, outcome: 'ok' });
    } catch (err) {
      slackActionsTotal.inc({ action: actionId, outcome: 'error' });
      deps.logger.error({ userId: body.user.id, error: errorMessage(err) }, 'could not open the remediation modal');
      await tell(respond, reply, 'srm could not open the confirmation; nothing was run. Try again.');
    }
  });
}

/** The ask of an Approve or Reject press: the request's one action and account. */
async function askOfRequest(deps: Deps, value: unknown): Promise<RemediationAsk | undefined> {
  const parsed = buttonSchema.safeParse(value);
  if (!parsed.success || !requestIdPattern.test(parsed.data.value) || !deps.remediation) return undefined;
  const r = await deps.remediation.getRequest(parsed.data.value);
  if (!r) return undefined;
  return { actions: [{ id: r.offer.id, account: r.offer.target.account }], target: `${r.call} on ${r.offer.target.resource} (${r.target})`, request: r.id, ...(r.alertRef ? { alert: r.alertRef } : {}) };
}

function registerDecision(app: App, deps: Deps, actionId: string, verdict: 'approve' | 'reject'): void {
  const guard = remediationGuard(deps, (args) => askOfRequest(deps, (args as { action?: unknown }).action));
  app.action(actionId, guard, async ({ ack, action, body, respond }) => {
    await ack();
    const reply = body as { response_url?: string };
    const port = deps.remediation;
    const id = buttonSchema.safeParse(action);
    if (!port || !id.success) return tell(respond, reply, 'This request is no longer known to srm; nothing was run.');
    try {
      const r = verdict === 'approve' ? await port.approve(id.data.value, body.user.id) : await port.reject(id.data.value, body.user.id);
      slackActionsTotal.inc({ action: actionId, outcome: r.ok ? 'ok' : 'refused' });
      await tell(respond, reply, r.text);
    } catch (err) {
      slackActionsTotal.inc({ action: actionId, outcome: 'error' });
      deps.logger.error({ userId: body.user.id, error: errorMessage(err) }, `${verdict} failed`);
      await tell(respond, reply, 'Something went wrong on our side; the error was logged. Try again in a minute.');
    }
  });
}

/**
 * Remediate… (on an alert, or beside a failing resource of a check run):
 * authorized by the config, it opens the confirmation modal with the offers
 * the user may run. Approve / Reject under a four-eyes request: authorized
 * the same way; the requester cannot approve their own.
 */
export const registerRemediationActions: RegisterListener = (app, deps) => {
  registerButton(app, deps, actionIds.alertRemediate);
  registerButton(app, deps, actionIds.checkRemediate);
  registerDecision(app, deps, actionIds.remediationApprove, 'approve');
  registerDecision(app, deps, actionIds.remediationReject, 'reject');
};
