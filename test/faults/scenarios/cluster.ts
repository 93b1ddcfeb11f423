import type { StoredMessage } from '../../../src/slack/local-api.js';
import { faultBoundaryCopies } from '../lib/accounting.js';
import { burstConfig, check, describeLedger, figuresOf, invariantChecks, makeBurst, reconcileSummary, settle, waitRouted, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';
import { World } from '../lib/world.js';

const workers = 3;
/** How long the Slack proxy holds chat.postMessage answers around the replication cut. */
const answerHoldMs = 1_000;

/** The messages Slack accepted from `from` to `to` (epoch ms): the local Slack keeps them in the order it accepted the posts. */
function unrecordedMessages(world: World, from: number, to: number): StoredMessage[] {
  const posts = world.slack.okCallsTo('chat.postMessage');
  const messages = [...world.slack.messages.values()];
  if (posts.length !== messages.length) throw new Error(`cannot pair ${messages.length} messages with ${posts.length} accepted posts`);
  return messages.filter((_, i) => posts[i]!.at >= from && posts[i]!.at <= to);
}

const where = (m: StoredMessage) => `${m.channel}:${m.ts}`;

/**
 * Scale-out on Redis Cluster: a real cluster of three masters with a replica
 * each (redis-cli --cluster create), `srm serve` and three `srm worker`
 * processes connected with REDIS_CLUSTER_NODES (every key under the `{srm}`
 * hash tag). A burst goes through; mid-burst the master serving srm's slot
 * is SIGKILLed and its replica promoted. Every event must still be shown
 * exactly once, even a message posted just before the master died whose
 * record the replica had not received (asynchronous replication): its job,
 * run again, finds it in the channel's history and adopts it (issue 11).
 * srm posts only once a replica has what led to the post, so the record a
 * failover can take is the one written after Slack's answer. So that the
 * master always dies with such records (not only when the kill happens to
 * land within the replication lag), Slack's chat.postMessage answers are
 * held for a second while its replica's link is cut (cutReplication), and the
 * master is killed once they have arrived: each post answered after the cut
 * must be adopted. Any duplicate fails. And the CloudTrail poller must run once per interval
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
      // srm posts only once a replica has what led to the post (its intent, its decision, its digest), so what a
      // failover can take is the record of a post Slack accepted: its ts, its job's completion. To have the master
      // die with such records every time, Slack's answers to chat.postMessage are held (as in worker-kill) while
      // the replica's link is cut: the posts in flight at the cut are recorded only on the master, which is then killed.
      world.slackProxy.answerDelay = (r) => (r.operation === 'chat.postMessage' ? answerHoldMs : 0);
      await sleep(answerHoldMs + 200);
      const cutFrom = Date.now();
      const cut = await world.cluster!.cutReplication('{srm}');
      await sleep(answerHoldMs + 500);
      const failedAt = Date.now();
      const failover = await world.cluster!.failover('{srm}');
      world.slackProxy.answerDelay = undefined;
      const backAt = performance.now();
      // Accepted then or later, a post's answer came after the cut: its record went to the master alone.
      const unrecorded = unrecordedMessages(world, cutFrom - answerHoldMs + 100, failover.killedAt);
      ctx.log(`polls with ${procs.length} processes: ${polls} LookupEvents calls in ${windowS} s (one scheduler, every 5 s); keys outside {srm}: ${untagged.length} of ${keys.length}`);
      ctx.log(`replication of {srm}'s master to ${cut.replicas.join(', ')} cut after ${routed} of ${ctx.events} events routed (chat.postMessage answers held ${answerHoldMs} ms); master on port ${failover.killedPort} SIGKILLed ${failover.killedAt - cut.at} ms later, after ${secondsSince(t0)} s, with ${failover.lostBytes} bytes of its replication stream never replicated; replica on ${failover.promotedPort} promoted in ${failover.seconds} s`);
      const { ledger, completeAt, settled } = await settle(world, b.ids);
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - backAt) / 100) / 10) : undefined;
      const taken = await world.takenOver();
      // Replication is asynchronous: what the master had not passed on when it died is lost, a post-alert job's
      // record of its message and its completion among it; the job runs again, finds its message in Slack and adopts it.
      // faultBoundaryCopies says whether a duplicate (any fails) was of that kind.
      if (!settled) {
        ctx.log(`queues when it stopped settling: ${JSON.stringify(await world.queueCounts())}`);
        for (const q of world.queues) {
          const left = (await q.getJobs(['waiting', 'active', 'delayed', 'prioritized'], 0, 20)).filter((j) => j && !String(j.id).startsWith('repeat:'));
          for (const j of left.slice(0, 5)) ctx.log(`left in ${q.name}: ${j.id} (${await j.getState()}, attempts ${j.attemptsStarted}/${j.attemptsMade}, stalled ${j.stalledCounter}, ${j.failedReason ?? ''})`);
        }
      }
      const takenOver = await world.takenOverEvents();
      const boundary = faultBoundaryCopies(world.slack, b.ids, failedAt, takenOver);
      ctx.log(describeLedger(ledger));
      const reconciled = reconcileSummary(procs);
      // A job still running at the kill writes its record again on the promoted replica; one that had finished is run
      // again (taken over once its lock lapses) with its record gone: that one finds its message and adopts it.
      const adoptedOfThem = unrecorded.filter((m) => reconciled.adoptedTs.has(where(m)));
      ctx.log(`messages Slack accepted whose answers reached srm after the cut (their records lost with the master): ${unrecorded.length}, found in Slack and adopted by their jobs run again ${adoptedOfThem.length} (the others' jobs were still running and recorded them again); adopted in all ${reconciled.adopted}`);
      ctx.log(reconciled.line);
      ctx.log(`duplicates of a message posted just before the master died whose record the promoted replica lacked (must be 0): ${boundary.explained.length}; other duplicates: ${boundary.unexplained.length}`);
      for (const u of boundary.unexplained.slice(0, 5)) ctx.log(`duplicate: ${u}`);
      ctx.log(`complete after ${completeAt !== undefined ? Math.round((completeAt - t0) / 100) / 10 : '-'} s (${completeAt !== undefined ? Math.round(ctx.events / ((completeAt - t0) / 1000)) : '-'} events/s end to end with 1 + ${workers} processes, failover included); stalled jobs taken over ${taken.stalled}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(ledger, recover, { unrecorded: unrecorded.length, adoptedOfThem: adoptedOfThem.length, adopted: reconciled.adopted }),
        checks: [
          check('every srm process outlives the failover', procs.every((p) => p.alive)),
          check('every key srm writes shares the {srm} hash tag', untagged.length === 0 && keys.length > 0, untagged.slice(0, 3).join(', ') || `${keys.length} keys`),
          check('the poller ran once per interval whatever the number of processes', polls >= fewest && polls <= most, `${polls} polls in ${windowS} s at 5 s`),
          check('the master died with writes its replica never got', failover.lostBytes > 0, `${failover.lostBytes} bytes`),
          // Not "at least one adopted": a job's end waits until a replica has its writes (src/queue/workers.ts), so a
          // post recorded before the cut is kept, and one answered after it is run again with its intent: adopted when
          // its record was lost, recorded again when its job was still running. worker-kill requires adoptions.
          check(
            'messages whose record was lost with the master were found in Slack or recorded again by their jobs, none posted again',
            boundary.explained.length === 0 && ledger.duplicates === 0,
            `${unrecorded.length} answered after the cut, ${adoptedOfThem.length} adopted; ${reconciled.adopted} adopted in all, ${ledger.duplicates} duplicates`,
          ),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
