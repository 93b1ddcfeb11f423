import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Deps } from '../../../deps.js';
import { errorMessage } from '../../../errors.js';
import { alertRefPattern } from '../../../router/keys.js';
import { assignModal, snoozeModal } from '../../blocks/alert-modals.js';
import { actionIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import { onlyOwnWorkspace } from '../../middleware/authorize.js';
import type { RegisterListener } from '../types.js';

/** A button value that came back from Slack: an alert reference, nothing else. */
export const alertButtonSchema = z.object({ value: z.string().regex(alertRefPattern, 'not an alert reference') });

const unavailable = 'Alerts cannot be changed here: this srm process runs no workers (start it with `srm serve`).';

/** Users of another workspace (Slack Connect) are refused, and the refusal audited. */
export function workspaceGuard(deps: Deps) {
  return onlyOwnWorkspace({
    logger: deps.logger,
    refused: async (user, reason) => {
      await deps.alerts?.record({ user, action: 'refusal', target: 'alert action', outcome: 'refused', detail: `user of another workspace (${reason})` });
    },
  });
}

type Respond = (message: { response_type: 'ephemeral'; replace_original: false; text: string }) => Promise<unknown>;

/** An ephemeral answer to the person who pressed (when Slack gave a response_url). */
export async function tell(respond: Respond | undefined, body: { response_url?: string }, text: string): Promise<void> {
  if (respond && body.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
}

function register(app: App, deps: Deps, id: string, handle: (ref: string, ctx: { user: string; triggerId: string; respond: Respond; body: { response_url?: string }; client: WebClient }) => Promise<void>): void {
  app.action(id, workspaceGuard(deps), async ({ ack, action, body, respond, client }) => {
    await ack();
    const user = body.user.id;
    const log = deps.logger.child({ action: id, userId: user });
    const parsed = alertButtonSchema.safeParse(action);
    const reply = body as { response_url?: string; trigger_id?: string };
    if (!parsed.success) {
      slackActionsTotal.inc({ action: id, outcome: 'usage' });
      await tell(respond, reply, 'This button is damaged; nothing was changed.');
      return;
    }
    if (!deps.alerts) {
      await tell(respond, reply, unavailable);
      return;
    }
    try {
      await handle(parsed.data.value, { user, triggerId: reply.trigger_id ?? '', respond, body: reply, client });
      slackActionsTotal.inc({ action: id, outcome: 'ok' });
    } catch (err) {
      slackActionsTotal.inc({ action: id, outcome: 'error' });
      log.error({ error: errorMessage(err) }, 'alert action failed');
      await tell(respond, reply, 'Something went wrong on our side; the error was logged. Nothing may have changed: try again in a minute.');
    }
  });
}

/**
 * The alert's Acknowledge, Assign and Snooze buttons. Acknowledge acts at
 * once; Assign and Snooze open a modal (a user picker; 1 hour / 1 day /
 * 7 days) whose submission acts (src/slack/listeners/views/alert-views.ts).
 * The alert message is then updated in place to show who did what.
 */
export const registerAlertActions: RegisterListener = (app, deps) => {
  register(app, deps, actionIds.alertAcknowledge, async (ref, { user, respond, body }) => {
    const r = await deps.alerts!.acknowledge(ref, user);
    if (r.outcome !== 'done') await tell(respond, body, r.text);
  });
  register(app, deps, actionIds.alertAssign, async (ref, { triggerId, respond, body, user, client }) => {
    const stored = await deps.alerts!.get(ref);
    if (!stored) return tell(respond, body, 'This alert is no longer known to srm (alerts are kept 30 days).');
    await client.views.open({ trigger_id: triggerId, view: assignModal(ref, stored.alert, stored.life.assigned?.to ?? user) });
  });
  register(app, deps, actionIds.alertSnooze, async (ref, { triggerId, respond, body, client }) => {
    const stored = await deps.alerts!.get(ref);
    if (!stored) return tell(respond, body, 'This alert is no longer known to srm (alerts are kept 30 days).');
    await client.views.open({ trigger_id: triggerId, view: snoozeModal(ref, stored.alert) });
  });
};
