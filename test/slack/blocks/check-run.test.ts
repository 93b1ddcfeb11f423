import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunMeta } from '../../../src/checks/progress.js';
import type { Change, ResultWithChange } from '../../../src/checks/results-store.js';
import type { CheckResult, CheckStatus } from '../../../src/checks/types.js';
import { validateBlocks } from '../../../src/slack/block-limits.js';
import { countResults, renderRunProgress, renderRunResults, type RenderContext } from '../../../src/slack/blocks/check-run.js';
import { actionIds } from '../../../src/slack/ids.js';
import { remediations } from '../../../remediations/index.js';
import { parseSubjectKey } from '../../../src/remediations/approval-store.js';
import { checkResultKey } from '../../../src/router/offers.js';

const meta: RunMeta = {
  runId: 'r-test-0001',
  origin: 'command',
  selection: { selectors: ['all'] },
  checkIds: ['iam-root-mfa-enabled', 'iam-console-users-mfa', 's3-bucket-public-access', 'iam-password-policy'],
  accounts: ['123456789012', '210987654321'],
  total: 8,
  createdAt: '2026-11-23T08:00:00.000Z',
  requestedBy: 'U0123ABCD',
};

const ctx: RenderContext = {
  checkInfo: (id) => ({ remediation: `Remediation for ${id}`, why: 'why' }),
  areaName: (id) => `Area ${id}`,
};

function r(check: string, area: string, status: CheckStatus, resource: string, change: Change = 'unchanged', severity: CheckResult['severity'] = 'high'): ResultWithChange {
  return {
    result: { check, title: `Title ${check}`, area, owner: 'customer', controls: [], account: '123456789012', region: 'global', resource, status, detail: `detail of ${resource}`, severity },
    change,
    previousStatus: null,
    previousAt: null,
  };
}

function text(blocks: unknown[]): string {
  return JSON.stringify(blocks);
}

describe('renderRunProgress', () => {
  it('says how many checks, accounts and targets are done', () => {
    const m = renderRunProgress(meta, 3);
    expect(m.text).toBe('Running 4 checks in 2 accounts… 3 of 8 done');
    expect(validateBlocks(m.blocks, 'message')).toEqual([]);
  });
});

describe('renderRunResults', () => {
  const results = [
    r('iam-password-policy', 'iam', 'pass', '123456789012'),
    r('iam-console-users-mfa', 'iam', 'fail', 'arn:aws:iam::123456789012:user/alice', 'newly-failing', 'high'),
    r('iam-console-users-mfa', 'iam', 'fail', 'arn:aws:iam::123456789012:user/bob', 'still-failing', 'high'),
    r('iam-root-mfa-enabled', 'root-account', 'fail', '123456789012', 'still-failing', 'critical'),
    r('s3-bucket-public-access', 'resource-policies', 'error', '123456789012'),
    r('iam-root-mfa-enabled', 'root-account', 'pass', '210987654321', 'fixed', 'critical'),
  ];
  const m = renderRunResults({ meta, results, gone: [], finishedAt: '2026-11-23T08:01:00.000Z', rerunValue: JSON.stringify(meta.selection) }, ctx);
  const blocks = m.blocks as Array<{ type: string; text?: { text: string }; elements?: Array<{ action_id?: string; value?: string }> }>;

  it('is valid Block Kit within limits', () => {
    expect(validateBlocks(m.blocks, 'message')).toEqual([]);
  });

  it('puts failures first, grouped by area (most severe area first) with the customer action', () => {
    const sectionTexts = blocks.filter((b) => b.type === 'section').map((b) => b.text!.text);
    const rootArea = sectionTexts.findIndex((t) => t.startsWith('*Area root-account*'));
    const iamArea = sectionTexts.findIndex((t) => t.startsWith('*Area iam*'));
    const errors = sectionTexts.findIndex((t) => t.includes('Could not check'));
    expect(rootArea).toBeGreaterThan(0);
    expect(iamArea).toBeGreaterThan(rootArea);
    expect(errors).toBeGreaterThan(iamArea);
    const iamFailures = sectionTexts[iamArea + 1]!;
    expect(iamFailures).toContain('Title iam-console-users-mfa');
    expect(iamFailures).toContain('2 resources');
    expect(iamFailures).toContain('*What to do:* Remediation for iam-console-users-mfa');
    // the newly failing resource is listed first and marked
    expect(iamFailures.indexOf('user/alice')).toBeLessThan(iamFailures.indexOf('user/bob'));
    expect(iamFailures).toMatch(/user\/alice.*newly failing/);
    expect(iamFailures.split('\n').find((l) => l.includes('user/bob'))).not.toContain('newly failing');
  });

  it('shows what was fixed, what could not be checked, and counts passes', () => {
    const all = text(m.blocks);
    expect(all).toContain('Fixed since the last run');
    expect(all).toContain('Could not check');
    expect(m.text).toContain('3 failing results');
    expect(countResults(results)).toEqual({ fail: 3, error: 1, pass: 2, newlyFailing: 1, fixed: 1 });
    expect(all).toContain('since the last run: 1 newly failing, 1 fixed');
  });

  it('ends with a Re-run button carrying the selection', () => {
    const last = blocks.at(-1)!;
    expect(last.type).toBe('actions');
    expect(last.elements![0]).toMatchObject({ action_id: actionIds.checkRerun, value: '{"selectors":["all"]}' });
  });

  it('escapes untrusted resource text', () => {
    const evil = renderRunResults({ meta, results: [r('iam-console-users-mfa', 'iam', 'fail', '<!channel> <https://evil.example.com|x>')], gone: [], finishedAt: 'now' }, ctx);
    expect(text(evil.blocks)).not.toContain('<!channel>');
    expect(text(evil.blocks)).not.toContain('<https://evil');
  });

  it('stays within 50 blocks and 3000 characters per section for any number of results', () => {
    const status = fc.constantFrom<CheckStatus>('pass', 'fail', 'error');
    const change = fc.constantFrom<Change>('newly-failing', 'still-failing', 'fixed', 'unchanged', 'new');
    const item = fc.record({
      check: fc.integer({ min: 0, max: 80 }).map((i) => `check-${i}`),
      area: fc.integer({ min: 0, max: 40 }).map((i) => `area-${i}`),
      status,
      change,
      resource: fc.string({ minLength: 1, maxLength: 300 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 600 }), (items) => {
        const rendered = renderRunResults(
          { meta, results: items.map((i) => r(i.check, i.area, i.status, i.resource, i.change)), gone: [], finishedAt: 'now', rerunValue: '{"selectors":["all"]}' },
          ctx,
        );
        expect(validateBlocks(rendered.blocks, 'message')).toEqual([]);
        const fails = items.filter((i) => i.status === 'fail').length;
        if (fails > 0) expect(rendered.text).toContain(`${fails} failing result`);
      }),
      { numRuns: 60 },
    );
  });

  it('summarises many passes as "and N more passing"', () => {
    const many = Array.from({ length: 300 }, (_, i) => r(`passing-check-with-a-long-name-${i}`, 'iam', 'pass', `res-${i}`));
    const rendered = renderRunResults({ meta, results: many, gone: [], finishedAt: 'now' }, ctx);
    expect(validateBlocks(rendered.blocks, 'message')).toEqual([]);
    expect(text(rendered.blocks)).toMatch(/and \d+ more passing/);
  });
});

describe('renderRunResults: Remediate… per failing resource', () => {
  // a failing result the catalogue can remediate: the remediation's own example, so it breaks when that changes
  const remediable = remediations.flatMap((def) => def.cases.flatMap((c) => ('result' in c && c.expected ? [{ def, result: c.result }] : []))).at(0);

  it('puts a Remediate… button beside each failing resource a remediation applies to, carrying only the run id and the result key', () => {
    expect(remediable, 'a remediation with a check-result case').toBeDefined();
    const { result } = remediable!;
    const other = r('iam-password-policy', 'identity-access', 'fail', 'password-policy-of-the-other-account');
    const message = renderRunResults({ meta, results: [{ result, change: 'newly-failing', previousStatus: 'pass', previousAt: null }, other], gone: [], finishedAt: '2026-11-23T08:01:00.000Z' }, ctx);
    expect(validateBlocks(message.blocks, 'message')).toEqual([]);
    const buttons = message.blocks.flatMap((b) => (b.type === 'section' && b.accessory ? [b.accessory as { action_id: string; value: string; text: { text: string } }] : []));
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toMatchObject({ action_id: actionIds.checkRemediate, text: { text: 'Remediate…' }, value: `c:${meta.runId}:${checkResultKey(result)}` });
    expect(parseSubjectKey(buttons[0]!.value)).toEqual({ kind: 'check', runId: meta.runId, key: checkResultKey(result) });
    // the resource is named on the button's own line, not also as a bullet of its check
    expect(text(message.blocks)).toContain(`↳ \``);
    expect(text(message.blocks)).not.toContain(`• \`${result.resource.slice(0, 30)}`);
  });

  it('offers no button where no remediation applies, or when the renderer is told so', () => {
    const { result } = remediable!;
    const none = renderRunResults({ meta, results: [{ result, change: 'unchanged', previousStatus: null, previousAt: null }], gone: [], finishedAt: 'now' }, { ...ctx, remediable: () => false });
    expect(text(none.blocks)).not.toContain(actionIds.checkRemediate);
  });
});
