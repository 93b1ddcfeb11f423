import { call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const cloudtrailLogFileValidation = defineCheck({
  id: 'cloudtrail-log-file-validation',
  title: 'CloudTrail trails have log file validation on',
  area: 'api-logging',
  owner: 'customer',
  severity: 'medium',
  controls: ['CloudTrail.4', 'cis-aws-1.4.0:3.2', 'cis-aws-3.0.0:3.2'],
  why: 'Digest files let the customer prove logs were not altered after delivery; AWS creates them only when the trail owner turns validation on.',
  remediation: 'Turn on log file validation for the trail (aws cloudtrail update-trail --name <trail> --enable-log-file-validation).',
  permissions: ['cloudtrail:DescribeTrails'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html'],
  async collect(ctx) {
    const { DescribeTrailsCommand } = await import('@aws-sdk/client-cloudtrail');
    // Trails whose home is this region only, so --all-regions reports each trail once.
    const out = await call('cloudtrail:DescribeTrails', () =>
      ctx.clients.cloudtrail.send(new DescribeTrailsCommand({ includeShadowTrails: false }), { abortSignal: ctx.signal }),
    );
    return {
      trails: (out.trailList ?? []).map((t) => ({ arn: t.TrailARN ?? t.Name ?? '', validation: t.LogFileValidationEnabled === true })),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.trails.length === 0) return [pass(ctx.account, `no trail has its home in ${ctx.region}`)];
    return snapshot.trails.map((t): Finding =>
      t.validation ? pass(t.arn, 'log file validation is on') : fail(t.arn, 'log file validation is off'),
    );
  },
});
