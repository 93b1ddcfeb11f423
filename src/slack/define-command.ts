import type { KnownBlock } from '@slack/types';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
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
 * `handle`; what `handle` returns is sent with `respond` (or, with
 * `answerInAck`, is the ack). A command never calls AWS itself: it answers
 * from local data or enqueues a job.
 */
export interface SlashCommand {
  name: string;
  /** "who <question>" */
  usage: string;
  /** One line for `/srm help`. */
  summary: string;
  /** Examples shown in help. */
  examples: string[];
  /**
   * The answer is computed at once from local data (no I/O, about a
   * millisecond of CPU): `handle` runs before the ack and its reply is the
   * ack's body, as Slack allows for an answer within 3 s, instead of an empty
   * ack and a POST to response_url. Leave it unset for anything that waits on
   * Redis or may take longer.
   */
  answerInAck?: boolean;
  handle(ctx: CommandContext): Promise<CommandReply | undefined>;
}

export function defineCommand<T extends SlashCommand>(command: T): T {
  return command;
}

/** Parses a subcommand's text at the edge: the schema's first complaint becomes the usage error the user sees. */
export function parseCommandText<T>(schema: z.ZodType<T, unknown>, text: string, fallback: string): T {
  const parsed = schema.safeParse(text);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? fallback);
  return parsed.data;
}
