import { describe, expect, it } from 'vitest';
import { rulesCommand } from '../../commands/rules.js';
import { rules } from '../../rules/index.js';
import { UsageError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { renderRuleList } from '../../src/rules/list-blocks.js';
import type { RuleSummary } from '../../src/rules/summary.js';
import { validateBlocks } from '../../src/slack/block-limits.js';

const run = (text: string) =>
  rulesCommand.handle({
    input: { text, userId: 'U0000USER1', channelId: 'C0000CHAN1' },
    deps: { logger: silentLogger() },
    logger: silentLogger(),
    respond: async () => undefined,
  });

describe('/srm rules', () => {
  it('lists every rule with its severity, source and controls, grouped by area, within Block Kit limits', async () => {
    const reply = await run('');
    expect(reply?.responseType).toBe('ephemeral');
    expect(validateBlocks(reply?.blocks, 'message')).toEqual([]);
    const all = JSON.stringify(reply?.blocks);
    for (const r of rules) {
      expect(all).toContain(`\`${r.id}\``);
      expect(all).toContain(r.area);
    }
    expect(all).toContain('CloudWatch.1, cis-aws-1.2.0:1.1');
    expect(all).toContain('ATT&amp;CK T1078.004');
    expect(reply?.text).toBe(`${rules.length} detection rules.`);
  });

  it('filters by MITRE ATT&CK technique', async () => {
    const reply = await run('T1552.005');
    expect(reply?.text).toBe('3 detection rules matching "T1552.005".');
    const blocks = JSON.stringify(reply?.blocks);
    expect(blocks).toContain('cloudtrail-ec2-instance-credentials-new-ip');
    expect(blocks).toContain('ATT&amp;CK T1552.005, T1078.004');
  });

  it('filters by control, severity, area or id', async () => {
    const cw = JSON.stringify((await run('CloudWatch.3'))?.blocks);
    expect(cw).toContain('cloudtrail-console-signin-without-mfa');
    expect(cw).not.toContain('cloudtrail-root-account-usage');
    const critical = await run('critical api-logging');
    expect(critical?.text).toBe('1 detection rules matching "critical api-logging".');
    expect(JSON.stringify(critical?.blocks)).toContain('cloudtrail-logging-stopped');
    expect((await run('no-such-rule'))?.text).toBe('0 detection rules matching "no-such-rule".');
  });

  it('rejects filters that are not ids, areas or controls', async () => {
    await expect(run('<!channel>')).rejects.toBeInstanceOf(UsageError);
    await expect(run('x'.repeat(300))).rejects.toBeInstanceOf(UsageError);
  });

  it('stays under 50 blocks however many rules there are, and escapes titles', () => {
    const many: RuleSummary[] = Array.from({ length: 400 }, (_, i) => ({
      id: `cloudtrail-r${i}`,
      title: `<!here> rule ${i}`,
      source: 'cloudtrail',
      severity: 'low',
      area: `area-${i % 60}`,
      controls: ['CloudWatch.1'],
    }));
    const { blocks } = renderRuleList(many);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(validateBlocks(blocks, 'message')).toEqual([]);
    expect(JSON.stringify(blocks)).not.toContain('<!here>');
    expect(JSON.stringify(blocks.at(-1))).toMatch(/more rules/);
  });
});
