import { z } from 'zod';
import { noWorkersReply, renderAlertList } from '../src/slack/blocks/alert-list.js';
import { defineCommand, parseCommandText, type CommandReply } from '../src/slack/define-command.js';

const noArgs = z.string().trim().max(0, 'usage: /srm alerts');

const unavailable = noWorkersReply('Alerts are');

/** `/srm alerts`: the open alerts, unacknowledged first, with who acknowledged or owns each and its age. */
export const alertsCommand = defineCommand({
  name: 'alerts',
  usage: 'alerts',
  summary: 'The open alerts, unacknowledged first, with who acknowledged or owns each, its age and a link.',
  examples: ['alerts'],
  async handle({ input, deps }): Promise<CommandReply> {
    parseCommandText(noArgs, input.text, 'usage: /srm alerts');
    if (!deps.alerts) return unavailable;
    const message = renderAlertList(await deps.alerts.listOpen(100));
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' };
  },
});
