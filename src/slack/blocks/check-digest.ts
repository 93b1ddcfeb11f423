import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import type { RenderedMessage, RunMeta } from '../../checks/progress.js';
import { raisesAlert, type LatestEntry, type ResultWithChange } from '../../checks/results-store.js';
import { severities, severityRank } from '../../rules/types.js';
import { limits } from '../block-limits.js';
import { escapeMrkdwn, inlineCode, plain, truncate } from '../escape.js';
import { actionIds, callbackIds } from '../ids.js';
import { areaGroups, changeMark, checkGroups, countResults, groupBy, ownerLabel, plural, where, type RenderContext } from './check-run.js';

export interface DigestInput {
  meta: RunMeta;
  results: readonly ResultWithChange[];
  /** Resources that failed in the schedule's last run and are gone now (fixed). */
  gone: readonly LatestEntry[];
  /** Nothing to compare with: the schedule's first run (every failure counts as new). */
  firstRun: boolean;
  finishedAt: string;
}

/** How much the channel message lists before "and N more" (most severe first); the full list has the rest. */
export const digestBudget = { failing: 25, fixed: 10, couldNotCheck: 10 } as const;
/** Sections per page of the full list (a modal holds 100 blocks). */
const sectionsPerPage = 60;
const sectionChars = limits.sectionText - 100;

const marks = {
  'newly-failing': changeMark['newly-failing'],
  'still-failing': ' :repeat: still failing',
  fixed: changeMark.fixed,
} as const;

function markOf(item: ResultWithChange): string {
  return item.change === 'newly-failing' || item.change === 'still-failing' ? marks[item.change] : '';
}

/** Code-unit order: stable across locales, and much cheaper than localeCompare over thousands of resources. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most severe first; within a severity, what newly fails before what still fails. */
function bySeverity(a: ResultWithChange, b: ResultWithChange): number {
  const changeOrder = (r: ResultWithChange) => (r.change === 'newly-failing' ? 0 : r.change === 'still-failing' ? 1 : 2);
  return (
    severityRank(b.result.severity) - severityRank(a.result.severity) ||
    changeOrder(a) - changeOrder(b) ||
    compareText(a.result.title, b.result.title) ||
    compareText(a.result.resource, b.result.resource)
  );
}

/** Lines packed into section texts of at most `max` characters each (a longer line is cut). */
function pack(lines: readonly string[], max = sectionChars): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, sectionChars) }] };
}

/**
 * The failing results as lines: by responsibility area and owner (the
 * on-demand run's grouping), each check with its resources and their marks.
 * `totals` (check id → failing count) adds "and N more" under a check whose
 * resources are not all shown; `withRemediation` adds the check's "What to do".
 */
function failingLines(shown: readonly ResultWithChange[], ctx: RenderContext, options: { totals?: Map<string, number>; withRemediation?: boolean } = {}): string[][] {
  return areaGroups(shown).map((area) => {
    const first = area.items[0]!.result;
    const lines = [`*${escapeMrkdwn(ctx.areaName(first.area), { limit: 200 })}* · ${ownerLabel[first.owner]}`];
    for (const group of checkGroups(area.items)) {
      lines.push(`:red_circle: *${escapeMrkdwn(group.title, { limit: 200 })}* (${escapeMrkdwn(group.severity)}) · ${inlineCode(group.check, 100)}`);
      for (const item of [...group.items].sort(bySeverity)) {
        lines.push(`• ${inlineCode(item.result.resource, 200)} (${where(item.result)}): ${escapeMrkdwn(item.result.detail, { limit: 200 })}${markOf(item)}`);
      }
      const more = (options.totals?.get(group.check) ?? group.items.length) - group.items.length;
      if (more > 0) lines.push(`• and ${more} more`);
      const remediation = options.withRemediation ? ctx.checkInfo(group.check)?.remediation : undefined;
      if (remediation) lines.push(`*What to do:* ${escapeMrkdwn(remediation, { limit: 600 })}`);
    }
    return lines;
  });
}

function fixedLines(fixed: readonly ResultWithChange[], gone: readonly LatestEntry[]): string[] {
  return [
    ...fixed.map((r) => `• ${escapeMrkdwn(r.result.title, { limit: 200 })}: ${inlineCode(r.result.resource, 200)} (${where(r.result)})${marks.fixed}`),
    ...gone.map((e) => `• ${escapeMrkdwn(e.result.title, { limit: 200 })}: ${inlineCode(e.result.resource, 200)} (${where(e.result)}) no longer exists${marks.fixed}`),
  ];
}

/** One line per (check, detail): which check could not run where, and why (the denied permission, the error). */
function couldNotCheckLines(errors: readonly ResultWithChange[]): string[] {
  const lines: string[] = [];
  for (const group of checkGroups(errors)) {
    const byDetail = new Map<string, string[]>();
    for (const item of group.items) {
      const places = byDetail.get(item.result.detail) ?? [];
      places.push(where(item.result));
      byDetail.set(item.result.detail, places);
    }
    for (const [detail, places] of byDetail) {
      const shownPlaces = places.length > 3 ? `${places.slice(0, 3).join(', ')} and ${places.length - 3} more` : places.join(', ');
      lines.push(`• *${escapeMrkdwn(group.title, { limit: 200 })}* ${inlineCode(group.check, 100)} (${shownPlaces}): ${escapeMrkdwn(detail, { limit: 400 })}`);
    }
  }
  return lines;
}

/** A heading and at most `budget` of its lines, then "and N more"; nothing when there are no lines. */
function listed(heading: string, lines: readonly string[], budget: number): string[] {
  if (lines.length === 0) return [];
  const more = lines.length - budget;
  return pack([heading, ...lines.slice(0, budget), ...(more > 0 ? [`• and ${more} more`] : [])]);
}

const fixedHeading = '*Fixed since the last run*';
const couldNotCheckHeading = ':warning: *Could not check* (not a pass: grant the permission or fix the error named)';

function severityCounts(failing: readonly ResultWithChange[]): string {
  const parts = [...severities]
    .reverse()
    .map((s) => [s, failing.filter((r) => r.result.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

interface Split {
  failing: ResultWithChange[];
  fixed: ResultWithChange[];
  errors: ResultWithChange[];
  passes: ResultWithChange[];
}

function split(results: readonly ResultWithChange[]): Split {
  return {
    failing: results.filter((r) => r.result.status === 'fail').sort(bySeverity),
    fixed: results.filter((r) => r.change === 'fixed'),
    errors: results.filter((r) => r.result.status === 'error'),
    passes: results.filter((r) => r.result.status === 'pass'),
  };
}

/**
 * The failures the message shows (`sorted` is most severe first): one per
 * check in turn, most severe check first, so that every check is named before
 * a second resource of any check is, until the budget is spent.
 */
function pickShown(sorted: readonly ResultWithChange[]): ResultWithChange[] {
  const byCheck = [...groupBy(sorted, (r) => r.result.check).values()];
  const shown = new Set<ResultWithChange>();
  for (let round = 0; shown.size < Math.min(digestBudget.failing, sorted.length); round++) {
    for (const list of byCheck) {
      const next = list[round];
      if (next && shown.size < digestBudget.failing) shown.add(next);
    }
  }
  return sorted.filter((r) => shown.has(r));
}

function scheduleName(meta: RunMeta): string {
  return meta.scheduleId ?? 'scheduled';
}

function summaryText(input: DigestInput, s: Split): { text: string; mrkdwn: string } {
  const { meta, results, gone, firstRun } = input;
  const counts = countResults(results, gone);
  const newly = results.filter((r) => r.change === 'newly-failing').length;
  const still = results.filter((r) => r.change === 'still-failing').length;
  const alerted = results.filter(raisesAlert).length;
  const name = escapeMrkdwn(scheduleName(meta), { limit: 100 });
  const scope = `${plural(meta.checkIds.length, 'check')} in ${plural(meta.accounts.length, 'account')}`;
  const now = `*${counts.fail}* failing${severityCounts(s.failing)} · *${counts.error}* could not check · *${counts.pass}* passing · ${scope}`;
  const worst = s.failing[0] ? `; most severe: ${escapeMrkdwn(s.failing[0].result.title, { limit: 150 })} (${s.failing[0].result.severity})` : '';
  const raised = alerted > 0 ? `; ${plural(alerted, 'alert')} raised` : '';
  if (firstRun) {
    return {
      text: `Scheduled checks (${name}), first run of this schedule: ${counts.fail > 0 ? `${counts.fail} failing, all new` : 'nothing failing'}${raised}; ${counts.error} could not check, ${counts.pass} passing${worst}`,
      mrkdwn: `:new: *First run of this schedule*: nothing to compare with yet, so every failure counts as new${alerted > 0 ? ` (critical and high ones raised ${plural(alerted, 'alert')})` : ''}.\nNow: ${now}`,
    };
  }
  const changed = newly + counts.fixed > 0;
  const since = `*${newly}* newly failing${alerted > 0 ? ` (${plural(alerted, 'alert')} raised)` : ''} · *${counts.fixed}* fixed · *${still}* still failing`;
  return {
    text: `Scheduled checks (${name}): ${newly} newly failing, ${counts.fixed} fixed, ${still} still failing; ${counts.fail} failing, ${counts.error} could not check, ${counts.pass} passing${worst}`,
    mrkdwn: `${changed ? 'Since the last run' : 'No change since the last run'}: ${since}\nNow: ${now}`,
  };
}

function runContext(input: DigestInput): string {
  const { meta } = input;
  return `run ${inlineCode(meta.runId, 100)} · finished ${escapeMrkdwn(input.finishedAt, { limit: 40 })} · ${inlineCode(`/srm check ${meta.selection.selectors.join(' ')}`, 1000)} runs it now`;
}

function passesText(passes: readonly ResultWithChange[]): string {
  return `:large_green_circle: ${plural(passes.length, 'passing result')} in ${plural(new Set(passes.map((p) => p.result.check)).size, 'check')}`;
}

/**
 * The message a scheduled run posts to its channel: what fails first (by
 * area and owner, most severe first, each resource marked newly failing or
 * still failing), then what was fixed and what could not be checked (the
 * check, where, and the denied permission or error). When the lists are
 * longer than the budget, the most severe are shown with "and N more" and a
 * button that opens the full list.
 */
export function renderCheckDigest(input: DigestInput, ctx: RenderContext): RenderedMessage {
  const s = split(input.results);
  const summary = summaryText(input, s);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: plain(`Scheduled checks: ${scheduleName(input.meta)}`, limits.headerText) } },
    section(summary.mrkdwn),
  ];

  const shownFailing = pickShown(s.failing);
  const totals = new Map<string, number>();
  for (const r of s.failing) totals.set(r.result.check, (totals.get(r.result.check) ?? 0) + 1);
  if (shownFailing.length > 0) blocks.push({ type: 'divider' });
  for (const area of failingLines(shownFailing, ctx, { totals })) for (const text of pack(area)) blocks.push(section(text));

  const fixed = fixedLines(s.fixed, input.gone);
  for (const text of listed(fixedHeading, fixed, digestBudget.fixed)) blocks.push(section(text));
  const errors = couldNotCheckLines(s.errors);
  for (const text of listed(couldNotCheckHeading, errors, digestBudget.couldNotCheck)) blocks.push(section(text));

  const omitted = s.failing.length - shownFailing.length;
  const long = omitted > 0 || fixed.length > digestBudget.fixed || errors.length > digestBudget.couldNotCheck;
  if (omitted > 0) blocks.push(section(`Showing ${shownFailing.length} of ${plural(s.failing.length, 'failing result')}, most severe first: *and ${omitted} more* in the full list.`));
  if (s.passes.length > 0) blocks.push(context(passesText(s.passes)));
  blocks.push(context(runContext(input)));
  if (long) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', action_id: actionIds.checkDigestFullList, text: { type: 'plain_text', text: 'Show the full list' }, value: input.meta.runId }],
    });
  }
  return { text: truncate(summary.text, 3000), blocks };
}

/** What the full list's modal carries back when its page changes: the run, and the channel its digest was posted in. */
export interface DigestListMetadata {
  runId: string;
  channel: string;
}

/** Every section of the full list: all failures (with what to do), everything fixed, every check that could not run, the passes per check. */
function fullListSections(input: DigestInput, ctx: RenderContext): string[] {
  const s = split(input.results);
  const out = [summaryText(input, s).mrkdwn];
  for (const area of failingLines(s.failing, ctx, { withRemediation: true })) out.push(...pack(area));
  const fixed = fixedLines(s.fixed, input.gone);
  if (fixed.length > 0) out.push(...pack([fixedHeading, ...fixed]));
  const errors = couldNotCheckLines(s.errors);
  if (errors.length > 0) out.push(...pack([couldNotCheckHeading, ...errors]));
  if (s.passes.length > 0) {
    const lines = checkGroups(s.passes).map((g) => `• ${escapeMrkdwn(g.title, { limit: 200 })} ${inlineCode(g.check, 100)}: ${plural(g.items.length, 'resource')}`);
    out.push(...pack([passesText(s.passes), ...lines]));
  }
  return out;
}

/**
 * One page of a scheduled run's full list, as a modal (views.open from the
 * digest's button; a page picker updates it in place). The last page
 * possible (100 pages) ends with where to find the rest.
 */
export function renderDigestList(input: DigestInput, ctx: RenderContext, page: number, metadata: DigestListMetadata): ModalView {
  const sections = fullListSections(input, ctx);
  const pages = Math.min(Math.max(1, Math.ceil(sections.length / sectionsPerPage)), limits.selectOptions);
  const current = Math.min(Math.max(0, page), pages - 1);
  const blocks: KnownBlock[] = [context(`${escapeMrkdwn(`Scheduled checks: ${scheduleName(input.meta)}`, { limit: 150 })} · ${runContext(input)}${pages > 1 ? ` · page ${current + 1} of ${pages}` : ''}`)];
  for (const text of sections.slice(current * sectionsPerPage, (current + 1) * sectionsPerPage)) blocks.push(section(text));
  if (current === pages - 1 && sections.length > pages * sectionsPerPage) {
    blocks.push(context(`…and more than fits here: run ${inlineCode(`srm check ${input.meta.selection.selectors.join(' ')} --json`, 1000)} for every result.`));
  }
  if (pages > 1) {
    const option = (i: number): PlainTextOption => ({ text: { type: 'plain_text', text: `Page ${i + 1} of ${pages}` }, value: String(i) });
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'static_select',
          action_id: actionIds.checkDigestPage,
          placeholder: { type: 'plain_text', text: 'Page' },
          options: Array.from({ length: pages }, (_, i) => option(i)),
          initial_option: option(current),
        },
      ],
    });
  }
  return {
    type: 'modal',
    callback_id: callbackIds.checkDigestList,
    title: { type: 'plain_text', text: 'Scheduled checks' },
    close: { type: 'plain_text', text: 'Close' },
    private_metadata: JSON.stringify(metadata),
    blocks,
  };
}

/** The modal when the run is gone (runs are kept 7 days) or not a digest of this channel. */
export function renderDigestListMissing(runId: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Scheduled checks' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(escapeMrkdwn(`Run ${runId} is no longer known here (runs are kept for 7 days). Run /srm check for the current results.`, { limit: 500 }))],
  };
}
