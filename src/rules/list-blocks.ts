import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn, inlineCode, truncate } from '../slack/escape.js';
import type { RuleSummary } from './summary.js';

const maxBlocks = 50;
const maxSection = 2900;

export interface RenderedRuleList {
  text: string;
  blocks: KnownBlock[];
}

/** `/srm rules`: every rule (id, title, severity, source, controls, ATT&CK ids) grouped by area, within Block Kit's 50 blocks. */
export function renderRuleList(rules: readonly RuleSummary[], filter?: string): RenderedRuleList {
  // The filter is the user's own text: escaped in the fallback text as in the blocks.
  const text = escapeMrkdwn(`${rules.length} detection rules${filter ? ` matching "${filter}"` : ''}.`, { neutraliseFormatting: false, limit: 500 });
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`srm rules (${rules.length})`, 150) } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: `${text} ${escapeMrkdwn('Filter with /srm rules <area | severity | control | ATT&CK id | id>.', { neutraliseFormatting: false })}` }] },
  ];
  if (rules.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'No rule matches.' } });
    return { text, blocks };
  }
  const byArea = new Map<string, RuleSummary[]>();
  for (const r of rules) byArea.set(r.area, [...(byArea.get(r.area) ?? []), r]);
  let omitted = 0;
  for (const [area, list] of [...byArea.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    let chunk: string[] = [`*${escapeMrkdwn(area, { limit: 200 })}*`];
    const flush = () => {
      const lines = chunk.filter((l) => l.startsWith('•')).length;
      if (lines === 0) return;
      if (blocks.length >= maxBlocks - 1) omitted += lines;
      else blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(chunk.join('\n'), maxSection) } });
      chunk = [];
    };
    for (const r of list) {
      const controls = r.controls.length > 0 ? ` · ${escapeMrkdwn(r.controls.join(', '), { neutraliseFormatting: false, limit: 300 })}` : '';
      const attack = r.attack?.length ? ` · ATT&amp;CK ${escapeMrkdwn(r.attack.slice(0, 6).join(', '), { neutraliseFormatting: false, limit: 120 })}${r.attack.length > 6 ? '…' : ''}` : '';
      const line = truncate(`• ${inlineCode(r.id, 100)} ${escapeMrkdwn(r.title, { limit: 300 })} · ${escapeMrkdwn(`${r.severity} · ${r.source}`, { limit: 60 })}${controls}${attack}`, 600);
      if (chunk.join('\n').length + line.length + 1 > maxSection) flush();
      chunk.push(line);
    }
    flush();
  }
  if (omitted > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${omitted} more rules; narrow with \`/srm rules <area>\`.` }] });
  return { text, blocks };
}
