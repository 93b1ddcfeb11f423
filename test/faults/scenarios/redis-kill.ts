import { check, describeLedger, figuresOf, invariantChecks, settle, startBurst, waitRouted, type Check, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';

/**
 * Redis SIGKILLed in the middle of a burst and started again after a few
 * seconds, under `srm serve` and one `srm worker`. With AOF (appendfsync
 * everysec) Redis comes back with its queues, dedup claims and progress
 * records: nothing is lost or posted twice. Without persistence it comes back
 * empty; the scenario shows what that costs (queued events gone, nothing
 * re-read from SQS, already deleted) and that srm notices and keeps running.
 * docs/operations.md makes persistence a requirement on these figures.
 */
function redisKill(aof: boolean): Scenario {
  return {
    name: aof ? 'redis-kill-aof' : 'redis-kill-no-persistence',
    weight: 30,
    summary: aof
      ? 'Redis (AOF everysec) SIGKILLed mid-burst and restarted: nothing lost, nothing twice'
      : 'Redis without persistence SIGKILLed mid-burst and restarted empty: srm notices and recovers; the loss is measured (persistence is required)',
    async run(ctx) {
      // A CloudTrail poller runs too (every 5 s, nothing to find): its job scheduler lives in Redis.
      const poll = { accounts: [{ id: '123456789012', regions: ['us-east-1'] }], poll: { seconds: 5, cloudtrail: true, guardduty: false } };
      const { b, world, serve, workers: [worker], t0 } = await startBurst(this.name, ctx, { redis: { aof }, config: poll });
      try {
        const routedAtKill = await waitRouted(world, Math.floor(ctx.events / 3));
        // With appendfsync everysec, Redis answers writes it has postponed while a slow fsync runs (aof_delayed_fsync
        // counts those waits): a SIGKILL then can lose acknowledged writes. Shown, to tell that from an srm fault.
        const persistence = aof ? await world.redis!.cli('INFO', 'persistence').catch(() => '') : '';
        await world.redis!.kill();
        const killedAt = performance.now();
        await sleep(3_000);
        await world.redis!.restart();
        const backAt = performance.now();
        ctx.log(`redis killed after ${secondsSince(t0)} s with ${routedAtKill} of ${ctx.events} events routed; down ${Math.round(backAt - killedAt) / 1000} s${aof ? `; AOF before the kill: delayed fsyncs ${/aof_delayed_fsync:(\d+)/.exec(persistence)?.[1] ?? '?'}, last write ${/aof_last_write_status:(\w+)/.exec(persistence)?.[1] ?? '?'}` : ''}`);
        const { ledger, completeAt, settled } = await settle(world, b.ids, { timeoutMs: 600_000, stallMs: aof ? 180_000 : 60_000 });
        const recover = completeAt !== undefined ? Math.round((completeAt - backAt) / 100) / 10 : undefined;
        ctx.log(describeLedger(ledger));
        ctx.log(`settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s; complete ${recover !== undefined ? `${recover} s after Redis came back` : 'never'}`);
        const health = await serve.healthz().catch(() => ({ status: 0 }));
        const polledAfter = world.aws.calls('LookupEvents').filter((c) => c.at > Date.now() - 15_000).length;
        const checks: Check[] = [
          check('srm serve and srm worker outlive the Redis crash', serve.alive && worker!.alive),
          check('/healthz is 200 again once Redis is back', health.status === 200, `status ${health.status}`),
          check('the CloudTrail poller still runs on its schedule after the restart', polledAfter > 0, `${polledAfter} LookupEvents calls in the last 15 s`),
        ];
        if (aof) {
          checks.push(...invariantChecks(ledger, world));
        } else {
          const lostNotice = [...serve.lines(), ...worker!.lines()].some((l) => l.msg === 'redis lost its data');
          checks.push(
            check('srm notices that Redis came back empty (logged "redis lost its data")', lostNotice),
            check('no duplicate top-level post', ledger.duplicateTopLevel === 0, describeLedger(ledger)),
            check('every message within Block Kit limits', world.slack.violations.length === 0),
          );
          ctx.log(`without persistence: ${ledger.lost} of ${ledger.events} events lost with the queued jobs (documented: Redis must persist, docs/operations.md)`);
        }
        return { figures: figuresOf(ledger, recover), checks };
      } finally {
        await world.close();
      }
    },
  };
}

export const redisKillAof = redisKill(true);
export const redisKillNoPersistence = redisKill(false);
