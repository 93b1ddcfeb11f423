import { describe, expect, it } from 'vitest';
import { checksCommand } from '../../commands/checks.js';
import type { ChecksPort } from '../../src/checks/check-runs.js';
import { defineCheck, pass, type Check } from '../../src/checks/define-check.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { validateBlocks } from '../../src/slack/block-limits.js';

function fakeCheck(id: string, area: Check['area'], controls: string[]): Check {
  return defineCheck({
    id, title: `Title ${id}`, area, owner: 'customer', severity: 'high', controls, why: 'w', remediation: 'r', permissions: [], scope: 'global',
    async collect() {
      return null;
    },
    evaluate: (_s, ctx) => [pass(ctx.account, 'ok')],
  }) as Check;
}
const catalogue = [fakeCheck('iam-root-mfa-enabled', 'root-account', ['IAM.9']), fakeCheck('cloudtrail-multi-region-logging', 'api-logging', ['CloudTrail.1'])];
const port = { catalogue: () => catalogue } as unknown as ChecksPort;

function ctx(text: string) {
  return { input: { text, userId: 'U0123ABCD', channelId: 'C0123ABCD' }, deps: { logger: silentLogger(), checks: port }, logger: silentLogger(), respond: async () => undefined };
}

describe('/srm checks', () => {
  it('lists every check with its controls', async () => {
    const reply = await checksCommand.handle(ctx(''));
    expect(validateBlocks(reply!.blocks, 'message')).toEqual([]);
    const all = JSON.stringify(reply!.blocks);
    expect(all).toContain('iam-root-mfa-enabled');
    expect(all).toContain('CloudTrail.1');
    expect(reply!.text).toMatch(/^2 checks/);
  });

  it('filters by area or service prefix', async () => {
    const reply = await checksCommand.handle(ctx('cloudtrail'));
    const all = JSON.stringify(reply!.blocks);
    expect(all).toContain('cloudtrail-multi-region-logging');
    expect(all).not.toContain('iam-root-mfa-enabled');
  });

  it('rejects an unknown filter', async () => {
    await expect(checksCommand.handle(ctx('nosuch'))).rejects.toThrow(UsageError);
  });
});
