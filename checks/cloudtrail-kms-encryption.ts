import { call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const cloudtrailKmsEncryption = defineCheck({
  id: 'cloudtrail-kms-encryption',
  title: 'CloudTrail logs are encrypted with a KMS key (SSE-KMS)',
  area: 'encryption-at-rest',
  owner: 'customer',
  severity: 'medium',
  controls: ['CloudTrail.2', 'cis-aws-1.4.0:3.7', 'cis-aws-3.0.0:3.5'],
  why: 'Logs are encrypted with S3-managed keys by default; using a customer managed KMS key, and controlling who may decrypt, is the customer\'s choice.',
  remediation: 'Create a KMS key whose policy lets CloudTrail encrypt, then set it on the trail (aws cloudtrail update-trail --name <trail> --kms-key-id <key>).',
  permissions: ['cloudtrail:DescribeTrails'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  async collect(ctx) {
    const { DescribeTrailsCommand } = await import('@aws-sdk/client-cloudtrail');
    const out = await call('cloudtrail:DescribeTrails', () =>
      ctx.clients.cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }), { abortSignal: ctx.signal }),
    );
    return { trails: (out.trailList ?? []).map((t) => ({ arn: t.TrailARN ?? t.Name ?? '', kmsKeyId: t.KmsKeyId ?? null })) };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.trails.length === 0) return [pass(ctx.account, `no trail has its home in ${ctx.region}`)];
    return snapshot.trails.map((t): Finding =>
      t.kmsKeyId ? pass(t.arn, `encrypted with ${t.kmsKeyId}`) : fail(t.arn, 'log files are not encrypted with a KMS key'),
    );
  },
});
