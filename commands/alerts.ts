import { z } from 'zod';
import { renderAlertList } from '../src/slack/blocks/alert-list.js';
import { defineCommand, parseCommandText, type CommandReply } from '../src/slack/define-command.js';

const noArgs = z.string().trim().max(0, 'usage: /srm alerts');

const unavailable: CommandReply = {
  text: 'Alerts are not available: this process runs no workers.',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':information_source: Alerts are not available: this process runs no workers (start it with `srm serve`).' } }],
};

/** `/srm alerts`: the open alerts, unacknowledged first, with who acknowledged or owns each and its age. */
export const alertsCommand = defineCommand({
  name: 'alerts',
  usage: 'alerts',
  summary: 'The open alerts, unacknowledged first, with who acknowledged or owns each, its age and a link.',
  examples: ['alerts'],
  async handle({ input, deps }) {
    parseCommandText(noArgs, input.text, 'usage: /srm alerts');
    if (!deps.alerts) return unavailable;
    const message = renderAlertList(await deps.alerts.listOpen(100));
    return { text: message.text, blocks: message.blocks, responseType: 'ephemeral' };
  },
});
