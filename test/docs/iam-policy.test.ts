import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checks } from '../../checks/index.js';
import { pollerPermissions } from '../../src/aws/permissions.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
}
const policy = JSON.parse(readFileSync(path.join(repo, 'docs/iam-policy.json'), 'utf8')) as { Version: string; Statement: Statement[] };
const granted = policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
const declared = new Set<string>([...checks.flatMap((c) => c.permissions), ...pollerPermissions]);

describe('docs/iam-policy.json', () => {
  it('is a valid Allow-only policy document', () => {
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement.length).toBeGreaterThan(0);
    for (const s of policy.Statement) {
      expect(s.Effect).toBe('Allow');
      expect(s).not.toHaveProperty('NotAction');
    }
  });

  it('grants every permission a check declares, and every poller permission', () => {
    const missing = [...declared].filter((p) => !granted.includes(p));
    expect(missing).toEqual([]);
  });

  it('grants nothing no check or poller needs, with no action wildcards and no duplicates', () => {
    const extra = granted.filter((p) => !declared.has(p));
    expect(extra).toEqual([]);
    expect(granted.filter((p) => p.includes('*'))).toEqual([]);
    expect(new Set(granted).size).toBe(granted.length);
  });

  it('grants no write actions beyond the SQS delete the consumer needs and the credential report generation', () => {
    const writes = granted.filter((p) => /:(Put|Create|Delete|Update|Modify|Attach|Detach|Enable|Disable|Start|Stop|Tag|Untag)/.test(p));
    expect(writes).toEqual(['sqs:DeleteMessage']);
  });
});
