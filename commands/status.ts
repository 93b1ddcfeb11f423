import type { KnownBlock } from '@slack/types';
import { UsageError } from '../src/errors.js';
import type { StatusSnapshot } from '../src/router/status.js';
import { limits } from '../src/slack/block-limits.js';
import { defineCommand, type CommandReply } from '../src/slack/define-command.js';
import { escapeMrkdwn, inlineCode, plain } from '../src/slack/escape.js';
import { noWorkersReply, snoozeLines } from '../src/slack/blocks/alert-list.js';

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: plain(text, limits.sectionText) } };
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 120) return `${s} s ago`;
  if (s < 7200) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
}

/** `/srm status` as Block Kit: queues, polls with lag, failed posts with the retry option. Pure. */
export function renderStatus(s: StatusSnapshot): CommandReply {
  const now = Date.parse(s.at);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'srm status' } }];
  const queueLines = s.queues.map((q) => `${inlineCode(q.queue, 60)}  waiting *${q.waiting}* · active *${q.active}* · delayed *${q.delayed}* · failed *${q.failed}*`);
  blocks.push(section(`*Queues*\n${queueLines.join('\n') || '_none_'}`));
  const pollLines = s.polls.slice(0, 30).map((p) => {
    const lag = p.lagSeconds === undefined ? '' : ` · lag *${Math.round(p.lagSeconds)} s*`;
    const err = p.consecutiveErrors > 0 ? ` · :warning: ${p.consecutiveErrors} failed, last: ${escapeMrkdwn(p.lastError ?? 'error', { limit: 200 })}` : '';
    const sqs = `${p.queue ? ` ${escapeMrkdwn(p.queue, { limit: 80 })}` : ''}${p.state ? ` (${escapeMrkdwn(p.state, { limit: 120 })})` : ''}`;
    return `${escapeMrkdwn(p.source, { limit: 20 })} ${escapeMrkdwn(p.account, { limit: 40 })} ${escapeMrkdwn(p.region, { limit: 30 })}${sqs}: last success ${ago(p.lastSuccessAt, now)}${lag}${err}`;
  });
  const morePolls = s.polls.length > 30 ? `\n_and ${s.polls.length - 30} more_` : '';
  blocks.push(section(`*Polls* (last successful poll per account and region)\n${pollLines.join('\n') || '_no poll has run yet_'}${morePolls}`));
  const r = s.router;
  blocks.push(section(`*Alerts* published *${r.published}* · posted *${r.posted}* · in threads *${r.threaded}* · in digests *${r.digested}* (${r.digests} digests) · suppressed *${r.suppressed}* · snoozed *${r.snoozed}*`));
  if (s.snoozes?.length) blocks.push(section(snoozeLines(s.snoozes)));
  if (s.failedPosts.count === 0) {
    blocks.push(section(':white_check_mark: *Failed posts:* none'));
  } else {
    const lines = s.failedPosts.first.map(
      (f) => `• ${escapeMrkdwn(f.what, { limit: 150 })} → ${f.channel ? inlineCode(f.channel, 40) : '_no channel_'}: ${escapeMrkdwn(f.error, { limit: 300 })} (${ago(f.failedAt, now)})`,
    );
    const more = s.failedPosts.count > s.failedPosts.first.length ? `\n_and ${s.failedPosts.count - s.failedPosts.first.length} more_` : '';
    blocks.push(section(`:warning: *Failed posts: ${s.failedPosts.count}* (kept, not dropped)\n${lines.join('\n')}${more}`));
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Run `/srm status retry` to post them again.' }] });
  }
  const text = `srm status: ${s.failedPosts.count} failed posts, ${s.queues.reduce((n, q) => n + q.waiting + q.delayed, 0)} jobs queued`;
  return { text, blocks };
}

export const status = defineCommand({
  name: 'status',
  usage: 'status [retry]',
  summary: 'Queue depths, last poll per account and region with lag, and posts that failed (retry them with `status retry`).',
  examples: ['status', 'status retry'],
  async handle({ input, deps, logger }): Promise<CommandReply> {
    const arg = input.text.trim().toLowerCase();
    if (arg !== '' && arg !== 'retry') throw new UsageError('usage: /srm status [retry]');
    if (!deps.status) {
      return noWorkersReply('Status is');
    }
    if (arg === 'retry') {
      const { retried } = await deps.status.retryFailed();
      logger.info({ retried, user: input.userId }, 'failed posts retried');
      const reply = renderStatus(await deps.status.snapshot());
      return { text: `Retrying ${retried} failed posts.`, blocks: [section(`:arrows_counterclockwise: Retrying *${retried}* failed post${retried === 1 ? '' : 's'}.`), ...reply.blocks] };
    }
    return renderStatus(await deps.status.snapshot());
  },
});
