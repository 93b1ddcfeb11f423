import { describe, expect, it } from 'vitest';
import { remediations } from '../../remediations/index.js';
import { runCli } from '../helpers/run-cli.js';

describe('srm remediations', () => {
  it('--json prints one object per action, only JSON on stdout', async () => {
    const { code, stdout, stderr } = await runCli('remediations', '--json');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(remediations.map((r) => r.id));
    expect(lines.find((l) => l.id === 'iam-deactivate-access-key')).toMatchObject({
      title: 'Deactivate the IAM access key',
      call: 'iam:UpdateAccessKey',
      permissions: ['iam:ListAccessKeys', 'iam:UpdateAccessKey'],
      approval: 'four-eyes',
      undo: expect.stringContaining('Status=Active'),
      sources: { checks: ['iam-access-keys-rotated', 'iam-unused-credentials'] },
      notOffered: expect.arrayContaining([expect.stringContaining('Root user keys')]),
    });
    expect(stderr).toBe(`${remediations.length} remediations (the remediation role needs docs/iam-remediation-policy.json)\n`);
  });

  it('prints each action with its call, permissions, approval and undo', async () => {
    const { code, stdout } = await runCli('remediations');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'ec2-revoke-open-ingress  Revoke the ingress rule open to the world\n' +
        '  call ec2:RevokeSecurityGroupIngress, approval single (default)\n' +
        '  permissions ec2:DescribeSecurityGroupRules, ec2:RevokeSecurityGroupIngress\n' +
        '  undo Add the rule back: ec2:AuthorizeSecurityGroupIngress',
    );
    for (const r of remediations) expect(stdout).toContain(`${r.id}  ${r.title}\n  call ${r.call}, approval ${r.approval} (default)\n`);
  });
});
