import { GetAccountPasswordPolicyCommand, NoSuchEntityException } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { iamPasswordPolicy } from '../../checks/iam-password-policy.js';
import { accessDenied, account, awsError, brief, run, testClients } from './helpers.js';

const strong = {
  MinimumPasswordLength: 14,
  PasswordReusePrevention: 24,
  RequireUppercaseCharacters: true,
  RequireLowercaseCharacters: true,
  RequireNumbers: true,
  RequireSymbols: true,
  AllowUsersToChangePassword: true,
  ExpirePasswords: false,
};

describe('iam-password-policy', () => {
  it('passes a CIS-strong policy', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: strong });
    expect(brief(await run(iamPasswordPolicy, clients))).toEqual([{ resource: account, status: 'pass', region: 'global' }]);
  });

  it('fails a short policy without reuse prevention, listing each weakness', async () => {
    const clients = testClients();
    mockClient(clients.iam)
      .on(GetAccountPasswordPolicyCommand)
      .resolves({ PasswordPolicy: { ...strong, MinimumPasswordLength: 8, PasswordReusePrevention: undefined, RequireSymbols: false } });
    const [r] = await run(iamPasswordPolicy, clients);
    expect(r?.status).toBe('fail');
    expect(r?.detail).toBe('weak password policy: minimum length 8 < 14; reuse prevention 0 < 24; no symbol required');
  });

  it('fails when there is no policy (NoSuchEntityException, as the SDK throws it)', async () => {
    const clients = testClients();
    const noPolicy = new NoSuchEntityException({ message: `The Password Policy with domain name ${account} cannot be found.`, $metadata: { httpStatusCode: 404 } });
    mockClient(clients.iam).on(GetAccountPasswordPolicyCommand).rejectsOnce(noPolicy).rejectsOnce(awsError('NoSuchEntity', 404));
    const [r] = await run(iamPasswordPolicy, clients);
    expect(r).toMatchObject({ status: 'fail', detail: 'the account has no IAM password policy' });
    expect((await run(iamPasswordPolicy, clients))[0]?.status).toBe('fail');
  });

  it('is an error when denied', async () => {
    const clients = testClients();
    mockClient(clients.iam).on(GetAccountPasswordPolicyCommand).rejects(accessDenied('iam:GetAccountPasswordPolicy'));
    const [r] = await run(iamPasswordPolicy, clients);
    expect(r).toMatchObject({ status: 'error', detail: 'could not check: AccessDenied; missing permission iam:GetAccountPasswordPolicy' });
  });
});
