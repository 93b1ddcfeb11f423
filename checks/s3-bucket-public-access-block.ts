import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import { allPages, attempt, call, defineCheck, errorFinding, fail, pass, type Finding, type Outcome } from '../src/checks/define-check.js';

const settings = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
const notConfigured = 'NoSuchPublicAccessBlockConfiguration';

export const s3BucketPublicAccessBlock = defineCheck({
  id: 's3-bucket-public-access-block',
  title: 'Every S3 bucket has all Block Public Access settings on',
  area: 'resource-policies',
  owner: 'customer',
  severity: 'high',
  controls: ['S3.8'],
  why: 'Bucket policies and ACLs are written by the customer; bucket-level Block Public Access keeps a mistaken policy from making data public.',
  remediation: 'Turn on all four Block Public Access settings on the bucket (aws s3api put-public-access-block --bucket <name> ...), unless it is deliberately public and documented as such.',
  permissions: ['s3:ListAllMyBuckets', 's3:GetBucketPublicAccessBlock'],
  scope: 'global',
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html'],
  async collect(ctx) {
    const { GetPublicAccessBlockCommand, paginateListBuckets } = await import('@aws-sdk/client-s3');
    const s3 = ctx.clients.s3;
    const pages = await call('s3:ListAllMyBuckets', () => allPages(paginateListBuckets({ client: s3 }, {})));
    const buckets: { name: string; config: Outcome<PublicAccessBlockConfiguration | null> }[] = [];
    for (const b of pages.flatMap((p) => p.Buckets ?? [])) {
      const name = b.Name ?? '';
      const config = await attempt('s3:GetBucketPublicAccessBlock', () =>
        s3.send(new GetPublicAccessBlockCommand({ Bucket: name }), { abortSignal: ctx.signal }).then(
          (out) => out.PublicAccessBlockConfiguration ?? null,
        ),
      );
      // No configuration at all is a finding (fail), not an error.
      buckets.push({ name, config: !config.ok && config.error.aws.name === notConfigured ? { ok: true, value: null } : config });
    }
    return { buckets };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.buckets.length === 0) return [pass(ctx.account, 'the account has no S3 buckets')];
    return snapshot.buckets.map((b): Finding => {
      const arn = `arn:aws:s3:::${b.name}`;
      if (!b.config.ok) return errorFinding(arn, b.config.error);
      const cfg = b.config.value;
      if (!cfg) return fail(arn, `${b.name}: no bucket-level Block Public Access configuration`);
      const off = settings.filter((s) => cfg[s] !== true);
      return off.length === 0 ? pass(arn, `${b.name}: all four settings on`) : fail(arn, `${b.name}: off: ${off.join(', ')}`);
    });
  },
});
