import { writeFileSync } from 'node:fs';
import { burstAccounts } from '../lib/events.js';
import { fuzzMessages } from '../lib/fuzz.js';
import { unsafeMrkdwn } from '../lib/mrkdwn.js';
import { burstConfig, check, describeLedger, figuresOf, invariantChecks, settle, type Scenario } from '../lib/scenario.js';
import { runSrm } from '../lib/srm-process.js';
import { secondsSince } from '../lib/wait.js';
import { World } from '../lib/world.js';
import { ledger } from '../lib/accounting.js';

/**
 * 10,000 fuzzed CloudTrail records and GuardDuty findings (every rule's own
 * examples, with hostile text, wrong types, dropped fields, deep nesting,
 * 200 KB fields, and bodies that are no envelope at all) put on the SQS
 * queue of a running srm. The offline path (`srm replay --json` on the same
 * bodies) says which events must alert; the live path must show exactly
 * those, each once, with nothing Slack would turn into a mention or a
 * foreign link, within Block Kit's limits; unreadable bodies go to the DLQ
 * after their receives; srm keeps running.
 */
export const hostileRecords: Scenario = {
  name: 'hostile-records',
  summary: 'fuzzed CloudTrail records and GuardDuty findings through SQS: the alerts replay predicts, each once, no mention or foreign link, srm unharmed',
  async run(ctx) {
    const seed = Number(process.env.SRM_FAULTS_SEED ?? 20261203);
    const accounts = burstAccounts(100, 200);
    const world = await World.create(this.name, { redis: { aof: true }, config: burstConfig(accounts), sqsVisibilityMs: 3_000 });
    try {
      const dlq = `${world.awsProxy.url}/123456789012/srm-faults-dlq`;
      world.aws.sqsQueues.set(dlq, []);
      world.aws.sqsApi.redrive.set(world.queueUrl, { deadLetterQueueUrl: dlq, maxReceiveCount: 2 });
      const messages = fuzzMessages(ctx.events, accounts, seed);
      const file = `${world.dir}/fuzzed.jsonl`;
      writeFileSync(file, messages.map((m) => m.body.replace(/\n/g, ' ')).join('\n') + '\n');
      const replay = await runSrm(['replay', file, '--json'], world.env(), 300_000);
      const expected = new Set(replay.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { eventId: string }).eventId));
      const summary = replay.stderr.split('\n').filter((l) => /records|skipped|alerts/i.test(l)).slice(0, 3).join(' | ');
      const kinds = new Map<string, number>();
      for (const m of messages) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
      ctx.log(`seed ${seed}: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
      ctx.log(`srm replay (the offline oracle): ${expected.size} events alert; ${summary.slice(0, 300)}`);

      const serve = await world.start('serve', 'serve');
      const worker = await world.start('worker', 'worker-1');
      const t0 = performance.now();
      await world.send(messages.map((m) => m.body));
      const { ledger: l, completeAt, settled } = await settle(world, expected, { stallMs: 120_000 });
      const unexpected = ledger(world.slack, new Set(messages.filter((m) => m.id && !expected.has(m.id)).map((m) => m.id!)));
      const unsafe = unsafeMrkdwn(world.slack.messages.values());
      // The check means something only if hostile text did reach Slack (escaped).
      const carrying = [...world.slack.messages.values()].filter((m) => /evil\.example|&lt;!|&lt;@|jndi/.test(JSON.stringify(m.blocks))).length;
      const invalid = world.slack.calls.filter((c) => c.error === 'invalid_blocks').length;
      const dead = world.aws.sqsQueues.get(dlq)?.length ?? 0;
      const health = await serve.healthz().catch(() => ({ status: 0 }));
      ctx.log(describeLedger(l));
      ctx.log(`live alerts for events replay did not alert on: ${unexpected.posted + unexpected.threaded}; unsafe mrkdwn: ${unsafe.length}; invalid_blocks answers: ${invalid}; dead-lettered: ${dead}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      for (const u of unsafe.slice(0, 5)) ctx.log(`unsafe: ${u}`);
      if (unexpected.posted + unexpected.threaded > 0) {
        const byKind = new Map<string, number>();
        const shown = [...world.slack.messages.values()].map((m) => JSON.stringify(m.blocks));
        for (const m of messages) if (m.id && !expected.has(m.id) && shown.some((b) => b.includes(m.id!))) byKind.set(m.kind, (byKind.get(m.kind) ?? 0) + 1);
        ctx.log(`alerted live, not by replay, by kind: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}`);
        if (process.env.SRM_FAULTS_KEEP) writeFileSync(`${world.dir}/unexpected.jsonl`, messages.filter((m) => m.id && !expected.has(m.id) && shown.some((b) => b.includes(m.id!))).map((m) => m.body).join('\n'));
      }
      return {
        figures: figuresOf(l, completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : undefined),
        checks: [
          check('srm replay read every body (malformed ones skipped and counted)', replay.code === 0, `exit ${replay.code}`),
          check('srm serve and srm worker unharmed, /healthz 200', serve.alive && worker.alive && health.status === 200, `status ${health.status}`),
          check('nothing Slack would turn into a mention or a foreign link', unsafe.length === 0 && carrying > 0, `${carrying} messages carry hostile text; ${unsafe.slice(0, 3).join('; ') || 'none unsafe'}`),
          check('no alert for an event replay does not alert on', unexpected.posted + unexpected.threaded === 0, `${unexpected.posted + unexpected.threaded}`),
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
