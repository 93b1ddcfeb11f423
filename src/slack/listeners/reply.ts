import type { RespondArguments } from '@slack/bolt';
import type { CommandReply } from '../define-command.js';

/** A CommandReply as Bolt's `respond` wants it (ephemeral unless said otherwise). */
export function toRespond(reply: CommandReply, extra: Partial<RespondArguments> = {}): RespondArguments {
  const replace = reply.replaceOriginal ? { replace_original: true } : {};
  return { response_type: reply.responseType ?? 'ephemeral', text: reply.text, blocks: reply.blocks, ...replace, ...extra } as RespondArguments;
}

export const friendlyError: CommandReply = {
  text: 'Something went wrong on our side; the error was logged. Please try again in a minute.',
  blocks: [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: ':warning: Something went wrong on our side; the error was logged. Please try again in a minute.' },
    },
  ],
  responseType: 'ephemeral',
};
