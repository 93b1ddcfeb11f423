import { call, defineCheck, fail, pass } from '../src/checks/define-check.js';

export const iamRootNoAccessKeys = defineCheck({
  id: 'iam-root-no-access-keys',
  title: 'Root user has no access keys',
  area: 'root-account',
  owner: 'customer',
  severity: 'critical',
  controls: ['IAM.4', 'cis-aws-1.4.0:1.4', 'cis-aws-3.0.0:1.4'],
  why: 'Root access keys give unrestricted programmatic access to the account; only the customer can create or delete them.',
  remediation: 'Sign in as the root user, open Security credentials and delete the access keys; use IAM roles for programmatic access.',
  permissions: ['iam:GetAccountSummary'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
  async collect(ctx) {
    const { GetAccountSummaryCommand } = await import('@aws-sdk/client-iam');
    const out = await call('iam:GetAccountSummary', () => ctx.clients.iam.send(new GetAccountSummaryCommand({}), { abortSignal: ctx.signal }));
    return { keysPresent: out.SummaryMap?.AccountAccessKeysPresent ?? 0 };
  },
  evaluate(snapshot, ctx) {
    return [
      snapshot.keysPresent === 0
        ? pass(ctx.account, 'the root user has no access keys')
        : fail(ctx.account, 'the root user has access keys'),
    ];
  },
});
