import type { KnownBlock } from '@slack/types';
import type { AuditEntry } from '../../audit/log.js';
import type { StoredAlert } from '../../router/alert-store.js';
import type { Snooze } from '../../router/snooze.js';
import { limits } from '../block-limits.js';
import { escapeMrkdwn, inlineCode, truncate } from '../escape.js';
import { severityEmoji, slackDate, who, type RenderedMessage } from './alert.js';

/** The answer of a subcommand whose port this process lacks (no workers run here). */
export function noWorkersReply(what: string): RenderedMessage {
  const text = `${what} not available: this process runs no workers.`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:information_source: ${text.slice(0, -1)} (start it with \`srm serve\`).` } }] };
}

/** A Slack message permalink (chat.getPermalink): the only link built from stored data. */
export const permalinkPattern = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*\.slack\.com\/archives\/[A-Z0-9]+\/p\d+(\?[A-Za-z0-9=&._-]*)?$/;

/** "3 min", "5 h", "2 d". */
export function age(iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (!Number.isFinite(s)) return 'unknown';
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 48 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} d`;
}

/** One open alert in one line: what, where, how old, who owns it, its state and a link. */
export function alertLine(a: StoredAlert, now: Date): string {
  const e = a.alert;
  const more = e.rules.length > 1 ? ` (+${e.rules.length - 1} rules)` : '';
  const where = [e.account, e.region].filter(Boolean).join('/');
  const parts = [`${severityEmoji[e.severity]} *${escapeMrkdwn(e.title, { limit: 150 })}*${more}`, `${age(a.postedAt, now)} old`];
  if (where) parts.push(escapeMrkdwn(where, { limit: 60 }));
  parts.push(a.life.acknowledged ? `acknowledged by ${who(a.life.acknowledged.by)}` : '*unacknowledged*');
  if (a.life.assigned) parts.push(`owner ${who(a.life.assigned.to)}`);
  if (a.life.snoozed && Date.parse(a.life.snoozed.until) > now.getTime()) parts.push(`:zzz: until ${slackDate(a.life.snoozed.until)}`);
  const rem = a.life.remediation;
  if (rem && rem.state !== 'succeeded') parts.push(`remediation ${rem.state}`);
  if (a.permalink && permalinkPattern.test(a.permalink)) parts.push(`<${a.permalink}|view>`);
  return `• ${parts.join(' · ')}`;
}

/** Lines packed into as few sections as fit (each ≤ 3000 chars), at most `maxBlocks`, then "and N more". */
export function packLines(lines: readonly string[], maxBlocks: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  let shown = 0;
  for (const line of lines) {
    const piece = truncate(line, limits.sectionText - 100);
    if (current && current.length + piece.length + 1 > limits.sectionText - 100) {
      if (blocks.length + 1 >= maxBlocks) break;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
      current = '';
    }
    current = current ? `${current}\n${piece}` : piece;
    shown += 1;
  }
  if (current) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
  if (shown < lines.length) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${lines.length - shown} more` }] });
  return blocks;
}

/** `/srm alerts`: the open alerts, unacknowledged first, with owner and age. */
export function renderAlertList(alerts: readonly StoredAlert[], now = new Date()): RenderedMessage {
  const unacked = alerts.filter((a) => !a.life.acknowledged).length;
  const head = `${alerts.length} open alert${alerts.length === 1 ? '' : 's'}, ${unacked} unacknowledged`;
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: 'Open alerts' } }, { type: 'context', elements: [{ type: 'mrkdwn', text: `${head} · unacknowledged first, newest first` }] }];
  if (alerts.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: ':white_check_mark: No open alerts.' } });
  else blocks.push(...packLines(alerts.map((a) => alertLine(a, now)), limits.blocks.message - blocks.length - 1));
  return { text: `srm: ${head}`, blocks };
}

/** One audit entry in one line. */
export function auditLine(e: AuditEntry): string {
  const detail = e.detail ? ` (${escapeMrkdwn(e.detail, { limit: 300 })})` : '';
  return `${slackDate(e.time)} ${who(e.user)} *${e.action}* ${escapeMrkdwn(e.target, { limit: 400 })} → ${inlineCode(e.outcome, 60)}${detail}`;
}

/** `/srm audit`: the latest entries of the audit trail, newest last. */
export function renderAuditList(entries: readonly AuditEntry[]): RenderedMessage {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Audit trail' } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `The latest ${entries.length} entries, oldest first. The whole trail: \`srm audit --since 7d\` (add \`--json\` for one object per line).` }] },
  ];
  if (entries.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'Nothing yet: no alert has been acknowledged, assigned, snoozed or remediated.' } });
  else blocks.push(...packLines(entries.map(auditLine), limits.blocks.message - blocks.length - 1));
  return { text: `srm audit: ${entries.length} latest entries`, blocks };
}

/** For `/srm status`: snoozes in force and how many matches each kept quiet. */
export function snoozeLines(snoozes: readonly Snooze[], max = 5): string {
  const quiet = snoozes.reduce((n, s) => n + s.quieted, 0);
  const head = `:zzz: *Snoozed:* ${snoozes.length} snooze${snoozes.length === 1 ? '' : 's'} in force, ${quiet} match${quiet === 1 ? '' : 'es'} kept quiet`;
  const lines = snoozes.slice(0, max).map((s) => `• ${inlineCode(s.rule, 100)} on ${escapeMrkdwn(s.resource, { limit: 200 })} until ${slackDate(s.until)} by ${who(s.by)}: ${s.quieted} kept quiet`);
  const more = snoozes.length > max ? [`_and ${snoozes.length - max} more_`] : [];
  return [head, ...lines, ...more].join('\n');
}
