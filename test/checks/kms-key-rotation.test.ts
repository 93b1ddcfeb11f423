import { DescribeKeyCommand, GetKeyRotationStatusCommand, ListKeysCommand, type KeyMetadata } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { kmsKeyRotation } from '../../checks/kms-key-rotation.js';
import { accessDenied, account, brief, run, testClients } from './helpers.js';

const keyArn = (id: string): string => `arn:aws:kms:us-east-1:${account}:key/${id}`;
const ids = {
  rotated: '1234abcd-12ab-34cd-56ef-1234567890ab',
  unrotated: '2234abcd-12ab-34cd-56ef-1234567890ab',
  awsManaged: '3234abcd-12ab-34cd-56ef-1234567890ab',
  asymmetric: '4234abcd-12ab-34cd-56ef-1234567890ab',
  denied: '5234abcd-12ab-34cd-56ef-1234567890ab',
};
const meta = (id: string, over: Partial<KeyMetadata> = {}): { KeyMetadata: KeyMetadata } => ({
  KeyMetadata: { KeyId: id, Arn: keyArn(id), KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyUsage: 'ENCRYPT_DECRYPT', Enabled: true, ...over },
});

describe('kms-key-rotation', () => {
  it('judges only enabled customer managed symmetric keys, across ListKeys pages', async () => {
    const clients = testClients();
    const kms = mockClient(clients.kms);
    kms.on(ListKeysCommand, {}).resolves({
      Keys: [{ KeyId: ids.rotated, KeyArn: keyArn(ids.rotated) }, { KeyId: ids.unrotated, KeyArn: keyArn(ids.unrotated) }],
      Truncated: true,
      NextMarker: 'marker-1',
    });
    kms.on(ListKeysCommand, { Marker: 'marker-1' }).resolves({
      Keys: [{ KeyId: ids.awsManaged, KeyArn: keyArn(ids.awsManaged) }, { KeyId: ids.asymmetric, KeyArn: keyArn(ids.asymmetric) }],
      Truncated: false,
    });
    kms.on(DescribeKeyCommand, { KeyId: ids.rotated }).resolves(meta(ids.rotated));
    kms.on(DescribeKeyCommand, { KeyId: ids.unrotated }).resolves(meta(ids.unrotated));
    kms.on(DescribeKeyCommand, { KeyId: ids.awsManaged }).resolves(meta(ids.awsManaged, { KeyManager: 'AWS' }));
    kms.on(DescribeKeyCommand, { KeyId: ids.asymmetric }).resolves(meta(ids.asymmetric, { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }));
    kms.on(GetKeyRotationStatusCommand, { KeyId: ids.rotated }).resolves({ KeyRotationEnabled: true });
    kms.on(GetKeyRotationStatusCommand, { KeyId: ids.unrotated }).resolves({ KeyRotationEnabled: false });
    const results = await run(kmsKeyRotation, clients);
    expect(brief(results)).toEqual([
      { resource: keyArn(ids.rotated), status: 'pass', region: 'us-east-1' },
      { resource: keyArn(ids.unrotated), status: 'fail', region: 'us-east-1' },
    ]);
    expect(kms.commandCalls(GetKeyRotationStatusCommand)).toHaveLength(2);
  });

  it('gives an error for the key whose rotation status is denied, and still judges the others', async () => {
    const clients = testClients();
    const kms = mockClient(clients.kms);
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: ids.denied, KeyArn: keyArn(ids.denied) }, { KeyId: ids.rotated, KeyArn: keyArn(ids.rotated) }] });
    kms.on(DescribeKeyCommand, { KeyId: ids.denied }).resolves(meta(ids.denied));
    kms.on(DescribeKeyCommand, { KeyId: ids.rotated }).resolves(meta(ids.rotated));
    kms.on(GetKeyRotationStatusCommand, { KeyId: ids.denied }).rejects(Object.assign(accessDenied('kms:GetKeyRotationStatus'), { name: 'AccessDeniedException' }));
    kms.on(GetKeyRotationStatusCommand, { KeyId: ids.rotated }).resolves({ KeyRotationEnabled: true });
    const results = await run(kmsKeyRotation, clients);
    expect(brief(results)).toEqual([
      { resource: keyArn(ids.denied), status: 'error', region: 'us-east-1' },
      { resource: keyArn(ids.rotated), status: 'pass', region: 'us-east-1' },
    ]);
    expect(results[0]?.detail).toBe('could not check: AccessDeniedException; missing permission kms:GetKeyRotationStatus');
  });

  it('passes the account when there are no customer keys', async () => {
    const clients = testClients();
    mockClient(clients.kms).on(ListKeysCommand).resolves({ Keys: [] });
    expect(brief(await run(kmsKeyRotation, clients))).toEqual([{ resource: account, status: 'pass', region: 'us-east-1' }]);
  });
});
