import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { exact, ledger, type Ledger } from './accounting.js';
import { burst, burstAccounts, channelOf } from './events.js';
import { sleep, until } from './wait.js';
import type { SrmProcess } from './srm-process.js';
import { World, type WorldOptions } from './world.js';

/** What the runner passes every scenario. */
export interface ScenarioContext {
  /** Events per burst (SRM_FAULTS_EVENTS, default 10,000 as the issue says). */
  events: number;
  /** Length of the Slack and AWS fault storms in seconds (SRM_FAULTS_STORM_SECONDS, default 60). */
  stormSeconds: number;
  /**
   * `full` (the sizes, the default) or `ci` (`--ci`: what CI runs in
   * a few minutes). Besides the sizes above, `ci` shortens the few fixed
   * parts a scenario has (see each scenario), never its fault or its checks.
   */
  profile: 'full' | 'ci';
  /** Prints one line of the scenario's own figures. */
  log(line: string): void;
}

/** One assertion of a scenario: what must hold, whether it did, and the figures behind it. */
export interface Check {
  name: string;
  ok: boolean;
  detail?: string;
}

/** The row a scenario contributes to the table. */
export interface Figures {
  events: number;
  posted: number;
  threaded: number;
  digested: number;
  duplicates: number;
  lost: number;
  /** From the end of the fault until every event was accounted for (seconds). */
  recoverSeconds?: number;
  /** Messages Slack accepted whose record the fault took from srm, of them found in Slack and adopted, and messages adopted in all. */
  adoption?: Adoption;
}

export interface Adoption {
  unrecorded: number;
  adoptedOfThem: number;
  adopted: number;
}

export interface ScenarioResult {
  figures?: Figures;
  checks: Check[];
}

export interface Scenario {
  name: string;
  /** One line: the fault and what must hold. */
  summary: string;
  /** About how long it runs in the CI profile, in seconds: with --jobs, the longest start first. */
  weight?: number;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}

export function check(name: string, ok: boolean, detail?: string): Check {
  return { name, ok, ...(detail !== undefined ? { detail } : {}) };
}

export function figuresOf(l: Ledger, recoverSeconds?: number, adoption?: Adoption): Figures {
  return {
    events: l.events,
    posted: l.posted,
    threaded: l.threaded,
    digested: l.digested,
    duplicates: l.duplicates,
    lost: l.lost,
    ...(recoverSeconds !== undefined ? { recoverSeconds } : {}),
    ...(adoption ? { adoption } : {}),
  };
}

export function describeLedger(l: Ledger): string {
  return `${l.events} events: ${l.posted} posted + ${l.threaded} threaded + ${l.digested} in ${l.digests} digests; duplicates ${l.duplicates} (top-level ${l.duplicateTopLevel}), lost ${l.lost}, stray messages ${l.strays}`;
}

/** The invariant every burst scenario asserts, as checks. */
export function invariantChecks(l: Ledger, world: World): Check[] {
  return [
    check('every event accounted for exactly once (post, thread reply or digest line)', exact(l), describeLedger(l)),
    check('no duplicate top-level post', l.duplicateTopLevel === 0, `${l.duplicateTopLevel} duplicate top-level posts`),
    check('no stray message', l.strays === 0, `${l.strays} messages name no event of the burst`),
    check('every message within Block Kit limits', world.slack.violations.length === 0, world.slack.violations.slice(0, 3).join('; ') || 'none'),
  ];
}

/** What srm logs when it found a message an earlier attempt had posted, and adopted it instead of posting again. */
export const adoptedMessage = 'message an earlier attempt posted found in Slack; adopted, not posted again';

/**
 * What the processes logged of reading the channel history before posting:
 * messages adopted (an earlier attempt had posted them), and warnings that
 * they posted without being able to look (scope missing, read failed).
 */
export function reconcileSummary(processes: readonly SrmProcess[]): { adopted: number; adoptedTs: Set<string>; unknown: number; line: string } {
  let adopted = 0;
  let unknown = 0;
  const adoptedTs = new Set<string>();
  for (const p of processes) {
    for (const l of p.lines()) {
      if (l.msg === adoptedMessage) {
        adopted += 1;
        if (typeof l.ts === 'string') adoptedTs.add(`${String(l.channel)}:${l.ts}`);
      }
      else if (typeof l.msg === 'string' && (l.msg.startsWith('cannot read channel history') || l.msg.startsWith('cannot read the history of a channel') || l.msg.startsWith('could not tell whether an earlier attempt'))) unknown += 1;
    }
  }
  return { adopted, adoptedTs, unknown, line: `messages an earlier attempt had posted, found in the channel and adopted instead of posted again: ${adopted}; warnings that srm posted without being able to look (a missing scope is warned once per process): ${unknown}` };
}

/** The config of a burst world: events arrive through EventBridge -> SQS, one channel per account. */
export function burstConfig(accounts: readonly string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    poll: { cloudtrail: false, guardduty: false },
    sqs: true,
    defaultChannel: 'C0FLTDFLT',
    routes: accounts.map((account) => ({ match: { account }, channel: channelOf(Number(account.slice(-3))) })),
    digest: { threshold: 5, windowSeconds: 60 },
    ...extra,
  };
}

/** A burst of `n` events over `channels` accounts (from the `first`), ready to send. */
export function makeBurst(n: number, channels = 20, first = 0): { accounts: string[]; messages: Record<string, unknown>[]; ids: Set<string> } {
  const accounts = burstAccounts(channels, first);
  return { accounts, ...burst(n, accounts) };
}

/** Events srm has evaluated and routed so far (its router counter; used only to time a fault mid-burst). */
export async function routedSoFar(world: World): Promise<number> {
  return Number((await world.redisClient().hget(`${world.prefix}:srm:router-stats`, 'published')) ?? 0);
}

/** Waits until srm has routed at least `n` events (the middle of the burst). */
export async function waitRouted(world: World, n: number, timeoutMs = 300_000): Promise<number> {
  return until(`${n} events routed`, async () => {
    const done = await routedSoFar(world);
    return done >= n ? done : 0;
  }, timeoutMs, 100);
}

/**
 * Waits until the burst has settled: the SQS queue empty and no job left in
 * any queue, then `quietMs` more with nothing changing in Slack (a late
 * duplicate would show); or until nothing changed for `stallMs`, or
 * `timeoutMs` passed. With `untilComplete`, it settles only once every
 * event was accounted for (or on the stall or timeout): for events a poller
 * has still to read, which no queue holds yet. Returns the ledger and when
 * every event was first accounted for.
 */
export async function settle(world: World, ids: ReadonlySet<string>, opts: { timeoutMs?: number; stallMs?: number; quietMs?: number; untilComplete?: boolean } = {}): Promise<{ ledger: Ledger; completeAt?: number; settled: boolean }> {
  // Kept with the logs (SRM_FAULTS_KEEP): the burst's event ids, so that an event reported lost can be traced in them.
  if (process.env.SRM_FAULTS_KEEP) writeFileSync(path.join(world.dir, 'event-ids.json'), JSON.stringify([...ids]));
  const deadline = Date.now() + (opts.timeoutMs ?? 600_000);
  const stallMs = opts.stallMs ?? 120_000;
  let last = '';
  let lastChange = Date.now();
  let completeAt: number | undefined;
  for (;;) {
    const l = ledger(world.slack, ids);
    const key = JSON.stringify(l);
    if (key !== last) {
      last = key;
      lastChange = Date.now();
    }
    const complete = exact(l) || l.posted + l.threaded + l.digested >= l.events;
    if (complete) completeAt ??= performance.now();
    else completeAt = undefined;
    // Idle: nothing left on SQS or in any queue (a killed worker's active jobs count until they are taken over).
    // With untilComplete, idle is not enough: events still to be read by a poller are in no queue yet.
    const idle = (!opts.untilComplete || completeAt !== undefined) && world.sqsLeft() === 0 && (await world.queuesIdle().catch(() => false));
    if (idle) {
      await sleep(opts.quietMs ?? 5_000);
      const again = ledger(world.slack, ids);
      if (JSON.stringify(again) === key && (await world.queuesIdle().catch(() => false))) return { ledger: again, settled: true, ...(completeAt !== undefined ? { completeAt } : {}) };
      continue;
    }
    if (Date.now() > deadline || Date.now() - lastChange > stallMs) return { ledger: l, settled: false, ...(completeAt !== undefined ? { completeAt } : {}) };
    await sleep(500);
  }
}

/**
 * A burst world: its own Redis, `srm serve` (named `serveName`) and
 * `workers` srm worker processes running, and the burst sent to the SQS
 * queue at `t0`. The caller closes `world`.
 */
export async function startBurst(
  name: string,
  ctx: Pick<ScenarioContext, 'events'>,
  options: { redis?: WorldOptions['redis']; config?: Record<string, unknown>; workers?: number; serveName?: string } = {},
): Promise<{ b: ReturnType<typeof makeBurst>; world: World; serve: SrmProcess; workers: SrmProcess[]; t0: number }> {
  const b = makeBurst(ctx.events);
  const world = await World.create(name, { redis: options.redis ?? { aof: true }, config: burstConfig(b.accounts, options.config) });
  try {
    const serve = await world.start('serve', options.serveName ?? 'serve');
    const workers: SrmProcess[] = [];
    for (let i = 1; i <= (options.workers ?? 1); i++) workers.push(await world.start('worker', `worker-${i}`));
    const t0 = performance.now();
    await world.send(b.messages);
    return { b, world, serve, workers, t0 };
  } catch (err) {
    await world.close();
    throw err;
  }
}
