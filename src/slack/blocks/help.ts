import type { KnownBlock } from '@slack/types';
import type { CommandReply, SlashCommand } from '../define-command.js';
import { escapeMrkdwn, truncate } from '../escape.js';

export interface HelpOptions {
  /** A subcommand that was typed but does not exist. */
  unknown?: string;
  /** The closest existing subcommand. */
  suggestion?: string;
}

/** `/srm help`: every registered subcommand with its usage, summary and examples. */
export function renderHelp(commands: readonly Pick<SlashCommand, 'name' | 'usage' | 'summary' | 'examples'>[], options: HelpOptions = {}): CommandReply {
  const blocks: KnownBlock[] = [];
  let text = 'srm: AWS Shared Responsibility Model in Slack';
  if (options.unknown !== undefined) {
    const unknown = escapeMrkdwn(options.unknown, { limit: 100 });
    const hint = options.suggestion ? ` Did you mean \`/srm ${options.suggestion}\`?` : '';
    text = `There is no \`/srm ${unknown}\`.${hint}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:grey_question: ${text}` } });
  }
  blocks.push({ type: 'header', text: { type: 'plain_text', text: 'srm: who owns what on AWS', emoji: true } });
  // 50 blocks per message: 2 above, one section per command, one closing context
  for (const command of [...commands].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 46)) {
    const examples = command.examples.map((e) => `\`/srm ${e}\``).join('  ');
    const body = `*\`/srm ${command.usage}\`*\n${command.summary}${examples ? `\n_e.g._ ${examples}` : ''}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(body, 3000) } });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Answers are visible only to you; use *Share in channel* to post one.' }] });
  return { text, blocks, responseType: 'ephemeral' };
}
