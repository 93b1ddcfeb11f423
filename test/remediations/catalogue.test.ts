import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { remediations } from '../../remediations/index.js';
import { approvals, type AnyRemediation, type RemediationCase } from '../../src/remediations/define-remediation.js';
import { remediationsForCheckResult, remediationsForRecord, validTarget } from '../../src/remediations/targets.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = readdirSync(path.join(repo, 'remediations'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const policy = JSON.parse(readFileSync(path.join(repo, 'docs/iam-remediation-policy.json'), 'utf8')) as { Statement: { Action: string | string[] }[] };
const granted = new Set(policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
const permissionPattern = /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/;

const required = [
  'iam-deactivate-access-key',
  'ec2-revoke-open-ingress',
  's3-block-public-access',
  'cloudtrail-start-logging',
  'guardduty-enable-detector',
  'guardduty-archive-finding',
  'ec2-enable-ebs-encryption-by-default',
];

/** What a case yields, from the side it names. */
function yielded(r: AnyRemediation, c: RemediationCase): unknown {
  return 'record' in c ? r.fromRecord?.(c.record) : r.fromCheckResult?.(c.result);
}

const allCases = remediations.flatMap((r) => r.cases.map((c) => [r.id, c.name, r, c] as const));

describe('remediations catalogue', () => {
  it('lists every file under remediations/ exactly once, with id = file basename', () => {
    const ids = remediations.map((r) => r.id);
    expect([...ids].sort()).toEqual(files);
    expect(new Set(ids).size).toBe(ids.length);
    const index = readFileSync(path.join(repo, 'remediations/index.ts'), 'utf8');
    for (const id of files) expect(index).toContain(`'./${id}.js'`);
  });

  it('has the seven actions the issue asks for', () => {
    expect(remediations.map((r) => r.id)).toEqual(expect.arrayContaining(required));
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s is well-formed', (id, r) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    expect(r.title.length).toBeGreaterThan(10);
    expect(r.call).toMatch(permissionPattern);
    expect(r.permissions).toContain(r.call);
    expect(new Set(r.permissions).size).toBe(r.permissions.length);
    for (const p of r.permissions) expect(p).toMatch(permissionPattern);
    expect(approvals).toContain(r.approval);
    expect(r.undo.length).toBeGreaterThan(20);
    expect(r.impact.length).toBeGreaterThan(20);
    expect(existsSync(path.join(repo, 'test/remediations', `${id}.test.ts`))).toBe(true);
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s never deletes', (id, r) => {
    expect([r.call, ...r.permissions].filter((p) => /:(Delete|Remove|Terminate)/.test(p))).toEqual([]);
    const source = readFileSync(path.join(repo, 'remediations', `${id}.ts`), 'utf8');
    expect(source).not.toMatch(/\b(Delete|Remove|Terminate)\w*Command\b/);
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s loads the AWS SDK only when it runs (the catalogue is loaded for every alert)', (id) => {
    const source = readFileSync(path.join(repo, 'remediations', `${id}.ts`), 'utf8');
    expect(source).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\//m);
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s needs a second person when it touches IAM credentials', (_id, r) => {
    if (r.call.startsWith('iam:')) expect(r.approval).toBe('four-eyes');
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s is granted by docs/iam-remediation-policy.json', (_id, r) => {
    expect(r.permissions.filter((p) => !granted.has(p))).toEqual([]);
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s names where it is offered, and the checks it names exist', (_id, r) => {
    const { events = [], findings = [], checks: checkIds = [] } = r.sources;
    expect(events.length + findings.length + checkIds.length).toBeGreaterThan(0);
    for (const c of checkIds) expect(checks.map((k) => k.id)).toContain(c);
    expect(r.fromRecord !== undefined).toBe(events.length + findings.length > 0);
    expect(r.fromCheckResult !== undefined).toBe(checkIds.length > 0);
  });

  it('is documented in the Actions table of docs/remediation.md with its call, permissions and approval', () => {
    const doc = readFileSync(path.join(repo, 'docs/remediation.md'), 'utf8');
    const actions = doc.slice(doc.indexOf('## Actions'));
    for (const r of remediations) {
      const row = actions.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      expect(row).toContain(`\`${r.call}\``);
      for (const p of r.permissions) expect(row).toContain(`\`${p}\``);
      expect(row).toContain(`| ${r.approval} |`);
    }
  });

  it.each(remediations.map((r) => [r.id, r] as const))('%s embeds cases that yield a target and cases that yield none', (_id, r) => {
    expect(r.cases.some((c) => c.expected !== undefined)).toBe(true);
    expect(r.cases.some((c) => c.expected === undefined)).toBe(true);
    if (r.fromRecord) expect(r.cases.some((c) => 'record' in c && c.expected !== undefined)).toBe(true);
    if (r.fromCheckResult) expect(r.cases.some((c) => 'result' in c && c.expected !== undefined)).toBe(true);
    expect(new Set(r.cases.map((c) => c.name)).size).toBe(r.cases.length);
  });
});

describe('remediation cases', () => {
  it.each(allCases)('%s: %s', (id, _name, r, c) => {
    const target = yielded(r, c);
    expect(target).toEqual(c.expected);
    const offered = 'record' in c ? remediationsForRecord(c.record) : remediationsForCheckResult(c.result);
    if (c.expected === undefined) {
      expect(offered.map((o) => o.id)).not.toContain(id);
      return;
    }
    // The target is one the definition accepts as is, survives storage as JSON, and is what the catalogue offers.
    expect(validTarget(r, target)).toEqual(target);
    expect(JSON.parse(JSON.stringify(target))).toEqual(target);
    expect(offered).toContainEqual({ id, target });
    expect(r.preview(c.expected).startsWith(r.call)).toBe(true);
  });
});
