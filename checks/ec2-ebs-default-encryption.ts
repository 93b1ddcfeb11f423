import { call, defineCheck, fail, pass } from '../src/checks/define-check.js';

export const ec2EbsDefaultEncryption = defineCheck({
  id: 'ec2-ebs-default-encryption',
  title: 'EBS encryption by default is on in the region',
  area: 'encryption-at-rest',
  owner: 'customer',
  severity: 'medium',
  controls: ['EC2.7', 'cis-aws-1.4.0:2.2.1', 'cis-aws-3.0.0:2.2.1'],
  why: 'EBS can encrypt every volume, but the setting is per account and region and off unless the customer turns it on.',
  remediation: 'Turn on EBS encryption by default in each region (aws ec2 enable-ebs-encryption-by-default); existing volumes need a snapshot copy to become encrypted.',
  permissions: ['ec2:GetEbsEncryptionByDefault'],
  scope: 'regional',
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  async collect(ctx) {
    const { GetEbsEncryptionByDefaultCommand } = await import('@aws-sdk/client-ec2');
    const out = await call('ec2:GetEbsEncryptionByDefault', () =>
      ctx.clients.ec2.send(new GetEbsEncryptionByDefaultCommand({}), { abortSignal: ctx.signal }),
    );
    return { enabled: out.EbsEncryptionByDefault === true };
  },
  evaluate(snapshot, ctx) {
    return [
      snapshot.enabled
        ? pass(ctx.account, `EBS encryption by default is on in ${ctx.region}`)
        : fail(ctx.account, `EBS encryption by default is off in ${ctx.region}`),
    ];
  },
});
