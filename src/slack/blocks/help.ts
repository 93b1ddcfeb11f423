import type { KnownBlock } from '@slack/types';
import type { CommandReply, SlashCommand } from '../define-command.js';
import { escapeMrkdwn, inlineCode, truncate } from '../escape.js';

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
    const hint = options.suggestion ? ` Did you mean ${inlineCode(`/srm ${options.suggestion}`, 100)}?` : '';
    text = `There is no ${inlineCode(`/srm ${options.unknown}`, 110)}.${hint}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`:grey_question: ${text}`, 3000) } });
  }
  blocks.push({ type: 'header', text: { type: 'plain_text', text: 'srm: who owns what on AWS', emoji: true } });
  // 50 blocks per message: 2 above, one section per command, one closing context
  for (const command of [...commands].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 46)) {
    // Catalogue text, trusted, but escaped all the same (summaries keep their own formatting).
    const examples = command.examples.slice(0, 10).map((e) => inlineCode(`/srm ${e}`, 200)).join('  ');
    const summary = escapeMrkdwn(command.summary, { neutraliseFormatting: false, limit: 1000 });
    const body = `*${inlineCode(`/srm ${command.usage}`, 300)}*\n${summary}${examples ? `\n_e.g._ ${examples}` : ''}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(body, 3000) } });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Answers are visible only to you; use *Share in channel* to post one.' }] });
  return { text, blocks, responseType: 'ephemeral' };
}
