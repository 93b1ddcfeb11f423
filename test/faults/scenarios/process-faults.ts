import { faultBoundaryCopies } from '../lib/accounting.js';
import { check, describeLedger, figuresOf, invariantChecks, reconcileSummary, settle, startBurst, waitRouted, type Scenario } from '../lib/scenario.js';
import { secondsSince, until } from '../lib/wait.js';

/** What srm logs when it has posted an event's message (with the eventId). */
const postedMessages = new Set(['alert posted', 'alert repeat threaded', 'alert linked into the thread of its principal']);

/**
 * One of two `srm worker` processes SIGKILLed mid-burst (srm serve runs
 * workers too): its active jobs stall, their locks lapse, and the surviving
 * processes take them over (BullMQ's stalled-job check); if it held the SQS
 * lease, a survivor takes that over and the messages it had received come
 * back after their visibility timeout. Nothing may be lost or shown twice,
 * not even a message Slack accepted from the killed worker in its last
 * milliseconds, before it recorded it: the job's taker finds it in the
 * channel's history (by the key in its metadata) and adopts it (issue 11).
 * Any duplicate fails; faultBoundaryCopies only says which kind it was.
 * So that the kill always lands there (not only when it happens to fall in
 * the milliseconds between Slack's answer and srm's record), the Slack
 * proxy holds every chat.postMessage answer for a second until the kill;
 * from a third of the way into the burst it holds the answers to the doomed
 * worker's Slack writes (posts and updates) until it dies, and kills it once
 * Slack has accepted at least one of them: the worker always dies with work
 * in flight (a job waiting for Slack's answer to a write Slack carried out),
 * never between jobs, and the scenario fails if it did not.
 */
const answerHoldMs = 1_000;

/** The Slack calls that change what a channel shows. */
const slackWrites = new Set(['chat.postMessage', 'chat.update']);

/** Whether a Slack answer says it did what was asked (ok:true). */
function slackAccepted(body: Buffer): boolean {
  try {
    return (JSON.parse(body.toString('utf8')) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** The message a chat.postMessage answer says Slack accepted (`channel:ts`), or undefined (a 429, an error). */
function acceptedMessage(body: Buffer): string | undefined {
  try {
    const answer = JSON.parse(body.toString('utf8')) as { ok?: unknown; channel?: unknown; ts?: unknown };
    return answer.ok === true && typeof answer.ts === 'string' ? `${String(answer.channel)}:${answer.ts}` : undefined;
  } catch {
    return undefined;
  }
}

export const workerKill: Scenario = {
  name: 'worker-kill',
  weight: 75,
  summary: 'one of two srm worker processes SIGKILLed mid-burst: stalled jobs taken over, nothing lost, nothing twice (a message Slack accepted from the killed worker in its last moment is found and adopted)',
  async run(ctx) {
    const { b, world, serve, workers: [survivor, victim], t0 } = await startBurst(this.name, ctx, { workers: 2 });
    try {
      world.slackProxy.answerDelay = (r) => (r.operation === 'chat.postMessage' ? answerHoldMs : 0);
      const routed = await waitRouted(world, Math.floor(ctx.events / 3));
      // From now on the doomed worker hears nothing back from its Slack writes; it dies once Slack accepted one.
      world.slackProxy.answerDelay = (r) => (r.client === victim!.name && slackWrites.has(r.operation) ? Infinity : r.operation === 'chat.postMessage' ? answerHoldMs : 0);
      const inFlight = () => [...world.slackProxy.holding].filter((h) => h.client === victim!.name && slackWrites.has(h.operation) && slackAccepted(h.body)).length;
      const armed = performance.now();
      await until('a Slack write of worker-2 accepted and held', async () => inFlight(), 300_000, 20).catch(() => 0);
      const heldAtKill = inFlight();
      const leaseHolder = (await world.redisClient().keys(`${world.prefix}:sqs-lease:*`).then((ks) => (ks[0] ? world.redisClient().get(ks[0]) : null))) ?? '';
      const heldLease = leaseHolder.includes(`:${victim!.pid}:`);
      const killedWall = Date.now();
      await victim!.stop('SIGKILL');
      const killedAt = performance.now();
      world.slackProxy.answerDelay = undefined;
      ctx.log(`worker-2 (pid ${victim!.pid}${heldLease ? ', holding the SQS lease' : ''}) SIGKILLed after ${secondsSince(t0)} s with ${routed} of ${ctx.events} events routed, ${Math.round(killedAt - armed)} ms after its Slack answers began to be held, with ${heldAtKill} accepted Slack writes unanswered`);
      const { ledger, completeAt, settled } = await settle(world, b.ids, { stallMs: 150_000 });
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - killedAt) / 100) / 10) : undefined;
      const taken = await world.takenOver();
      // When the surviving processes logged posting each event (a top-level post, a thread reply or a linked reply).
      const survivorPosts = new Map<string, number[]>();
      for (const p of [serve, survivor!]) {
        for (const line of p.lines()) {
          if (!postedMessages.has(line.msg) || typeof line.eventId !== 'string') continue;
          (survivorPosts.get(line.eventId) ?? survivorPosts.set(line.eventId, []).get(line.eventId)!).push(Number(line.time));
        }
      }
      const boundary = faultBoundaryCopies(world.slack, b.ids, killedWall, await world.takenOverEvents(), survivorPosts);
      ctx.log(describeLedger(ledger));
      ctx.log(`jobs taken over after the kill (stalledCounter > 0): ${taken.stalled}; jobs started more than once: ${taken.restarted}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      const reconciled = reconcileSummary([serve, survivor!, victim!]);
      // Posts Slack accepted (ok:true), not the ones it refused (a 429 the killed worker would have waited out).
      const unanswered = world.slackProxy.answersLost.flatMap((a) => (a.operation === 'chat.postMessage' ? [acceptedMessage(a.body)] : [])).filter((m): m is string => m !== undefined);
      // The killed worker's writes Slack carried out and it never heard back about: its work in flight at the kill.
      const victimLost = world.slackProxy.answersLost.filter((a) => a.client === victim!.name && slackWrites.has(a.operation) && slackAccepted(a.body));
      const lostBy = (op: string) => victimLost.filter((a) => a.operation === op).length;
      ctx.log(`worker-2's work in flight at the kill: ${victimLost.length} Slack writes carried out and never answered (${lostBy('chat.postMessage')} posts, ${lostBy('chat.update')} updates)`);
      const notAdopted = unanswered.filter((m) => !reconciled.adoptedTs.has(m));
      ctx.log(`posts Slack accepted from the killed worker that it never heard back about (answers held ${answerHoldMs} ms until the kill): ${unanswered.length}, adopted ${unanswered.length - notAdopted.length}; adopted in all ${reconciled.adopted} (the others: answers that reached the worker just before it died, before it recorded them)`);
      ctx.log(reconciled.line);
      ctx.log(`duplicates of a message Slack accepted from the killed worker before it recorded it (must be 0): ${boundary.explained.length}${boundary.explained.length ? ` (${boundary.explained.map((c) => `${c.msBeforeFault} ms before the kill`).join(', ')})` : ''}; other duplicates: ${boundary.unexplained.length}`);
      for (const u of boundary.unexplained.slice(0, 5)) ctx.log(`duplicate: ${u}`);
      return {
        figures: figuresOf(ledger, recover, { unrecorded: unanswered.length, adoptedOfThem: unanswered.length - notAdopted.length, adopted: reconciled.adopted }),
        checks: [
          check('srm serve and the other worker still run', serve.alive && survivor!.alive),
          check(
            'the killed worker had work in flight (Slack carried out a write of its jobs that it never heard back about)',
            victimLost.length > 0,
            `${victimLost.length} writes (${lostBy('chat.postMessage')} posts, ${lostBy('chat.update')} updates)`,
          ),
          check("the killed worker's stalled jobs were taken over", taken.stalled > 0, `${taken.stalled} jobs`),
          check(
            'every post Slack accepted from the killed worker before it heard back is found in the channel and adopted by the takeover, none posted again',
            notAdopted.length === 0 && boundary.explained.length === 0,
            `${unanswered.length} accepted and never answered, ${notAdopted.length} of them not adopted; ${reconciled.adopted} adopted in all, ${boundary.explained.length} posted again`,
          ),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};

/**
 * `srm serve` stopped with SIGTERM mid-burst (a rolling deploy) and started
 * again: Bolt stops first, the SQS consumer stops receiving and enqueues what
 * it has, workers finish their active jobs, then it exits 0. Nothing is lost,
 * nothing is shown twice, no job is left to stall.
 */
export const serveRestart: Scenario = {
  name: 'serve-sigterm',
  weight: 30,
  summary: 'srm serve restarted with SIGTERM mid-burst: graceful drain (exit 0, no stalled job), nothing lost, nothing twice',
  async run(ctx) {
    const { b, world, serve: first, workers: [worker], t0 } = await startBurst(this.name, ctx, { serveName: 'serve-1' });
    try {
      const routed = await waitRouted(world, Math.floor(ctx.events / 3));
      const stopped = await first.stop('SIGTERM', 120_000);
      const drained = first.lines().some((l) => l.msg === 'stopped');
      ctx.log(`serve-1 got SIGTERM after ${secondsSince(t0)} s with ${routed} of ${ctx.events} events routed; exited ${stopped.code ?? stopped.signal} after ${stopped.seconds} s of draining`);
      const second = await world.start('serve', 'serve-2');
      const backAt = performance.now();
      const { ledger, completeAt, settled } = await settle(world, b.ids);
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - backAt) / 100) / 10) : undefined;
      const taken = await world.takenOver();
      ctx.log(describeLedger(ledger));
      ctx.log(`stalled jobs: ${taken.stalled}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(ledger, recover),
        checks: [
          check('srm serve drains and exits 0 on SIGTERM', stopped.code === 0 && drained, `exit ${stopped.code ?? stopped.signal} after ${stopped.seconds} s`),
          check('no job was abandoned (none stalled)', taken.stalled === 0, `${taken.stalled} stalled`),
          check('the worker and the new srm serve run', worker!.alive && second.alive),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
