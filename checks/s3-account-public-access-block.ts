import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3-control';
import { AwsCallError, call, defineCheck, fail, pass } from '../src/checks/define-check.js';

const settings = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

export const s3AccountPublicAccessBlock = defineCheck({
  id: 's3-account-public-access-block',
  title: 'S3 Block Public Access is on for the account',
  area: 'resource-policies',
  owner: 'customer',
  severity: 'high',
  controls: ['S3.1', 'cis-aws-1.4.0:2.1.5', 'cis-aws-3.0.0:2.1.4'],
  why: 'S3 stores what it is told and shares what bucket policies and ACLs allow; whether data may be public is the customer\'s decision, and account-level Block Public Access is the guard rail.',
  remediation: 'Turn on all four account-level Block Public Access settings (aws s3control put-public-access-block --account-id <id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true).',
  permissions: ['s3:GetAccountPublicAccessBlock'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
  async collect(ctx) {
    const { GetPublicAccessBlockCommand } = await import('@aws-sdk/client-s3-control');
    try {
      const out = await call('s3:GetAccountPublicAccessBlock', () =>
        ctx.clients.s3control.send(new GetPublicAccessBlockCommand({ AccountId: ctx.account }), { abortSignal: ctx.signal }),
      );
      return { config: out.PublicAccessBlockConfiguration ?? null };
    } catch (err) {
      if (err instanceof AwsCallError && err.aws.name === 'NoSuchPublicAccessBlockConfiguration') return { config: null };
      throw err;
    }
  },
  evaluate(snapshot: { config: PublicAccessBlockConfiguration | null }, ctx) {
    if (!snapshot.config) return [fail(ctx.account, 'account-level Block Public Access is not configured')];
    const off = settings.filter((s) => snapshot.config?.[s] !== true);
    return [off.length === 0 ? pass(ctx.account, 'all four Block Public Access settings are on') : fail(ctx.account, `off: ${off.join(', ')}`)];
  },
});
