import { credentialReportPermissions, fetchUserRows, rowResource } from '../src/checks/credential-report.js';
import { defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const iamConsoleUsersMfa = defineCheck({
  id: 'iam-console-users-mfa',
  title: 'IAM users with a console password have MFA',
  area: 'iam',
  owner: 'customer',
  severity: 'high',
  controls: ['IAM.5', 'cis-aws-1.4.0:1.10', 'cis-aws-3.0.0:1.10'],
  why: 'AWS provides MFA; enrolling every IAM user who can sign in to the console is the customer\'s identity management.',
  remediation: 'Assign an MFA device to each listed user (IAM console, Users, Security credentials), or remove the console password; prefer federation through IAM Identity Center.',
  permissions: [...credentialReportPermissions],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html'],
  async collect(ctx) {
    const rows = await fetchUserRows(ctx);
    return {
      users: rows
        .filter((r) => r.password_enabled === 'true')
        .map((r) => ({ user: r.user ?? '', arn: rowResource(r, ctx.account), mfa: r.mfa_active === 'true' })),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.users.length === 0) return [pass(ctx.account, 'no IAM user has a console password')];
    return snapshot.users.map((u): Finding =>
      u.mfa ? pass(u.arn, `console user ${u.user} has MFA`) : fail(u.arn, `console user ${u.user} has no MFA device`),
    );
  },
});
