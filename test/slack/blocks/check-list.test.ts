import { describe, expect, it } from 'vitest';
import type { CheckSummary } from '../../../src/checks/summary.js';
import { validateBlocks } from '../../../src/slack/block-limits.js';
import { renderCheckList } from '../../../src/slack/blocks/check-list.js';

const summary = (i: number, area: string): CheckSummary => ({
  id: `svc-check-number-${i}`,
  title: `A fairly long title for check number ${i} that says what it verifies`,
  area,
  owner: i % 2 ? 'customer' : 'shared',
  severity: 'medium',
  controls: ['IAM.5', `cis-aws-3.0.0:1.${i}`],
  permissions: [],
  scope: 'global',
});

describe('renderCheckList', () => {
  it('lists id, title, owner and controls grouped by area', () => {
    const m = renderCheckList([summary(1, 'iam'), summary(2, 'root-account')], (id) => `Area ${id}`);
    expect(validateBlocks(m.blocks, 'message')).toEqual([]);
    const all = JSON.stringify(m.blocks);
    expect(all).toContain('`svc-check-number-1`');
    expect(all).toContain('cis-aws-3.0.0:1.2');
    expect(all).toContain('*Area iam*');
    expect(all.indexOf('Area iam')).toBeLessThan(all.indexOf('Area root-account'));
  });

  it('stays under 50 blocks for a large catalogue and says what it left out', () => {
    const many = Array.from({ length: 600 }, (_, i) => summary(i, `area-${i % 70}`));
    const m = renderCheckList(many, (id) => id);
    expect(validateBlocks(m.blocks, 'message')).toEqual([]);
    expect(JSON.stringify(m.blocks)).toMatch(/and \d+ more checks/);
  });
});
