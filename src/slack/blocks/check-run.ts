import type { ActionsBlock, KnownBlock, SectionBlock } from '@slack/types';
import type { LatestEntry, ResultWithChange } from '../../checks/results-store.js';
import type { RenderedMessage, RunMeta } from '../../checks/progress.js';
import type { CheckResult, Owner } from '../../checks/types.js';
import { severityRank } from '../../rules/types.js';
import { escapeMrkdwn, inlineCode, userMention } from '../escape.js';
import { actionIds } from '../ids.js';
import { checkResultKey, offersForCheckResult } from '../../router/offers.js';

/** What a renderer may know about a check beyond its results (from the check's metadata). */
export interface CheckInfo {
  remediation?: string;
  why?: string;
}

export interface RenderContext {
  checkInfo(id: string): CheckInfo | undefined;
  areaName(id: string): string;
  /** A remediation applies to this failing result (default: the catalogue offers one for it). */
  remediable?(result: CheckResult): boolean;
}

const maxBlocks = 50;
const maxSectionText = 2900;
/** Resources listed per failing check before "and N more". */
const resourcesPerCheck = 5;

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function section(text: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, maxSectionText) } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(text, maxSectionText) }] };
}

function scopeLine(meta: Pick<RunMeta, 'checkIds' | 'accounts'>): string {
  return `${plural(meta.checkIds.length, 'check')} in ${plural(meta.accounts.length, 'account')}`;
}

/** "Running 18 checks in 2 accounts… 5 of 36 done" */
export function renderRunProgress(meta: RunMeta, done: number): RenderedMessage {
  const text = `Running ${scopeLine(meta)}… ${done} of ${meta.total} done`;
  return {
    text,
    blocks: [section(`:hourglass_flowing_sand: ${escapeMrkdwn(text)}`), context(`run ${inlineCode(meta.runId, 100)}`)],
  };
}

export const ownerLabel: Record<Owner, string> = { customer: 'your duty', shared: 'shared duty', aws: "AWS's duty" };
export const changeMark = { 'newly-failing': ' :new: *newly failing*', fixed: ' :white_check_mark: *fixed*' } as const;

/** "account/region", escaped (both come from AWS responses or the config). */
export function where(r: CheckResult): string {
  return escapeMrkdwn(`${r.account}/${r.region}`, { limit: 100 });
}

export interface CheckGroup {
  check: string;
  title: string;
  severity: CheckResult['severity'];
  items: ResultWithChange[];
}

export function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Results of one check together, most severe check first. */
export function checkGroups(items: readonly ResultWithChange[]): CheckGroup[] {
  return [...groupBy(items, (i) => i.result.check).values()]
    .map((list) => ({ check: list[0]!.result.check, title: list[0]!.result.title, severity: list[0]!.result.severity, items: list }))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.title.localeCompare(b.title));
}

function resourceLine(item: ResultWithChange): string {
  const mark = item.change === 'newly-failing' ? changeMark['newly-failing'] : '';
  return `${inlineCode(item.result.resource, 200)} (${where(item.result)}): ${escapeMrkdwn(cut(item.result.detail, 300))}${mark}`;
}

/** What a failing resource's Remediate… button carries: the run, and the result's key within it (ids only). */
export function checkRemediateValue(runId: string, result: CheckResult): string {
  return `c:${runId}:${checkResultKey(result)}`;
}

/**
 * One failing check: its section, then each shown resource a remediation
 * applies to as its own line with a Remediate… button (while `room` blocks
 * remain; the others stay in the list).
 */
function failingCheckBlocks(group: CheckGroup, ctx: RenderContext, runId: string, room: number): KnownBlock[] {
  const lines = [`:red_circle: *${escapeMrkdwn(group.title, { limit: 300 })}* (${escapeMrkdwn(group.severity)}) · ${inlineCode(group.check, 100)} · ${plural(group.items.length, 'resource')}`];
  const sorted = [...group.items].sort((a, b) => Number(b.change === 'newly-failing') - Number(a.change === 'newly-failing'));
  const buttons: KnownBlock[] = [];
  const remediable = ctx.remediable ?? ((r: CheckResult) => offersForCheckResult(r).length > 0);
  for (const item of sorted.slice(0, resourcesPerCheck)) {
    const value = checkRemediateValue(runId, item.result);
    if (buttons.length + 1 < room && value.length <= 2000 && remediable(item.result)) {
      buttons.push({
        type: 'section',
        text: { type: 'mrkdwn', text: cut(`↳ ${resourceLine(item)}`, maxSectionText) },
        accessory: { type: 'button', action_id: actionIds.checkRemediate, text: { type: 'plain_text', text: 'Remediate…' }, value },
      });
    } else lines.push(`• ${resourceLine(item)}`);
  }
  if (sorted.length > resourcesPerCheck) lines.push(`• and ${sorted.length - resourcesPerCheck} more`);
  const remediation = ctx.checkInfo(group.check)?.remediation;
  if (remediation) lines.push(`*What to do:* ${escapeMrkdwn(cut(remediation, 600))}`);
  return [section(lines.join('\n')), ...buttons];
}

/** Results by responsibility area and owner: the area with the most severe result first, then the larger. */
export function areaGroups(items: readonly ResultWithChange[]): Array<{ key: string; items: ResultWithChange[]; top: number }> {
  return [...groupBy(items, (r) => `${r.result.area}|${r.result.owner}`).entries()]
    .map(([key, list]) => ({ key, items: list, top: Math.max(...list.map((i) => severityRank(i.result.severity))) }))
    .sort((a, b) => b.top - a.top || b.items.length - a.items.length || a.key.localeCompare(b.key));
}

export interface RunResultsInput {
  meta: RunMeta;
  results: readonly ResultWithChange[];
  /** Resources that failed last time and are gone now. */
  gone: readonly LatestEntry[];
  finishedAt: string;
  /** The Re-run button's value (the run's selection as JSON); no button when absent. */
  rerunValue?: string;
}

export interface RunCounts {
  fail: number;
  error: number;
  pass: number;
  newlyFailing: number;
  fixed: number;
}

export function countResults(results: readonly ResultWithChange[], gone: readonly LatestEntry[] = []): RunCounts {
  const c: RunCounts = { fail: 0, error: 0, pass: 0, newlyFailing: 0, fixed: gone.length };
  for (const r of results) {
    c[r.result.status]++;
    if (r.change === 'newly-failing') c.newlyFailing++;
    if (r.change === 'fixed') c.fixed++;
  }
  return c;
}

/**
 * The final results of a run as one message, at most 50 blocks: failures
 * first, grouped by responsibility area and owner, each with what to do;
 * then what was fixed, what could not be checked, and a summary of passes.
 */
export function renderRunResults(input: RunResultsInput, ctx: RenderContext): RenderedMessage {
  const { meta, results, gone } = input;
  const counts = countResults(results, gone);
  const blocks: KnownBlock[] = [];
  const headline =
    counts.fail > 0
      ? `${plural(counts.fail, 'failing result')}`
      : counts.error > 0
        ? `No failures; ${plural(counts.error, 'result')} could not be checked`
        : 'All checks pass';
  const text = `Check results: ${headline} (${counts.pass} passing, ${counts.error} could not check) · ${scopeLine(meta)}`;
  blocks.push({ type: 'header', text: { type: 'plain_text', text: cut(`Check results: ${headline}`, 150) } });
  const changes =
    counts.newlyFailing + counts.fixed > 0
      ? ` · since the last run: ${counts.newlyFailing} newly failing, ${counts.fixed} fixed`
      : '';
  blocks.push(
    section(
      `*${counts.fail}* failing · *${counts.error}* could not check · *${counts.pass}* passing · ${scopeLine(meta)}${changes}`,
    ),
  );
  // Reserve room for the tail: fixed, errors, passes, context, actions (and a divider).
  const tailBudget = 7;
  const failing = results.filter((r) => r.result.status === 'fail');
  let omittedFailing = 0;
  for (const area of areaGroups(failing)) {
    const first = area.items[0]!.result;
    const groups = checkGroups(area.items);
    if (blocks.length + 2 > maxBlocks - tailBudget) {
      omittedFailing += area.items.length;
      continue;
    }
    blocks.push({ type: 'divider' });
    blocks.push(section(`*${escapeMrkdwn(ctx.areaName(first.area))}* · ${ownerLabel[first.owner]}`));
    for (const group of groups) {
      if (blocks.length + 1 > maxBlocks - tailBudget) {
        omittedFailing += group.items.length;
        continue;
      }
      blocks.push(...failingCheckBlocks(group, ctx, meta.runId, maxBlocks - tailBudget - blocks.length));
    }
  }
  if (omittedFailing > 0) blocks.push(section(`…and ${plural(omittedFailing, 'more failing result')} not shown here.`));

  const fixed = results.filter((r) => r.change === 'fixed');
  if (fixed.length + gone.length > 0) {
    const lines = [
      ...fixed.map((r) => `• ${escapeMrkdwn(r.result.title)}: ${inlineCode(r.result.resource, 200)} (${where(r.result)})${changeMark.fixed}`),
      ...gone.map((e) => `• ${escapeMrkdwn(e.result.title)}: ${inlineCode(e.result.resource, 200)} (${where(e.result)}) no longer exists${changeMark.fixed}`),
    ];
    blocks.push(section(`*Fixed since the last run*\n${listWithin(lines, maxSectionText - 40)}`));
  }

  const errors = results.filter((r) => r.result.status === 'error');
  if (errors.length > 0) {
    const lines = checkGroups(errors).map(
      (g) => `• *${escapeMrkdwn(g.title)}* (${[...new Set(g.items.map((i) => where(i.result)))].join(', ')}): ${escapeMrkdwn(cut(g.items[0]!.result.detail, 300))}`,
    );
    blocks.push(section(`:warning: *Could not check* (not a pass)\n${listWithin(lines, maxSectionText - 40)}`));
  }

  const passes = results.filter((r) => r.result.status === 'pass');
  if (passes.length > 0) {
    const titles = checkGroups(passes).map((g) => `${escapeMrkdwn(g.title)} (${g.items.length})`);
    const shown: string[] = [];
    let length = 0;
    for (const t of titles) {
      if (length + t.length > 1500) break;
      shown.push(t);
      length += t.length + 2;
    }
    const more = titles.length - shown.length;
    blocks.push(context(`:large_green_circle: ${plural(passes.length, 'passing result')}: ${shown.join(', ')}${more > 0 ? ` and ${more} more passing` : ''}`));
  }

  const requester = userMention(meta.requestedBy);
  blocks.push(context(`run ${inlineCode(meta.runId, 100)} · finished ${escapeMrkdwn(input.finishedAt, { limit: 40 })}${requester ? ` · requested by ${requester}` : ''}`));
  if (input.rerunValue && input.rerunValue.length <= 2000) blocks.push(rerunActions(input.rerunValue));
  return { text, blocks };
}

function listWithin(lines: readonly string[], max: number): string {
  const out: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    if (length + line.length + 1 > max - 30) {
      out.push(`• and ${lines.length - i} more`);
      break;
    }
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

export function rerunActions(value: string): ActionsBlock {
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: actionIds.checkRerun,
        text: { type: 'plain_text', text: 'Re-run' },
        value,
      },
    ],
  };
}

/** Shown in place of results when the run is unknown or expired. */
export function renderRunMissing(runId: string): RenderedMessage {
  const text = escapeMrkdwn(`Run ${runId} is no longer known (runs are kept for 7 days).`, { limit: 300 });
  return { text, blocks: [section(text)] };
}
