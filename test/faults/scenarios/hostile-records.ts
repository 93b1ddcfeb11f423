import { writeFileSync } from 'node:fs';
import { classifyRecord, exceedsDepth, isSkipped } from '../../../src/ingest/schemas.js';
import type { IngestedRecord } from '../../../src/ingest/types.js';
import { ledger, rulesShown } from '../lib/accounting.js';
import { burstAccounts } from '../lib/events.js';
import { fuzzMessages, prng } from '../lib/fuzz.js';
import { unsafeMrkdwn } from '../lib/mrkdwn.js';
import { analyseRecords, compareRules } from '../lib/rule-oracle.js';
import { burstConfig, check, describeLedger, figuresOf, invariantChecks, settle, type Scenario } from '../lib/scenario.js';
import { runSrm } from '../lib/srm-process.js';
import { secondsSince } from '../lib/wait.js';
import { World } from '../lib/world.js';

/** A seeded Fisher-Yates shuffle. */
export function shuffled<T>(list: readonly T[], rand: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The records of SQS bodies as the live path reads them (unreadable ones left out). */
function recordsOf(bodies: readonly string[]): IngestedRecord[] {
  const out: IngestedRecord[] = [];
  for (const body of bodies) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      continue;
    }
    if (exceedsDepth(value)) continue;
    const r = classifyRecord(value);
    if (!isSkipped(r)) out.push(r);
  }
  return out;
}

/** (eventId, rule) pairs of srm replay --json, by event. */
function replayRules(stdout: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of stdout.split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { eventId: string; rule: string };
    const set = out.get(a.eventId) ?? new Set<string>();
    set.add(a.rule);
    out.set(a.eventId, set);
  }
  return out;
}

/**
 * Fuzzed CloudTrail records and GuardDuty findings (every rule's own
 * examples, with hostile text, wrong types, dropped fields, deep nesting,
 * 200 KB fields, and bodies that are no envelope at all) put on the SQS
 * queue of a running srm, in another order than the file `srm replay --json`
 * reads (SQS keeps no order, and the live path evaluates messages
 * concurrently). Replay is the oracle, rule by rule (lib/rule-oracle.ts):
 * stateless rules must fire live on exactly the records they fire on in
 * replay; stateful rules (counts and first-seen over a window) must give
 * each window the outcome that does not depend on the order (one alert when
 * a count is reached, one per new value...), on the records of that window.
 * Every alerted event is shown exactly once, with nothing Slack would turn
 * into a mention or a foreign link, within Block Kit's limits; unreadable
 * bodies go to the DLQ after their receives; srm keeps running.
 */
export const hostileRecords: Scenario = {
  name: 'hostile-records',
  weight: 25,
  summary: 'fuzzed CloudTrail records and GuardDuty findings through SQS, out of order: the alerts replay predicts (stateless rules per record, stateful ones per window), each once, no mention or foreign link, srm unharmed',
  async run(ctx) {
    const seed = Number(process.env.SRM_FAULTS_SEED ?? 20261203);
    const accounts = burstAccounts(100, 200);
    // No digests here: every alerted event is shown on its own, naming its rules, so the oracle can compare rule by rule.
    const world = await World.create(this.name, { redis: { aof: true }, config: burstConfig(accounts, { digest: { threshold: 1_000_000, windowSeconds: 60 } }), sqsVisibilityMs: 3_000 });
    try {
      const dlq = `${world.awsProxy.url}/123456789012/srm-faults-dlq`;
      world.aws.sqsQueues.set(dlq, []);
      world.aws.sqsApi.redrive.set(world.queueUrl, { deadLetterQueueUrl: dlq, maxReceiveCount: 2 });
      const messages = fuzzMessages(ctx.events, accounts, seed);
      const file = `${world.dir}/fuzzed.jsonl`;
      writeFileSync(file, messages.map((m) => m.body.replace(/\n/g, ' ')).join('\n') + '\n');
      const replay = await runSrm(['replay', file, '--json'], world.env(), 300_000);
      const replayed = replayRules(replay.stdout);
      const summary = replay.stderr.split('\n').filter((l) => /records|skipped|alerts/i.test(l)).slice(0, 3).join(' | ');
      const analysis = analyseRecords(recordsOf(messages.map((m) => m.body)));
      const kinds = new Map<string, number>();
      for (const m of messages) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      ctx.log(`seed ${seed}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
      ctx.log(`srm replay (the offline oracle): ${replayed.size} events alert; ${summary.slice(0, 300)}`);
      // Events with a stateless alert must alert live whatever the order; the live run is settled on them.
      const mustAlert = new Set([...replayed].filter(([id]) => [...(analysis.verdicts.get(id)?.stateless ?? [])].length > 0).map(([id]) => id));

      const serve = await world.start('serve', 'serve');
      const worker = await world.start('worker', 'worker-1');
      const t0 = performance.now();
      // SQS keeps no order: the live path gets the bodies in another (seeded) order than replay's file.
      await world.send(shuffled(messages, prng(seed + 1)).map((m) => m.body));
      const { completeAt, settled } = await settle(world, mustAlert, { stallMs: 120_000 });
      const allIds = new Set(messages.filter((m) => m.id).map((m) => m.id!));
      const shown = rulesShown(world.slack, allIds);
      const cmp = compareRules(analysis, replayed, shown.rules);
      // Every event the live path alerted on (stateless, or a window's firing it made) is shown exactly once.
      const alerted = new Set([...cmp.stateless, ...cmp.liveStateful]);
      const l = ledger(world.slack, alerted);
      const unexpected = ledger(world.slack, new Set([...allIds].filter((id) => !alerted.has(id))));
      const unsafe = unsafeMrkdwn(world.slack.messages.values());
      // The check means something only if hostile text did reach Slack (escaped).
      const carrying = [...world.slack.messages.values()].filter((m) => /evil\.example|&lt;!|&lt;@|jndi/.test(JSON.stringify(m.blocks))).length;
      const invalid = world.slack.calls.filter((c) => c.error === 'invalid_blocks').length;
      const dead = world.aws.sqsQueues.get(dlq)?.length ?? 0;
      const health = await serve.healthz().catch(() => ({ status: 0 }));
      const replayStateful = [...replayed].filter(([id]) => !mustAlert.has(id)).length;
      const moved = [...cmp.liveStateful].filter((id) => !cmp.stateless.has(id) && !replayed.has(id)).length;
      ctx.log(describeLedger(l));
      ctx.log(`rules compared: ${cmp.stateless.size} events with stateless alerts (per record); ${cmp.windows} stateful windows (${cmp.determined} with their number of alerts set whatever the order): ${replayStateful} events alerted by windows alone in replay, ${cmp.liveStateful.size} events fired by windows live, ${moved} of them not the record replay fired on (the order differs)`);
      ctx.log(`live alerts outside the oracle: ${unexpected.posted + unexpected.threaded}; unsafe mrkdwn: ${unsafe.length}; invalid_blocks answers: ${invalid}; dead-lettered: ${dead}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      for (const p of cmp.replay.slice(0, 5)) ctx.log(`oracle disagrees with replay: ${p}`);
      for (const p of [...cmp.live.stateless, ...cmp.live.windows].slice(0, 10)) ctx.log(`live: ${p}`);
      for (const u of unsafe.slice(0, 5)) ctx.log(`unsafe: ${u}`);
      if (process.env.SRM_FAULTS_KEEP) writeFileSync(`${world.dir}/rule-problems.txt`, [...cmp.replay, ...cmp.live.stateless, ...cmp.live.windows].map((p) => `${p}\n`).join(''));
      return {
        figures: figuresOf(l, completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : undefined),
        checks: [
          check('srm replay read every body (malformed ones skipped and counted)', replay.code === 0, `exit ${replay.code}`),
          check('the oracle agrees with srm replay (stateless rules per record, windows order-free)', cmp.replay.length === 0, cmp.replay.slice(0, 2).join('; ') || `${replayed.size} events`),
          check('srm serve and srm worker unharmed, /healthz 200', serve.alive && worker.alive && health.status === 200, `status ${health.status}`),
          check('nothing Slack would turn into a mention or a foreign link', unsafe.length === 0 && carrying > 0, `${carrying} messages carry hostile text; ${unsafe.slice(0, 3).join('; ') || 'none unsafe'}`),
          check('every shown event names its rules', shown.withoutRules.size === 0, `${shown.withoutRules.size} without`),
          check('stateless rules fire live on exactly the records they fire on in replay', cmp.live.stateless.length === 0, cmp.live.stateless.slice(0, 2).join('; ') || `${cmp.stateless.size} events`),
          check('each stateful window gives the order-free outcome (its own records; one alert per count reached, per new value)', cmp.live.windows.length === 0, cmp.live.windows.slice(0, 2).join('; ') || `${cmp.windows} windows, ${cmp.liveStateful.size} events fired`),
          check('no alert for an event the oracle does not alert on', unexpected.posted + unexpected.threaded === 0, `${unexpected.posted + unexpected.threaded}`),
          check('no call refused as invalid_blocks', invalid === 0, `${invalid}`),
          check('unreadable bodies went to the DLQ, the queue drained', world.sqsLeft() === 0 && dead > 0, `${dead} dead-lettered, ${world.sqsLeft()} left`),
          ...invariantChecks(l, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
