import { burstConfig, check, describeLedger, figuresOf, invariantChecks, makeBurst, settle, waitRouted, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';
import { World } from '../lib/world.js';

const workers = 3;

/**
 * Scale-out on Redis Cluster: a real cluster of three masters with a replica
 * each (redis-cli --cluster create), `srm serve` and three `srm worker`
 * processes connected with REDIS_CLUSTER_NODES (every key under the `{srm}`
 * hash tag). A burst goes through; mid-burst the master serving srm's slot
 * is SIGKILLed and its replica promoted. Every event must still be shown
 * exactly once, and the CloudTrail poller must run once per interval
 * however many processes run.
 */
export const clusterScaleOut: Scenario = {
  name: 'cluster-failover',
  summary: `srm serve + ${workers} workers on a 3-master Redis Cluster, srm's master killed mid-burst and its replica promoted: nothing lost, nothing twice, polls once per interval`,
  async run(ctx) {
    const b = makeBurst(ctx.events);
    const poll = { accounts: [{ id: '123456789012', regions: ['us-east-1'] }], poll: { seconds: 5, cloudtrail: true, guardduty: false } };
    const world = await World.create(this.name, { redis: { cluster: { masters: 3, replicas: 1 } }, config: burstConfig(b.accounts, poll) });
    try {
      const serve = await world.start('serve', 'serve');
      const procs = [serve];
      for (let i = 1; i <= workers; i++) procs.push(await world.start('worker', `worker-${i}`));
      // Polls once per interval with 1 + N processes: LookupEvents calls over 30 s, before the burst.
      const p0 = Date.now();
      await sleep(30_000);
      const polls = world.aws.calls('LookupEvents').filter((c) => c.at >= p0 && c.at < p0 + 30_000).length;
      const keys = await world.allKeys();
      const untagged = keys.filter((k) => !k.startsWith('{srm}:'));
      const t0 = performance.now();
      await world.send(b.messages);
      const routed = await waitRouted(world, Math.floor(ctx.events / 3));
      const failover = await world.cluster!.failover('{srm}');
      const backAt = performance.now();
      ctx.log(`polls with ${procs.length} processes: ${polls} LookupEvents calls in 30 s (one scheduler, every 5 s); keys outside {srm}: ${untagged.length} of ${keys.length}`);
      ctx.log(`master on port ${failover.killedPort} SIGKILLed after ${secondsSince(t0)} s with ${routed} of ${ctx.events} events routed; replica on ${failover.promotedPort} promoted in ${failover.seconds} s`);
      const { ledger, completeAt, settled } = await settle(world, b.ids);
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - backAt) / 100) / 10) : undefined;
      const taken = await world.takenOver();
      ctx.log(describeLedger(ledger));
      ctx.log(`complete after ${completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : '-'} s (${completeAt !== undefined ? Math.round(ctx.events / ((completeAt - t0) / 1000)) : '-'} events/s end to end with 1 + ${workers} processes, failover included); stalled jobs taken over ${taken.stalled}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(ledger, recover),
        checks: [
          check('every srm process outlives the failover', procs.every((p) => p.alive)),
          check('every key srm writes shares the {srm} hash tag', untagged.length === 0 && keys.length > 0, untagged.slice(0, 3).join(', ') || `${keys.length} keys`),
          check('the poller ran once per interval whatever the number of processes', polls >= 4 && polls <= 7, `${polls} polls in 30 s at 5 s`),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
