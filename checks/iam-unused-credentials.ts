import { credentialReportPermissions, fetchUserRows, olderThanDays, reportDate, rowResource } from '../src/checks/credential-report.js';
import { defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const maxUnusedDays = 45;

interface Credential {
  kind: string;
  /** Last use, or (never used) when it was created or rotated. */
  lastUsed: string;
  neverUsed: boolean;
}

export const iamUnusedCredentials = defineCheck({
  id: 'iam-unused-credentials',
  title: `IAM credentials unused for ${maxUnusedDays} days are disabled`,
  area: 'iam',
  owner: 'customer',
  severity: 'medium',
  controls: ['IAM.22', 'cis-aws-1.4.0:1.12', 'cis-aws-3.0.0:1.12'],
  why: 'Stale passwords and keys widen the attack surface; only the customer knows which identities are still needed.',
  remediation: 'Remove the console password and deactivate access keys that have not been used for 45 days; delete users that are no longer needed.',
  permissions: [...credentialReportPermissions],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html'],
  async collect(ctx) {
    const rows = await fetchUserRows(ctx);
    return {
      users: rows
        .map((r) => {
          const creds: Credential[] = [];
          if (r.password_enabled === 'true') {
            const used = reportDate(r.password_last_used);
            creds.push({
              kind: 'console password',
              lastUsed: used ? (r.password_last_used ?? '') : (r.password_last_changed || r.user_creation_time || ''),
              neverUsed: used === null,
            });
          }
          for (const n of [1, 2]) {
            if (r[`access_key_${n}_active`] !== 'true') continue;
            const usedRaw = r[`access_key_${n}_last_used_date`];
            const used = reportDate(usedRaw);
            creds.push({
              kind: `access key ${n}`,
              lastUsed: used ? (usedRaw ?? '') : (r[`access_key_${n}_last_rotated`] ?? ''),
              neverUsed: used === null,
            });
          }
          return { user: r.user ?? '', arn: rowResource(r, ctx.account), creds };
        })
        .filter((u) => u.creds.length > 0),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.users.length === 0) return [pass(ctx.account, 'no IAM user has an active password or access key')];
    return snapshot.users.map((u): Finding => {
      const stale = u.creds.filter((c) => olderThanDays(c.lastUsed, ctx.now, maxUnusedDays));
      if (stale.length === 0) return pass(u.arn, `${u.user}: all active credentials used within ${maxUnusedDays} days`);
      const parts = stale.map((c) => (c.neverUsed ? `${c.kind} never used (since ${c.lastUsed || 'unknown'})` : `${c.kind} last used ${c.lastUsed}`));
      return fail(u.arn, `${u.user}: ${parts.join(', ')}`);
    });
  },
});
