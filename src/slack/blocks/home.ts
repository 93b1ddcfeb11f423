import type { HomeView, KnownBlock } from '@slack/types';
import type { LatestEntry, TargetKey } from '../../checks/results-store.js';
import type { CheckSummary } from '../../checks/summary.js';
import type { CheckStatus } from '../../checks/types.js';
import type { StoredAlert } from '../../router/alert-store.js';
import { escapeMrkdwn, inlineCode, truncate } from '../escape.js';
import { alertLine } from './alert-list.js';

/** A duty of the customer checklist (src/knowledge/checklist.ts). */
export interface HomeDuty {
  id: string;
  title: string;
  description: string;
  areas: readonly string[];
}

export interface HomeInput {
  checklist: readonly HomeDuty[];
  catalogue: readonly CheckSummary[];
  latest: ReadonlyArray<{ target: TargetKey; entries: readonly LatestEntry[] }>;
  /** Open alerts, unacknowledged first (listOpenAlerts). */
  openAlerts: readonly StoredAlert[];
  areaName(id: string): string;
  /** For alert ages; default now. */
  now?: Date;
}

export interface DutyStatus {
  duty: HomeDuty;
  checks: number;
  checksRun: number;
  counts: Record<CheckStatus, number>;
  failing: string[];
  lastRun: string | null;
  alerts: StoredAlert[];
}

const maxBlocks = 100;
const alertsShown = 20;

/** The latest state of the checks and the open alerts behind each duty. */
export function dutyStatuses(input: HomeInput): DutyStatus[] {
  return input.checklist.map((duty) => {
    const areas = new Set(duty.areas);
    const checks = input.catalogue.filter((c) => areas.has(c.area));
    const ids = new Set(checks.map((c) => c.id));
    const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, error: 0 };
    const failing = new Set<string>();
    const run = new Set<string>();
    let lastRun: string | null = null;
    for (const { target, entries } of input.latest) {
      if (!ids.has(target.checkId)) continue;
      run.add(target.checkId);
      for (const e of entries) {
        counts[e.result.status]++;
        if (e.result.status === 'fail') failing.add(e.result.title);
        if (!lastRun || e.at > lastRun) lastRun = e.at;
      }
    }
    const alerts = input.openAlerts.filter((a) => a.alert.rules.some((r) => areas.has(r.area)));
    return { duty, checks: checks.length, checksRun: run.size, counts, failing: [...failing], lastRun, alerts };
  });
}

function statusLine(s: DutyStatus): string {
  if (s.checks === 0) return ':white_circle: no srm check covers this duty yet';
  if (s.checksRun === 0) return `:white_circle: ${s.checks} check${s.checks === 1 ? '' : 's'}, not run yet — ${inlineCode(`/srm check ${s.duty.areas[0] ?? 'all'}`, 120)}`;
  const icon = s.counts.fail > 0 ? ':red_circle:' : s.counts.error > 0 ? ':warning:' : ':large_green_circle:';
  return `${icon} ${s.counts.fail} failing · ${s.counts.error} could not check · ${s.counts.pass} passing · ${s.checksRun} of ${s.checks} checks run · last run ${escapeMrkdwn(s.lastRun ?? 'never', { limit: 40 })}`;
}

/**
 * App Home: the customer checklist with the latest status of the checks and
 * the open alerts behind each duty, then the open alerts. At most 100 blocks.
 */
export function renderHome(input: HomeInput): HomeView {
  const statuses = dutyStatuses(input);
  const failing = statuses.reduce((n, s) => n + s.counts.fail, 0);
  const lastRun = statuses.map((s) => s.lastRun).filter((x): x is string => x !== null).sort().at(-1);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Your side of the Shared Responsibility Model' } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${input.openAlerts.length} open alert${input.openAlerts.length === 1 ? '' : 's'} · ${failing} failing check result${failing === 1 ? '' : 's'} · last check ${escapeMrkdwn(lastRun ?? 'never', { limit: 40 })} · run \`/srm check\` to refresh`,
        },
      ],
    },
    { type: 'divider' },
  ];
  for (const s of statuses) {
    const lines = [`*${escapeMrkdwn(s.duty.title, { limit: 200 })}*`, escapeMrkdwn(s.duty.description, { limit: 1000 }), statusLine(s)];
    if (s.failing.length > 0) lines.push(`Failing: ${escapeMrkdwn(truncate(s.failing.slice(0, 5).join('; '), 800))}${s.failing.length > 5 ? ` and ${s.failing.length - 5} more` : ''}`);
    if (s.alerts.length > 0) lines.push(`:rotating_light: ${s.alerts.length} open alert${s.alerts.length === 1 ? '' : 's'}: ${escapeMrkdwn(truncate(s.alerts.slice(0, 3).map((a) => a.alert.title).join('; '), 600))}`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(lines.join('\n'), 2900) } });
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`Areas: ${s.duty.areas.map((a) => escapeMrkdwn(input.areaName(a), { limit: 200 })).join(' · ')}`, 2900) }] });
  }
  blocks.push({ type: 'divider' });
  blocks.push({ type: 'header', text: { type: 'plain_text', text: `Open alerts (${input.openAlerts.length})` } });
  if (input.openAlerts.length === 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'No open alerts.' } });
  } else {
    const room = Math.max(0, Math.min(alertsShown, maxBlocks - blocks.length - 1));
    const now = input.now ?? new Date();
    for (const a of input.openAlerts.slice(0, room)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(alertLine(a, now), 2900) } });
    const more = input.openAlerts.length - Math.min(room, input.openAlerts.length);
    if (more > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${more} more open alerts` }] });
  }
  return { type: 'home', blocks: blocks.slice(0, maxBlocks) };
}
