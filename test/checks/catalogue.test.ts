import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { coreAreaIds } from '../../src/knowledge/area-ids.js';
import { severities } from '../../src/rules/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const checkFiles = readdirSync(path.join(repo, 'checks'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

/** Security Hub ids as AWS writes them ("IAM.9", "EC2.53") or CIS ids with benchmark version. */
const controlPattern = /^(?:[A-Z][A-Za-z0-9]*\.\d+|cis-aws-\d+\.\d+\.\d+:\d+(?:\.\d+)*)$/;
const permissionPattern = /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/;

describe('checks catalogue', () => {
  it('lists every file under checks/ exactly once, with id = file basename', () => {
    const ids = checks.map((c) => c.id);
    expect([...ids].sort()).toEqual(checkFiles);
    expect(new Set(ids).size).toBe(ids.length);
    const index = readFileSync(path.join(repo, 'checks/index.ts'), 'utf8');
    for (const id of checkFiles) expect(index).toContain(`'./${id}.js'`);
  });

  it('has at least the 18 required checks', () => {
    expect(checks.length).toBeGreaterThanOrEqual(18);
  });

  it.each(checks.map((c) => [c.id, c] as const))('%s is well-formed', (id, c) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    expect(coreAreaIds).toContain(c.area);
    expect(['aws', 'customer', 'shared']).toContain(c.owner);
    expect(severities).toContain(c.severity);
    expect(['global', 'regional']).toContain(c.scope);
    expect(c.controls.length).toBeGreaterThan(0);
    for (const control of c.controls) expect(control).toMatch(controlPattern);
    expect(c.controls.some((control) => /^[A-Z]/.test(control))).toBe(true);
    expect(c.permissions.length).toBeGreaterThan(0);
    for (const p of c.permissions) expect(p).toMatch(permissionPattern);
    expect(c.title.length).toBeGreaterThan(10);
    expect(c.why.length).toBeGreaterThan(20);
    expect(c.remediation.length).toBeGreaterThan(20);
    expect(existsSync(path.join(repo, 'test/checks', `${id}.test.ts`))).toBe(true);
  });

  it('is documented in docs/checks.md with its controls', () => {
    const doc = readFileSync(path.join(repo, 'docs/checks.md'), 'utf8');
    for (const c of checks) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${c.id}\` |`));
      expect(row, c.id).toBeDefined();
      for (const control of c.controls) expect(row).toContain(control);
    }
  });
});
