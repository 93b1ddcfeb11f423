import { faultBoundaryCopies } from '../lib/accounting.js';
import { burstConfig, check, describeLedger, figuresOf, invariantChecks, makeBurst, reconcileSummary, settle, waitRouted, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';
import { World } from '../lib/world.js';

const workers = 3;

/**
 * Scale-out on Redis Cluster: a real cluster of three masters with a replica
 * each (redis-cli --cluster create), `srm serve` and three `srm worker`
 * processes connected with REDIS_CLUSTER_NODES (every key under the `{srm}`
 * hash tag). A burst goes through; mid-burst the master serving srm's slot
 * is SIGKILLed and its replica promoted. Every event must still be shown
 * exactly once, even a message posted just before the master died whose
 * record the replica had not received (asynchronous replication): its job,
 * run again, finds it in the channel's history and adopts it (issue 11).
 * Any duplicate fails. And the CloudTrail poller must run once per interval
 * however many processes run.
 */
export const clusterScaleOut: Scenario = {
  name: 'cluster-failover',
  weight: 100,
  summary: `srm serve + ${workers} workers on a 3-master Redis Cluster, srm's master killed mid-burst and its replica promoted: nothing lost, nothing twice (a post whose record the master had not replicated is found and adopted), polls once per interval`,
  async run(ctx) {
    const b = makeBurst(ctx.events);
    const poll = { accounts: [{ id: '123456789012', regions: ['us-east-1'] }], poll: { seconds: 5, cloudtrail: true, guardduty: false } };
    const world = await World.create(this.name, { redis: { cluster: { masters: 3, replicas: 1 } }, config: burstConfig(b.accounts, poll) });
    try {
      const serve = await world.start('serve', 'serve');
      const procs = [serve];
      for (let i = 1; i <= workers; i++) procs.push(await world.start('worker', `worker-${i}`));
      // Polls once per interval with 1 + N processes: LookupEvents calls over 30 s (CI: 15 s), before the burst.
      // One scheduler polls every 5 s: 6 (3) polls, give or take one; a scheduler per process would make 4 times as many.
      const windowS = ctx.profile === 'ci' ? 15 : 30;
      const [fewest, most] = ctx.profile === 'ci' ? [2, 4] : [4, 7];
      const p0 = Date.now();
      await sleep(windowS * 1000);
      const polls = world.aws.calls('LookupEvents').filter((c) => c.at >= p0 && c.at < p0 + windowS * 1000).length;
      const keys = await world.allKeys();
      const untagged = keys.filter((k) => !k.startsWith('{srm}:'));
      const t0 = performance.now();
      await world.send(b.messages);
      const routed = await waitRouted(world, Math.floor(ctx.events / 3));
      const failedAt = Date.now();
      const failover = await world.cluster!.failover('{srm}');
      const backAt = performance.now();
      ctx.log(`polls with ${procs.length} processes: ${polls} LookupEvents calls in ${windowS} s (one scheduler, every 5 s); keys outside {srm}: ${untagged.length} of ${keys.length}`);
      ctx.log(`master on port ${failover.killedPort} SIGKILLed after ${secondsSince(t0)} s with ${routed} of ${ctx.events} events routed; replica on ${failover.promotedPort} promoted in ${failover.seconds} s`);
      const { ledger, completeAt, settled } = await settle(world, b.ids);
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - backAt) / 100) / 10) : undefined;
      const taken = await world.takenOver();
      // Replication is asynchronous: what the master had not passed on when it died is lost, a post-alert job's
      // record of its message and its completion among it; the job runs again, finds its message in Slack and adopts it.
      // faultBoundaryCopies says whether a duplicate (any fails) was of that kind.
      const boundary = faultBoundaryCopies(world.slack, b.ids, failedAt, await world.takenOverEvents());
      ctx.log(describeLedger(ledger));
      const reconciled = reconcileSummary(procs);
      ctx.log(reconciled.line);
      ctx.log(`duplicates of a message posted just before the master died whose record the promoted replica lacked (must be 0): ${boundary.explained.length}; other duplicates: ${boundary.unexplained.length}`);
      for (const u of boundary.unexplained.slice(0, 5)) ctx.log(`duplicate: ${u}`);
      ctx.log(`complete after ${completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : '-'} s (${completeAt !== undefined ? Math.round(ctx.events / ((completeAt - t0) / 1000)) : '-'} events/s end to end with 1 + ${workers} processes, failover included); stalled jobs taken over ${taken.stalled}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(ledger, recover),
        checks: [
          check('every srm process outlives the failover', procs.every((p) => p.alive)),
          check('every key srm writes shares the {srm} hash tag', untagged.length === 0 && keys.length > 0, untagged.slice(0, 3).join(', ') || `${keys.length} keys`),
          check('the poller ran once per interval whatever the number of processes', polls >= fewest && polls <= most, `${polls} polls in ${windowS} s at 5 s`),
          check('no message posted again by a job run again after the failover (each found in Slack and adopted)', boundary.explained.length === 0, `${boundary.explained.length} posted again; ${reconciled.adopted} adopted`),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
