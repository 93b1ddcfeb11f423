import type { View } from '@slack/types';
import { z } from 'zod';
import { errorMessage } from '../../../errors.js';
import type { RemediationSubject } from '../../../remediations/approval.js';
import { parseSubjectKey } from '../../../remediations/approval-store.js';
import { modalBlocks } from '../../blocks/alert-modals.js';
import { actionIds, callbackIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import { askOfSubject, modalMetadataSchema, remediationGuard, subjectContextKey } from '../actions/remediate.js';
import type { RegisterListener } from '../types.js';

const choiceSchema = z
  .object({ [modalBlocks.choice]: z.object({ [actionIds.remediationChoice]: z.object({ selected_option: z.object({ value: z.string().max(100) }).nullable().optional() }) }).optional() })
  .passthrough();

interface Submitted {
  subject: ReturnType<typeof parseSubjectKey>;
  remediationId: string | undefined;
  channel: string | undefined;
}

/** What the modal submitted: ids only (the subject and the remediation chosen), validated. */
export function readSubmission(view: { private_metadata?: string; state?: { values?: unknown } }): Submitted | undefined {
  let meta: unknown;
  try {
    meta = JSON.parse(view.private_metadata ?? '');
  } catch {
    return undefined;
  }
  const m = modalMetadataSchema.safeParse(meta);
  if (!m.success) return undefined;
  const values = choiceSchema.safeParse(view.state?.values ?? {});
  const picked = values.success ? values.data[modalBlocks.choice]?.[actionIds.remediationChoice]?.selected_option?.value : undefined;
  return { subject: parseSubjectKey(m.data.s), remediationId: picked ?? m.data.r, channel: m.data.c };
}

function resultView(text: string, ok: boolean): View {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Remediate' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `${ok ? ':white_check_mark:' : ':warning:'} ${text}` } }],
  };
}

/**
 * The confirmation modal's submission IS the confirmation: authorized again
 * for the one action and account chosen, it creates the request (once, so a
 * double submit or a Slack retry acts once) and the modal shows what happens
 * next: queued, or an approval request posted in the alert's thread.
 */
export const registerRemediateView: RegisterListener = (app, deps) => {
  const guard = remediationGuard(deps, async (args) => {
    const view = (args.body as { view?: { private_metadata?: string; state?: { values?: unknown } } }).view ?? {};
    const submitted = readSubmission(view);
    if (!submitted?.subject || !submitted.remediationId || !deps.remediation) return undefined;
    const subject = await deps.remediation.subject(submitted.subject);
    if (!subject || !subject.offers.some((o) => o.id === submitted.remediationId)) return undefined;
    (args.context as Record<string, unknown>)[subjectContextKey] = subject;
    return askOfSubject(subject, submitted.remediationId);
  });
  app.view(callbackIds.remediateModal, guard, async ({ ack, body, view, client, context }) => {
    const submitted = readSubmission(view);
    const subject = context[subjectContextKey] as RemediationSubject | undefined;
    const port = deps.remediation;
    if (!port || !submitted?.remediationId || !subject) {
      const noChoice = submitted && !submitted.remediationId;
      await ack(noChoice ? { response_action: 'errors', errors: { [modalBlocks.choice]: 'Pick the remediation to run.' } } : { response_action: 'update', view: resultView('This alert is no longer known to srm, or that remediation is not offered for it; nothing was run.', false) });
      return;
    }
    // Answer Slack within 3 s; the request (Redis, the thread post, the queue) completes below and the modal shows its outcome.
    await ack({ response_action: 'update', view: resultView('Working on it…', true) });
    const log = deps.logger.child({ view: callbackIds.remediateModal, userId: body.user.id, remediation: submitted.remediationId });
    try {
      const r = await port.request({ subject: subject.ref, remediationId: submitted.remediationId, user: body.user.id, ...(submitted.channel ? { channel: submitted.channel } : {}) });
      slackActionsTotal.inc({ action: actionIds.alertRemediate, outcome: r.ok ? 'requested' : 'failed' });
      await client.views.update({ view_id: body.view.id, view: resultView(r.text, r.ok) });
    } catch (err) {
      slackActionsTotal.inc({ action: actionIds.alertRemediate, outcome: 'error' });
      log.error({ error: errorMessage(err) }, 'remediation request failed');
      await client.views.update({ view_id: body.view.id, view: resultView('Something went wrong on our side; the error was logged. Check the alert before trying again.', false) }).catch(() => undefined);
    }
  });
};
