import type { KnownBlock } from '@slack/types';
import type { RenderedMessage } from '../../checks/progress.js';
import type { CheckSummary } from '../../checks/summary.js';
import { escapeMrkdwn, inlineCode, truncate } from '../escape.js';

const maxBlocks = 50;
const maxSection = 2900;

/** `/srm checks`: every check (id, title, area, owner, severity, controls), grouped by area, under Block Kit's limits. */
export function renderCheckList(checks: readonly CheckSummary[], areaName: (id: string) => string, filter?: string): RenderedMessage {
  // The filter is the user's own text: escaped in the fallback text as in the blocks.
  const text = escapeMrkdwn(`${checks.length} checks${filter ? ` matching "${filter}"` : ''}. Run one with /srm check <id>.`, { neutraliseFormatting: false, limit: 500 });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`srm checks (${checks.length})`, 150) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text }] },
  ];
  if (checks.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'No checks are registered.' } });
    return { text, blocks };
  }
  const byArea = new Map<string, CheckSummary[]>();
  for (const c of checks) byArea.set(c.area, [...(byArea.get(c.area) ?? []), c]);
  const areas = [...byArea.entries()].sort((a, b) => areaName(a[0]).localeCompare(areaName(b[0])));
  let omitted = 0;
  for (const [area, list] of areas) {
    const lines = list.map(
      (c) =>
        `• ${inlineCode(c.id, 100)} ${escapeMrkdwn(c.title, { limit: 300 })} · ${escapeMrkdwn(`${c.owner} · ${c.severity} · ${c.scope}`, { limit: 100 })}${c.controls.length ? ` · ${escapeMrkdwn(c.controls.join(', '), { neutraliseFormatting: false, limit: 300 })}` : ''}`,
    );
    // Several sections per area when its lines do not fit in one.
    let chunk: string[] = [`*${escapeMrkdwn(areaName(area), { limit: 200 })}* (${inlineCode(area, 100)})`];
    const flush = () => {
      if (blocks.length >= maxBlocks - 1) {
        omitted += chunk.filter((l) => l.startsWith('•')).length;
      } else {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(chunk.join('\n'), maxSection) } });
      }
      chunk = [];
    };
    for (const line of lines) {
      if (chunk.join('\n').length + line.length + 1 > maxSection) flush();
      chunk.push(truncate(line, 600));
    }
    flush();
  }
  if (omitted > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${omitted} more checks; narrow with \`/srm checks <area>\`.` }] });
  return { text, blocks };
}
