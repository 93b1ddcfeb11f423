import { call, defineCheck, fail, pass } from '../src/checks/define-check.js';

export const iamRootMfaEnabled = defineCheck({
  id: 'iam-root-mfa-enabled',
  title: 'Root user has MFA enabled',
  area: 'root-account',
  owner: 'customer',
  severity: 'critical',
  controls: ['IAM.9', 'cis-aws-1.4.0:1.5', 'cis-aws-3.0.0:1.5'],
  why: 'AWS secures the sign-in service; protecting the root user credentials, including its second factor, is the customer\'s job.',
  remediation: 'Sign in as the root user, open Security credentials and assign an MFA device (a hardware or passkey device for production accounts).',
  permissions: ['iam:GetAccountSummary'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
  async collect(ctx) {
    const { GetAccountSummaryCommand } = await import('@aws-sdk/client-iam');
    const out = await call('iam:GetAccountSummary', () => ctx.clients.iam.send(new GetAccountSummaryCommand({}), { abortSignal: ctx.signal }));
    return { mfaEnabled: out.SummaryMap?.AccountMFAEnabled ?? 0 };
  },
  evaluate(snapshot, ctx) {
    return [
      snapshot.mfaEnabled === 1
        ? pass(ctx.account, 'the root user has MFA enabled')
        : fail(ctx.account, 'the root user has no MFA device'),
    ];
  },
});
