import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../commands/audit.js';
import type { AuditEntry } from '../../src/audit/log.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import type { AlertsPort } from '../../src/router/lifecycle.js';
import { validateMessage } from '../../src/slack/block-limits.js';
import type { CommandContext } from '../../src/slack/define-command.js';

const entries: AuditEntry[] = [
  { id: '1-0', time: '2026-11-23T10:00:00.000Z', user: 'U0000ALICE1', action: 'remediation-request', target: 'iam:UpdateAccessKey on access key AKIA… in 123456789012/us-east-1', outcome: 'pending-approval' },
  { id: '2-0', time: '2026-11-23T10:01:00.000Z', user: 'U0000MALLRY', action: 'refusal', target: 'alert 0123', outcome: 'refused', detail: 'not granted by the remediation config' },
];

function ctx(text: string, port?: Partial<AlertsPort>): CommandContext {
  return {
    input: { text, userId: 'U0000USER1', channelId: 'C0000CHAN1' },
    deps: { logger: silentLogger(), ...(port ? { alerts: port as AlertsPort } : {}) },
    logger: silentLogger(),
    respond: async () => undefined,
  };
}

describe('/srm audit', () => {
  it('shows the latest entries: time, user, action, target, outcome and why', async () => {
    let asked = 0;
    const reply = await auditCommand.handle(ctx('', { audit: async (n) => ((asked = n ?? 0), entries) }));
    expect(asked).toBe(20);
    expect(validateMessage(reply!)).toEqual([]);
    const text = JSON.stringify(reply!.blocks);
    expect(text).toContain('<@U0000ALICE1> *remediation-request* iam:UpdateAccessKey on access key');
    expect(text).toContain('`pending-approval`');
    expect(text).toContain('*refusal*');
    expect(text).toContain('(not granted by the remediation config)');
    expect(text).toContain('srm audit --since 7d');
  });

  it('takes how many (1-100), and says when no workers run', async () => {
    let asked = 0;
    await auditCommand.handle(ctx('50', { audit: async (n) => ((asked = n ?? 0), []) }));
    expect(asked).toBe(50);
    await expect(auditCommand.handle(ctx('500', { audit: async () => [] }))).rejects.toBeInstanceOf(UsageError);
    await expect(auditCommand.handle(ctx('all', { audit: async () => [] }))).rejects.toBeInstanceOf(UsageError);
    expect((await auditCommand.handle(ctx('')))!.text).toMatch(/not available/);
  });
});
