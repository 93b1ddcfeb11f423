import { describe, expect, it } from 'vitest';
import { decideFlood, type FloodDecision } from '../../src/router/flood.js';
import { routerKeys } from '../../src/router/keys.js';
import { linkablePrincipal, markPrincipalThreadPosted, readPrincipalThread } from '../../src/router/principal-link.js';
import { useTestRedis } from '../helpers/redis.js';
import { makeAlert } from './harness.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const scope = { redis, prefix };
const opts = { threshold: 100, windowSeconds: 60, principalWindowSeconds: 3600 };
const acct = '123456789012';
const alice = `arn:aws:iam::${acct}:user/alice`;
const ct = (actor: string | null, rule = 'cloudtrail-iam-policy-changes') => makeAlert({ source: 'cloudtrail', rule, actor });
const gd = (actor: string | null) => makeAlert({ source: 'guardduty', rule: 'guardduty-finding', actor, eventName: 'Persistence:IAMUser/AnomalousBehavior' });

describe('linkablePrincipal', () => {
  it('names users, roles, root and keys of GuardDuty and CloudTrail alerts, and nothing else', () => {
    expect(linkablePrincipal(ct(alice))).toBe(`${acct}:user/alice`);
    expect(linkablePrincipal(gd(`arn:aws:sts::${acct}:assumed-role/Admin/bob@example.com`))).toBe(`${acct}:role/Admin`);
    expect(linkablePrincipal(ct('root'))).toBe(`${acct}:root`);
    expect(linkablePrincipal(ct(null))).toBeNull();
    expect(linkablePrincipal(ct('lambda.amazonaws.com'))).toBeNull();
    expect(linkablePrincipal(makeAlert({ source: 'check', actor: alice }))).toBeNull();
  });
});

describe('decideFlood with principal threads', () => {
  it('folds the other source about the same principal into the first top-level alert, never the same source', async () => {
    const channel = 'C0LINK001';
    const d1 = await decideFlood(scope, ct(alice), channel, opts);
    const d2 = await decideFlood(scope, gd(alice), channel, opts);
    const d3 = await decideFlood(scope, gd(`arn:aws:iam::${acct}:user/engineering/alice`), channel, opts);
    const d4 = await decideFlood(scope, ct(alice, 'cloudtrail-console-signin-without-mfa'), channel, opts);
    const d5 = await decideFlood(scope, gd(`arn:aws:iam::${acct}:user/bob`), channel, opts);
    expect(d1).toEqual({ kind: 'post', threadParent: true, principalParent: true });
    expect(d2).toEqual({ kind: 'fold', principal: `${acct}:user/alice`, parentSource: 'cloudtrail', linked: 1 });
    // the same user under an IAM path is the same principal
    expect(d3).toEqual({ kind: 'fold', principal: `${acct}:user/alice`, parentSource: 'cloudtrail', linked: 2 });
    // another CloudTrail rule about alice: today's behaviour (its own post, alice's record kept)
    expect(d4).toEqual({ kind: 'post', threadParent: true });
    expect(d5).toEqual({ kind: 'post', threadParent: true, principalParent: true });
    expect(await readPrincipalThread(scope, channel, `${acct}:user/alice`)).toMatchObject({ source: 'cloudtrail', state: 'pending', linked: 2 });
  });

  it('keeps repeats of the same rule by the same actor in their own thread, and channels apart', async () => {
    const channel = 'C0LINK002';
    expect(await decideFlood(scope, gd(alice), channel, opts)).toMatchObject({ kind: 'post', principalParent: true });
    expect(await decideFlood(scope, gd(alice), channel, opts)).toEqual({ kind: 'thread', count: 2 });
    expect(await decideFlood(scope, ct(alice), channel, opts)).toMatchObject({ kind: 'fold', parentSource: 'guardduty', linked: 1 });
    expect(await decideFlood(scope, ct(alice), 'C0LINK003', opts)).toMatchObject({ kind: 'post', principalParent: true });
  });

  it('never folds an alert with no principal, a service, or when the window is 0', async () => {
    const channel = 'C0LINK004';
    await decideFlood(scope, ct(`arn:aws:iam::${acct}:user/carol`), channel, opts);
    expect(await decideFlood(scope, gd(null), channel, opts)).toEqual({ kind: 'post', threadParent: false });
    expect(await decideFlood(scope, gd('ec2.amazonaws.com'), channel, opts)).toEqual({ kind: 'post', threadParent: true });
    const off = { ...opts, principalWindowSeconds: 0 };
    expect(await decideFlood(scope, ct(`arn:aws:iam::${acct}:user/dan`), 'C0LINK005', off)).toEqual({ kind: 'post', threadParent: true });
    expect(await decideFlood(scope, gd(`arn:aws:iam::${acct}:user/dan`), 'C0LINK005', off)).toEqual({ kind: 'post', threadParent: true });
  });

  it('counts an alert decided twice (a retried job) once', async () => {
    const channel = 'C0LINK006';
    await decideFlood(scope, ct(alice), channel, opts);
    const finding = gd(alice);
    await decideFlood(scope, finding, channel, opts);
    expect(await decideFlood(scope, finding, channel, opts)).toMatchObject({ kind: 'fold', linked: 1 });
  });

  it('agrees under concurrency: one parent, every other-source alert folded', async () => {
    const channel = 'C0LINK007';
    const alerts = Array.from({ length: 20 }, (_, i) => (i % 2 ? gd(alice) : ct(alice, `cloudtrail-rule-${i}`)));
    const decisions: FloodDecision[] = await Promise.all(alerts.map((a) => decideFlood(scope, a, channel, opts)));
    const parents = decisions.filter((d) => d.kind === 'post' && d.principalParent);
    expect(parents).toHaveLength(1);
    const parentSource = alerts[decisions.indexOf(parents[0]!)]!.source;
    const folded = decisions.filter((d) => d.kind === 'fold');
    // every alert from the other source is folded; same-source ones post (or thread as repeats)
    expect(folded).toHaveLength(10);
    expect(folded.every((d) => d.kind === 'fold' && d.parentSource === parentSource)).toBe(true);
    expect(folded.map((d) => (d.kind === 'fold' ? d.linked : 0)).sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('records where the parent was posted, only for the alert that opened the record', async () => {
    const channel = 'C0LINK008';
    const parent = ct(alice);
    const other = ct(alice, 'cloudtrail-other');
    await decideFlood(scope, parent, channel, opts);
    await decideFlood(scope, other, channel, opts);
    await markPrincipalThreadPosted(scope, other, channel, '1795451734.000009');
    expect(await readPrincipalThread(scope, channel, `${acct}:user/alice`)).toMatchObject({ state: 'pending' });
    await markPrincipalThreadPosted(scope, parent, channel, '1795451734.000001', 'C0LINK008');
    expect(await readPrincipalThread(scope, channel, `${acct}:user/alice`)).toMatchObject({ state: 'posted', ts: '1795451734.000001', channel: 'C0LINK008' });
  });

  it('forgets the principal after its window', async () => {
    const channel = 'C0LINK009';
    const short = { ...opts, principalWindowSeconds: 1 };
    await decideFlood(scope, ct(alice), channel, short);
    expect(await redis.pttl(routerKeys(prefix).principalThread(channel, `${acct}:user/alice`))).toBeLessThanOrEqual(1000);
    await new Promise((r) => setTimeout(r, 1100));
    expect(await readPrincipalThread(scope, channel, `${acct}:user/alice`)).toBeUndefined();
    expect(await decideFlood(scope, gd(alice), channel, short)).toMatchObject({ kind: 'post', principalParent: true });
  });
});
