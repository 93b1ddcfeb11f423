import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { coreAreaIds } from '../../src/knowledge/area-ids.js';
import type { Rule } from '../../src/rules/define-rule.js';
import type { RuleSummary } from '../../src/rules/summary.js';
import { severities } from '../../src/rules/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ruleFiles = readdirSync(path.join(root, 'rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const list = rules as readonly Rule[];
const CONTROL = /^(CloudWatch|IAM|S3|EC2|KMS|CloudTrail|GuardDuty|Config|RDS|Organizations)\.\d+$|^cis-aws-\d+\.\d+\.\d+:\d+\.\d+$/;

describe('rules catalogue', () => {
  it('lists every file in rules/ exactly once, with id = file basename', () => {
    expect(list.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
  });

  it('has the CIS monitoring filters CloudWatch.1-14 and CIS 4.15, each carried by a pattern rule', () => {
    for (let n = 1; n <= 14; n++) {
      const carriers = list.filter((r) => r.controls.includes(`CloudWatch.${n}`));
      expect(carriers, `CloudWatch.${n}`).toHaveLength(1);
      expect(carriers[0]!.source === 'cloudtrail' && typeof carriers[0]!.pattern === 'string', `CloudWatch.${n} is a pattern rule`).toBe(true);
    }
    expect(list.filter((r) => r.controls.includes('cis-aws-1.4.0:4.15'))).toHaveLength(1);
  });

  it('has at least 15 rules beyond the CIS filters and a GuardDuty rule', () => {
    const cis = list.filter((r) => r.source === 'cloudtrail' && r.pattern !== undefined);
    expect(list.filter((r) => r.source === 'cloudtrail').length - cis.length).toBeGreaterThanOrEqual(15);
    expect(list.some((r) => r.source === 'guardduty')).toBe(true);
  });

  it.each(list.map((r) => [r.id, r] as const))('%s has valid metadata', (_id, rule) => {
    expect(rule.id).toMatch(rule.source === 'cloudtrail' ? /^cloudtrail-[a-z0-9-]+$/ : /^guardduty-[a-z0-9-]+$/);
    expect((coreAreaIds as readonly string[]).includes(rule.area), `area ${rule.area}`).toBe(true);
    expect(severities).toContain(rule.severity);
    for (const c of rule.controls) expect(c).toMatch(CONTROL);
    expect(new Set(rule.controls).size).toBe(rule.controls.length);
    expect(rule.title.length).toBeGreaterThan(0);
    expect(rule.customerAction.length).toBeGreaterThan(10);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.cases.some((c) => c.fires)).toBe(true);
    expect(rule.cases.some((c) => !c.fires)).toBe(true);
    expect(new Set(rule.cases.map((c) => c.name)).size).toBe(rule.cases.length);
    // A Rule is usable wherever a RuleSummary is expected (knowledge base, listings).
    const summary: RuleSummary = rule;
    expect(summary.id).toBe(rule.id);
  });

  it('covers every rule file with a test: its own, or the shared cases test', () => {
    const shared = existsSync(path.join(root, 'test/rules/cases.test.ts'));
    for (const id of ruleFiles) {
      expect(shared || existsSync(path.join(root, `test/rules/${id}.test.ts`)), id).toBe(true);
    }
  });

  it('keeps case example events redacted (account 123456789012, documentation IPs)', () => {
    for (const rule of list) {
      for (const c of rule.cases) {
        const text = JSON.stringify([c.event, c.before ?? []]);
        for (const acct of text.match(/(?<![\w-])\d{12}(?![\w-])/g) ?? []) {
          expect(['123456789012', '111122223333'], `${rule.id} / ${c.name}`).toContain(acct);
        }
        for (const ip of text.match(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g) ?? []) {
          // Documentation addresses, or private ones (10/8: a VPC endpoint's caller), which name no one.
          expect(ip.startsWith('192.0.2.') || ip.startsWith('10.') || ip === '0.0.0.0', `${rule.id} / ${c.name}: ${ip}`).toBe(true);
        }
      }
    }
  });
});
