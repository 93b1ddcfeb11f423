import { z } from 'zod';
import { checkSelectionSchema } from '../../../checks/progress.js';
import { UsageError, errorMessage } from '../../../errors.js';
import { escapeMrkdwn } from '../../escape.js';
import { actionIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import type { RegisterListener } from '../types.js';

const buttonSchema = z.object({ value: z.string().min(2).max(2000) });
const bodySchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional(), message_ts: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  message: z.object({ ts: z.string().min(1) }).optional(),
});

/** The button value is the run's selection as JSON, validated again here (it came back from a client). */
export function parseRerunValue(value: string): z.output<typeof checkSelectionSchema> {
  let doc: unknown;
  try {
    doc = JSON.parse(value);
  } catch {
    throw new UsageError('this Re-run button is damaged; run /srm check again');
  }
  const parsed = checkSelectionSchema.safeParse(doc);
  if (!parsed.success) throw new UsageError('this Re-run button is damaged; run /srm check again');
  return parsed.data;
}

/**
 * "Re-run" under `/srm check` results: starts a new run of the same
 * selection and shows it in the same message (results then show what
 * changed since the run before).
 */
export const registerCheckActions: RegisterListener = (app, deps) => {
  app.action(actionIds.checkRerun, async ({ ack, action, body, respond }) => {
    await ack();
    const { value } = buttonSchema.parse(action);
    const b = bodySchema.parse(body);
    const logger = deps.logger.child({ action: actionIds.checkRerun, userId: b.user.id });
    const port = deps.checks;
    if (!port) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Checks cannot run here: this srm process has no job queue.' });
      return;
    }
    const channel = b.channel?.id ?? b.container?.channel_id;
    const ts = b.message?.ts ?? b.container?.message_ts;
    if (!channel) throw new Error('Re-run pressed outside a channel');
    try {
      const selection = parseRerunValue(value);
      const inPlace = ts && !b.container?.is_ephemeral ? { message: { channel, ts } } : {};
      const started = await port.start({ selection, requestedBy: b.user.id, channel, ...inPlace });
      logger.info({ runId: started.runId, total: started.total, delivery: started.delivery }, 'check run re-run');
      slackActionsTotal.inc({ action: actionIds.checkRerun, outcome: 'ok' });
      if (started.delivery === 'respond') {
        await respond({ response_type: 'ephemeral', replace_original: true, text: started.progress.text, blocks: started.progress.blocks });
        const final = await port.waitForResults(started.runId);
        if (final) await respond({ response_type: 'ephemeral', replace_original: true, text: final.text, blocks: final.blocks });
      }
    } catch (err) {
      if (err instanceof UsageError) {
        slackActionsTotal.inc({ action: actionIds.checkRerun, outcome: 'usage' });
        await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(err.message) });
        return;
      }
      logger.error({ error: errorMessage(err) }, 're-run failed');
      slackActionsTotal.inc({ action: actionIds.checkRerun, outcome: 'error' });
      throw err;
    }
  });
};
