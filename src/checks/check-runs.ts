import { randomBytes } from 'node:crypto';
import type { HomeView, ModalView } from '@slack/types';
import { Counter } from 'prom-client';
import { checks as catalogue } from '../../checks/index.js';
import { runCheckJob } from '../../jobs/run-check.js';
import { checklist } from '../knowledge/checklist.js';
import { listOpenAlerts } from '../router/alert-store.js';
import { renderHome } from '../slack/blocks/home.js';
import { accountKey, type AccountConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { registry } from '../metrics.js';
import type { Runtime } from '../queue/runtime.js';
import type { Check } from './define-check.js';
import {
  areaTitle,
  createRunStore,
  digestInput,
  isNotInChannel,
  renderContext,
  renderFinal,
  runEnv,
  waitForRun,
  type CheckSelection,
  type RenderedMessage,
  type RunDelivery,
  type RunEnv,
  type RunMeta,
} from './progress.js';
import { renderDigestList } from '../slack/blocks/check-digest.js';
import { renderRunProgress } from '../slack/blocks/check-run.js';
import { createResultsStore, type TargetKey } from './results-store.js';
import { findChecks } from './select.js';

const checkRunsStarted = new Counter({ name: 'srm_check_runs_started_total', help: 'Check runs started, by origin (command or schedule).', labelNames: ['origin'] as const, registers: [registry] });

/** A configured account as commands show and match it. */
export interface AccountChoice {
  /** The id a job payload carries: the account id, or "ambient". */
  key: string;
  name?: string;
  regions: string[];
}

export interface StartRunRequest {
  selection: CheckSelection;
  requestedBy: string;
  /** Where to post the progress message. */
  channel: string;
  /** Update this message in place instead of posting a new one (Re-run). */
  message?: { channel: string; ts: string };
}

export interface StartedRun {
  runId: string;
  total: number;
  checks: number;
  accounts: number;
  /** "message": progress and results go to a channel message; "respond": the caller answers the user itself. */
  delivery: 'message' | 'respond';
  /** The first progress render ("Running 18 checks in 2 accounts… 0 of 36 done"). */
  progress: RenderedMessage;
}

/**
 * What the Slack app needs to run checks (`deps.checks`). The listener never
 * calls AWS or BullMQ itself: this port records the run in Redis and
 * enqueues one run-check job per (check, account, region).
 */
export interface ChecksPort {
  catalogue(): readonly Check[];
  accounts(): AccountChoice[];
  start(request: StartRunRequest): Promise<StartedRun>;
  /** Waits for a run and renders its results (the ephemeral fallback); null if the run is unknown. */
  waitForResults(runId: string, options?: { timeoutMs?: number; onProgress?: (message: RenderedMessage) => Promise<void> | void }): Promise<RenderedMessage | null>;
  /**
   * One page of a scheduled run's full list (the digest's "Show the full
   * list"), or null when the run is gone or its digest was not posted in `channel`.
   */
  digestList?(request: { runId: string; channel: string; page: number }): Promise<ModalView | null>;
}

export function accountChoices(accounts: readonly AccountConfig[]): AccountChoice[] {
  return accounts.map((a) => ({ key: accountKey(a), ...(a.name ? { name: a.name } : {}), regions: [...a.regions] }));
}

/**
 * The (check, account, region) targets of a selection: global checks once per
 * account in "global", regional ones in the selection's regions or else each
 * account's configured regions. Unknown checks or accounts are UsageErrors.
 */
export function planTargets(selection: CheckSelection, catalogue: readonly Check[], accounts: readonly AccountChoice[]): { checks: Check[]; accounts: AccountChoice[]; targets: TargetKey[] } {
  const checks = findChecks(selection.selectors, catalogue);
  const chosen = selection.accounts
    ? selection.accounts.map((key) => {
        const a = accounts.find((x) => x.key === key);
        if (!a) throw new UsageError(`account ${key} is not configured; configured: ${accounts.map((x) => x.key).join(', ')}`);
        return a;
      })
    : [...accounts];
  const targets: TargetKey[] = [];
  for (const account of chosen) {
    for (const check of checks) {
      if (check.scope === 'global') {
        targets.push({ checkId: check.id, account: account.key, region: 'global' });
        continue;
      }
      const regions = (selection.regions ?? account.regions).filter((r) => r !== 'global');
      for (const region of regions) targets.push({ checkId: check.id, account: account.key, region });
    }
  }
  if (targets.length === 0) throw new UsageError('nothing to run: no check in the selection applies to the chosen accounts and regions');
  return { checks, accounts: chosen, targets };
}

/** Sortable, unique, safe in job ids and Redis keys: "r-<time36>-<random>". */
export function newRunId(now = Date.now()): string {
  return `r-${now.toString(36)}-${randomBytes(4).toString('hex')}`;
}

export interface StartEnv extends RunEnv {
  accounts: readonly AccountChoice[];
  enqueue(payload: { runId: string; checkId: string; account: string; region: string }): Promise<unknown>;
}

export function startEnv(runtime: Runtime): StartEnv {
  return {
    ...runEnv(runtime),
    accounts: accountChoices(runtime.config.accounts),
    enqueue: (payload) => runtime.enqueue(runCheckJob, payload),
  };
}

export interface StartOptions {
  origin: RunMeta['origin'];
  requestedBy?: string;
  scheduleId?: string;
  /** Where the run shows itself; for "message" without a ts, it is posted in `channel` first. */
  delivery: { kind: 'message'; channel: string; ts?: string } | { kind: 'digest'; channel: string | null } | { kind: 'none' };
}

/**
 * Starts a run: plans its targets, shows the first progress (posting or
 * updating the message; `not_in_channel` falls back to "respond"), records
 * the run and enqueues one job per target.
 */
export async function startRun(env: StartEnv, selection: CheckSelection, options: StartOptions): Promise<StartedRun> {
  const plan = planTargets(selection, env.catalogue, env.accounts);
  const runId = newRunId();
  const meta: RunMeta = {
    runId,
    origin: options.origin,
    selection,
    checkIds: plan.checks.map((c) => c.id),
    accounts: plan.accounts.map((a) => a.key),
    total: plan.targets.length,
    createdAt: new Date().toISOString(),
    ...(options.requestedBy ? { requestedBy: options.requestedBy } : {}),
    ...(options.scheduleId ? { scheduleId: options.scheduleId } : {}),
  };
  const progress = renderRunProgress(meta, 0);
  let delivery: RunDelivery;
  const wanted = options.delivery;
  if (wanted.kind === 'message') {
    delivery = { kind: 'respond' };
    if (env.messenger) {
      try {
        if (wanted.ts) {
          await env.messenger.update(wanted.channel, wanted.ts, progress);
          delivery = { kind: 'message', channel: wanted.channel, ts: wanted.ts };
        } else {
          const posted = await env.messenger.post(wanted.channel, progress);
          delivery = { kind: 'message', channel: posted.channel, ts: posted.ts };
        }
      } catch (err) {
        if (!isNotInChannel(err)) throw err;
        env.logger.info({ runId, channel: wanted.channel }, 'cannot post in the channel; answering the user directly');
      }
    }
  } else {
    delivery = wanted;
  }
  try {
    await createRunStore(env.redis, env.prefix).create(meta, delivery);
    for (const t of plan.targets) await env.enqueue({ runId, checkId: t.checkId, account: t.account, region: t.region });
  } catch (err) {
    // Do not leave "Running…" up forever: say the run did not start, then let the caller report the error.
    if (delivery.kind === 'message' && env.messenger) {
      const text = 'Could not start the checks: the job queue is not available. Try again in a minute.';
      await env.messenger.update(delivery.channel, delivery.ts, { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:warning: ${text}` } }] }).catch(() => undefined);
    }
    throw err;
  }
  checkRunsStarted.inc({ origin: meta.origin });
  env.logger.info({ runId, origin: meta.origin, checks: meta.checkIds.length, accounts: meta.accounts.length, total: meta.total, delivery: delivery.kind }, 'check run started');
  return {
    runId,
    total: meta.total,
    checks: meta.checkIds.length,
    accounts: meta.accounts.length,
    delivery: delivery.kind === 'message' ? 'message' : 'respond',
    progress,
  };
}

/** The ChecksPort of a process, over its runtime (Redis, queue, Slack poster). */
export function createChecksPort(runtime: Runtime, env: StartEnv = startEnv(runtime)): ChecksPort {
  return {
    catalogue: () => env.catalogue,
    accounts: () => [...env.accounts],
    start: (request) =>
      startRun(env, request.selection, {
        origin: 'command',
        requestedBy: request.requestedBy,
        delivery: request.message ? { kind: 'message', ...request.message } : { kind: 'message', channel: request.channel },
      }),
    async waitForResults(runId, options = {}) {
      const state = await waitForRun(env, runId, {
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        onProgress: async (done) => {
          const s = await createRunStore(env.redis, env.prefix).get(runId);
          if (s && options.onProgress) await options.onProgress(renderRunProgress(s.meta, done));
        },
      });
      if (!state) return null;
      if (state.done < state.total) return renderRunProgress(state.meta, state.done);
      return renderFinal(env, state);
    },
    async digestList({ runId, channel, page }) {
      const state = await createRunStore(env.redis, env.prefix).get(runId);
      if (!state || state.meta.origin !== 'schedule' || state.delivery.kind !== 'digest' || state.delivery.channel !== channel) return null;
      return renderDigestList(await digestInput(env, state), renderContext(env), page, { runId, channel });
    },
  };
}

/** App Home's data: the checklist with check statuses and alerts (`deps.home`). */
export interface HomePort {
  view(userId: string): Promise<HomeView>;
}

/** The HomePort of a process: latest results from Redis, open alerts from the router's store. */
export function createHomePort(runtime: Pick<Runtime, 'redis' | 'prefix' | 'checkCatalogue'>): HomePort {
  return {
    async view() {
      const [latest, openAlerts] = await Promise.all([
        createResultsStore(runtime.redis, runtime.prefix).latest(),
        listOpenAlerts(runtime, 50),
      ]);
      return renderHome({ checklist, catalogue: runtime.checkCatalogue ?? catalogue, latest, openAlerts, areaName: areaTitle });
    },
  };
}
