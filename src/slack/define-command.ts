import type { KnownBlock } from '@slack/types';
import type { Logger } from '../logger.js';
import type { Deps } from '../deps.js';

/** What a `/srm <name> …` invocation carries, parsed from Slack's payload at the edge. */
export interface CommandInput {
  /** The text after the subcommand name, trimmed. */
  text: string;
  userId: string;
  channelId: string;
  teamId?: string;
}

/** A reply to the invoking user; ephemeral unless said otherwise. */
export interface CommandReply {
  text: string;
  blocks: KnownBlock[];
  responseType?: 'ephemeral' | 'in_channel';
  /** Replace the message the response_url belongs to instead of adding one (progress updates). */
  replaceOriginal?: boolean;
}

export interface CommandContext {
  input: CommandInput;
  deps: Deps;
  logger: Logger;
  /** Send a further reply through the command's response_url (progress, late results). */
  respond(reply: CommandReply): Promise<void>;
}

/**
 * One `/srm` subcommand. The listener acks within Slack's 3 s first, then calls
 * `handle`; what `handle` returns is sent with `respond`. A command never calls
 * AWS itself: it answers from local data or enqueues a job.
 */
export interface SlashCommand {
  name: string;
  /** "who <question>" */
  usage: string;
  /** One line for `/srm help`. */
  summary: string;
  /** Examples shown in help. */
  examples: string[];
  handle(ctx: CommandContext): Promise<CommandReply | undefined>;
}

export function defineCommand<T extends SlashCommand>(command: T): T {
  return command;
}
