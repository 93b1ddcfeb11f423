import { z } from 'zod';
import { errorMessage } from '../../../errors.js';
import { renderDigestListMissing } from '../../blocks/check-digest.js';
import { actionIds, callbackIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import type { RegisterListener } from '../types.js';

const runId = z.string().regex(/^[a-z0-9-]{6,64}$/);
const channel = z.string().regex(/^[A-Z0-9]{2,30}$/);
const buttonSchema = z.object({ value: runId });
const buttonBodySchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: channel }).optional(),
  container: z.object({ channel_id: channel.optional() }).optional(),
});
const selectSchema = z.object({ selected_option: z.object({ value: z.string().regex(/^\d{1,3}$/) }) });
const viewBodySchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), hash: z.string().optional(), callback_id: z.literal(callbackIds.checkDigestList), private_metadata: z.string().max(3000) }),
});
const metadataSchema = z.strictObject({ runId, channel });

/**
 * "Show the full list" under a scheduled check digest opens the run's full
 * list in a modal; its page picker updates the modal in place. Only the
 * channel the digest was posted in can open it (the port checks), and the
 * list is read from Redis (runs are kept 7 days): no AWS call.
 */
export const registerCheckDigestList: RegisterListener = (app, deps) => {
  app.action(actionIds.checkDigestFullList, async ({ ack, action, body, client }) => {
    await ack();
    const { value } = buttonSchema.parse(action);
    const b = buttonBodySchema.parse(body);
    const logger = deps.logger.child({ action: actionIds.checkDigestFullList, userId: b.user.id, runId: value });
    const where = b.channel?.id ?? b.container?.channel_id;
    try {
      const view = (where && (await deps.checks?.digestList?.({ runId: value, channel: where, page: 0 }))) || renderDigestListMissing(value);
      await client.views.open({ trigger_id: b.trigger_id, view });
      slackActionsTotal.inc({ action: actionIds.checkDigestFullList, outcome: 'ok' });
      logger.info({ blocks: view.blocks.length }, 'check digest full list opened');
    } catch (err) {
      slackActionsTotal.inc({ action: actionIds.checkDigestFullList, outcome: 'error' });
      logger.error({ error: errorMessage(err) }, 'check digest full list failed');
      throw err;
    }
  });

  app.action(actionIds.checkDigestPage, async ({ ack, action, body, client }) => {
    await ack();
    const page = Number(selectSchema.parse(action).selected_option.value);
    const { user, view } = viewBodySchema.parse(body);
    // private_metadata is what srm put in the view it opened; Slack hands it back unchanged.
    const metadata = metadataSchema.parse(JSON.parse(view.private_metadata));
    const logger = deps.logger.child({ action: actionIds.checkDigestPage, userId: user.id, runId: metadata.runId, page });
    try {
      const next = (await deps.checks?.digestList?.({ ...metadata, page })) ?? renderDigestListMissing(metadata.runId);
      await client.views.update({ view_id: view.id, ...(view.hash ? { hash: view.hash } : {}), view: next });
      slackActionsTotal.inc({ action: actionIds.checkDigestPage, outcome: 'ok' });
    } catch (err) {
      slackActionsTotal.inc({ action: actionIds.checkDigestPage, outcome: 'error' });
      logger.error({ error: errorMessage(err) }, 'check digest page failed');
      throw err;
    }
  });
};
