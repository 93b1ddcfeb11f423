import type { AnyMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { UsageError, errorMessage } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import { didYouMean, findCommand, parseSrmText, type ParsedSrmText } from '../../command-router.js';
import type { CommandContext, CommandReply, SlashCommand } from '../../define-command.js';
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

type Outcome = 'ok' | 'usage' | 'unknown' | 'error';

/** The counter's children by subcommand and outcome, made once: `inc(labels)` would hash a label object on every command. */
const counters = new Map<string, { inc(): void }>();
function count(subcommand: string, outcome: Outcome): void {
  const key = `${subcommand}\0${outcome}`;
  let counter = counters.get(key);
  if (!counter) counters.set(key, (counter = slashCommandsTotal.labels(subcommand, outcome)));
  counter.inc();
}

/** Runs a subcommand; its usage errors and failures become the reply the user sees. */
async function answer(found: SlashCommand, ctx: CommandContext, debug: boolean): Promise<CommandReply | undefined> {
  try {
    const reply = await found.handle(ctx);
    // At debug: a busy workspace sends hundreds a second (usage errors and failures stay at info and error).
    if (debug) ctx.logger.debug({ replied: reply !== undefined }, 'subcommand handled');
    count(found.name, 'ok');
    return reply;
  } catch (err) {
    if (err instanceof UsageError) {
      ctx.logger.info({ reason: err.message }, 'subcommand usage error');
      count(found.name, 'usage');
      return usageReply(err.message, found.usage);
    }
    ctx.logger.error({ err, error: errorMessage(err) }, 'subcommand failed');
    count(found.name, 'error');
    return friendlyError;
  }
}

/**
 * `/srm <subcommand> <text>`. A subcommand that answers at once from local
 * data (`answerInAck`: who, help, and help for an unknown or empty
 * subcommand) answers in the ack itself: one HTTP response, no POST to
 * response_url. Any other acks at once, then (one answer per event-loop
 * turn, see turns.ts) answers through response_url. Registered as a global
 * middleware that answers `/srm` and passes everything else on (below).
 */
export const registerSrmCommand: RegisterListener = (app, deps, ctx) => {
  const nextTurn = createTurns();
  const handle = async ({ command, ack, respond }: SlackCommandMiddlewareArgs): Promise<void> => {
    let parsed: ParsedSrmText;
    try {
      parsed = parseSrmText(command.text);
    } catch {
      count('unknown', 'usage');
      await ack(toRespond(usageReply('That is too long for /srm (4,000 characters at most).', 'help')));
      return;
    }
    const name = parsed.name || 'help';
    // Made when first used: most answers log nothing at the default level.
    let logger: Logger | undefined;
    const log = (): Logger => (logger ??= deps.logger.child({ subcommand: name, userId: command.user_id, channelId: command.channel_id }));
    const found = findCommand(ctx.commands, name);
    if (!found) {
      const suggestion = didYouMean(parsed.name, ctx.commands.map((c) => c.name));
      log().info({ unknown: parsed.name, suggestion }, 'unknown subcommand');
      count('unknown', 'unknown');
      await ack(toRespond(renderHelp(ctx.commands, { unknown: parsed.name, ...(suggestion ? { suggestion } : {}) })));
      return;
    }
    const commandContext: CommandContext = {
      input: { text: parsed.rest, userId: command.user_id, channelId: command.channel_id, teamId: command.team_id },
      deps,
      get logger() {
        return log();
      },
      respond: async (reply) => {
        await respond(toRespond(reply));
      },
    };
    const debug = deps.logger.isLevelEnabled('debug');
    if (found.answerInAck) {
      const reply = await answer(found, commandContext, debug);
      await ack(reply ? toRespond(reply) : undefined);
      return;
    }
    await ack();
    // The answer waits its turn: requests already on the socket are acked before it takes the CPU.
    await nextTurn();
    const reply = await answer(found, commandContext, debug);
    if (reply) await respond(toRespond(reply));
  };
  // A global middleware, not app.command: Bolt runs every listener's own middleware chain for every
  // request (a copy of the arguments per step, for each of srm's ~15 listeners); `/srm` is answered here
  // before them, and nothing else listens for it.
  app.use(async (args) => {
    if (isSrmCommand(args)) return handle(args);
    await args.next();
  });
};

function isSrmCommand(args: AnyMiddlewareArgs): args is SlackCommandMiddlewareArgs {
  return 'command' in args && args.command.command === '/srm';
}
