import { describe, expect, it } from 'vitest';
import { createRequest, getRequest, markDone, newRequestId, parseSubjectKey, requestIdPattern, requestKeys, subjectKey, transition, type RequestDoc } from '../../src/remediations/approval-store.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);
const scope = { redis, prefix };

const doc = (id = newRequestId(), ref = '0123456789abcdef01234567'): RequestDoc => ({
  id,
  subject: { kind: 'alert', ref },
  offer: { id: 'ec2-revoke-open-ingress', target: { account: '123456789012', region: 'eu-west-1', resource: 'sg-0123', params: { groupId: 'sg-0123' } } },
  title: 'Revoke',
  call: 'ec2:RevokeSecurityGroupIngress',
  preview: 'ec2:RevokeSecurityGroupIngress GroupId=sg-0123',
  approval: 'single',
  requestedBy: 'U0000ALICE1',
  requestedAt: new Date().toISOString(),
  target: 'alert x',
});

describe('remediation requests', () => {
  it('one live request per subject + remediation: a second confirmation gets the first one back', async () => {
    const a = doc();
    expect(await createRequest(scope, a, 'queued')).toEqual({ created: true, id: a.id });
    const b = doc();
    expect(await createRequest(scope, b, 'queued')).toEqual({ created: false, id: a.id });
    expect(await getRequest(scope, b.id)).toBeUndefined();
  });

  it('transitions are compare-and-set: only one of two approvers wins; an ended request frees the slot', async () => {
    const a = doc(newRequestId(), '11111111111111111111aaaa');
    await createRequest(scope, a, 'pending-approval');
    const r = (await getRequest(scope, a.id))!;
    const [x, y] = await Promise.all([
      transition(scope, r, ['pending-approval'], 'queued', { approvedBy: 'U0000BOB001' }),
      transition(scope, r, ['pending-approval'], 'queued', { approvedBy: 'U0000CAROL1' }),
    ]);
    expect([x.outcome, y.outcome].sort()).toEqual(['conflict', 'ok']);
    expect(await transition(scope, r, ['pending-approval'], 'expired')).toEqual({ outcome: 'conflict', state: 'queued' });
    expect(await createRequest(scope, doc(newRequestId(), '11111111111111111111aaaa'), 'queued')).toMatchObject({ created: false });
    await transition(scope, r, ['queued'], 'running');
    await transition(scope, r, ['running'], 'failed', { summary: 'AccessDenied' });
    expect(await redis.exists(requestKeys(prefix).active(r.subject, r.offer.id))).toBe(0);
    expect(await createRequest(scope, doc(newRequestId(), '11111111111111111111aaaa'), 'queued')).toMatchObject({ created: true });
    expect(await transition(scope, { ...r, id: newRequestId() }, ['queued'], 'running')).toEqual({ outcome: 'gone' });
  });

  it('remembers side effects done, so a retried job does each once', async () => {
    const a = doc(newRequestId(), '22222222222222222222bbbb');
    await createRequest(scope, a, 'queued');
    await markDone(scope, a.id, 'result-posted');
    expect((await getRequest(scope, a.id))!.done.has('result-posted')).toBe(true);
  });

  it('subject references and request ids carry only well-formed ids', () => {
    expect(parseSubjectKey(subjectKey({ kind: 'alert', ref: '0123456789abcdef01234567' }))).toEqual({ kind: 'alert', ref: '0123456789abcdef01234567' });
    expect(parseSubjectKey(subjectKey({ kind: 'check', runId: 'r-mhx0k2a1-0a1b2c3d', key: '0123456789abcdef01234567' }))).toMatchObject({ kind: 'check' });
    for (const bad of ['a:../../x', 'c:run:not-hex', 'x:0123456789abcdef01234567', '']) expect(parseSubjectKey(bad)).toBeUndefined();
    expect(requestIdPattern.test(newRequestId())).toBe(true);
    expect(requestIdPattern.test('rq-1; DROP')).toBe(false);
  });
});
