import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunMeta } from '../../../src/checks/progress.js';
import type { Change, LatestEntry, ResultWithChange } from '../../../src/checks/results-store.js';
import type { CheckResult, CheckStatus } from '../../../src/checks/types.js';
import { validateBlocks, validateMessage, validateView } from '../../../src/slack/block-limits.js';
import { digestBudget, renderCheckDigest, renderDigestList, renderDigestListMissing, type DigestInput } from '../../../src/slack/blocks/check-digest.js';
import type { RenderContext } from '../../../src/slack/blocks/check-run.js';
import { actionIds, callbackIds } from '../../../src/slack/ids.js';
import { mrkdwnTexts } from '../../helpers/blocks.js';

/*
 * Golden Block Kit for a scheduled run's digest: its first run, a run with
 * changes, a run with none, and one too long for one message. The fixtures
 * carry their own titles and area names, so the snapshots change only when
 * the digest does.
 */

const account = '123456789012';

const checks = {
  'iam-root-mfa-enabled': { title: 'Root user has MFA enabled', area: 'root-account', severity: 'critical' },
  'iam-root-no-access-keys': { title: 'Root user has no access keys', area: 'root-account', severity: 'critical' },
  'iam-console-users-mfa': { title: 'IAM users with a console password have MFA', area: 'iam', severity: 'high' },
  'iam-password-policy': { title: 'IAM password policy is strong (length 14+, reuse prevention 24)', area: 'iam', severity: 'medium' },
  'ec2-security-group-admin-ports': { title: 'No security group opens SSH (22) or RDP (3389) to the internet', area: 'security-groups', severity: 'high' },
  's3-bucket-public-access-block': { title: 'Every S3 bucket has all Block Public Access settings on', area: 'resource-policies', severity: 'high' },
  'guardduty-enabled': { title: 'GuardDuty is enabled in the region', area: 'threat-detection', severity: 'high' },
  'cloudtrail-multi-region-logging': { title: 'A multi-region CloudTrail trail logs all management events', area: 'api-logging', severity: 'high' },
  'kms-key-rotation': { title: 'Customer managed symmetric KMS keys rotate automatically', area: 'key-management', severity: 'medium' },
} as const satisfies Record<string, { title: string; area: string; severity: CheckResult['severity'] }>;
type CheckId = keyof typeof checks;

const areaNames: Record<string, string> = {
  'root-account': 'Root user credentials',
  iam: 'Identity and access management',
  'security-groups': 'Network access (security groups)',
  'resource-policies': 'Resource policies and public access',
  'threat-detection': 'Threat detection',
  'api-logging': 'API activity logging',
  'key-management': 'Key management',
};

const ctx: RenderContext = {
  checkInfo: (id) => ({ remediation: `Fix ${id} as its check says.` }),
  areaName: (id) => areaNames[id] ?? id,
};

function result(check: CheckId, status: CheckStatus, resource: string, detail: string, region = 'global'): CheckResult {
  const c = checks[check];
  return { check, title: c.title, area: c.area, owner: 'customer', controls: [], account, region, resource, status, detail, severity: c.severity };
}

function item(check: CheckId, status: CheckStatus, resource: string, detail: string, change: Change, previousStatus: CheckStatus | null, region = 'global'): ResultWithChange {
  return { result: result(check, status, resource, detail, region), change, previousStatus, previousAt: previousStatus ? '2026-11-22T08:00:00.000Z' : null };
}

const meta: RunMeta = {
  runId: 'r-mhz1k2-0a1b2c3d',
  origin: 'schedule',
  scheduleId: 'daily-checks',
  selection: { selectors: ['all'] },
  checkIds: Object.keys(checks),
  accounts: [account],
  total: 12,
  createdAt: '2026-11-23T08:00:00.000Z',
};

const user = (name: string) => `arn:aws:iam::${account}:user/${name}`;
const sg = (n: number) => `arn:aws:ec2:eu-west-1:${account}:security-group/sg-0${String(n).padStart(16, '0')}`;
const passes: ResultWithChange[] = [
  item('cloudtrail-multi-region-logging', 'pass', 'arn:aws:cloudtrail:eu-west-1:123456789012:trail/org-trail', 'multi-region, logging, all management events', 'unchanged', 'pass', 'eu-west-1'),
  item('kms-key-rotation', 'pass', `arn:aws:kms:eu-west-1:${account}:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`, 'rotation enabled', 'unchanged', 'pass', 'eu-west-1'),
];
const noGuardDuty = 'could not check: AccessDeniedException; needs guardduty:ListDetectors, guardduty:GetDetector';

function input(results: ResultWithChange[], options: { gone?: LatestEntry[]; firstRun?: boolean } = {}): DigestInput {
  return { meta, results, gone: options.gone ?? [], firstRun: options.firstRun ?? false, finishedAt: '2026-11-23T08:01:30.000Z' };
}

const firstRun = input(
  [
    item('iam-root-mfa-enabled', 'fail', account, 'the root user has no MFA device', 'newly-failing', null),
    item('iam-root-no-access-keys', 'fail', account, 'the root user has an active access key (AKIA…7EXAMPLE)', 'newly-failing', null),
    item('iam-console-users-mfa', 'fail', user('alice'), 'console password, no MFA device', 'newly-failing', null),
    item('iam-password-policy', 'fail', account, 'no password policy is set', 'newly-failing', null),
    item('ec2-security-group-admin-ports', 'fail', sg(1), '22/tcp open to 0.0.0.0/0', 'newly-failing', null, 'eu-west-1'),
    item('guardduty-enabled', 'error', account, noGuardDuty, 'new', null, 'eu-west-1'),
    ...passes.map((p) => ({ ...p, change: 'new' as const, previousStatus: null, previousAt: null })),
  ],
  { firstRun: true },
);

const withChanges = input(
  [
    item('iam-root-mfa-enabled', 'pass', account, 'the root user has an MFA device', 'fixed', 'fail'),
    item('iam-root-no-access-keys', 'fail', account, 'the root user has an active access key (AKIA…7EXAMPLE)', 'still-failing', 'fail'),
    item('iam-console-users-mfa', 'fail', user('alice'), 'console password, no MFA device', 'still-failing', 'fail'),
    item('iam-console-users-mfa', 'fail', user('carol'), 'console password, no MFA device', 'newly-failing', 'pass'),
    item('iam-password-policy', 'fail', account, 'no password policy is set', 'still-failing', 'fail'),
    item('s3-bucket-public-access-block', 'fail', 'arn:aws:s3:::example-reports', 'BlockPublicPolicy and RestrictPublicBuckets are off', 'newly-failing', 'pass', 'eu-west-1'),
    item('ec2-security-group-admin-ports', 'fail', sg(1), '22/tcp open to 0.0.0.0/0', 'still-failing', 'fail', 'eu-west-1'),
    item('guardduty-enabled', 'error', account, noGuardDuty, 'unchanged', 'error', 'eu-west-1'),
    ...passes,
  ],
  { gone: [{ result: result('iam-console-users-mfa', 'fail', user('bob'), 'console password, no MFA device'), at: '2026-11-22T08:01:00.000Z', runId: 'r-mhx0a0-99887766' }] },
);

const noChanges = input([
  item('iam-root-no-access-keys', 'fail', account, 'the root user has an active access key (AKIA…7EXAMPLE)', 'still-failing', 'fail'),
  item('iam-console-users-mfa', 'fail', user('alice'), 'console password, no MFA device', 'still-failing', 'fail'),
  item('ec2-security-group-admin-ports', 'fail', sg(1), '22/tcp open to 0.0.0.0/0', 'still-failing', 'fail', 'eu-west-1'),
  item('guardduty-enabled', 'error', account, noGuardDuty, 'unchanged', 'error', 'eu-west-1'),
  ...passes,
]);

const regions = ['eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ap-south-1', 'ap-northeast-1', 'sa-east-1', 'ca-central-1'];
const tooLong = input([
  item('iam-root-no-access-keys', 'fail', account, 'the root user has an active access key (AKIA…7EXAMPLE)', 'still-failing', 'fail'),
  ...Array.from({ length: 40 }, (_, i) => item('ec2-security-group-admin-ports', 'fail', sg(i + 1), `${i % 2 ? '3389' : '22'}/tcp open to 0.0.0.0/0`, i < 3 ? 'newly-failing' : 'still-failing', i < 3 ? 'pass' : 'fail', regions[i % regions.length])),
  ...Array.from({ length: 20 }, (_, i) => item('iam-console-users-mfa', 'fail', user(`user-${String(i + 1).padStart(2, '0')}`), 'console password, no MFA device', 'still-failing', 'fail')),
  ...Array.from({ length: 12 }, (_, i) => item('iam-password-policy', 'pass', `${account}-${i}`, 'policy meets the bar', 'fixed', 'fail')),
  ...regions.map((region, i) =>
    item('guardduty-enabled', 'error', account, i % 3 === 0 ? 'could not check: ThrottlingException (throttled): Rate exceeded' : noGuardDuty, 'unchanged', 'error', region),
  ),
  ...Array.from({ length: 11 }, (_, i) => item('kms-key-rotation', 'error', account, `could not check: AccessDeniedException; needs kms:ListKeys (${i})`, 'unchanged', 'error', regions[i]!)),
  ...passes,
]);

function sections(blocks: unknown[]): string[] {
  return (blocks as Array<{ type: string; text?: { text: string } }>).filter((b) => b.type === 'section').map((b) => b.text!.text);
}

describe('renderCheckDigest: golden Block Kit', () => {
  it.each([
    ['a first run', firstRun],
    ['a run with changes', withChanges],
    ['a run with no changes', noChanges],
    ['a run too long for one message', tooLong],
  ])('%s', (_name, digest) => {
    const message = renderCheckDigest(digest, ctx);
    expect(validateMessage(message)).toEqual([]);
    expect(message).toMatchSnapshot();
  });
});

describe('renderCheckDigest', () => {
  it('on a first run says so, counts every failure as new and names each failing check, resource and owner', () => {
    const m = renderCheckDigest(firstRun, ctx);
    expect(m.text).toContain('first run of this schedule: 5 failing, all new; 4 alerts raised');
    expect(m.text).toContain('most severe: Root user has MFA enabled (critical)');
    const [summary, ...rest] = sections(m.blocks);
    expect(summary).toContain('*First run of this schedule*');
    expect(summary).toContain('*5* failing (2 critical, 2 high, 1 medium)');
    const failing = rest.filter((s) => s.includes(':red_circle:'));
    // by area and owner, the area with the most severe failure first
    expect(failing[0]!.startsWith('*Root user credentials* · your duty')).toBe(true);
    expect(failing.join('\n')).toMatch(/IAM users with a console password have MFA[^]*`arn:aws:iam::123456789012:user\/alice` \(123456789012\/global\): console password, no MFA device :new: \*newly failing\*/);
    expect(failing.join('\n').match(/:new: \*newly failing\*/g)).toHaveLength(5);
    expect(JSON.stringify(m.blocks)).not.toContain('actions'); // short: no full-list button
  });

  it('names what could not be checked: the check, where, and the permission that was denied', () => {
    const couldNot = sections(renderCheckDigest(firstRun, ctx).blocks).find((s) => s.includes('Could not check'))!;
    expect(couldNot).toContain('*GuardDuty is enabled in the region* `guardduty-enabled` (123456789012/eu-west-1): could not check: AccessDeniedException; needs guardduty:ListDetectors, guardduty:GetDetector');
  });

  it('marks newly failing, still failing and fixed since the last run', () => {
    const m = renderCheckDigest(withChanges, ctx);
    expect(m.text).toContain('2 newly failing, 2 fixed, 4 still failing; 6 failing');
    const all = sections(m.blocks).join('\n');
    expect(all).toMatch(/user\/carol.*:new: \*newly failing\*/);
    expect(all).toMatch(/user\/alice.*:repeat: still failing/);
    expect(all).toMatch(/Root user has MFA enabled.*:white_check_mark: \*fixed\*/);
    expect(all).toMatch(/user\/bob.*no longer exists :white_check_mark: \*fixed\*/);
    // within a check, what newly fails comes first
    expect(all.indexOf('user/carol')).toBeLessThan(all.indexOf('user/alice'));
    expect(sections(m.blocks)[0]).toContain('*2* newly failing (2 alerts raised)');
  });

  it('says when nothing changed, and still names what fails', () => {
    const m = renderCheckDigest(noChanges, ctx);
    expect(sections(m.blocks)[0]).toMatch(/^No change since the last run: \*0\* newly failing · \*0\* fixed · \*3\* still failing/);
    expect(sections(m.blocks).join('\n')).toContain('Root user has no access keys');
  });

  it('when too long, shows the most severe first with "and N more" and a button that opens the full list', () => {
    const m = renderCheckDigest(tooLong, ctx);
    expect(validateBlocks(m.blocks, 'message')).toEqual([]);
    const all = sections(m.blocks).join('\n');
    expect(all).toContain(`Showing ${digestBudget.failing} of 61 failing results, most severe first: *and ${61 - digestBudget.failing} more* in the full list.`);
    // the critical root key is shown; of the security groups, the newly failing ones come first
    expect(all).toContain('Root user has no access keys');
    for (const n of [1, 2, 3]) expect(all).toContain(sg(n));
    // every failing check is named, the rest of the budget shared between them, with how many more each has
    expect(all).toContain('user/user-12');
    expect(all).not.toContain('user/user-13');
    expect(all).toContain(sg(12));
    expect(all).not.toContain(sg(13));
    expect(all).toContain('user/user-12` (123456789012/global): console password, no MFA device :repeat: still failing\n• and 8 more');
    expect(all).toContain('• and 28 more');
    const actions = (m.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>).at(-1)!;
    expect(actions.type).toBe('actions');
    expect(actions.elements![0]).toMatchObject({ action_id: actionIds.checkDigestFullList, value: meta.runId });
  });

  it('escapes untrusted text (resources, details, titles) in every mrkdwn field', () => {
    const evil = '<!channel> <https://evil.example.com|click> @here *bold*';
    const m = renderCheckDigest(
      input([
        { ...item('iam-console-users-mfa', 'fail', evil, evil, 'newly-failing', 'pass'), result: { ...result('iam-console-users-mfa', 'fail', evil, evil), title: evil } },
        item('guardduty-enabled', 'error', account, evil, 'unchanged', 'error', 'eu-west-1'),
      ]),
      ctx,
    );
    for (const text of mrkdwnTexts(m)) {
      expect(text).not.toContain('<!channel>');
      expect(text).not.toContain('<https://evil');
      expect(text).not.toMatch(/(^|[^\u200B])@here/);
    }
  });

  it('stays within Block Kit limits whatever the results', () => {
    const status = fc.constantFrom<CheckStatus>('pass', 'fail', 'error');
    const change = fc.constantFrom<Change>('newly-failing', 'still-failing', 'fixed', 'unchanged', 'new');
    const entry = fc.record({
      check: fc.constantFrom(...(Object.keys(checks) as CheckId[])),
      status,
      change,
      resource: fc.string({ minLength: 1, maxLength: 400 }),
      detail: fc.string({ maxLength: 600 }),
      region: fc.constantFrom(...regions),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 400 }), fc.boolean(), (entries, first) => {
        const digest = input(
          entries.map((e) => item(e.check, e.status, e.resource, e.detail, e.change, e.change === 'new' ? null : 'fail', e.region)),
          { firstRun: first },
        );
        const m = renderCheckDigest(digest, ctx);
        expect(validateMessage(m)).toEqual([]);
        const view = renderDigestList(digest, ctx, 0, { runId: meta.runId, channel: 'C0SECURITY' });
        expect(validateView(view)).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('stays within Block Kit limits with many checks and areas and long titles', () => {
    const entry = fc.record({
      check: fc.integer({ min: 0, max: 120 }),
      area: fc.integer({ min: 0, max: 60 }),
      title: fc.string({ maxLength: 400 }),
      status: fc.constantFrom<CheckStatus>('pass', 'fail', 'error'),
      change: fc.constantFrom<Change>('newly-failing', 'still-failing', 'fixed', 'unchanged'),
      resource: fc.string({ minLength: 1, maxLength: 400 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 300 }), (entries) => {
        const results = entries.map((e): ResultWithChange => {
          const base = item('iam-console-users-mfa', e.status, e.resource, e.title, e.change, 'fail');
          return { ...base, result: { ...base.result, check: `check-${e.check}`, area: `area-${e.area}`, title: e.title || 'untitled' } };
        });
        expect(validateMessage(renderCheckDigest(input(results), ctx))).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('renderDigestList', () => {
  it('lists every failing resource with what to do, every fix and every check that could not run, in a modal', () => {
    const view = renderDigestList(tooLong, ctx, 0, { runId: meta.runId, channel: 'C0SECURITY' });
    expect(validateView(view)).toEqual([]);
    expect(view.callback_id).toBe(callbackIds.checkDigestList);
    expect(JSON.parse(view.private_metadata!)).toEqual({ runId: meta.runId, channel: 'C0SECURITY' });
    const all = sections(view.blocks).join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(sg(i));
    for (let i = 1; i <= 20; i++) expect(all).toContain(`user/user-${String(i).padStart(2, '0')}`);
    expect(all).toContain('*What to do:* Fix ec2-security-group-admin-ports as its check says.');
    expect(all.match(/:white_check_mark: \*fixed\*/g)).toHaveLength(12);
    expect(all).toContain('needs kms:ListKeys (10)');
    expect(all).toContain('ThrottlingException');
    expect(all).not.toContain('more in the full list');
  });

  it('pages a list longer than one modal, with a page picker that keeps its place', () => {
    const huge = input(Array.from({ length: 1500 }, (_, i) => item('ec2-security-group-admin-ports', 'fail', sg(i), `22/tcp open to 0.0.0.0/0 on rule ${i}`, 'still-failing', 'fail', regions[i % regions.length])));
    const first = renderDigestList(huge, ctx, 0, { runId: meta.runId, channel: 'C0SECURITY' });
    expect(validateView(first)).toEqual([]);
    const picker = (first.blocks.at(-1) as { type: string; elements: Array<{ type: string; action_id: string; options: unknown[]; initial_option: { value: string } }> }).elements[0]!;
    expect(picker).toMatchObject({ type: 'static_select', action_id: actionIds.checkDigestPage, initial_option: { value: '0' } });
    const pages = picker.options.length;
    expect(pages).toBeGreaterThan(1);
    const seen = new Set<string>();
    for (let p = 0; p < pages; p++) {
      const view = renderDigestList(huge, ctx, p, { runId: meta.runId, channel: 'C0SECURITY' });
      expect(validateView(view)).toEqual([]);
      for (const m of sections(view.blocks).join('\n').matchAll(/security-group\/(sg-\d+)/g)) seen.add(m[1]!);
    }
    expect(seen.size).toBe(1500);
    // a page past the end shows the last one
    expect(JSON.stringify(renderDigestList(huge, ctx, 999, { runId: meta.runId, channel: 'C0SECURITY' }).blocks[0])).toContain(`page ${pages} of ${pages}`);
  });

  it('says when the run is no longer known', () => {
    const view = renderDigestListMissing('r-gone-0001');
    expect(validateView(view)).toEqual([]);
    expect(JSON.stringify(view.blocks)).toContain('no longer known');
  });
});
