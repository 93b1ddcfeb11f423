import { UsageError, errorMessage } from '../../../errors.js';
import { didYouMean, findCommand, parseSrmText } from '../../command-router.js';
import type { CommandContext, CommandReply } from '../../define-command.js';
import { renderHelp } from '../../blocks/help.js';
import { escapeMrkdwn } from '../../escape.js';
import { slashCommandsTotal } from '../../metrics.js';
import { friendlyError, toRespond } from '../reply.js';
import { createTurns } from '../../turns.js';
import type { RegisterListener } from '../types.js';

function usageReply(message: string, usage: string): CommandReply {
  const text = `${message} Usage: /srm ${usage}`;
  return {
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:information_source: ${escapeMrkdwn(message)}\nUsage: \`/srm ${escapeMrkdwn(usage)}\`` } }],
    responseType: 'ephemeral',
  };
}

/**
 * `/srm <subcommand> <text>`: ack at once, then (one answer per event-loop
 * turn, see turns.ts) find the subcommand and let it answer through
 * response_url. Unknown or empty → help (with a "did you mean").
 */
export const registerSrmCommand: RegisterListener = (app, deps, ctx) => {
  const nextTurn = createTurns();
  app.command('/srm', async ({ command, ack, respond }) => {
    await ack();
    // The answer waits its turn: requests already on the socket are acked before it takes the CPU.
    await nextTurn();
    const { name, rest } = parseSrmText(command.text);
    const logger = deps.logger.child({ subcommand: name || 'help', userId: command.user_id, channelId: command.channel_id });
    const found = findCommand(ctx.commands, name || 'help');
    if (!found) {
      const suggestion = didYouMean(name, ctx.commands.map((c) => c.name));
      logger.info({ unknown: name, suggestion }, 'unknown subcommand');
      slashCommandsTotal.inc({ subcommand: 'unknown', outcome: 'unknown' });
      await respond(toRespond(renderHelp(ctx.commands, { unknown: name, ...(suggestion ? { suggestion } : {}) })));
      return;
    }
    const commandContext: CommandContext = {
      input: { text: rest, userId: command.user_id, channelId: command.channel_id, teamId: command.team_id },
      deps,
      logger,
      respond: async (reply) => {
        await respond(toRespond(reply));
      },
    };
    try {
      const reply = await found.handle(commandContext);
      if (reply) await respond(toRespond(reply));
      // At debug: a busy workspace sends hundreds a second (usage errors and failures stay at info and error).
      logger.debug({ replied: reply !== undefined }, 'subcommand handled');
      slashCommandsTotal.inc({ subcommand: found.name, outcome: 'ok' });
    } catch (err) {
      if (err instanceof UsageError) {
        logger.info({ reason: err.message }, 'subcommand usage error');
        slashCommandsTotal.inc({ subcommand: found.name, outcome: 'usage' });
        await respond(toRespond(usageReply(err.message, found.usage)));
        return;
      }
      logger.error({ err, error: errorMessage(err) }, 'subcommand failed');
      slashCommandsTotal.inc({ subcommand: found.name, outcome: 'error' });
      await respond(toRespond(friendlyError));
    }
  });
};
