import { defineCommand } from '../src/slack/define-command.js';
import { renderHelp } from '../src/slack/blocks/help.js';

export const help = defineCommand({
  name: 'help',
  usage: 'help',
  summary: 'Every /srm subcommand with its usage and examples.',
  examples: ['help'],
  answerInAck: true,
  async handle() {
    // imported when run, not at load: commands/index.ts lists this module
    const { commands } = await import('./index.js');
    return renderHelp(commands);
  },
});
