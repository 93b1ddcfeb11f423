import { randomBytes, randomUUID } from 'node:crypto';
import { ledger } from '../lib/accounting.js';
import { channelOf, deniedCall, finding } from '../lib/events.js';
import { signingKey, type ProxiedRequest } from '../lib/fault-proxy.js';
import { check, describeLedger, figuresOf, invariantChecks, settle, type Scenario } from '../lib/scenario.js';
import { secondsSince, sleep } from '../lib/wait.js';
import { World } from '../lib/world.js';

const accounts = { a: '111111111111', b: '222222222222', denied: '333333333333' };
const role = (account: string) => `arn:aws:iam::${account}:role/srm-read`;
const polled = (r: ProxiedRequest) => ['LookupEvents', 'ListFindings', 'GetFindings', 'ListDetectors'].includes(r.operation);
const isGuardDuty = (r: ProxiedRequest) => r.operation !== 'LookupEvents';

/** An AWS error as each protocol carries it: awsJson in the body's __type, restJson (GuardDuty) in x-amzn-errortype. */
function awsError(r: ProxiedRequest, type: string, status: number, message: string): { status: number; headers: Record<string, string>; body: string } {
  if (isGuardDuty(r)) return { status, headers: { 'x-amzn-errortype': type }, body: JSON.stringify({ __type: type, message }) };
  return { status, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ __type: type, message }) };
}

/**
 * Three accounts polled through STS AssumeRole (CloudTrail LookupEvents and
 * GuardDuty every 5 s) while events arrive: for a while every poll call is
 * throttled (ThrottlingException / TooManyRequestsException), then answered
 * 5xx; the third account's AssumeRole is denied until late in the run; and
 * AWS expires every assumed-role key 15 s after issuing it, although the
 * credentials said an hour. The other accounts must keep flowing, the denied
 * one must catch up once its role works, expired keys must be replaced, and
 * every event must be shown exactly once.
 */
/** Events this scenario sends through the pollers (see `total` below). */
const maxPolledEvents = 3000;

export const awsFaults: Scenario = {
  name: 'aws-faults',
  weight: 60,
  summary: 'AWS throttling and 5xx storms, one account whose AssumeRole fails, keys expired early: others flow, all caught up, nothing twice',
  async run(ctx) {
    const config = {
      accounts: Object.values(accounts).map((id) => ({ id, roleArn: role(id), regions: ['us-east-1'] })),
      poll: { seconds: 5, cloudtrail: true, guardduty: true },
      defaultChannel: 'C0FLTDFLT',
      routes: Object.values(accounts).map((account, i) => ({ match: { account }, channel: channelOf(100 + i) })),
      digest: { threshold: 5, windowSeconds: 60 },
    };
    const world = await World.create(this.name, { redis: { aof: true }, config });
    try {
      for (const id of Object.values(accounts)) world.aws.detectors.set(`${id}|us-east-1`, `det${id}`);
      world.aws.deniedRoles.add(role(accounts.denied));
      // AWS considers assumed-role keys expired 15 s after it issued them.
      const issued = new Map<string, number>();
      world.awsProxy.rewrite = (req, res) => {
        if (req.operation === 'AssumeRole') for (const m of res.body.toString('utf8').matchAll(/<AccessKeyId>([^<]+)<\/AccessKeyId>/g)) issued.set(m[1]!, Date.now());
        return res;
      };
      let expired = 0;
      world.awsProxy.gate = (req) => {
        const at = issued.get(signingKey(req));
        if (at === undefined || Date.now() - at < 15_000) return undefined;
        expired += 1;
        return awsError(req, 'ExpiredTokenException', isGuardDuty(req) ? 403 : 400, 'The security token included in the request is expired');
      };

      const serve = await world.start('serve', 'serve');
      const worker = await world.start('worker', 'worker-1');
      const storm = ctx.stormSeconds * 1000;
      const t0 = performance.now();
      const throttled = world.awsProxy.inject({
        name: 'throttling',
        match: polled,
        startInMs: storm * 0.1,
        forMs: storm / 2,
        respond: (r) => (isGuardDuty(r) ? awsError(r, 'TooManyRequestsException', 429, 'Rate exceeded') : awsError(r, 'ThrottlingException', 400, 'Rate exceeded')),
      });
      const fiveXX = world.awsProxy.inject({
        name: '5xx',
        match: polled,
        startInMs: storm * 0.6,
        forMs: storm / 2,
        respond: (r) => awsError(r, Math.random() < 0.5 ? 'InternalFailure' : 'ServiceUnavailable', Math.random() < 0.5 ? 500 : 503, 'injected'),
      });

      // Events arrive over 1.5 storms, evenly across the three accounts; every 25th is a GuardDuty finding.
      const ids = new Map<string, string>();
      const duration = storm * 1.5;
      // LookupEvents answers 2 calls/s of 50 events per account and Region, and every poll re-reads the 5-minute
      // overlap for late deliveries, so one poller keeps up with about 30 events/s of one account-Region (above
      // that, EventBridge -> SQS: the other scenarios). The burst here stays within that: at most 3,000 events.
      const total = Math.min(ctx.events, maxPolledEvents);
      let sent = 0;
      while (sent < total) {
        const due = Math.min(total, Math.ceil(((performance.now() - t0) / duration) * total));
        for (; sent < due; sent++) {
          const account = Object.values(accounts)[sent % 3]!;
          const now = new Date();
          if (sent % 25 === 24) {
            const f = finding(randomBytes(16).toString('hex'), account, now);
            world.aws.findings.push(f as typeof world.aws.findings[number]);
            ids.set(f.id, account);
          } else {
            const id = randomUUID();
            world.aws.cloudTrail.push({ event: deniedCall(id, account, `ci-role-${sent % 4}`, now) as never });
            ids.set(id, account);
          }
        }
        await sleep(200);
      }
      // While the third account's role is denied, the others flow.
      const healthy = new Set([...ids].filter(([, a]) => a !== accounts.denied).map(([id]) => id));
      const deniedIds = new Set([...ids].filter(([, a]) => a === accounts.denied).map(([id]) => id));
      await settle(world, healthy, { timeoutMs: 240_000, stallMs: 60_000, quietMs: 1_000 }).catch(() => undefined);
      const channels = (list: string[]) => new Set(list.map((a) => channelOf(100 + Object.values(accounts).indexOf(a))));
      const beforeFix = { healthy: ledger(world.slack, healthy, channels([accounts.a, accounts.b])), denied: ledger(world.slack, deniedIds, channels([accounts.denied])) };
      const status = await world.redisClient().hget(`${world.prefix}:poll-status`, `cloudtrail|${accounts.denied}|us-east-1`);
      ctx.log(`before the fix, jobs by queue and state: ${JSON.stringify(await world.queueCounts())}`);
      world.aws.deniedRoles.delete(role(accounts.denied));
      const fixedAt = performance.now();
      ctx.log(`${total} events over ${duration / 1000} s; faults answered: ${throttled.hits} throttling, ${fiveXX.hits} 5xx, ${expired} calls with an expired key`);
      ctx.log(`before the denied role was fixed (${secondsSince(t0)} s): healthy accounts ${describeLedger(beforeFix.healthy)}; denied account shown ${beforeFix.denied.posted + beforeFix.denied.threaded + beforeFix.denied.digested}`);
      const all = new Set(ids.keys());
      // The denied account's events are read by its next polls: the queues are idle until then, which is not done.
      const { ledger: l, completeAt, settled } = await settle(world, all, { timeoutMs: 300_000, stallMs: 90_000, untilComplete: true });
      const recover = completeAt !== undefined ? Math.max(0, Math.round((completeAt - fixedAt) / 100) / 10) : undefined;
      const assumeRoles = (account: string) => world.aws.calls('AssumeRole').filter((c) => (c.body as Record<string, string>).RoleArn === role(account)).length;
      ctx.log(describeLedger(l));
      ctx.log(`AssumeRole calls: ${assumeRoles(accounts.a)} / ${assumeRoles(accounts.b)} / ${assumeRoles(accounts.denied)}; settled ${settled ? 'yes' : 'no'} after ${secondsSince(t0)} s`);
      return {
        figures: figuresOf(l, recover),
        checks: [
          check('srm serve and srm worker still run', serve.alive && worker.alive),
          check('the faults were answered (throttling, 5xx, expired keys)', throttled.hits > 0 && fiveXX.hits > 0 && expired > 0, `${throttled.hits} / ${fiveXX.hits} / ${expired}`),
          check('the other accounts flowed while one AssumeRole was denied', beforeFix.healthy.lost === 0 && beforeFix.healthy.duplicates === 0, describeLedger(beforeFix.healthy)),
          check('nothing of the denied account was shown before its role worked', beforeFix.denied.posted + beforeFix.denied.threaded + beforeFix.denied.digested === 0),
          check('the poll status names the denied account\'s AccessDenied', /AccessDenied/.test(status ?? ''), (status ?? 'no status').slice(0, 160)),
          check('expired keys were replaced (AssumeRole called again)', assumeRoles(accounts.a) > 1 && assumeRoles(accounts.b) > 1, `${assumeRoles(accounts.a)} and ${assumeRoles(accounts.b)} calls`),
          ...invariantChecks(l, world),
        ],
      };
    } finally {
      await world.close();
    }
  },
};
