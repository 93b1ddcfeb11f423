import { z } from 'zod';
import type { AccountChoice } from '../src/checks/check-runs.js';
import type { Check } from '../src/checks/define-check.js';
import { checkSelectionSchema, type CheckSelection, type RenderedMessage } from '../src/checks/progress.js';
import { findChecks } from '../src/checks/select.js';
import { UsageError } from '../src/errors.js';
import { defineCommand, type CommandReply } from '../src/slack/define-command.js';

const tokenSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'use check ids, an area, an account (id or name) and a region, separated by spaces');
const textSchema = z
  .string()
  .max(2000, 'too many arguments')
  .transform((s) => s.trim().split(/\s+/).filter(Boolean))
  .pipe(z.array(tokenSchema).max(60, 'too many arguments'));

const regionPattern = /^(global|[a-z]{2}(-[a-z]+)+-\d+)$/;

/**
 * `/srm check [all | <check id>… | <area>] [account] [region]`: each word is a
 * check selector (a check id, "all", an area id or a service prefix), a
 * configured account (id or name) or a region ("global" for global checks
 * only). Nothing selected means all checks; no account means every
 * configured account; no region means each account's configured regions.
 */
export function parseCheckText(text: string, known: { catalogue: readonly Check[]; accounts: readonly AccountChoice[] }): CheckSelection {
  const parsed = textSchema.safeParse(text);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid arguments');
  const selectors: string[] = [];
  const accounts: string[] = [];
  const regions: string[] = [];
  for (const raw of parsed.data) {
    const word = raw.toLowerCase();
    const account = known.accounts.find((a) => a.key === word || a.name?.toLowerCase() === word);
    if (account) {
      if (!accounts.includes(account.key)) accounts.push(account.key);
      continue;
    }
    if (word === 'all' || isSelector(word, known.catalogue)) {
      selectors.push(word);
      continue;
    }
    if (regionPattern.test(word)) {
      if (!regions.includes(word)) regions.push(word);
      continue;
    }
    if (/^\d{12}$/.test(word)) {
      throw new UsageError(`account ${word} is not configured; configured: ${known.accounts.map(label).join(', ')}`);
    }
    findChecks([word], known.catalogue); // throws the UsageError with "did you mean"
  }
  const selection = checkSelectionSchema.safeParse({
    selectors: selectors.length > 0 ? selectors : ['all'],
    ...(accounts.length > 0 ? { accounts } : {}),
    ...(regions.length > 0 ? { regions } : {}),
  });
  if (!selection.success) throw new UsageError(`invalid arguments: ${selection.error.issues[0]?.message ?? 'invalid'}`);
  return selection.data;
}

function isSelector(word: string, catalogue: readonly Check[]): boolean {
  try {
    return findChecks([word], catalogue).length > 0;
  } catch {
    return false;
  }
}

function label(a: AccountChoice): string {
  return a.name ? `${a.name} (${a.key})` : a.key;
}

function reply(message: RenderedMessage, replaceOriginal = false): CommandReply {
  // replaceOriginal: honoured by the listener when CommandReply carries it; harmless otherwise.
  return { text: message.text, blocks: message.blocks, responseType: 'ephemeral', ...(replaceOriginal ? { replaceOriginal: true } : {}) } as CommandReply;
}

/** How many progress replies the ephemeral fallback sends (Slack allows 5 uses of a response_url). */
const fallbackProgressReplies = 2;

export const check = defineCommand({
  name: 'check',
  usage: 'check [all | <check id>… | <area>] [account] [region]',
  summary: 'Run AWS checks through the job queue; progress and results update one message in this channel.',
  examples: ['check', 'check root-account', 'check iam-root-mfa-enabled prod', 'check all 123456789012 eu-west-1'],
  async handle(ctx) {
    const port = ctx.deps.checks;
    if (!port) {
      return {
        text: 'Checks cannot run here: this srm process has no job queue. Run `srm serve`, or `srm check` on the command line.',
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':warning: Checks cannot run here: this srm process has no job queue. Run `srm serve`, or `srm check` on the command line.' } }],
        responseType: 'ephemeral',
      };
    }
    const selection = parseCheckText(ctx.input.text, { catalogue: port.catalogue(), accounts: port.accounts() });
    const started = await port.start({ selection, requestedBy: ctx.input.userId, channel: ctx.input.channelId });
    ctx.logger.info({ runId: started.runId, total: started.total, delivery: started.delivery, selectors: selection.selectors }, 'check run requested');
    if (started.delivery === 'message') return undefined; // the channel message is the answer, updated in place
    // The bot cannot post in this channel: answer the user directly, replacing the ephemeral reply.
    await ctx.respond(reply(started.progress));
    let progressReplies = 0;
    let lastReply = Date.now();
    const final = await port.waitForResults(started.runId, {
      onProgress: async (message) => {
        if (progressReplies >= fallbackProgressReplies || Date.now() - lastReply < 5_000) return;
        progressReplies += 1;
        lastReply = Date.now();
        await ctx.respond(reply(message, true));
      },
    });
    return final ? reply(final, true) : undefined;
  },
});
