import { z } from 'zod';
import { whoReply } from '../../../../commands/who.js';
import { errorMessage } from '../../../errors.js';
import { actionIds } from '../../ids.js';
import { slackActionsTotal } from '../../metrics.js';
import type { RegisterListener } from '../types.js';

const buttonSchema = z.object({
  value: z.string().min(1).max(2000),
});
const bodySchema = z.object({
  user: z.object({ id: z.string().min(1) }),
  channel: z.object({ id: z.string().min(1) }),
});

/** Slack errors that mean the bot may not post in this channel. */
const notAllowed = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/**
 * "Share in channel" under an ephemeral `/srm who` answer: posts the same
 * answer in the channel as the bot, saying who shared it.
 */
export const registerShareWhoAnswer: RegisterListener = (app, deps) => {
  app.action(actionIds.shareWhoAnswer, async ({ ack, action, body, client, respond }) => {
    await ack();
    const button = buttonSchema.parse(action);
    const { user, channel } = bodySchema.parse(body);
    const logger = deps.logger.child({ action: actionIds.shareWhoAnswer, userId: user.id, channelId: channel.id });
    const { reply } = await whoReply(button.value, user.id);
    try {
      await client.chat.postMessage({ channel: channel.id, text: reply.text, blocks: reply.blocks, unfurl_links: false });
      logger.info('who answer shared');
      slackActionsTotal.inc({ action: actionIds.shareWhoAnswer, outcome: 'ok' });
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      if (code && notAllowed.has(code)) {
        logger.info({ error: code }, 'cannot share: bot not allowed in channel');
        slackActionsTotal.inc({ action: actionIds.shareWhoAnswer, outcome: 'not_allowed' });
        await respond({ response_type: 'ephemeral', replace_original: false, text: `I can't post in this channel (${code}). Invite me with \`/invite @srm\` and try again.` });
        return;
      }
      logger.error({ err, error: errorMessage(err) }, 'sharing who answer failed');
      slackActionsTotal.inc({ action: actionIds.shareWhoAnswer, outcome: 'error' });
      throw err;
    }
  });
};
