import type { KnownBlock } from '@slack/types';
import type { DigestState } from '../../router/digest.js';
import { escapeMrkdwn, inlineCode, plain } from '../escape.js';
import { limits } from '../block-limits.js';
import { severityEmoji, type RenderedMessage } from './alert.js';

function top(counts: Record<string, number>, n: number): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!entries.length) return '_none_';
  const shown = entries.slice(0, n).map(([k, v]) => `${escapeMrkdwn(k, { limit: 160 })}: *${v}*`);
  const rest = entries.length - n;
  return shown.join('\n') + (rest > 0 ? `\n_and ${rest} more_` : '');
}

/** As many event ids as fit in one section, then "and N more" (N counts every event of the digest). */
function eventIdList(digest: DigestState): string {
  const head = '*Event ids:* ';
  const budget = limits.sectionText - 60;
  let out = head;
  let shown = 0;
  for (const id of digest.eventIds) {
    const piece = `${shown ? ', ' : ''}${inlineCode(id, 120)}`;
    if (out.length + piece.length > budget) break;
    out += piece;
    shown += 1;
  }
  const more = digest.count - shown;
  return more > 0 ? `${out} _and ${more} more_` : out;
}

/**
 * One burst of one rule in one channel as a single message, updated in place
 * as the burst grows. Accounts for every alert folded into it.
 */
export function renderDigest(digest: DigestState, options: { postedIndividually?: number } = {}): RenderedMessage {
  const sev = digest.severity;
  const range = digest.firstTime && digest.lastTime ? `${escapeMrkdwn(digest.firstTime, { limit: 40 })} to ${escapeMrkdwn(digest.lastTime, { limit: 40 })}` : 'just now';
  const before = options.postedIndividually ? ` (after ${options.postedIndividually} posted individually above)` : '';
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plain(`${sev.toUpperCase()}: ${digest.title} (burst of ${digest.count})`, limits.headerText), emoji: true } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: plain(
          `${severityEmoji[sev]} *${digest.count}* alerts of rule ${inlineCode(digest.rule, 200)} from ${range}${before}, collected in this one message instead of ${digest.count} posts. It is updated as the burst goes on.`,
          limits.sectionText,
        ),
      },
    },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: plain(`*By actor*\n${top(digest.byActor, 5)}`, limits.sectionFieldText) },
        { type: 'mrkdwn', text: plain(`*By account*\n${top(digest.byAccount, 5)}`, limits.sectionFieldText) },
        { type: 'mrkdwn', text: plain(`*By region*\n${top(digest.byRegion, 5)}`, limits.sectionFieldText) },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: eventIdList(digest) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `Digest ${inlineCode(digest.id, 80)} · area ${inlineCode(digest.area || 'unknown', 80)}` }] },
  ];
  return { text: `[${sev.toUpperCase()}] ${escapeMrkdwn(digest.title, { limit: 300 })}: burst of ${digest.count} alerts`, blocks };
}
