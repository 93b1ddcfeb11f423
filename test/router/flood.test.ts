import { describe, expect, it } from 'vitest';
import { decideFlood, markThreadPosted, readThread } from '../../src/router/flood.js';
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
