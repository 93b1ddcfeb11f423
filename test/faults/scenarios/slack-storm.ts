import { randomBytes } from 'node:crypto';
import { eventBridge, finding } from '../lib/events.js';
import type { ProxiedRequest } from '../lib/fault-proxy.js';
import { burstConfig, check, describeLedger, figuresOf, invariantChecks, makeBurst, settle, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';
import { World } from '../lib/world.js';

const chat = (r: ProxiedRequest) => r.operation.startsWith('chat.');
const channelOf = (body: Buffer) => new URLSearchParams(body.toString('utf8')).get('channel') ?? '';
const ratelimited = (seconds: number) => ({ status: 429, headers: { 'retry-after': String(seconds) }, body: JSON.stringify({ ok: false, error: 'ratelimited' }) });

/**
 * Slack misbehaves while a burst goes through. First a 5xx storm: every
 * chat.* call answers 500, 502 or 503 for `stormSeconds`. Then, with a
 * second half of the burst on fresh channels, chat.update answers 429 with
 * Retry-After 10 s for half as long while chat.postMessage answers 429 with
 * Retry-After 1 s to one call in three. Every event must still be shown
 * exactly once; each Retry-After is waited out for its own method and
 * channel, and postMessage keeps flowing while chat.update is rate limited.
 */
export const slackStorm: Scenario = {
  name: 'slack-storm',
  weight: 40,
  summary: 'Slack 5xx storm, then 429s with Retry-After (chat.update limited apart from chat.postMessage): nothing lost, nothing twice',
  async run(ctx) {
    const half = Math.floor(ctx.events / 2);
    const a = makeBurst(half, 20, 0);
    const b = makeBurst(ctx.events - half, 20, 20);
    // Phase two also sends three GuardDuty findings to each phase-one channel: posts to channels whose digests are being updated.
    const extra = a.accounts.flatMap((account) => Array.from({ length: 3 }, () => finding(randomBytes(16).toString('hex'), account, new Date())));
    const ids = new Set([...a.ids, ...b.ids, ...extra.map((f) => f.id)]);
    const world = await World.create(this.name, { redis: { aof: true }, config: burstConfig([...a.accounts, ...b.accounts]) });
    try {
      const serve = await world.start('serve', 'serve');
      const worker = await world.start('worker', 'worker-1');
      const storm = ctx.stormSeconds * 1000;
      const t0 = performance.now();
      const fiveXX = world.slackProxy.inject({ name: '5xx storm', match: chat, forMs: storm, respond: () => ({ status: [500, 502, 503][Math.floor(Math.random() * 3)]!, headers: { 'content-type': 'text/plain' }, body: 'upstream error' }) });
      await world.send(a.messages);
      await sleep(storm);
      const phase2 = Date.now();
      let n = 0;
      const updates = world.slackProxy.inject({ name: 'chat.update 429', match: (r) => r.operation === 'chat.update', forMs: storm / 2, respond: () => ratelimited(10) });
      const posts = world.slackProxy.inject({ name: 'chat.postMessage 429', match: (r) => r.operation === 'chat.postMessage' && ++n % 3 === 0, forMs: storm / 2, respond: () => ratelimited(1) });
      await world.send([...extra.map((f) => eventBridge({ finding: f })), ...b.messages]);
      const stormEnd = phase2 + storm / 2;
      await sleep(Math.max(0, stormEnd - Date.now()));
      const endAt = performance.now();
      const { ledger, completeAt, settled } = await settle(world, ids);
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - endAt) / 100) / 10) : undefined;

      // Retry-After honoured: after a 429 the same method to the same channel waits at least that long.
      let early = 0;
      const log = world.slackProxy.log;
      for (const [i, e] of log.entries()) {
        if (e.status !== 429) continue;
        const wait = e.fault === 'chat.update 429' ? 10_000 : 1_000;
        const ch = channelOf(e.body);
        const next = log.slice(i + 1).find((x) => x.operation === e.operation && channelOf(x.body) === ch);
        if (next && next.at - e.at < wait - 100) early += 1;
      }
      // Posts that reached Slack in a channel while chat.update there was waiting out a 429.
      const updateHolds = log.filter((e) => e.fault === 'chat.update 429').map((e) => ({ channel: channelOf(e.body), from: e.at, until: e.at + 10_000 }));
      const postsWhileUpdatesLimited = world.slack.okCallsTo('chat.postMessage').filter((c) => updateHolds.some((h) => h.channel === c.body.channel && c.at > h.from && c.at < h.until)).length;
      const failed = Number(await world.redisClient().hlen(`${world.prefix}:srm:failed-posts`));
      ctx.log(`faults answered: ${fiveXX.hits} 5xx in ${ctx.stormSeconds} s, then ${updates.hits} chat.update 429 (Retry-After 10 s) and ${posts.hits} chat.postMessage 429 (Retry-After 1 s) in ${ctx.stormSeconds / 2} s`);
      ctx.log(`chat.postMessage accepted in a channel while its chat.update waited out a 429: ${postsWhileUpdatesLimited}; calls sooner than Retry-After: ${early}; failed set: ${failed}`);
      ctx.log(describeLedger(ledger));
      ctx.log(`settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(ledger, recover),
        checks: [
          check('srm serve and srm worker ride the storms out', serve.alive && worker.alive),
          check('the storms were answered (5xx, and 429 on both methods)', fiveXX.hits > 0 && updates.hits > 0 && posts.hits > 0, `${fiveXX.hits} / ${updates.hits} / ${posts.hits}`),
          check('every Retry-After waited out for its method and channel', early === 0, `${early} calls came sooner`),
          check('chat.postMessage keeps flowing in a channel while chat.update there waits out a 429', postsWhileUpdatesLimited > 0, `${postsWhileUpdatesLimited} posts`),
          check('nothing left in the failed set', failed === 0, `${failed} failed posts`),
          ...invariantChecks(ledger, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
