import { z } from 'zod';
import { ec2EbsDefaultEncryption } from '../checks/ec2-ebs-default-encryption.js';
import { call } from '../src/checks/define-check.js';
import type { CheckResult } from '../src/checks/types.js';
import type { IngestedRecord } from '../src/ingest/types.js';
import { defineRemediation, type RemediationTarget } from '../src/remediations/define-remediation.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../src/remediations/examples.js';
import { eventAccount, successfulCall } from '../src/remediations/records.js';

/** The setting is per account and region: the target's account and region are all the call needs. */
const paramsSchema = z.strictObject({});
type Params = z.infer<typeof paramsSchema>;

const target = (account: string | undefined, region: string | undefined): RemediationTarget<Params> | undefined =>
  account && region ? { account, region, resource: `EBS encryption by default in ${account} ${region}`, params: {} } : undefined;

function fromRecord(record: IngestedRecord): RemediationTarget<Params> | undefined {
  const e = successfulCall(record, 'ec2.amazonaws.com', ['DisableEbsEncryptionByDefault']);
  return e ? target(eventAccount(e), e.awsRegion) : undefined;
}

function fromCheckResult(result: CheckResult): RemediationTarget<Params> | undefined {
  return result.check === ec2EbsDefaultEncryption.id ? target(result.account, result.region) : undefined;
}

export const ec2EnableEbsEncryptionByDefault = defineRemediation({
  id: 'ec2-enable-ebs-encryption-by-default',
  title: 'Turn on EBS encryption by default in the region',
  call: 'ec2:EnableEbsEncryptionByDefault',
  permissions: ['ec2:GetEbsEncryptionByDefault', 'ec2:EnableEbsEncryptionByDefault'],
  approval: 'single',
  undo: 'ec2:DisableEbsEncryptionByDefault in the same account and region (aws ec2 disable-ebs-encryption-by-default).',
  impact: 'New EBS volumes and snapshot copies in the region are encrypted with the default EBS key; existing volumes are unchanged. Launches that use an unencrypted snapshot shared from another account, or instance types without EBS encryption support, may fail; a customer-managed default key must allow the users who launch instances.',
  sources: { events: ['ec2.amazonaws.com:DisableEbsEncryptionByDefault'], checks: [ec2EbsDefaultEncryption.id] },
  paramsSchema,
  fromRecord,
  fromCheckResult,
  preview: (t) => `ec2:EnableEbsEncryptionByDefault (account ${t.account}, region ${t.region})`,
  async run(ctx, t) {
    const { EnableEbsEncryptionByDefaultCommand, GetEbsEncryptionByDefaultCommand } = await import('@aws-sdk/client-ec2');
    const ec2 = ctx.clients.ec2;
    const now = await call('ec2:GetEbsEncryptionByDefault', () => ec2.send(new GetEbsEncryptionByDefaultCommand({}), { abortSignal: ctx.signal }));
    if (now.EbsEncryptionByDefault === true) return { summary: `EBS encryption by default was already on in ${t.region}`, alreadyDone: true };
    await call('ec2:EnableEbsEncryptionByDefault', () => ec2.send(new EnableEbsEncryptionByDefaultCommand({}), { abortSignal: ctx.signal }));
    return { summary: `Turned on EBS encryption by default in ${t.region}` };
  },
  cases: [
    {
      name: 'DisableEbsEncryptionByDefault: the event\'s account and region',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DisableEbsEncryptionByDefault', awsRegion: 'eu-west-1', requestParameters: { DisableEbsEncryptionByDefaultRequest: '' } })),
      expected: { account: '123456789012', region: 'eu-west-1', resource: 'EBS encryption by default in 123456789012 eu-west-1', params: {} },
    },
    {
      name: 'failing ec2-ebs-default-encryption check: its account and region',
      result: checkResult(ec2EbsDefaultEncryption, { enabled: false }, 'ap-southeast-2'),
      expected: { account: '123456789012', region: 'ap-southeast-2', resource: 'EBS encryption by default in 123456789012 ap-southeast-2', params: {} },
    },
    {
      name: 'a denied DisableEbsEncryptionByDefault: none',
      record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DisableEbsEncryptionByDefault', errorCode: 'Client.UnauthorizedOperation' })),
      expected: undefined,
    },
    { name: 'EnableEbsEncryptionByDefault: none', record: cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'EnableEbsEncryptionByDefault' })), expected: undefined },
  ],
});
