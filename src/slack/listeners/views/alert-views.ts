import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { errorMessage } from '../../../errors.js';
import { snoozeDurations, type SnoozeDuration, type StoredAlert } from '../../../router/alert-store.js';
import { alertRefPattern } from '../../../router/keys.js';
import { who } from '../../blocks/alert.js';
import { modalBlocks } from '../../blocks/alert-modals.js';
import { escapeMrkdwn } from '../../escape.js';
import { actionIds, callbackIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import { workspaceGuard } from '../actions/alert-actions.js';
import type { RegisterListener } from '../types.js';

const userId = z.string().regex(/^[UW][A-Z0-9]{2,20}$/);

/** A modal submission as far as these listeners read it, validated at the edge. */
const assignSchema = z.object({
  private_metadata: z.string().regex(alertRefPattern),
  state: z.object({ values: z.object({ [modalBlocks.assignee]: z.object({ [actionIds.assignUser]: z.object({ selected_user: userId }) }) }) }),
});
const snoozeSchema = z.object({
  private_metadata: z.string().regex(alertRefPattern),
  state: z.object({
    values: z.object({
      [modalBlocks.snoozeFor]: z.object({ [actionIds.snoozeFor]: z.object({ selected_option: z.object({ value: z.enum(Object.keys(snoozeDurations) as [SnoozeDuration]) }) }) }),
    }),
  }),
});

/** A message permalink from chat.getPermalink: the only link a DM builds from stored data. */
const permalinkPattern = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*\.slack\.com\/archives\/[A-Z0-9]+\/p\d+(\?[A-Za-z0-9=&._-]*)?$/;

/** The assignee's DM: what the alert is and a link to it. */
export function assignmentDm(stored: StoredAlert, by: string): { text: string; blocks: [{ type: 'section'; text: { type: 'mrkdwn'; text: string } }] } {
  const a = stored.alert;
  const link = stored.permalink && permalinkPattern.test(stored.permalink) ? ` <${stored.permalink}|Open the alert>` : '';
  const text = `:bust_in_silhouette: ${who(by)} assigned you an alert: *${escapeMrkdwn(a.title, { limit: 300 })}* (${a.severity}, account ${escapeMrkdwn(a.account ?? 'unknown', { limit: 20 })}).${link}`;
  return { text: `${who(by)} assigned you an alert: ${escapeMrkdwn(a.title, { limit: 300 })}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

async function sendDm(client: WebClient, user: string, message: ReturnType<typeof assignmentDm>): Promise<void> {
  const im = await client.conversations.open({ users: user });
  const channel = im.channel?.id;
  if (!channel) throw new Error('conversations.open answered without a channel');
  await client.chat.postMessage({ channel, ...message, unfurl_links: false });
}

/** Assign and Snooze modal submissions: act, and the alert message updates itself; the assignee gets a DM. */
export const registerAlertViews: RegisterListener = (app, deps) => {
  app.view(callbackIds.assignModal, workspaceGuard(deps), async ({ ack, body, view, client }) => {
    const parsed = assignSchema.safeParse(view);
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [modalBlocks.assignee]: 'Pick a person.' } });
      return;
    }
    await ack();
    const log = deps.logger.child({ view: callbackIds.assignModal, userId: body.user.id });
    if (!deps.alerts) return;
    const ref = parsed.data.private_metadata;
    const assignee = parsed.data.state.values[modalBlocks.assignee]![actionIds.assignUser]!.selected_user;
    try {
      const r = await deps.alerts.assign(ref, assignee, body.user.id);
      slackActionsTotal.inc({ action: actionIds.alertAssign, outcome: r.outcome });
      if (r.outcome === 'done' && r.alert) await sendDm(client, assignee, assignmentDm(r.alert, body.user.id));
    } catch (err) {
      slackActionsTotal.inc({ action: actionIds.alertAssign, outcome: 'error' });
      log.error({ error: errorMessage(err) }, 'assign failed');
    }
  });

  app.view(callbackIds.snoozeModal, workspaceGuard(deps), async ({ ack, body, view }) => {
    const parsed = snoozeSchema.safeParse(view);
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { [modalBlocks.snoozeFor]: 'Pick how long.' } });
      return;
    }
    await ack();
    if (!deps.alerts) return;
    const duration = parsed.data.state.values[modalBlocks.snoozeFor]![actionIds.snoozeFor]!.selected_option.value;
    try {
      const r = await deps.alerts.snooze(parsed.data.private_metadata, duration, body.user.id);
      slackActionsTotal.inc({ action: actionIds.alertSnooze, outcome: r.outcome });
    } catch (err) {
      slackActionsTotal.inc({ action: actionIds.alertSnooze, outcome: 'error' });
      deps.logger.error({ userId: body.user.id, error: errorMessage(err) }, 'snooze failed');
    }
  });
};
