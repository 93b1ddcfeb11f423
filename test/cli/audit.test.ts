import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendAudit } from '../../src/audit/log.js';
import { main } from '../../src/cli.js';
import { auditText, parseSince } from '../../src/cli/audit.js';
import { useTestRedis } from '../helpers/redis.js';

const { redis, prefix } = useTestRedis(import.meta.url);

async function runCli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(['node', 'srm', ...args]);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('srm audit', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--json prints one object per line with time, user, action, target, outcome; stdout carries only JSON', async () => {
    await appendAudit({ redis, prefix }, { user: 'U0000ALICE1', action: 'remediation-request', target: 'iam:UpdateAccessKey on k', outcome: 'pending-approval', request: 'rq-1', account: '123456789012' });
    await appendAudit({ redis, prefix }, { user: 'U0000BOB001', action: 'approval', target: 'iam:UpdateAccessKey on k', outcome: 'approved', request: 'rq-1' });
    const { code, stdout, stderr } = await runCli({ SRM_QUEUE_PREFIX: prefix }, 'audit', '--json');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0]!).slice(0, 5)).toEqual(['time', 'user', 'action', 'target', 'outcome']);
    expect(lines[0]).toMatchObject({ user: 'U0000ALICE1', action: 'remediation-request', outcome: 'pending-approval', request: 'rq-1', account: '123456789012' });
    expect(lines[1]).toMatchObject({ user: 'U0000BOB001', action: 'approval', outcome: 'approved' });
    expect(stderr).toBe('2 audit entries\n');
  });

  it('--since keeps later entries only; text mode is one line per entry', async () => {
    const text = await runCli({ SRM_QUEUE_PREFIX: prefix }, 'audit', '--since', '1h');
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(text.stdout).toContain('U0000BOB001  approval  iam:UpdateAccessKey on k  -> approved');
    const future = await runCli({ SRM_QUEUE_PREFIX: prefix }, 'audit', '--json', '--since', new Date(Date.now() + 60_000).toISOString());
    expect(future.stdout).toBe('');
  });

  it('a bad --since is a usage error (exit 3); an unreachable Redis says so (exit 1)', async () => {
    expect((await runCli({ SRM_QUEUE_PREFIX: prefix }, 'audit', '--since', 'yesterday')).code).toBe(3);
    const down = await runCli({ SRM_QUEUE_PREFIX: prefix, REDIS_URL: 'redis://127.0.0.1:1' }, 'audit');
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
  });

  it('parses times and spans; drops control characters from untrusted text', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(parseSince('30m', now).toISOString()).toBe('2026-11-23T11:30:00.000Z');
    expect(parseSince('7d', now).toISOString()).toBe('2026-11-16T12:00:00.000Z');
    expect(parseSince('2026-11-23T10:00:00Z').toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(auditText({ id: '1-0', time: 't', user: 'U1', action: 'refusal', target: 'a\u001b[31mred\u202Eevil', outcome: 'refused' })).not.toMatch(/[\u001b\u202E]/);
  });
});
