import type { KnownBlock } from '@slack/types';
import type { RenderedMessage, RunMeta } from '../../checks/progress.js';
import type { LatestEntry, ResultWithChange } from '../../checks/results-store.js';
import { escapeMrkdwn, inlineCode, truncate } from '../escape.js';
import { countResults, plural } from './check-run.js';

export interface DigestInput {
  meta: RunMeta;
  results: readonly ResultWithChange[];
  gone: readonly LatestEntry[];
  finishedAt: string;
}

const maxLines = 15;

function lines(items: readonly string[]): string {
  const shown = items.slice(0, maxLines);
  const more = items.length - shown.length;
  return truncate([...shown, ...(more > 0 ? [`• and ${more} more`] : [])].join('\n'), 2900);
}

function item(r: { title: string; resource: string; account: string; region: string }): string {
  return `• ${escapeMrkdwn(r.title, { limit: 300 })}: ${inlineCode(r.resource, 200)} (${escapeMrkdwn(`${r.account}/${r.region}`, { limit: 100 })})`;
}

/**
 * What a scheduled run changed since the previous run: newly failing, fixed
 * and still-failing counts, the newly failing and fixed resources listed.
 */
export function renderCheckDigest(input: DigestInput): RenderedMessage {
  const { meta, results, gone } = input;
  const counts = countResults(results, gone);
  const newly = results.filter((r) => r.change === 'newly-failing');
  const fixed = results.filter((r) => r.change === 'fixed');
  const still = results.filter((r) => r.change === 'still-failing').length;
  const name = meta.scheduleId ?? 'scheduled';
  const text = `Scheduled checks (${escapeMrkdwn(name, { limit: 100 })}): ${newly.length} newly failing, ${counts.fixed} fixed, ${still} still failing; ${counts.fail} failing, ${counts.error} could not check, ${counts.pass} passing`;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`Scheduled checks: ${name}`, 150) } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Since the last run: *${newly.length}* newly failing · *${counts.fixed}* fixed · *${still}* still failing\nNow: ${counts.fail} failing · ${counts.error} could not check · ${counts.pass} passing (${plural(meta.checkIds.length, 'check')} in ${plural(meta.accounts.length, 'account')})`,
      },
    },
  ];
  if (newly.length > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:red_circle: *Newly failing*\n${lines(newly.map((r) => item(r.result)))}` } });
  }
  if (fixed.length + gone.length > 0) {
    const fixedLines = [...fixed.map((r) => item(r.result)), ...gone.map((e) => `${item(e.result)} no longer exists`)];
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `:white_check_mark: *Fixed*\n${lines(fixedLines)}` } });
  }
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `run ${inlineCode(meta.runId, 100)} · finished ${escapeMrkdwn(input.finishedAt, { limit: 40 })} · ${inlineCode(`/srm check ${meta.selection.selectors.join(' ')}`, 1000)} shows every result`,
      },
    ],
  });
  return { text, blocks };
}
