import { credentialReportPermissions, fetchUserRows, olderThanDays, rowResource } from '../src/checks/credential-report.js';
import { defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const maxAccessKeyAgeDays = 90;

export const iamAccessKeysRotated = defineCheck({
  id: 'iam-access-keys-rotated',
  title: `Active IAM access keys are rotated within ${maxAccessKeyAgeDays} days`,
  area: 'access-key-rotation',
  owner: 'customer',
  severity: 'medium',
  controls: ['IAM.3', 'cis-aws-1.4.0:1.14', 'cis-aws-3.0.0:1.14'],
  why: 'Access keys are long-lived secrets the customer creates and hands out; AWS never rotates them.',
  remediation: 'Create a new access key, move the workload to it, deactivate and then delete the old key; better, replace user keys with IAM roles.',
  permissions: [...credentialReportPermissions],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
  async collect(ctx) {
    const rows = await fetchUserRows(ctx);
    return {
      users: rows
        .map((r) => ({
          user: r.user ?? '',
          arn: rowResource(r, ctx.account),
          keys: [1, 2]
            .filter((n) => r[`access_key_${n}_active`] === 'true')
            .map((n) => ({ slot: n, lastRotated: r[`access_key_${n}_last_rotated`] ?? '' })),
        }))
        .filter((u) => u.keys.length > 0),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.users.length === 0) return [pass(ctx.account, 'no IAM user has an active access key')];
    return snapshot.users.map((u): Finding => {
      const old = u.keys.filter((k) => olderThanDays(k.lastRotated, ctx.now, maxAccessKeyAgeDays));
      if (old.length === 0) return pass(u.arn, `${u.user}: active access keys rotated within ${maxAccessKeyAgeDays} days`);
      const parts = old.map((k) => `key ${k.slot} last rotated ${k.lastRotated || 'unknown'}`);
      return fail(u.arn, `${u.user}: ${parts.join(', ')} (older than ${maxAccessKeyAgeDays} days)`);
    });
  },
});
