import { describe, expect, it } from 'vitest';
import { decideFlood, decideFloodMany, markThreadPosted, readThread, type FloodDecision } from '../../src/router/flood.js';
import { useTestRedis } from '../helpers/redis.js';
import { makeAlert } from './harness.js';

const { redis, prefix } = useTestRedis(import.meta.url);

describe('decideFlood', () => {
  it('posts the first alert of an actor, threads its repeats, and digests past the threshold', async () => {
    const scope = { redis, prefix };
    const opts = { threshold: 3, windowSeconds: 60 };
    const actor = 'arn:aws:iam::123456789012:user/alice';
    const d1 = await decideFlood(scope, makeAlert({ rule: 'r-a', actor }), 'C1', opts);
    const d2 = await decideFlood(scope, makeAlert({ rule: 'r-a', actor }), 'C1', opts);
    const d3 = await decideFlood(scope, makeAlert({ rule: 'r-a', actor: 'arn:aws:iam::123456789012:user/bob' }), 'C1', opts);
    const d4 = await decideFlood(scope, makeAlert({ rule: 'r-a', actor }), 'C1', opts);
    const d5 = await decideFlood(scope, makeAlert({ rule: 'r-a', actor: null }), 'C1', opts);
    expect(d1).toEqual({ kind: 'post', threadParent: true });
    expect(d2).toEqual({ kind: 'thread', count: 2 });
    expect(d3).toEqual({ kind: 'post', threadParent: true });
    expect(d4.kind === 'digest' && d4.opened).toBe(true);
    expect(d5.kind === 'digest' && !d5.opened && d4.kind === 'digest' && d5.digestId === d4.digestId).toBe(true);
  });

  it('keeps channels and rules apart, and agrees under concurrency (one digest opened)', async () => {
    const scope = { redis, prefix };
    const opts = { threshold: 5, windowSeconds: 60 };
    const decisions = await Promise.all(Array.from({ length: 50 }, (_, i) => decideFlood(scope, makeAlert({ rule: 'r-b', actor: `u${i}` }), 'C2', opts)));
    expect(decisions.filter((d) => d.kind === 'post')).toHaveLength(5);
    expect(decisions.filter((d) => d.kind === 'digest' && d.opened)).toHaveLength(1);
    expect(new Set(decisions.flatMap((d) => (d.kind === 'digest' ? [d.digestId] : []))).size).toBe(1);
    const other = await decideFlood(scope, makeAlert({ rule: 'r-b', actor: 'u0' }), 'C3', opts);
    expect(other).toEqual({ kind: 'post', threadParent: true });
  });

  it('records the thread parent once posted', async () => {
    const scope = { redis, prefix };
    const alert = makeAlert({ rule: 'r-c', actor: 'carol' });
    await decideFlood(scope, alert, 'C4', { threshold: 10, windowSeconds: 60 });
    expect((await readThread(scope, 'C4', 'r-c', 'carol'))?.state).toBe('pending');
    await markThreadPosted(scope, alert, 'C4', '1795451734.000001');
    expect(await readThread(scope, 'C4', 'r-c', 'carol')).toMatchObject({ state: 'posted', ts: '1795451734.000001', count: 1 });
  });
});

describe('decideFloodMany', () => {
  /** A decision without the digest's random id (whether digests match is checked apart). */
  const shape = (d: FloodDecision) => (d.kind === 'digest' ? { kind: d.kind, opened: d.opened } : d);

  it('decides what one decideFlood per alert, in order, decides: posts, threads, principal folds and digests', async () => {
    const opts = { threshold: 3, windowSeconds: 60, threadWindowSeconds: 600, principalWindowSeconds: 600 };
    const role = 'arn:aws:sts::123456789012:assumed-role/ci/session';
    const batch = (channel: string) => [
      { alert: makeAlert({ rule: 'r-m', actor: role }), channel },
      { alert: makeAlert({ rule: 'r-m', actor: role }), channel },
      { alert: makeAlert({ rule: 'r-n', actor: role, source: 'guardduty' }), channel },
      { alert: makeAlert({ rule: 'r-m', actor: null }), channel },
      { alert: makeAlert({ rule: 'r-m', actor: 'arn:aws:iam::123456789012:user/dave' }), channel },
      { alert: makeAlert({ rule: 'r-m', actor: role }), channel },
      { alert: makeAlert({ rule: 'r-m', actor: null }), channel },
    ];
    const one: FloodDecision[] = [];
    for (const { alert, channel } of batch('C-one')) one.push(await decideFlood({ redis, prefix }, alert, channel, opts));
    const many = await decideFloodMany({ redis, prefix }, batch('C-many'), opts);
    expect(many.map(shape)).toEqual(one.map(shape));
    expect(many.map((d) => d.kind)).toEqual(['post', 'thread', 'fold', 'post', 'digest', 'digest', 'digest']);
    const ids = new Set(many.flatMap((d) => (d.kind === 'digest' ? [d.digestId] : [])));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[\w-]{1,80}$/);
  });

  it('gives each channel and rule whose digest opens in one batch its own digest', async () => {
    const opts = { threshold: 1, windowSeconds: 60 };
    const alerts = ['C-x', 'C-y', 'C-x', 'C-y', 'C-x'].map((channel, i) => ({ alert: makeAlert({ rule: 'r-o', actor: `u${i}` }), channel }));
    const d = await decideFloodMany({ redis, prefix }, alerts, opts);
    expect(d.map((x) => x.kind)).toEqual(['post', 'post', 'digest', 'digest', 'digest']);
    const id = (x: FloodDecision) => (x.kind === 'digest' ? x.digestId : '');
    expect(id(d[2]!)).not.toBe(id(d[3]!));
    expect(id(d[4]!)).toBe(id(d[2]!));
    // a later batch finds the open digest
    const later = await decideFloodMany({ redis, prefix }, [{ alert: makeAlert({ rule: 'r-o', actor: 'u9' }), channel: 'C-y' }], opts);
    expect(later[0]).toEqual({ kind: 'digest', digestId: id(d[3]!), opened: false });
  });
});
