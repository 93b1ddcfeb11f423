import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { remediations } from '../../remediations/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string>>;
}
const read = (file: string) => JSON.parse(readFileSync(path.join(repo, file), 'utf8')) as { Version: string; Statement: Statement[] };
const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

const policy = read('docs/iam-remediation-policy.json');
const granted = policy.Statement.flatMap((s) => list(s.Action));
const declared = new Set(remediations.flatMap((r) => r.permissions));

/** Actions whose API has no resource type: IAM can only grant them on "*". */
const noResourceType = new Set(['ec2:DescribeSecurityGroupRules', 'ec2:EnableEbsEncryptionByDefault', 'ec2:GetEbsEncryptionByDefault']);

describe('docs/iam-remediation-policy.json (the remediation role)', () => {
  it('is a valid Allow-only policy document', () => {
    expect(policy.Version).toBe('2012-10-17');
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow');
      expect(s).not.toHaveProperty('NotAction');
      expect(s).not.toHaveProperty('NotResource');
      expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
    }
  });

  it('grants exactly the permissions the catalogue declares: nothing missing, nothing extra, no wildcards, no duplicates', () => {
    expect([...declared].filter((p) => !granted.includes(p))).toEqual([]);
    expect(granted.filter((p) => !declared.has(p))).toEqual([]);
    expect(granted.filter((p) => p.includes('*'))).toEqual([]);
    expect(new Set(granted).size).toBe(granted.length);
  });

  it('grants no delete of any kind', () => {
    expect(granted.filter((p) => /:(Delete|Remove|Terminate|Detach)/.test(p))).toEqual([]);
  });

  it('scopes every action to its resource type, "*" only where the API has none', () => {
    for (const s of policy.Statement) {
      const wide = list(s.Resource).includes('*');
      for (const action of list(s.Action)) expect({ action, wide }).toEqual({ action, wide: noResourceType.has(action) });
    }
  });

  it('keeps S3 calls to buckets of the role\'s own account', () => {
    const s3 = policy.Statement.filter((s) => list(s.Action).some((a) => a.startsWith('s3:')));
    expect(s3.length).toBeGreaterThan(0);
    for (const s of s3) expect(s.Condition).toEqual({ StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' } });
  });

  it('is separate from the read-only role: docs/iam-policy.json grants none of the remediation calls', () => {
    const readOnly = read('docs/iam-policy.json').Statement.flatMap((s) => list(s.Action));
    expect(remediations.map((r) => r.call).filter((c) => readOnly.includes(c))).toEqual([]);
  });
});
