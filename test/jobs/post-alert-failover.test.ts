import { afterEach, describe, expect, it } from 'vitest';
import { postAlert, routeAlerts } from '../../jobs/post-alert.js';
import { readDigest } from '../../src/router/digest.js';
import { routerKeys } from '../../src/router/keys.js';
import { createHarness, makeAlert, type Harness } from '../router/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/**
 * A failover can keep the record of a fold (written after it, on the promoted
 * replica) without the fold (acknowledged by the master that died before it
 * replicated it). Taking the digest's keys away while the records stay is
 * that state: the alerts must be folded again when their hand-off runs again.
 */
async function loseDigest(x: Harness, digestId: string): Promise<void> {
  const k = routerKeys(x.runtime.prefix);
  await x.runtime.redis.del(k.digest(digestId), k.digestActors(digestId), k.digestAccounts(digestId), k.digestRegions(digestId), k.digestIds(digestId), k.digestMembers(digestId));
}

async function openDigestId(x: Harness, channel: string, rule: string): Promise<string> {
  const id = await x.runtime.redis.get(routerKeys(x.runtime.prefix).digestOpen(channel, rule));
  if (!id) throw new Error('no digest open');
  return id;
}

describe('digest lines after a failover', () => {
  it('a batch routed again folds its lines again when their records outlived the folds, once each', async () => {
    h = await createHarness({ file: 'post-alert-failover', config: { digest: { threshold: 1, windowSeconds: 60 } }, router: { digestFlushMs: 60_000 } });
    const alerts = Array.from({ length: 6 }, (_, i) => makeAlert({ actor: `arn:aws:iam::123456789012:user/u${i}` }));
    const first = await routeAlerts(h.runtime, alerts);
    expect(first.digested).toBe(5);
    const digestId = await openDigestId(h, 'C0ALERTS1', alerts[0]!.rule);
    expect((await readDigest(h.runtime, digestId))?.count).toBe(5);
    // Run again with everything there: nothing is counted twice.
    await routeAlerts(h.runtime, alerts);
    expect((await readDigest(h.runtime, digestId))?.count).toBe(5);
    await loseDigest(h, digestId);
    const again = await routeAlerts(h.runtime, alerts);
    expect(again.digested).toBe(0);
    const digest = await readDigest(h.runtime, digestId);
    expect(digest?.count).toBe(5);
    expect(digest?.eventIds.sort()).toEqual(alerts.slice(1).map((a) => a.eventId).sort());
  });

  it('a post-alert job run again folds its line again when its record outlived the fold', async () => {
    h = await createHarness({ file: 'post-alert-failover', config: { digest: { threshold: 1, windowSeconds: 60 } }, router: { digestFlushMs: 60_000 } });
    const ctx = { runtime: h.runtime, logger: h.runtime.logger, job: {} as never };
    const [a, b] = [makeAlert({ actor: 'arn:aws:iam::123456789012:user/a' }), makeAlert({ actor: 'arn:aws:iam::123456789012:user/b' })];
    await routeAlerts(h.runtime, [a]);
    const folded = await postAlert.process({ alert: b }, ctx);
    expect(folded).toMatchObject({ outcome: 'digested' });
    const digestId = await openDigestId(h, 'C0ALERTS1', b.rule);
    expect((await readDigest(h.runtime, digestId))?.count).toBe(1);
    expect(await postAlert.process({ alert: b }, ctx)).toEqual(folded);
    expect((await readDigest(h.runtime, digestId))?.count).toBe(1);
    await loseDigest(h, digestId);
    expect(await postAlert.process({ alert: b }, ctx)).toEqual(folded);
    expect((await readDigest(h.runtime, digestId))?.eventIds).toEqual([b.eventId]);
  });
});
