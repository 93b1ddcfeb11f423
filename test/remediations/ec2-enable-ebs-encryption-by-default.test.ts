import { describe, expect, it } from 'vitest';
import { ec2EbsDefaultEncryption } from '../../checks/ec2-ebs-default-encryption.js';
import { ec2EnableEbsEncryptionByDefault } from '../../remediations/ec2-enable-ebs-encryption-by-default.js';
import { checkResult, cloudTrailRecord, exampleEvent } from '../../src/remediations/examples.js';
import { account, calls, itHandlesFailuresAndRoles, offerFor, operations, run, useLocalAws } from './helpers.js';

const region = 'eu-west-1';
const disabled = (acct: string) =>
  cloudTrailRecord(exampleEvent({ eventSource: 'ec2.amazonaws.com', eventName: 'DisableEbsEncryptionByDefault', awsRegion: region, recipientAccountId: acct, requestParameters: { DisableEbsEncryptionByDefaultRequest: '' } }));

describe('ec2-enable-ebs-encryption-by-default against EC2 (query protocol)', () => {
  const aws = useLocalAws();

  it('turns the setting on in the event\'s account and region, and only there', async () => {
    const server = aws.server();
    server.ebsEncryptionByDefault.clear();
    server.ebsEncryptionByDefault.add(`${account}|us-east-1`);
    const offer = offerFor(ec2EnableEbsEncryptionByDefault, disabled(account));
    expect(ec2EnableEbsEncryptionByDefault.preview(offer.target as never)).toBe(`ec2:EnableEbsEncryptionByDefault (account ${account}, region ${region})`);

    expect(await run(offer)).toEqual({ ok: true, alreadyDone: false, summary: `Turned on EBS encryption by default in ${region}` });
    expect(calls(server)).toEqual([
      { service: 'ec2', operation: 'GetEbsEncryptionByDefault', account, region, body: { Action: 'GetEbsEncryptionByDefault', Version: '2016-11-15' } },
      { service: 'ec2', operation: 'EnableEbsEncryptionByDefault', account, region, body: { Action: 'EnableEbsEncryptionByDefault', Version: '2016-11-15' } },
    ]);
    expect([...server.ebsEncryptionByDefault].sort()).toEqual([`${account}|${region}`, `${account}|us-east-1`]);
  });

  it('from the failing check, in the region the check ran in; a second run is alreadyDone', async () => {
    const server = aws.server();
    server.ebsEncryptionByDefault.clear();
    const offer = offerFor(ec2EnableEbsEncryptionByDefault, checkResult(ec2EbsDefaultEncryption, { enabled: false }, 'ap-southeast-2'));
    expect(await run(offer)).toMatchObject({ ok: true, alreadyDone: false });
    expect(server.ebsEncryptionByDefault.has(`${account}|ap-southeast-2`)).toBe(true);
    server.requests.splice(0);
    expect(await run(offer)).toEqual({ ok: true, alreadyDone: true, summary: 'EBS encryption by default was already on in ap-southeast-2' });
    expect(operations(server)).toEqual(['GetCallerIdentity', 'GetEbsEncryptionByDefault']);
  });

  itHandlesFailuresAndRoles(aws, {
    definition: ec2EnableEbsEncryptionByDefault,
    operation: 'EnableEbsEncryptionByDefault',
    accessDenied: { type: 'UnauthorizedOperation', status: 403 },
    arrange(server, acct) {
      server.ebsEncryptionByDefault.clear();
      return offerFor(ec2EnableEbsEncryptionByDefault, disabled(acct));
    },
  });
});
