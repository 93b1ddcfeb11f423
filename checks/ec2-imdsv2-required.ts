import { allPages, call, defineCheck, fail, pass, type Finding } from '../src/checks/define-check.js';

export const ec2Imdsv2Required = defineCheck({
  id: 'ec2-imdsv2-required',
  title: 'EC2 instances require IMDSv2',
  area: 'guest-os-hardening',
  owner: 'customer',
  severity: 'high',
  controls: ['EC2.8', 'cis-aws-3.0.0:5.6'],
  why: 'The instance metadata service hands out role credentials; requiring session tokens (IMDSv2) is an instance setting the customer chooses.',
  remediation: 'Require IMDSv2 on each instance (aws ec2 modify-instance-metadata-options --instance-id <id> --http-tokens required) and set it as the account default for new instances.',
  permissions: ['ec2:DescribeInstances'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html'],
  async collect(ctx) {
    const { paginateDescribeInstances } = await import('@aws-sdk/client-ec2');
    const pages = await call('ec2:DescribeInstances', () =>
      allPages(
        paginateDescribeInstances(
          { client: ctx.clients.ec2, pageSize: 1000 },
          { Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] }] },
        ),
      ),
    );
    return {
      instances: pages.flatMap((p) =>
        (p.Reservations ?? []).flatMap((r) =>
          (r.Instances ?? []).map((i) => ({
            id: i.InstanceId ?? '',
            arn: `arn:aws:ec2:${ctx.region}:${r.OwnerId ?? ctx.account}:instance/${i.InstanceId ?? ''}`,
            httpTokens: i.MetadataOptions?.HttpTokens ?? 'optional',
            httpEndpoint: i.MetadataOptions?.HttpEndpoint ?? 'enabled',
          })),
        ),
      ),
    };
  },
  evaluate(snapshot, ctx) {
    if (snapshot.instances.length === 0) return [pass(ctx.account, `no instances in ${ctx.region}`)];
    return snapshot.instances.map((i): Finding => {
      if (i.httpEndpoint === 'disabled') return pass(i.arn, `${i.id}: metadata service is off`);
      return i.httpTokens === 'required' ? pass(i.arn, `${i.id}: IMDSv2 required`) : fail(i.arn, `${i.id}: IMDSv1 allowed (HttpTokens ${i.httpTokens})`);
    });
  },
});
