import type { PasswordPolicy } from '@aws-sdk/client-iam';
import { AwsCallError, call, defineCheck, fail, pass } from '../src/checks/define-check.js';

/** CIS 1.8 (length >= 14) and 1.9 (reuse prevention 24), plus IAM.7's character classes. CIS no longer asks for expiry. */
export const passwordPolicyMinimums = { minimumLength: 14, reusePrevention: 24 } as const;

/** The SDK names the modeled error NoSuchEntityException; its wire code is NoSuchEntity. */
const noPolicy = new Set(['NoSuchEntityException', 'NoSuchEntity']);

function weaknesses(p: PasswordPolicy): string[] {
  const m = passwordPolicyMinimums;
  const w: string[] = [];
  if ((p.MinimumPasswordLength ?? 0) < m.minimumLength) w.push(`minimum length ${p.MinimumPasswordLength ?? 0} < ${m.minimumLength}`);
  if ((p.PasswordReusePrevention ?? 0) < m.reusePrevention) w.push(`reuse prevention ${p.PasswordReusePrevention ?? 0} < ${m.reusePrevention}`);
  if (!p.RequireUppercaseCharacters) w.push('no uppercase required');
  if (!p.RequireLowercaseCharacters) w.push('no lowercase required');
  if (!p.RequireNumbers) w.push('no number required');
  if (!p.RequireSymbols) w.push('no symbol required');
  return w;
}

export const iamPasswordPolicy = defineCheck({
  id: 'iam-password-policy',
  title: 'IAM password policy is strong (length 14+, reuse prevention 24)',
  area: 'iam',
  owner: 'customer',
  severity: 'medium',
  controls: ['IAM.7', 'IAM.15', 'IAM.16', 'cis-aws-1.4.0:1.8', 'cis-aws-1.4.0:1.9', 'cis-aws-3.0.0:1.8', 'cis-aws-3.0.0:1.9'],
  why: 'AWS enforces whatever password policy the account sets; choosing a strong one for IAM users is the customer\'s duty.',
  remediation: 'Set the account password policy: minimum length 14, prevent reuse of the last 24 passwords, require upper, lower, number and symbol (aws iam update-account-password-policy).',
  permissions: ['iam:GetAccountPasswordPolicy'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  async collect(ctx) {
    const { GetAccountPasswordPolicyCommand } = await import('@aws-sdk/client-iam');
    try {
      const out = await call('iam:GetAccountPasswordPolicy', () =>
        ctx.clients.iam.send(new GetAccountPasswordPolicyCommand({}), { abortSignal: ctx.signal }),
      );
      return { policy: out.PasswordPolicy ?? null };
    } catch (err) {
      // NoSuchEntity: the account has no password policy at all, which fails the check.
      if (err instanceof AwsCallError && noPolicy.has(err.aws.name)) return { policy: null };
      throw err;
    }
  },
  evaluate(snapshot, ctx) {
    if (!snapshot.policy) return [fail(ctx.account, 'the account has no IAM password policy')];
    const w = weaknesses(snapshot.policy);
    return [w.length === 0 ? pass(ctx.account, 'the password policy meets CIS minimums') : fail(ctx.account, `weak password policy: ${w.join('; ')}`)];
  },
});
