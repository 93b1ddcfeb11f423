import { afterEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { main } from '../../src/cli.js';

async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(['node', 'srm', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('srm rules', () => {
  afterEach(() => vi.restoreAllMocks());

  it('--json prints one object per rule, only JSON on stdout', async () => {
    const { code, stdout } = await runCli('rules', '--json');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(rules.map((r) => r.id));
    expect(lines[0]).toEqual({
      id: 'cloudtrail-root-account-usage',
      title: 'Root user activity',
      source: 'cloudtrail',
      severity: 'high',
      area: 'root-account',
      controls: ['CloudWatch.1', 'cis-aws-1.2.0:1.1', 'cis-aws-1.2.0:3.3', 'cis-aws-1.4.0:1.7', 'cis-aws-1.4.0:4.3', 'cis-aws-3.0.0:4.3'],
      attack: ['T1078.004'],
    });
    for (const l of lines) expect((l.attack as string[]).length, String(l.id)).toBeGreaterThan(0);
  });

  it('filters by MITRE ATT&CK technique (a sub-technique matches its parent\'s prefix)', async () => {
    const secrets = await runCli('rules', 't1555.006', '--json');
    expect(secrets.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([
      'cloudtrail-secrets-bulk-retrieved',
      'cloudtrail-secrets-batch-retrieved-by-filter',
      'cloudtrail-ssm-parameters-bulk-decrypted',
      'guardduty-finding',
    ]);
    const text = await runCli('rules', 'T1098', 'high');
    expect(text.stdout).toContain('cloudtrail-iam-admin-policy-granted  Administrator access granted\n');
    expect(text.stdout).toContain('  ATT&CK T1098.003\n');
    expect(text.stdout).not.toContain('cloudtrail-iam-user-created');
  });

  it('prints a readable list and a count on stderr, and filters', async () => {
    const all = await runCli('rules');
    expect(all.stdout).toContain('cloudtrail-vpc-changes  VPC changed');
    expect(all.stderr).toBe(`${rules.length} of ${rules.length} rules\n`);
    const some = await runCli('rules', 'guardduty', '--json');
    expect(some.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['cloudtrail-guardduty-disabled', 'guardduty-finding']);
  });
});
